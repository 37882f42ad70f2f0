import Foundation
import SignpostCore
import Testing
@testable import SignpostPrint

@Suite("Printed lists: content")
struct PrintedListTests {
    @Test("the text format matches the golden files (on the frozen fixture Directory)", arguments: [
        ("edenbridge.txt", "Edenbridge", PrintedListBuilder.Filter.all),
        ("swanley-getting-about.txt", "Swanley", .themes([try! Theme.named("getting-about"), try! Theme.named("company")])),
    ])
    func golden(file: String, parish: String, filter: PrintedListBuilder.Filter) throws {
        let text = TextRenderer.render(try PrintSupport.fixtureList(parish, filter))
        let url = PrintSupport.packageRoot.appendingPathComponent("Tests/SignpostPrintTests/Golden/\(file)")
        if ProcessInfo.processInfo.environment["SIGNPOST_UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "run with SIGNPOST_UPDATE_GOLDEN=1 to update \(file) after an intended change")
    }

    @Test("a list shows only services that serve the parish")
    func serviceArea() throws {
        let names = try PrintSupport.list("Edenbridge").sections.flatMap(\.entries).map(\.name)
        #expect(names.contains("Edenbridge Leisure Centre"))
        #expect(!names.contains("Go2 bookable bus"))
        #expect(!names.contains("North Kent Mind wellbeing support"))
        let swanley = try PrintSupport.list("Swanley").sections.flatMap(\.entries).map(\.name)
        #expect(swanley.contains("North Kent Mind wellbeing support"))
    }

    @Test("services reachable only online are left off, and counted")
    func onlineOnly() throws {
        let list = try PrintSupport.list("Sevenoaks")
        let names = list.sections.flatMap(\.entries).map(\.name)
        // Computed from the Directory: every service with no offline way in is left off.
        let onlineOnly = PrintSupport.directory.services.filter { !$0.hasOfflineWayIn }
        #expect(!onlineOnly.isEmpty)
        for service in onlineOnly {
            #expect(!names.contains(service.name))
            #expect(service.phones.isEmpty && !service.locations.contains { $0.address != nil || $0.name != nil })
        }
        #expect(list.leftOffOnlineOnly >= 1)
    }

    @Test("entries within a heading are nearest first")
    func nearestFirst() throws {
        let list = try PrintSupport.list("Edenbridge", .themes([try Theme.named("staying-active")]))
        let section = try #require(list.sections.first { $0.heading == "Staying active and eating well" })
        let names = section.entries.map(\.name)
        let local = try #require(names.firstIndex(of: "Edenbridge Leisure Centre"))
        let far = try #require(names.firstIndex(of: "Sevenoaks Leisure Centre"))
        #expect(local < far)
    }

    @Test("every theme's domains exist, and every domain has a heading")
    func themes() {
        let domains = Set(PrintSupport.directory.taxonomy.domains.map(\.id))
        let themed = Set(Theme.all.flatMap(\.domains))
        #expect(themed == domains)
    }

    @Test("needs filter and unknown names")
    func filters() throws {
        let smoking = try PrintSupport.list("Kemsing", .needs("stop smoking"))
        #expect(smoking.sections.first?.heading == "Stopping smoking")
        #expect(smoking.sections.dropFirst().allSatisfy { $0.heading == "Further away" })
        #expect(smoking.subtitle == "Help with stopping smoking.")
        #expect(throws: SignpostError.self) { try PrintSupport.list("Kemsng") }
        #expect(throws: SignpostError.self) { try Theme.named("getting-abut") }
    }

    @Test("a resident handout carries no identifying data, and the typed needs only when asked")
    func handout() throws {
        let engine = try MatchEngine(index: PrintSupport.index, registry: .coreOnly)
        let result = try engine.match(
            ResidentQuery(place: .postcode("TN8 5AX"), age: 74, needs: ["lonely"], circumstances: ["no-car"]),
            today: PrintSupport.today)
        let plain = TextRenderer.render(PrintSupport.builder.handout(for: result, showNeeds: false, today: PrintSupport.today))
        let withNeeds = TextRenderer.render(PrintSupport.builder.handout(for: result, showNeeds: true, today: PrintSupport.today))
        #expect(plain.hasPrefix("Services that may help you"))
        #expect(!plain.contains("lonely") && !plain.contains("You asked about"))
        #expect(withNeeds.contains("You asked about loneliness and isolation."))
        #expect(plain.contains("Why: Helps with loneliness and isolation."), "each entry says why it was suggested")
        for text in [plain, withNeeds] {
            #expect(!text.contains("TN8") && !text.contains("5AX") && !text.lowercased().contains("age 74"))
        }
    }

    @Test("text is wrapped at 72 columns")
    func wrapping() throws {
        for parish in ["Sevenoaks", "Swanley"] {
            for line in TextRenderer.render(try PrintSupport.list(parish)).split(separator: "\n") {
                #expect(line.count <= 72, "\(line)")
            }
        }
        #expect(TextRenderer.wrap(String(repeating: "x", count: 200), width: 72).allSatisfy { $0.count <= 72 })
    }

    @Test("HTML is self-contained, escaped and printable")
    func html() throws {
        let html = HTMLRenderer.render(try PrintSupport.list("Swanley"), largePrint: true)
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("<h1>Local support for people in Swanley</h1>"))
        #expect(!html.contains("http://") || !html.contains("<link"))
        #expect(!html.contains("<script") && !html.contains("<img"))
        #expect(html.contains("font-size: 18pt"))
        #expect(HTMLRenderer.escape("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
    }
}
