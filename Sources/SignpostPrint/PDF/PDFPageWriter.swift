import SignpostCore

extension PDFRenderer {
    // MARK: Writing

    /// Writes laid-out pages as a PDF document titled `title`, dated `printed`, with `footer`'s
    /// lines (for page N of M) at the foot of every page: printed lists and the checking rota.
    ///
    /// The document is accessible: a tagged PDF (every line marked content in a structure tree of
    /// standard types, in reading order: H1, H2, H3, P, L/LI/LBody, Link; footers and the box rule
    /// artifacts), an outline of the title and headings, link annotations for lines with a link,
    /// its language and title shown, and Liberation Sans embedded (a subset of the glyphs used).
    static func write(
        title: String, printed: CalendarDate, pages: [[Line]], sizes: Sizes, footer footerFor: (Int, Int) -> [Line]
    ) -> Output {
        let placed = place(pages, sizes: sizes, footer: footerFor)
        let tree = StructureTree(pages: placed.map(\.lines))

        var pdf = PDFDocumentWriter()
        let catalog = pdf.reserve()
        let pageTree = pdf.reserve()
        let fonts = PDFFont.allCases.map { ($0, pdf.reserve()) }
        let toUnicode = pdf.reserve()
        let info = pdf.reserve()
        let structRoot = pdf.reserve()
        let parentTreeObject = pdf.reserve()
        let elementObjects = tree.elements.map { _ in pdf.reserve() }
        let pageObjects = pages.map { _ in (page: pdf.reserve(), content: pdf.reserve()) }
        let linkObjects = tree.links.map { _ in pdf.reserve() }
        let outlineRoot = tree.destinations.isEmpty ? nil : pdf.reserve()
        let outlineObjects = tree.destinations.map { _ in pdf.reserve() }

        func destination(_ d: StructureTree.Destination) -> String {
            "[\(pageObjects[d.page].page) 0 R /XYZ null \(PDFFormat.number(d.top)) null]"
        }

        var catalogBody = "<< /Type /Catalog /Version /1.7 /Pages \(pageTree) 0 R /Lang (en-GB) /MarkInfo << /Marked true >>"
        catalogBody += " /StructTreeRoot \(structRoot) 0 R /ViewerPreferences << /DisplayDocTitle true >>"
        if let outlineRoot { catalogBody += " /Outlines \(outlineRoot) 0 R /PageMode /UseOutlines" }
        pdf.object(catalog, catalogBody + " >>")
        let kids = pageObjects.map { "\($0.page) 0 R" }.joined(separator: " ")
        pdf.object(pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")

        // Fonts: each a subset of the glyphs its lines use.
        for (font, object) in fonts {
            var codes = Set<UInt8>()
            for page in placed { for p in page.lines where p.line.font == font { codes.formUnion(p.line.text) } }
            writeFont(&pdf, object, font, codes: codes, toUnicode: toUnicode)
        }
        pdf.stream(toUnicode, Array(toUnicodeCMap.utf8))
        let pdfDate = PDFFormat.date(printed)
        pdf.object(
            info,
            "<< /Title \(PDFDocumentWriter.textString(title)) /Creator (Signpost) /Producer (Signpost \(SignpostVersion.current)) /CreationDate (\(pdfDate)) >>"
        )

        // The structure tree.
        pdf.object(
            structRoot,
            "<< /Type /StructTreeRoot /K [\(elementObjects[0]) 0 R] /ParentTree \(parentTreeObject) 0 R /ParentTreeNextKey \(pages.count + tree.links.count) >>"
        )
        var nums: [String] = []
        for (p, owners) in tree.parentTree.enumerated() {
            nums.append("\(p) [" + owners.map { "\(elementObjects[$0]) 0 R" }.joined(separator: " ") + "]")
        }
        for (k, link) in tree.links.enumerated() { nums.append("\(pages.count + k) \(elementObjects[link.element]) 0 R") }
        pdf.object(parentTreeObject, "<< /Nums [" + nums.joined(separator: "\n") + "] >>")
        for (i, element) in tree.elements.enumerated() {
            let parent = element.parent.map { "\(elementObjects[$0]) 0 R" } ?? "\(structRoot) 0 R"
            let page = element.page ?? 0
            let k = element.kids.map { kid -> String in
                switch kid {
                case .content(let p, let mcid):
                    return p == page ? "\(mcid)" : "<< /Type /MCR /Pg \(pageObjects[p].page) 0 R /MCID \(mcid) >>"
                case .element(let e):
                    return "\(elementObjects[e]) 0 R"
                case .annotation(let a):
                    return "<< /Type /OBJR /Obj \(linkObjects[a]) 0 R /Pg \(pageObjects[tree.links[a].page].page) 0 R >>"
                }
            }
            var body = "<< /Type /StructElem /S /\(element.type) /P \(parent) /Pg \(pageObjects[min(page, pages.count - 1)].page) 0 R /K [\(k.joined(separator: " "))]"
            if element.type == "Link", let link = tree.links.first(where: { $0.element == i }) {
                body += " /Alt \(PDFDocumentWriter.textString(linkDescription(link, tree)))"
            }
            pdf.object(elementObjects[i], body + " >>")
        }

        // Links.
        let headings = tree.headings
        for (k, link) in tree.links.enumerated() {
            let action: String
            switch link.target {
            case .section(let n): action = "<< /S /GoTo /D \(destination(headings[n])) >>"
            case .file(let name):
                action = "<< /S /GoToR /F \(String(decoding: PDFDocumentWriter.literal(WinAnsi.encode(name)), as: UTF8.self)) /D [0 /Fit] /NewWindow false >>"
            }
            let rect = link.rect.map(PDFFormat.number).joined(separator: " ")
            pdf.object(
                linkObjects[k],
                "<< /Type /Annot /Subtype /Link /Rect [\(rect)] /Border [0 0 0] /Contents \(PDFDocumentWriter.textString(linkDescription(link, tree))) /StructParent \(pages.count + k) /P \(pageObjects[link.page].page) 0 R /A \(action) >>"
            )
        }

        // The outline: the title first, then each heading, all at one level.
        if let outlineRoot {
            pdf.object(
                outlineRoot,
                "<< /Type /Outlines /First \(outlineObjects.first!) 0 R /Last \(outlineObjects.last!) 0 R /Count \(outlineObjects.count) >>")
            for (i, d) in tree.destinations.enumerated() {
                var body = "<< /Title \(PDFDocumentWriter.textString(d.text)) /Parent \(outlineRoot) 0 R /Dest \(destination(d))"
                if i > 0 { body += " /Prev \(outlineObjects[i - 1]) 0 R" }
                if i + 1 < outlineObjects.count { body += " /Next \(outlineObjects[i + 1]) 0 R" }
                pdf.object(outlineObjects[i], body + " >>")
            }
        }

        // Pages.
        let width = PDFFormat.number(pageWidth)
        let height = PDFFormat.number(pageHeight)
        let fontResources = fonts.map { "/\($0.0.resourceName) \($0.1) 0 R" }.joined(separator: " ")
        for (i, page) in placed.enumerated() {
            var content: [UInt8] = []
            for p in page.lines {
                let open: String
                if let mcid = p.mcid {
                    open = "/\(tree.elements[tree.parentTree[i][mcid]].type) <</MCID \(mcid)>> BDC "
                } else if p.isFooter {
                    open = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC "
                } else {
                    open = "/Artifact BMC "
                }
                content.append(contentsOf: Array(open.utf8))
                text(&content, p.line.text, p.line.font, p.size, p.x, p.baseline)
                content.append(contentsOf: Array("EMC\n".utf8))
            }
            if let box = page.box {
                // A heavy rule round the numbers to keep: layout, not content.
                let w = pageWidth - 2 * margin
                content.append(
                    contentsOf: Array(
                        "/Artifact <</Type /Layout>> BDC q 2 w \(PDFFormat.number(margin)) \(PDFFormat.number(box.bottom)) \(PDFFormat.number(w)) \(PDFFormat.number(box.top - box.bottom)) re S Q EMC\n".utf8))
            }
            pdf.stream(pageObjects[i].content, content)
            let annots = tree.links.indices.filter { tree.links[$0].page == i }.map { "\(linkObjects[$0]) 0 R" }
            pdf.object(
                pageObjects[i].page,
                "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /Font << \(fontResources) >> >> /Contents \(pageObjects[i].content) 0 R /StructParents \(i) /Tabs /S"
                    + (annots.isEmpty ? "" : " /Annots [\(annots.joined(separator: " "))]") + " >>"
            )
        }
        return Output(bytes: pdf.finish(root: catalog, info: info), pages: pages.count)
    }

    /// What a link does, in words (its annotation's /Contents and its element's /Alt).
    static func linkDescription(_ link: StructureTree.Link, _ tree: StructureTree) -> String {
        switch link.target {
        case .section(let n): return "Go to \(tree.headings[n].text)"
        case .file(let name): return "Open \(name): \(link.text)"
        }
    }

    /// The lines of one page where they are drawn, footer last, and the numbers box's extent.
    struct PlacedPage {
        var lines: [PlacedLine]
        var box: (top: Double, bottom: Double)?
    }

    /// Places every line: body lines from the top margin down (MCIDs numbered in that order),
    /// the footer ending at the bottom margin. Footers and `.artifact` lines get no MCID.
    static func place(_ pages: [[Line]], sizes: Sizes, footer footerFor: (Int, Int) -> [Line]) -> [PlacedPage] {
        var out: [PlacedPage] = []
        for (i, lines) in pages.enumerated() {
            var placed: [PlacedLine] = []
            var mcid = 0
            var y = pageHeight - margin
            var boxTop: Double? = nil
            var boxBottom = 0.0
            for line in lines {
                if line.box != nil, boxTop == nil { boxTop = y - max(0, line.spaceBefore - boxPadding) }
                let tagged = line.tag != .artifact
                guard line.advances else {
                    let baseline = line.placement == .besidePrevious ? (placed.last?.baseline ?? y - line.size) : y - line.spaceBefore - line.size
                    placed.append(PlacedLine(line: line, x: margin + line.indent, baseline: baseline, size: line.size, mcid: tagged ? mcid : nil))
                    if tagged { mcid += 1 }
                    continue
                }
                y -= line.spaceBefore + line.size
                placed.append(PlacedLine(line: line, x: margin + line.indent, baseline: y, size: line.size, mcid: tagged ? mcid : nil))
                if tagged { mcid += 1 }
                y -= line.size * (lineSpacing - 1)
                if line.box != nil { boxBottom = y - boxPadding }
            }
            let footer = footerFor(i + 1, pages.count)
            var fy = margin + sizes.footer * lineSpacing * Double(footer.count - 1)
            for line in footer {
                placed.append(PlacedLine(line: line, x: margin, baseline: fy, size: sizes.footer, mcid: nil, isFooter: true))
                fy -= sizes.footer * lineSpacing
            }
            out.append(PlacedPage(lines: placed, box: boxTop.map { ($0, boxBottom) }))
        }
        return out
    }

    /// Writes a font: Liberation Sans embedded as a TrueType simple font in WinAnsiEncoding, a
    /// subset holding the glyphs of `codes`; the standard Helvetica in the fallback.
    static func writeFont(_ pdf: inout PDFDocumentWriter, _ object: Int, _ font: PDFFont, codes: Set<UInt8>, toUnicode: Int) {
        let embedded = font.embedded
        guard let program = embedded.program else {
            pdf.object(object, "<< /Type /Font /Subtype /Type1 /BaseFont /\(embedded.standardName) /Encoding /WinAnsiEncoding /ToUnicode \(toUnicode) 0 R >>")
            return
        }
        let descriptor = pdf.reserve()
        let file = pdf.reserve()
        let name = subsetTag(font, codes) + "+" + program.postScriptName
        let widths = (32...255).map { String(embedded.widths[$0]) }.joined(separator: " ")
        pdf.object(
            object,
            "<< /Type /Font /Subtype /TrueType /BaseFont /\(name) /FirstChar 32 /LastChar 255 /Widths [\(widths)] /Encoding /WinAnsiEncoding /FontDescriptor \(descriptor) 0 R /ToUnicode \(toUnicode) 0 R >>"
        )
        let bbox = program.boundingBox.map { String(program.scaled($0)) }.joined(separator: " ")
        let stemV = 10 + 220 * max(0, program.weightClass - 50) / 900
        pdf.object(
            descriptor,
            "<< /Type /FontDescriptor /FontName /\(name) /Flags 32 /FontBBox [\(bbox)] /ItalicAngle 0 /Ascent \(program.scaled(program.ascender)) /Descent \(program.scaled(program.descender)) /CapHeight \(program.scaled(program.capHeight)) /StemV \(stemV) /FontWeight \(program.weightClass) /FontFile2 \(file) 0 R >>"
        )
        let subset = program.subset(keeping: embedded.glyphs(for: codes))
        pdf.stream(file, subset, entries: "/Length1 \(subset.count)")
    }

    /// WinAnsi codes to Unicode, for text extraction and screen readers: each code as the
    /// character it encodes, except 0xA0 (the non-breaking spaces that keep phone numbers on one
    /// line), read as a plain space, which is what WinAnsiEncoding's glyph name for it says.
    static let toUnicodeCMap: String = {
        func hex(_ v: Int, _ digits: Int) -> String {
            let s = String(v, radix: 16, uppercase: true)
            return "<" + String(repeating: "0", count: max(0, digits - s.count)) + s + ">"
        }
        var entries: [String] = []
        for code in 0x20...0xFF {
            guard var scalar = WinAnsi.unicode(code).first else { continue }
            if code == 0xA0 { scalar = 0x20 }
            entries.append(hex(code, 2) + " " + hex(Int(scalar), 4))
        }
        var cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        cmap += "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        cmap += "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        var at = 0
        while at < entries.count {
            let chunk = entries[at..<min(entries.count, at + 100)]
            cmap += "\(chunk.count) beginbfchar\n" + chunk.joined(separator: "\n") + "\nendbfchar\n"
            at += 100
        }
        return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    }()

    /// Six capital letters that name a subset (the same glyphs, the same tag).
    static func subsetTag(_ font: PDFFont, _ codes: Set<UInt8>) -> String {
        var hash: UInt64 = font == .regular ? 0xcbf2_9ce4_8422_2325 : 0x8422_2325_cbf2_9ce4
        for c in codes.sorted() {
            hash ^= UInt64(c)
            hash = hash &* 0x100_0000_01b3
        }
        var tag = ""
        for _ in 0..<6 {
            tag.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26))))
            hash /= 26
        }
        return tag
    }

    static func text(_ out: inout [UInt8], _ bytes: [UInt8], _ font: PDFFont, _ size: Double, _ x: Double, _ y: Double) {
        out.append(contentsOf: Array("BT /\(font.resourceName) \(PDFFormat.number(size)) Tf \(PDFFormat.number(x)) \(PDFFormat.number(y)) Td ".utf8))
        out.append(contentsOf: PDFDocumentWriter.literal(bytes))
        out.append(contentsOf: Array(" Tj ET\n".utf8))
    }
}
