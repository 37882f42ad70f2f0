import Foundation
import SignpostCore
import Testing
@testable import SignpostGaps

/// The bundled report read as the seeds read the district: rural isolation in the south, the
/// deprived north, no finding resting on what we do not know, and no invented figure.
@Suite("Gap findings on the bundled Directory")
struct GapFindingsTests {
    static let report = GapAnalysis(index: GapSupport.bundled.1).run()
    static let findings = report.findings()
    static let parishes = GapSupport.bundled.1.directory.parishes

    static func parish(_ name: String) -> Parish { parishes.first { $0.name == name }! }

    /// South of the district's median latitude.
    static func isSouthern(_ p: Parish) -> Bool {
        let latitudes = parishes.map(\.centroid.latitude).sorted()
        return p.centroid.latitude < latitudes[latitudes.count / 2]
    }

    @Test("five findings: access barriers first, then a fragility and a data gap")
    func shape() {
        #expect(Self.findings.count == GapReport.findingCount)
        #expect(Self.findings.first?.kind == .access)
        for kind in GapCell.Issue.Kind.allCases { #expect(Self.findings.contains { $0.kind == kind }, "\(kind)") }
        for f in Self.findings {
            #expect(!f.details.isEmpty && !f.cells.isEmpty)
            #expect(f.details.contains { $0.hasPrefix("To close it") || $0.hasPrefix("If ") }, "\(f.headline)")
        }
    }

    @Test("seed 003's rural isolation: an access barrier in a rural southern parish, social connection among its domains")
    func ruralSouth() {
        let access = Self.findings.filter { $0.kind == .access }
        let southern = access.filter { f in
            f.parishes.contains { name in
                let p = Self.parish(name)
                return Self.isSouthern(p) && (p.settlement?.isRural ?? true)
            }
        }
        #expect(!southern.isEmpty)
        #expect(access.contains { $0.domains.contains { $0.id == "social-connection" } })
    }

    @Test("seed 004's deprived north: an access barrier naming a parish of deprivation 4 or 5 there")
    func deprivedNorth() {
        let north = Self.findings.filter { f in
            f.kind == .access
                && f.parishes.contains { name in
                    let p = Self.parish(name)
                    return !Self.isSouthern(p) && p.deprivation.level >= 4
                }
        }
        #expect(!north.isEmpty)
    }

    @Test("no finding rests on an unknown cost: 'no free option' only where every cost is known")
    func costs() {
        for cell in Self.report.cells where cell.issues.contains(.noFreeOption) {
            #expect(cell.coverage.costUnknown == 0, "\(cell.finding)")
        }
        #expect(Self.report.cells.contains { $0.issues.contains(.costNotKnown) }, "the Directory has unknown costs, shown as a data gap")
        #expect(GapCell.Issue.costNotKnown.weight == 0, "a data gap adds nothing to severity")
    }

    @Test("the first finding is not an artefact: not green space resting on one golf course")
    func noArtefact() throws {
        let first = try #require(Self.findings.first)
        #expect(first.domains.map(\.id) != ["environment"])
        #expect(!Self.findings.flatMap(\.details).contains { $0.contains("Golf") })
    }

    @Test("the CSV holds no invented number: an unknown population is blank, the figure used is its own column")
    func csvPopulation() throws {
        let rows = GapCSVRenderer.render(Self.report).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let population = try #require(header.firstIndex(of: "population"))
        let used = try #require(header.firstIndex(of: "population_used"))
        let parishColumn = try #require(header.firstIndex(of: "parish"))
        var unknown = 0
        for row in rows.dropFirst() {
            let p = Self.parish(row[parishColumn])
            if let count = p.population?.count {
                #expect(row[population] == String(count) && row[used] == String(count))
            } else {
                unknown += 1
                #expect(row[population].isEmpty && !row[used].isEmpty, "\(p.name)")
            }
        }
        #expect(unknown > 0, "some parishes have no population figure")
        let data = Self.findings.first { $0.kind == .data && $0.issue == nil }
        #expect(data?.parishes.contains("Fawkham") == true && data?.parishes.contains("West Kingsdown") == true)
    }

    @Test("remote help counts only where it serves: a phone line is no social group")
    func remote() {
        let taxonomy = GapSupport.bundled.1.directory.taxonomy
        #expect(taxonomy.domain("social-connection")?.remoteServes == false)
        #expect(taxonomy.domain("mental-health")?.remoteServes == true)
        for cell in Self.report.cells where cell.coverage.remoteOnly {
            #expect(!cell.domain.remoteServes && cell.issues.contains(.onlyByPhoneOrOnline))
        }
    }

    @Test("what-if: the scenario is named in the title and every heading")
    func namedScenario() throws {
        let (files, index) = GapSupport.bundled
        let result = try GapScenario.run(index: index, today: GapSupport.today, without: ["dial-a-ride"], files: { files })
        let name = try #require(result.name)
        #expect(name.hasPrefix("If ") && name.hasSuffix(" stopped"))
        let text = GapTextRenderer.render(result.scenario, opened: result.opened, closed: result.closed, scenario: name)
        #expect(text.hasPrefix(name + ": service gaps"))
        #expect(text.contains(name + ": five findings") && text.contains(name + ": what changes") && text.contains(name + ": top gaps"))
        let html = GapHTMLRenderer.render(result.scenario, printed: GapSupport.today, opened: result.opened, closed: result.closed, scenario: name)
        #expect(html.contains("<title>" + GapHTMLRenderer.escape(name) + ": service gaps"))
        #expect(!result.opened.isEmpty, "losing Dial a Ride opens gaps")
    }

    @Test("HTML: landmarks, a viewport, captions, and the heatmap's figures as a table")
    func htmlStructure() {
        let html = GapHTMLRenderer.render(Self.report, printed: GapSupport.today)
        #expect(html.contains("<main>") && html.contains("</main>"))
        #expect(html.contains("name=\"viewport\""))
        #expect(html.components(separatedBy: "<table").count - 1 == html.components(separatedBy: "<caption>").count - 1)
        #expect(html.contains("Five findings to act on"))
        // Every cell's severity is printed in the table alternative.
        let table = html.components(separatedBy: "Gap severity by parish and domain")[1]
        #expect(table.components(separatedBy: "<td class=\"num\">").count - 1 >= GapSupport.cellCount)
    }
}
