import Foundation
import SignpostCore
import Testing
@testable import SignpostPrint

/// The printed lists as accessible PDFs (issue 18, item 8): Liberation Sans embedded and measured
/// with its own widths, a tagged PDF whose structure tree and marked content agree, an outline of
/// the headings, link annotations, and the catalog entries a screen reader uses.
@Suite("Printed lists: accessible PDF")
struct AccessiblePDFTests {
    static let fontFolder = PrintSupport.packageRoot.appendingPathComponent("Sources/SignpostPrint/PDF/Fonts")

    // MARK: A PDF read back

    /// A PDF's objects by number (through the xref table), with their dictionaries and streams.
    struct Document {
        let parsed: PDFTests.Parsed
        let objects: [Int: String]
        let streams: [Int: [UInt8]]

        init(_ bytes: [UInt8]) throws {
            parsed = try PDFTests.Parsed(bytes)
            var objects: [Int: String] = [:]
            var streams: [Int: [UInt8]] = [:]
            for (n, offset) in parsed.offsets.enumerated().dropFirst() {
                // The dictionary is text up to "stream" or "endobj"; a stream's bytes are /Length long.
                var end = offset
                let marker = Array("endobj".utf8)
                let streamMarker = Array(">>\nstream\n".utf8)
                var body: [UInt8] = []
                while end < bytes.count {
                    if bytes[end...].starts(with: streamMarker) {
                        body = Array(bytes[offset..<(end + 2)])
                        let text = String(decoding: body, as: UTF8.self)
                        let length = try #require(Int(text.components(separatedBy: "/Length ")[1].prefix { $0.isNumber }))
                        let start = end + streamMarker.count
                        streams[n] = Array(bytes[start..<(start + length)])
                        break
                    }
                    if bytes[end...].starts(with: marker) {
                        body = Array(bytes[offset..<end])
                        break
                    }
                    end += 1
                }
                objects[n] = String(decoding: body, as: UTF8.self)
            }
            self.objects = objects
            self.streams = streams
        }

        /// Numbers of objects whose dictionary contains `fragment`.
        func numbers(containing fragment: String) -> [Int] {
            objects.keys.sorted().filter { objects[$0]!.contains(fragment) }
        }

        /// The object number after `key` in object `n` (`/Key 12 0 R`).
        func reference(_ n: Int, _ key: String) -> Int? {
            guard let text = objects[n], let range = text.range(of: key + " ") else { return nil }
            return Int(text[range.upperBound...].prefix { $0.isNumber })
        }

        /// Every `/MCID n` in page `n`'s content stream, in order.
        func contentMCIDs(page n: Int) throws -> [Int] {
            let content = try #require(reference(n, "/Contents").flatMap { streams[$0] })
            let text = String(decoding: content, as: UTF8.self)
            return text.components(separatedBy: "/MCID ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        }

        var pages: [Int] { numbers(containing: "/Type /Page ") }
    }

    // MARK: Fonts

    @Test("the compiled-in font data is the WinAnsi subset of the font files in Fonts/")
    func fontDataMatchesFiles() throws {
        var generated: [String: String] = [:]
        for (name, style) in [("regular", "Regular"), ("bold", "Bold")] {
            let file = Self.fontFolder.appendingPathComponent("LiberationSans-\(style).ttf")
            let full = try TrueTypeFont(Array(try Data(contentsOf: file)))
            let (_, glyphs) = EmbeddedFont.winAnsi(full)
            let subset = full.subset(keeping: Set(glyphs.joined()))
            generated[name] = Base64.encode(subset)
            let compiled = name == "regular" ? EmbeddedFontData.regular : EmbeddedFontData.bold
            let same = Base64.decode(compiled) == subset
            #expect(
                same,
                "EmbeddedFontData.\(name) differs from \(file.lastPathComponent): run with SIGNPOST_UPDATE_GOLDEN=1")
        }
        if ProcessInfo.processInfo.environment["SIGNPOST_UPDATE_GOLDEN"] == "1" {
            let source = PrintSupport.packageRoot.appendingPathComponent("Sources/SignpostPrint/PDF/EmbeddedFontData.swift")
            let text = try String(contentsOf: source, encoding: .utf8)
            let header = text.components(separatedBy: "enum EmbeddedFontData {")[0]
            func literal(_ base64: String) -> String {
                "\"\"\"\n" + base64.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n") + "\n        \"\"\""
            }
            let body = "enum EmbeddedFontData {\n    static let regular = \(literal(generated["regular"]!))\n    static let bold = \(literal(generated["bold"]!))\n}\n"
            try (header + body).write(to: source, atomically: true, encoding: .utf8)
        }
    }

    @Test("the embedded fonts parse, and measure with their own hmtx widths (Helvetica's, near enough)")
    func embeddedFontMetrics() throws {
        for font in PDFFont.allCases {
            let embedded = font.embedded
            #expect(embedded.failure == nil, "\(embedded.failure ?? "")")
            let program = try #require(embedded.program)
            #expect(program.postScriptName.hasPrefix("LiberationSans"))
            // The widths are the font's advances, scaled to 1/1000 em.
            for scalar in "AWim £–’é\u{00A0}•".unicodeScalars {
                let code = WinAnsi.byte(for: scalar)
                let glyph = try #require(program.glyphForScalar[scalar.value], "\(scalar)")
                #expect(embedded.widths[Int(code)] == (program.advances[glyph] * 1000 + 1024) / 2048)
                #expect(embedded.widths[Int(code)] > 0)
            }
            // Metric-compatible with Helvetica: every printable code within 1% of an em, except
            // five signs Liberation Sans draws wider or narrower (¯ ± µ · ÷), measured as drawn.
            let helvetica = font == .regular ? HelveticaMetrics.regular : HelveticaMetrics.bold
            let differ: Set<Int> = [0xAF, 0xB1, 0xB5, 0xB7, 0xF7]
            for code in Array(0x20...0x7E) + Array(0xA0...0xFF) where !differ.contains(code) {
                #expect(abs(embedded.widths[code] - Int(helvetica[code])) <= 10, "code \(code)")
            }
            #expect(embedded.widths[0xB1] == 549)
        }
        #expect(PDFFont.regular.width(Array("W".utf8), size: 10) == 9.44)
    }

    @Test("a broken font program is a thrown error, and the fallback is Helvetica, not a crash")
    func brokenFont() {
        #expect(throws: TrueTypeFont.Malformed.self) { try TrueTypeFont([0, 1, 0, 0, 0, 9]) }
        var truncated = Base64.decode(EmbeddedFontData.regular)!
        truncated.removeLast(truncated.count / 2)
        #expect(throws: TrueTypeFont.Malformed.self) { try TrueTypeFont(truncated) }
        let fallback = EmbeddedFont(base64: "not base64!", fallback: HelveticaMetrics.regular, standardName: "Helvetica")
        #expect(fallback.program == nil && fallback.failure != nil)
        #expect(fallback.widths[Int(UInt8(ascii: "W"))] == 944)
    }

    @Test("base64 round-trips")
    func base64() {
        for count in 0..<8 {
            let bytes = (0..<(count * 37)).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
            #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        }
        #expect(Base64.encode(Array("Man".utf8)) == "TWFu" && Base64.encode([0x4D]) == "TQ==")
    }

    @Test("each PDF embeds a TrueType subset (FontFile2) whose widths match its hmtx")
    func embeddedInPDF() throws {
        let output = PDFRenderer.render(try PrintSupport.list("Sevenoaks"), largePrint: false)
        let doc = try Document(output.bytes)
        #expect(!doc.parsed.text.contains("/Type1"))
        let fontDicts = doc.numbers(containing: "/Subtype /TrueType")
        #expect(fontDicts.count == 2)
        for n in fontDicts {
            let dict = doc.objects[n]!
            #expect(dict.contains("/Encoding /WinAnsiEncoding") && dict.contains("/FirstChar 32 /LastChar 255"))
            #expect(dict.range(of: #"/BaseFont /[A-Z]{6}\+LiberationSans"#, options: .regularExpression) != nil)
            let descriptor = try #require(doc.reference(n, "/FontDescriptor"))
            #expect(doc.objects[descriptor]!.contains("/Flags 32 "))
            let file = try #require(doc.reference(descriptor, "/FontFile2"))
            let program = try TrueTypeFont(try #require(doc.streams[file]))
            #expect(doc.objects[file]!.contains("/Length1 \(doc.streams[file]!.count)"))
            let widthsText = dict.components(separatedBy: "/Widths [")[1].prefix { $0 != "]" }
            let widths = widthsText.split(separator: " ").map { Int($0)! }
            #expect(widths.count == 224)
            for ch in "Phone: 01732".unicodeScalars {
                let glyph = try #require(program.glyphForScalar[ch.value])
                #expect(widths[Int(ch.value) - 32] == program.width(glyph: glyph), "\(ch)")
                // A glyph the text uses keeps its outline (a space has none).
                if ch != " " { #expect(program.glyphOffsets[glyph + 1] > program.glyphOffsets[glyph], "\(ch)") }
            }
            // A subset: far fewer glyph outlines than the font has.
            let outlined = (0..<program.numGlyphs).filter { program.glyphOffsets[$0 + 1] > program.glyphOffsets[$0] }
            #expect(outlined.count < 150)
            #expect(doc.streams[file]!.count < 60_000)
        }
    }

    @Test("a composite glyph keeps its components in a subset")
    func compositeComponents() throws {
        let font = try #require(PDFFont.regular.embedded.program)
        let eacute = try #require(font.glyphForScalar[0xE9])
        let components = font.components(of: eacute)
        #expect(!components.isEmpty)
        let subset = try TrueTypeFont(font.subset(keeping: [eacute]))
        for g in components + [eacute] { #expect(subset.glyphOffsets[g + 1] > subset.glyphOffsets[g]) }
        let a = try #require(font.glyphForScalar[UInt32(UInt8(ascii: "z"))])
        if !components.contains(a) { #expect(subset.glyphOffsets[a + 1] == subset.glyphOffsets[a]) }
    }

    // MARK: Structure

    typealias Line = PDFRenderer.Line

    static func line(_ text: String, _ tag: PDFRenderer.StructureTag, starts: Bool = true, link: PDFRenderer.LinkTarget? = nil) -> Line {
        Line(text: WinAnsi.encode(text), font: tag == .paragraph ? .regular : .bold, size: 12, indent: 0, tag: tag, startsElement: starts, link: link)
    }

    /// A two-page document with every tag: a title, a contents list linking to the headings and
    /// to another file, a paragraph over two lines, headings with entries, an artifact line.
    static func sample() -> [UInt8] {
        let page1 = [
            line("Local support £ – ’ é", .title),
            line("Contents: section one", .listItem, link: .section(0)),
            line("Contents: section two", .listItem, link: .section(1)),
            line("Another parish", .listItem, link: .file("otford.pdf")),
            line("A paragraph over", .paragraph),
            line("two lines.", .paragraph, starts: false),
            line("Section one", .heading),
            line("A service", .entryName),
            line("What it does.", .paragraph),
            line("(drawn, not read)", .artifact),
        ]
        let page2 = [
            line("continues the paragraph", .paragraph, starts: false),
            line("Section two", .heading),
            line("• Item with ’quotes’ and 01732\u{00A0}227000", .listItem),
            line("Another item", .listItem),
        ]
        return PDFRenderer.write(
            title: "Sample list", printed: PrintSupport.today, pages: [page1, page2], sizes: .standard,
            footer: { [line("Page \($0) of \($1)", .paragraph)] }
        ).bytes
    }

    @Test("catalog: tagged, language, title shown, outline shown; pages tab in structure order")
    func catalog() throws {
        let doc = try Document(Self.sample())
        let catalog = try #require(doc.numbers(containing: "/Type /Catalog").first.flatMap { doc.objects[$0] })
        for entry in ["/MarkInfo << /Marked true >>", "/Lang (en-GB)", "/ViewerPreferences << /DisplayDocTitle true >>", "/PageMode /UseOutlines", "/StructTreeRoot ", "/Outlines "] {
            #expect(catalog.contains(entry), "\(entry)")
        }
        for page in doc.pages { #expect(doc.objects[page]!.contains("/Tabs /S") && doc.objects[page]!.contains("/StructParents ")) }
    }

    @Test("every MCID in the content has its structure element in the parent tree, and every element's MCIDs are in the content")
    func mcidsAgree() throws {
        let doc = try Document(Self.sample())
        let parentTree = try #require(doc.numbers(containing: "/Nums [").first.flatMap { doc.objects[$0] })
        var claimed: [Int: [Int]] = [:]  // page index → MCIDs the structure elements hold
        let pageObjects = doc.pages
        for n in doc.numbers(containing: "/Type /StructElem") {
            let dict = doc.objects[n]!
            #expect(dict.contains("/P ") && dict.contains("/Pg ") && dict.contains("/K ["), "\(dict)")
            let page = try #require(doc.reference(n, "/Pg"))
            let k = dict.components(separatedBy: "/K [")[1]
            // Plain integers in /K are MCIDs on the element's page; /MCR dictionaries name their own.
            var rest = Substring(k)
            while let first = rest.first, first != "]" {
                if rest.hasPrefix("<<") {
                    let end = rest.range(of: ">>")!.upperBound
                    let mcr = String(rest[..<end])
                    if mcr.contains("/MCR") {
                        let pg = Int(mcr.components(separatedBy: "/Pg ")[1].prefix { $0.isNumber })!
                        let mcid = Int(mcr.components(separatedBy: "/MCID ")[1].prefix { $0.isNumber })!
                        claimed[pageObjects.firstIndex(of: pg)!, default: []].append(mcid)
                    }
                    rest = rest[end...]
                } else if first.isNumber {
                    let number = rest.prefix { $0.isNumber }
                    rest = rest.dropFirst(number.count)
                    if rest.hasPrefix(" 0 R") {
                        rest = rest.dropFirst(4)
                    } else {
                        claimed[pageObjects.firstIndex(of: page)!, default: []].append(Int(number)!)
                    }
                } else {
                    rest = rest.dropFirst()
                }
            }
        }
        for (i, page) in pageObjects.enumerated() {
            let used = try doc.contentMCIDs(page: page)
            #expect(used == Array(0..<used.count), "MCIDs numbered in order on page \(i)")
            #expect(claimed[i, default: []].sorted() == used, "page \(i)")
            // The parent tree's array for this page has one element per MCID.
            let key = try #require(Int(doc.objects[page]!.components(separatedBy: "/StructParents ")[1].prefix { $0.isNumber }))
            let entry = parentTree.components(separatedBy: "\(key) [")[1].prefix { $0 != "]" }
            #expect(entry.components(separatedBy: " 0 R").count - 1 == used.count)
        }
        // Footers and artifact lines are artifacts, outside the structure.
        let page1 = String(decoding: doc.streams[doc.reference(pageObjects[0], "/Contents")!]!, as: UTF8.self)
        #expect(page1.contains("/Artifact <</Type /Pagination /Subtype /Footer>> BDC BT"))
        #expect(page1.contains("/Artifact BMC BT"))
        #expect(try doc.contentMCIDs(page: pageObjects[0]).count == 9)
    }

    @Test("tags map to standard types in reading order; consecutive list items are one list")
    func structureTypes() throws {
        let doc = try Document(Self.sample())
        let types = doc.numbers(containing: "/Type /StructElem").map { n in
            doc.objects[n]!.components(separatedBy: "/S /")[1].prefix { $0.isLetter || $0.isNumber }
        }
        #expect(types == ["Document", "H1", "L", "LI", "LBody", "Link", "LI", "LBody", "Link", "LI", "LBody", "Link", "P", "H2", "H3", "P", "H2", "L", "LI", "LBody", "LI", "LBody"])
        let root = try #require(doc.numbers(containing: "/Type /StructTreeRoot").first.flatMap { doc.objects[$0] })
        #expect(root.contains("/ParentTree ") && root.contains("/ParentTreeNextKey 5"))
        // The paragraph that runs onto page 2 names that page's MCID with a marked-content reference.
        #expect(doc.parsed.text.contains("/Type /MCR /Pg \(doc.pages[1]) 0 R /MCID 0"))
    }

    @Test("the outline has the title and one entry per heading, each pointing at its page")
    func outline() throws {
        let doc = try Document(Self.sample())
        let root = try #require(doc.numbers(containing: "/Type /Outlines").first.flatMap { doc.objects[$0] })
        #expect(root.contains("/Count 3"))
        let items = doc.numbers(containing: "/Parent \(doc.numbers(containing: "/Type /Outlines")[0]) 0 R /Dest")
        #expect(items.count == 3)
        let titles = items.map { doc.objects[$0]!.components(separatedBy: "/Title ")[1].prefix { $0 != " " } }
        #expect(titles[0] == PDFDocumentWriter.textString("Local support £ – ’ é"))
        #expect(titles[1] == PDFDocumentWriter.textString("Section one"))
        #expect(doc.objects[items[2]]!.contains("/Dest [\(doc.pages[1]) 0 R /XYZ null "))
    }

    @Test("links: GoTo a heading's page, GoToR another file, each a tagged annotation")
    func links() throws {
        let doc = try Document(Self.sample())
        let annots = doc.numbers(containing: "/Subtype /Link")
        #expect(annots.count == 3)
        #expect(doc.objects[annots[0]]!.contains("/S /GoTo /D [\(doc.pages[0]) 0 R /XYZ"))
        #expect(doc.objects[annots[1]]!.contains("/S /GoTo /D [\(doc.pages[1]) 0 R /XYZ"))
        #expect(doc.objects[annots[2]]!.contains("/S /GoToR /F (otford.pdf)"))
        for a in annots {
            #expect(doc.objects[a]!.contains("/StructParent ") && doc.objects[a]!.contains("/Contents <FEFF"))
            #expect(doc.parsed.text.contains("/Type /OBJR /Obj \(a) 0 R"))
        }
        #expect(doc.objects[doc.pages[0]]!.contains("/Annots [\(annots.map { "\($0) 0 R" }.joined(separator: " "))]"))
        // A link to a heading that is not there is left out, not a crash.
        let bytes = PDFRenderer.write(
            title: "t", printed: PrintSupport.today, pages: [[Self.line("to nowhere", .listItem, link: .section(4))]], sizes: .standard,
            footer: { _, _ in [] }
        ).bytes
        #expect(try Document(bytes).numbers(containing: "/Subtype /Link").isEmpty)
    }

    @Test("a printed list renders tagged: its title is H1, and the tags layout gives are in the tree")
    func printedList() throws {
        let output = PDFRenderer.render(try PrintSupport.fixtureList("Edenbridge"), largePrint: false)
        let doc = try Document(output.bytes)
        let types = Set(doc.numbers(containing: "/Type /StructElem").map { doc.objects[$0]!.components(separatedBy: "/S /")[1].prefix { $0.isLetter || $0.isNumber } })
        #expect(types.contains("Document") && types.contains("P"))
        let blocks = PDFRenderer.layout(try PrintSupport.fixtureList("Edenbridge"), .standard, sectionPages: nil)
        let tags = Set(blocks.flatMap(\.lines).map(\.tag))
        if tags.contains(.title) { #expect(types.contains("H1")) }
        if tags.contains(.heading) {
            #expect(types.contains("H2"))
            let headings = blocks.flatMap(\.lines).filter { $0.tag == .heading && $0.startsElement }.count
            let outlineRoot = try #require(doc.numbers(containing: "/Type /Outlines").first.flatMap { doc.objects[$0] })
            let titles = blocks.flatMap(\.lines).filter { $0.tag == .title && $0.startsElement }.count
            #expect(outlineRoot.contains("/Count \(headings + titles) "))
        }
        for page in doc.pages { #expect(!(try doc.contentMCIDs(page: page)).isEmpty) }
    }

    // MARK: External checkers

    static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let file = folder.appendingPathComponent(name).path
        try AtomicFile.write(bytes, to: file)
        return file
    }

    @Test("qpdf --check passes on the sample, and pdffonts lists both fonts embedded", .enabled(if: PrintSupport.tool("qpdf") != nil && PrintSupport.tool("pdffonts") != nil))
    func externalTools() throws {
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try Self.write(Self.sample(), "sample.pdf", in: folder)
        let list = try Self.write(PDFRenderer.render(try PrintSupport.list("Sevenoaks"), largePrint: true).bytes, "list.pdf", in: folder)
        for file in [sample, list] {
            let check = try PrintSupport.run(PrintSupport.tool("qpdf")!, ["--check", file])
            #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output)")
            let fonts = try PrintSupport.run(PrintSupport.tool("pdffonts")!, [file])
            let rows = fonts.output.split(separator: "\n").dropFirst(2)
            #expect(rows.count == 2, "\(fonts.output)")
            for row in rows {
                #expect(row.contains("TrueType") && row.contains("WinAnsi"), "\(row)")
                // name type encoding emb sub uni object ID: emb and sub are "yes".
                let cells = row.split(separator: " ", omittingEmptySubsequences: true)
                #expect(cells.count >= 7 && cells[cells.count - 5] == "yes" && cells[cells.count - 4] == "yes", "\(row)")
            }
        }
        if let pdfinfo = PrintSupport.tool("pdfinfo") {
            let info = try PrintSupport.run(pdfinfo, [sample]).output
            #expect(info.contains("Tagged:          yes") && info.contains("Title:           Sample list"), "\(info)")
        }
    }
}
