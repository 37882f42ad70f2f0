import Foundation
import SignpostCore
import Testing
@testable import SignpostPrint

@Suite("Printed lists: PDF")
struct PDFTests {
    /// The objects of a PDF, found through its cross-reference table.
    struct Parsed {
        var bytes: [UInt8]
        var offsets: [Int]
        var text: String { String(decoding: bytes, as: UTF8.self) }

        init(_ bytes: [UInt8]) throws {
            self.bytes = bytes
            let text = String(decoding: bytes, as: UTF8.self)
            let tail = text.suffix(64)
            let startxref = Int(tail.split(separator: "\n").reversed().dropFirst().first.map(String.init) ?? "") ?? -1
            let xrefText = String(decoding: bytes[startxref...], as: UTF8.self)
            var lines = xrefText.split(separator: "\n").dropFirst()  // "xref"
            let header = lines.removeFirst().split(separator: " ")
            let count = Int(header[1])!
            offsets = lines.prefix(count).map { Int($0.prefix(10))! }
        }
    }

    func pdf(_ parish: String, largePrint: Bool = false) throws -> (PDFRenderer.Output, Parsed) {
        let output = PDFRenderer.render(try PrintSupport.list(parish), largePrint: largePrint)
        return (output, try Parsed(output.bytes))
    }

    @Test("every xref offset points at its object, and the trailer agrees")
    func xref() throws {
        let (_, parsed) = try pdf("Edenbridge")
        #expect(parsed.text.hasPrefix("%PDF-1.4\n"))
        for (n, offset) in parsed.offsets.enumerated().dropFirst() {
            let prefix = String(decoding: parsed.bytes[offset..<min(parsed.bytes.count, offset + 20)], as: UTF8.self)
            #expect(prefix.hasPrefix("\(n) 0 obj\n"), "object \(n) at \(offset): \(prefix)")
        }
        #expect(parsed.text.contains("/Size \(parsed.offsets.count) "))
        #expect(parsed.text.hasSuffix("%%EOF\n"))
    }

    @Test("A4 pages, fonts in WinAnsiEncoding, document information")
    func structure() throws {
        let (output, parsed) = try pdf("Sevenoaks")
        #expect(parsed.text.contains("/Count \(output.pages) "))
        #expect(parsed.text.components(separatedBy: "/MediaBox [0 0 595.28 841.89]").count - 1 == output.pages)
        // Liberation Sans (Helvetica's metrics), embedded: AccessiblePDFTests checks the fonts.
        #expect(parsed.text.components(separatedBy: "/Subtype /TrueType").count - 1 == 2)
        #expect(parsed.text.components(separatedBy: "/Encoding /WinAnsiEncoding").count - 1 == 2)
        #expect(parsed.text.contains("/CreationDate (D:20261125000000Z)"))
        #expect(parsed.text.contains("/Title <FEFF"))
        #expect(output.pages > 1)
    }

    @Test("clear print: body text at least 12 pt, 16 pt in large print", arguments: [false, true])
    func typeSizes(largePrint: Bool) throws {
        let (_, parsed) = try pdf("Westerham", largePrint: largePrint)
        let sizes = parsed.text.components(separatedBy: " Tf ").dropLast().compactMap { Double($0.split(separator: " ").last!) }
        #expect(!sizes.isEmpty)
        #expect(sizes.min()! >= (largePrint ? 16 : 12))
    }

    @Test("£, é, ’ and – are written as their WinAnsi codes")
    func winAnsi() {
        #expect(WinAnsi.encode("£é’–") == [0xA3, 0xE9, 0x92, 0x96])
        #expect(WinAnsi.encode("ő\u{1}😀\u{00A0}") == [UInt8(ascii: "o"), 0x20, UInt8(ascii: "?"), 0xA0])
        #expect(PDFDocumentWriter.literal([0x28, 0x5C, 0xA3]) == Array(#"(\(\\\243)"#.utf8))
    }

    @Test("wrapping measures with the font's widths and never overflows the line")
    func wrapWidths() {
        #expect(PDFFont.regular.width(Array("W".utf8), size: 10) == 9.44)
        #expect(PDFFont.bold.width(Array("i".utf8), size: 10) == 2.78)
        let lines = PDFRenderer.wrap(
            "A very long sentence " + String(repeating: "unbreakable", count: 20) + " then more words", font: .regular,
            size: 12, width: 300)
        for line in lines { #expect(PDFFont.regular.width(line.text, size: 12) <= 300) }
        #expect(lines.count > 3)
    }

    @Test("no entry is split across pages")
    func entriesWhole() throws {
        let list = try PrintSupport.list("Sevenoaks")
        let blocks = PDFRenderer.layout(list, .standard, sectionPages: nil)
        let pages = PDFRenderer.paginate(blocks, available: 600)
        // Each block's first line and last line land on the same page (the "(continued)"
        // headings pagination adds are not the blocks' own lines).
        var pageOfLine: [Int] = []
        for (p, lines) in pages.enumerated() { pageOfLine += Array(repeating: p, count: lines.filter { $0.tag != .artifact }.count) }
        var at = 0
        for block in blocks where block.height <= 600 {
            #expect(pageOfLine[at] == pageOfLine[at + block.lines.count - 1])
            at += block.lines.count
        }
    }

    @Test("pdftotext reads every phone number, in order", .enabled(if: PrintSupport.tool("pdftotext") != nil))
    func pdftotext() throws {
        let list = try PrintSupport.list("Swanley")
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("swanley.pdf").path
        try AtomicFile.write(PDFRenderer.render(list, largePrint: false).bytes, to: file)
        let text = try PrintSupport.run(PrintSupport.tool("pdftotext")!, [file, "-"]).output
        var cursor = text.startIndex
        for phone in list.sections.flatMap(\.entries).compactMap(\.phone?.number) {
            // Full entries label the number; brief ones set it beside their name, as a phone book does.
            let found = try #require(text.range(of: phone, range: cursor..<text.endIndex), "\(phone)")
            cursor = found.upperBound
        }
        #expect(text.contains("Local support for people in Swanley"))
        #expect(text.contains("Page 1 of"))
        #expect(text.contains("01732 227414"))
    }

    @Test("qpdf --check passes for every parish, standard and large print", .enabled(if: PrintSupport.tool("qpdf") != nil))
    func qpdf() throws {
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for parish in PrintSupport.directory.parishes {
            for large in [false, true] {
                let file = folder.appendingPathComponent("p.pdf").path
                try AtomicFile.write(PDFRenderer.render(try PrintSupport.list(parish.name), largePrint: large).bytes, to: file)
                let result = try PrintSupport.run(PrintSupport.tool("qpdf")!, ["--check", file])
                #expect(result.status == 0, "\(parish.name): \(result.output)")
            }
        }
    }

    @Test("every parish renders in every format")
    func everyParish() throws {
        for parish in PrintSupport.directory.parishes {
            let list = try PrintSupport.list(parish.name)
            #expect(list.entryCount > 10, "\(parish.name)")
            for format in PrintFormat.allCases {
                let rendered = format.render(list, largePrint: false)
                #expect(rendered.bytes.count > 1000)
            }
        }
    }
}

@Suite("Atomic output")
struct AtomicOutputTests {
    @Test("a directory in place of the file is a clear error, and nothing is left behind")
    func directoryInTheWay() throws {
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("list.pdf")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        #expect(throws: SignpostError.self) { try AtomicFile.write([1, 2, 3], to: target.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["list.pdf"])
    }

    @Test("an unwritable folder is a clear error; the previous file is untouched; no temporary file")
    func unwritable() throws {
        guard getuid() != 0 else { return }  // root can write anywhere; covered by the directory case
        let folder = try PrintSupport.temporaryFolder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let target = folder.appendingPathComponent("list.txt").path
        try AtomicFile.write(Array("old".utf8), to: target)
        chmod(folder.path, 0o555)
        #expect(throws: SignpostError.self) { try AtomicFile.write(Array("new".utf8), to: target) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["list.txt"])
    }

    @Test("a missing folder names the folder")
    func missingFolder() {
        do throws(SignpostError) {
            try AtomicFile.write([1], to: "/nonexistent-signpost-folder/list.pdf")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("/nonexistent-signpost-folder"))
        }
    }

    @Test("a successful write replaces the file whole")
    func replaces() throws {
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("list.txt").path
        try AtomicFile.write(Array("first".utf8), to: target)
        try AtomicFile.write(Array("second".utf8), to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["list.txt"])
    }
}
