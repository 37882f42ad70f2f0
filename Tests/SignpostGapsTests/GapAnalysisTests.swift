import Foundation
import SignpostCore
import Testing
@testable import SignpostGaps

#if canImport(FoundationXML)
import FoundationXML
import SignpostTestSupport
#endif

enum GapSupport {
    static let packageRoot: URL = PackageRoot.url

    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static func load(_ relative: String) -> (DirectoryFiles, ServiceIndex) {
        load(packageRoot.appendingPathComponent(relative))
    }

    static func load(_ url: URL) -> (DirectoryFiles, ServiceIndex) {
        let files = DirectoryFiles.read(at: url, displayRoot: "Directory")
        let result = DirectoryLoader.load(files, today: today)
        precondition(result.isUsable, "\(result.findings)")
        return (files, ServiceIndex(directory: result.directory))
    }

    static let fixture = load("Tests/SignpostGapsTests/Fixture/Directory")
    static let bundled = load(TestDirectories.bundled)
    /// Parishes × domains of the bundled Directory.
    static var cellCount: Int { bundled.1.directory.parishes.count * bundled.1.directory.taxonomy.domains.count }
}

@Suite("Gap analysis")
struct GapAnalysisTests {
    @Test("the fixture's matrix is exactly the hand-computed one")
    func fixtureMatrix() {
        let report = GapAnalysis(index: GapSupport.fixture.1).run()
        // parish, domain, severity, score, issues — worked out by hand in docs/GAP-ANALYSIS.md's example.
        let expected: [(String, String, Double, Double, [GapCell.Issue])] = [
            ("Alpha", "transport", 0.3, 0.36, [.noFreeOption, .singleProvider]),
            ("Alpha", "social", 0.2, 0.24, [.singleProvider, .singleSite, .districtWideOnly]),
            ("Beta", "transport", 0, 0, []),
            ("Beta", "social", 0.4, 1.6, [.communityTransportOnly, .singleProvider, .singleSite, .districtWideOnly]),
            ("Gamma", "transport", 1, 3, [.onlyByPhoneOrOnline, .noOptionWithoutInternet, .noFreeOption, .singleProvider]),
            ("Gamma", "social", 0.45, 1.35, [.noOptionWithoutCar, .singleSite]),
        ]
        #expect(report.cells.count == expected.count)
        for (parish, domain, severity, score, issues) in expected {
            let cell = report.cell(parish, domain)
            #expect(cell?.severity == severity, "\(parish) \(domain)")
            #expect(cell?.score == score, "\(parish) \(domain)")
            #expect(cell?.issues == issues, "\(parish) \(domain)")
        }
        let gamma = report.cell("Gamma", "transport")!
        // Weighed at the median of the known populations, and never shown as Gamma's own.
        #expect(!gamma.populationKnown && gamma.peopleUsed == 2000 && gamma.population == nil)
        #expect(report.cell("Alpha", "social")!.ruralityMultiplier == 1.2)
        #expect(report.cell("Beta", "social")!.coverage.nearestKm.map { abs($0 - 6.96) < 0.05 } == true)
        #expect(report.gaps.map { "\($0.parish.name)/\($0.domain.id)" } == [
            "Gamma/transport", "Beta/social", "Gamma/social", "Alpha/transport", "Alpha/social",
        ])
        #expect(report.cell("Beta", "social")!.finding
            == "Beta: social connection: without a car, only by community transport (nearest site 7.0 km away); one provider only (Organisation B); one site only; district-wide services only; 2,000 residents; among the most deprived areas in the district.")
        // The phone befriending line does not make company reachable: it takes being there.
        #expect(report.cell("Gamma", "social")!.coverage.reachableWithoutCar == false)
    }

    @Test("what-if on the fixture: removing the bus opens Alpha's transport gap completely, and Beta's club is out of reach")
    func fixtureWhatIf() throws {
        let (files, index) = GapSupport.fixture
        let result = try GapScenario.run(index: index, today: GapSupport.today, without: ["bus"], files: { files })
        #expect(result.opened.map { "\($0.after.parish.name)/\($0.after.domain.id)" } == ["Beta/transport", "Alpha/transport", "Beta/social"])
        #expect(result.name == "If Bus stopped")
        #expect(result.scenario.cell("Alpha", "transport")?.severity == 1)
        #expect(result.closed.isEmpty)
    }

    @Test("every parish × domain cell of the bundled Directory is present")
    func everyCell() {
        let index = GapSupport.bundled.1
        let report = GapAnalysis(index: index).run()
        #expect(report.cells.count == index.directory.parishes.count * index.directory.taxonomy.domains.count)
        for parish in index.directory.parishes {
            for domain in index.directory.taxonomy.domains { #expect(report.cell(parish.name, domain.id) != nil) }
        }
    }

    @Test("removing Dial a Ride widens transport gaps in rural parishes")
    func dialARide() throws {
        let (files, index) = GapSupport.bundled
        let result = try GapScenario.run(
            index: index, today: GapSupport.today, domain: "transport", without: ["dial-a-ride"], files: { files })
        let opened = Set(result.opened.map(\.after.parish.name))
        for rural in ["Hever", "Cowden", "Chiddingstone", "Leigh", "Penshurst", "Fawkham", "Sevenoaks Weald"] {
            #expect(opened.contains(rural), "\(rural)")
            #expect(result.scenario.cell(rural, "transport")!.severity > result.baseline.cell(rural, "transport")!.severity)
        }
    }

    @Test("a proposed service closes the gaps it covers")
    func proposal() throws {
        let (files, index) = GapSupport.bundled
        let proposal = """
            {"id": "proposed-hever-lift", "name": "Hever volunteer lifts", "organization_id": "compaid",
             "description": "Free volunteer lifts.", "needs": ["transport"],
             "service_area": {"kind": "parishes", "parishes": ["Hever", "Cowden"]}, "cost": {"kind": "free"},
             "delivery": ["transport"], "phones": [{"number": "01892 530330"}], "source": "proposal", "verified": "2026-11-01"}
            """
        let file = DirectoryFiles.File(path: "proposed-hever-lift.json", bytes: Array(proposal.utf8))
        let result = try GapScenario.run(index: index, today: GapSupport.today, domain: "transport", proposed: [file], files: { files })
        // A second provider: no longer one organisation away from nothing.
        #expect(Set(result.closed.map(\.after.parish.name)) == ["Hever", "Cowden"])
        #expect(result.name == "If Hever volunteer lifts started")
        #expect(result.opened.isEmpty)
        let broken = DirectoryFiles.File(path: "proposed-hever-lift.json", bytes: Array(proposal.replacingOccurrences(of: "\"transport\"]", with: "\"transprt\"]").utf8))
        #expect(throws: SignpostError.self) {
            try GapScenario.run(index: index, today: GapSupport.today, proposed: [broken], files: { files })
        }
    }

    @Test("filters and unknown names")
    func filters() throws {
        let (files, index) = GapSupport.bundled
        let one = try GapScenario.run(index: index, today: GapSupport.today, parish: "Hever", domain: "carers", files: { files })
        #expect(one.scenario.cells.count == 1)
        #expect(throws: SignpostError.self) { try GapScenario.run(index: index, today: GapSupport.today, parish: "Hevr", files: { files }) }
        #expect(throws: SignpostError.self) { try GapScenario.run(index: index, today: GapSupport.today, domain: "transprt", files: { files }) }
        #expect(throws: SignpostError.self) { try GapScenario.run(index: index, today: GapSupport.today, without: ["dial-a-rid"], files: { files }) }
    }

    @Test("every gap cites its domain's action-plan references, priority areas and Marmot objective")
    func citations() {
        let report = GapAnalysis(index: GapSupport.bundled.1).run()
        for gap in report.gaps {
            #expect(!gap.priorityAreas.isEmpty)
            #expect(gap.domain.marmotObjective.first?.isNumber == true)
            #expect(gap.json["actionPlan"] != nil)
        }
        #expect(report.cell("Swanley", "digital-inclusion")!.domain.actionPlan.map(\.code) == ["PC10", "PC11", "PC12", "PC13"])
    }
}

@Suite("Gap reports")
struct GapReportTests {
    static let report = GapAnalysis(index: GapSupport.bundled.1).run()

    @Test("CSV: the full matrix, one row per cell, all measures as columns")
    func csv() {
        let csv = GapCSVRenderer.render(Self.report)
        let rows = csv.split(separator: "\r\n")
        #expect(rows.count == GapSupport.cellCount + 1)
        #expect(rows[0].split(separator: ",").count == GapCSVRenderer.header.count)
        #expect(CSVWriter.field("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(CSVWriter.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVWriter.field("-0.5") == "-0.5")
    }

    @Test("text: top gaps first, then summaries")
    func text() {
        let text = GapTextRenderer.render(Self.report, top: 5)
        #expect(text.contains("Top gaps (5 of"))
        #expect(text.contains("Five findings to act on"))
        #expect(text.contains("By domain"))
        #expect(text.contains("By parish"))
    }

    @Test("JSON: parameters, gaps, cells and summaries")
    func json() throws {
        let json = Self.report.json()
        #expect(json["cells"]?.arrayValue?.count == GapSupport.cellCount)
        #expect(json["method"]?["walkingKm"] == .number(GapAnalysis.walkingKm))
        #expect(json["byDomain"]?.arrayValue?.count == GapSupport.bundled.1.directory.taxonomy.domains.count)
    }

    @Test("HTML: self-contained, with a heatmap and a map whose SVG is well-formed XML")
    func html() throws {
        let html = GapHTMLRenderer.render(Self.report, printed: GapSupport.today)
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=\"http"))
        let svgs = html.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        #expect(svgs.count == 2)
        for svg in svgs {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))")
        }
        #expect(svgs[0].components(separatedBy: "<rect").count - 1 >= GapSupport.cellCount)
        for colour in GapHTMLRenderer.palette { #expect(html.contains(colour)) }
        // Parishes ordered by deprivation: Swanley (level 5) is the first row.
        let firstRow = svgs[0].range(of: "text-anchor=\"end\">")!
        #expect(svgs[0][firstRow.upperBound...].hasPrefix("Swanley (5)"))
    }
}
