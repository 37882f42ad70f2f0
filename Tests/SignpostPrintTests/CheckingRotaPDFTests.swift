import Foundation
import SignpostCore
import SignpostTestSupport
import Testing
@testable import SignpostPrint

/// The checking rota's PDF, on the bundled Directory (every row) and on the checks fixture.
@Suite("Checking rota: PDF")
struct CheckingRotaPDFTests {
    static let rota = CheckingRota(index: PrintSupport.index, today: PrintSupport.today)
    static let fixtureRota: CheckingRota = {
        let folder = PackageRoot.url.appendingPathComponent("Tests/Fixtures/Checks/Directory")
        let directory = DirectoryLoader.load(at: folder, displayRoot: "Directory", today: PrintSupport.today).directory
        return CheckingRota(index: ServiceIndex(directory: directory), today: PrintSupport.today)
    }()

    @Test("a well-formed PDF: xref offsets point at their objects, A4 pages, large print only")
    func structure() throws {
        let output = CheckingRotaPDF.render(Self.rota, limit: 0)
        let parsed = try PDFTests.Parsed(output.bytes)
        #expect(parsed.text.hasPrefix("%PDF-1.4\n") && parsed.text.hasSuffix("%%EOF\n"))
        for (n, offset) in parsed.offsets.enumerated().dropFirst() {
            let prefix = String(decoding: parsed.bytes[offset..<min(parsed.bytes.count, offset + 20)], as: UTF8.self)
            #expect(prefix.hasPrefix("\(n) 0 obj\n"), "object \(n) at \(offset)")
        }
        #expect(parsed.text.contains("/Count \(output.pages) "))
        #expect(parsed.text.components(separatedBy: "/MediaBox [0 0 595.28 841.89]").count - 1 == output.pages)
        #expect(parsed.text.contains("/CreationDate (D:20261125000000Z)"))
        let sizes = parsed.text.components(separatedBy: " Tf ").dropLast().compactMap { Double($0.split(separator: " ").last!) }
        #expect(!sizes.isEmpty && sizes.min()! >= 16)
        #expect(output.pages > 1)
        #expect(CheckingRotaPDF.render(Self.rota, limit: 1).pages == 1)
    }

    @Test("qpdf --check passes", .enabled(if: PrintSupport.tool("qpdf") != nil))
    func qpdf() throws {
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rota.pdf").path
        try AtomicFile.write(CheckingRotaPDF.render(Self.rota, limit: 0).bytes, to: file)
        let result = try PrintSupport.run(PrintSupport.tool("qpdf")!, ["--check", file])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("pdftotext reads the rows in rank order, with the number to ring or 'No number: find one'", .enabled(if: PrintSupport.tool("pdftotext") != nil))
    func pdftotext() throws {
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rota.pdf").path
        try AtomicFile.write(CheckingRotaPDF.render(Self.fixtureRota, limit: 0).bytes, to: file)
        let text = try PrintSupport.run(PrintSupport.tool("pdftotext")!, [file, "-"]).output
        var cursor = text.startIndex
        for row in Self.fixtureRota.rows {
            let found = try #require(text.range(of: "\(row.rank). \(row.service.name)", range: cursor..<text.endIndex), "\(row.service.id)")
            let ring = row.number.number.map { "Ring: " + $0 } ?? "No number: find one"
            #expect(text[found.upperBound...].contains(ring), "\(row.service.id)")
            cursor = found.upperBound
        }
        #expect(text.contains("Checking rota"))
        #expect(text.contains("Page 1 of"))
    }
}
