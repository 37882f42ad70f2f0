import Foundation
import SignpostCore
import SignpostModules
import SignpostTestSupport
import Testing

/// The safeguarding targets on the repository's own statements (Tests/QualityData/safeguarding.json):
/// at least 95 % of risk statements raise an acceptable kind (the statement's, or one its notes
/// name after "also"), at most 2 % of the others raise anything; and no resident without
/// `expect.urgent` gets `urgent`. Read against the bundled Directory, each statement as one entry
/// and again split at commas as `signpost match --needs` splits it.
@Suite("Safeguarding quality")
struct SafeguardingQualityTests {
    static let kinds = ["immediate-danger", "suicide-self-harm", "domestic-abuse", "child-at-risk", "adult-at-risk", "carer-breakdown"]
    static let engine: MatchEngine = {
        let directory = DirectoryLoader.load(at: TestDirectories.bundled, displayRoot: "Directory", today: Bundled.today).directory
        return try! MatchEngine(index: ServiceIndex(directory: directory), registry: Bundled.registry)
    }()

    static func load(_ path: String) throws -> JSONValue {
        let url = PackageRoot.url.appendingPathComponent(path)
        return try JSONParser.value(Array(try Data(contentsOf: url)))
    }

    static func raised(_ needs: [String]) throws -> Set<String> {
        let result = try engine.match(ResidentQuery(place: .parish("Sevenoaks"), age: nil, needs: needs, circumstances: []), today: Bundled.today)
        return Set(result.urgent.map(\.risk))
    }

    @Test("statements: at least 95% flagged with an acceptable kind, at most 2% false alarms", arguments: [false, true])
    func statements(splitAtCommas: Bool) throws {
        let statements = try #require(try Self.load("Tests/QualityData/safeguarding.json")["statements"]?.arrayValue)
        var risky = 0, flagged = 0, safe = 0, alarms = 0
        var notes: [String] = []
        for s in statements {
            let text = try #require(s["text"]?.stringValue)
            let needs = splitAtCommas ? text.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init) : [text]
            let raised = try Self.raised(needs)
            if let risk = s["risk"]?.stringValue {
                var acceptable: Set<String> = [risk]
                let note = s["notes"]?.stringValue ?? ""
                for kind in Self.kinds where note.contains("also " + kind) { acceptable.insert(kind) }
                risky += 1
                if raised.isDisjoint(with: acceptable) { notes.append("missed \(risk): \(text)") } else { flagged += 1 }
            } else {
                safe += 1
                if !raised.isEmpty {
                    alarms += 1
                    notes.append("false alarm \(raised.sorted()): \(text)")
                }
            }
        }
        #expect(risky > 0 && safe > 0)
        #expect(Double(flagged) >= 0.95 * Double(risky), "\(flagged)/\(risky) flagged: \(notes)")
        #expect(Double(alarms) <= 0.02 * Double(safe), "\(alarms)/\(safe) false alarms: \(notes)")
    }

    @Test("residents: urgent exactly where expect.urgent says", arguments: ["Tests/QualityData/residents.json", "Tests/RuleModuleTests/Residents/shared-residents.json"])
    func residents(file: String) throws {
        let root = try Self.load(file)
        let residents = root.arrayValue ?? root["residents"]?.arrayValue ?? []
        #expect(!residents.isEmpty)
        for r in residents {
            guard let resident = r["resident"], let parish = resident["parish"]?.stringValue else { continue }
            let query = ResidentQuery(
                place: .parish(parish), age: resident["age"]?.doubleValue.map { Int($0) },
                needs: resident["needs"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                circumstances: resident["circumstances"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            let raised = Set(try Self.engine.match(query, today: Bundled.today).urgent.map(\.risk))
            let id = r["id"]?.stringValue ?? "?"
            if let expected = r["expect"]?["urgent"]?.stringValue {
                #expect(raised.contains(expected), "\(id): expected \(expected), got \(raised.sorted())")
            } else {
                #expect(raised.isEmpty, "\(id): no urgent expected, got \(raised.sorted())")
            }
        }
    }
}
