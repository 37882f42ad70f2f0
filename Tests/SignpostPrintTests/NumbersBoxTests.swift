import Foundation
import SignpostCore
import SignpostModules
@testable import SignpostPrint
import Testing

/// "Numbers to keep": on the first page of every printed parish list, in every format; first on a
/// resident's handout, with the numbers for a raised risk and never the resident's words.
@Suite("Printed lists: numbers to keep")
struct NumbersBoxTests {
    static let keep = ["999", "111", "116 123", "0808 2000 247", "01732 227000"]

    @Test("every parish list has the five numbers, before any service", arguments: ["Swanley", "Edenbridge", "Sevenoaks"])
    func parish(_ parish: String) throws {
        let list = try PrintSupport.list(parish)
        let box = try #require(list.numbers)
        #expect(box.heading == "Numbers to keep")
        #expect(box.numbers.map(\.phone) == Self.keep)
        let text = TextRenderer.render(list)
        let boxAt = try #require(text.range(of: "NUMBERS TO KEEP"))
        let firstService = try #require(text.range(of: "Phone: "))
        #expect(boxAt.lowerBound < firstService.lowerBound)
        // Numbers are held together with non-breaking spaces.
        let html = HTMLRenderer.render(list, largePrint: false).replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(html.contains("<aside class=\"numbers\">"))
        for number in Self.keep { #expect(html.contains(number)) }
    }

    @Test("the PDF draws the box on page 1, standard and large print", .enabled(if: PrintSupport.tool("pdftotext") != nil), arguments: [false, true])
    func pdf(largePrint: Bool) throws {
        let list = try PrintSupport.list("Swanley")
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("swanley.pdf").path
        let output = PDFRenderer.render(list, largePrint: largePrint)
        try AtomicFile.write(output.bytes, to: file)
        let first = try PrintSupport.run(PrintSupport.tool("pdftotext")!, ["-f", "1", "-l", "1", file, "-"]).output
        #expect(first.contains("Numbers to keep"))
        for number in Self.keep { #expect(first.contains(number), "page 1 lacks \(number)") }
        #expect(String(decoding: output.bytes, as: UTF8.self).contains(" re S Q"), "the box is ruled")
    }

    @Test("a handout with a raised risk starts with the numbers, adds the risk's, and never repeats the disclosure")
    func handout() throws {
        let engine = try MatchEngine(index: PrintSupport.index, registry: RegisteredModules.registry())
        let query = ResidentQuery(
            place: .parish("Kemsing"), age: 38, needs: ["he checks my phone and won't let me see my sister"], circumstances: ["woman"])
        let result = try engine.match(query, today: PrintSupport.today)
        #expect(!result.urgent.isEmpty)
        let list = PrintSupport.builder.handout(for: result, showNeeds: true, today: PrintSupport.today)
        let box = try #require(list.numbers)
        #expect(Array(box.numbers.map(\.phone).prefix(5)) == Self.keep)
        #expect(box.numbers.contains { $0.phone == "0808 168 9111" })
        for text in [TextRenderer.render(list), HTMLRenderer.render(list, largePrint: false)] {
            for said in ["checks my phone", "see my sister", "Safeguarding", "safeguarding module", "disclosed"] {
                #expect(!text.contains(said), "the handout repeats “\(said)”")
            }
        }
    }
}
