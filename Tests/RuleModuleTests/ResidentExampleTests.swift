import Foundation
import SignpostCore
import Testing

/// Example residents — the shared ones a good social prescriber wrote, and our own — run against
/// the real bundled Directory with every module on.
@Suite("Example residents")
struct ResidentExampleTests {
    struct Example: CustomStringConvertible, Sendable {
        var id: String
        var query: ResidentQuery
        var top: [(pattern: String, within: Int)]
        var absent: [String]
        var suggests: [String]
        var unmet: [String]
        var description: String { id }
    }

    static func load(_ file: String) -> [Example] {
        let url = Bundled.packageRoot.appendingPathComponent("Tests/RuleModuleTests/Residents/\(file)")
        guard let data = FileManager.default.contents(atPath: url.path),
            let residents = try? JSONParser.parse([UInt8](data)).value["residents"]?.arrayValue
        else { fatalError("cannot read \(url.path)") }
        return residents.map { entry in
            let r = entry["resident"]!
            let place: ResidentQuery.Place
            if let parish = r["parish"]?.stringValue {
                place = .parish(parish)
            } else if let postcode = r["postcode"]?.stringValue {
                place = .postcode(postcode)
            } else {
                place = .coordinate(GeoPoint(latitude: r["lat"]!.doubleValue!, longitude: r["lon"]!.doubleValue!))
            }
            let expect = entry["expect"]!
            return Example(
                id: entry["id"]!.stringValue!,
                query: ResidentQuery(
                    place: place, age: r["age"]?.intValue, needs: r["needs"]!.arrayValue!.compactMap(\.stringValue),
                    circumstances: r["circumstances"]?.arrayValue?.compactMap(\.stringValue) ?? []),
                top: (expect["top"]?.arrayValue ?? []).map { ($0["name"]!.stringValue!, $0["within"]!.intValue!) },
                absent: expect["absent"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                suggests: expect["suggests"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                unmet: expect["unmet"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
    }

    static let shared = load("shared-residents.json")
    static let own = load("signpost-residents.json")

    /// Case-insensitive regular expression against "name" and "organisation name".
    static func matches(_ pattern: String, _ match: MatchResult.Scored) -> Bool {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        for text in [match.service.name, match.organisation + " " + match.service.name] {
            if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { return true }
        }
        return false
    }

    func check(_ example: Example) throws {
        let result = try Bundled.match(example.query)
        let got = result.matches.map(\.service.name)
        for (pattern, within) in example.top {
            #expect(result.matches.prefix(within).contains { Self.matches(pattern, $0) }, "\(example.id): /\(pattern)/ not in top \(within): \(got)")
        }
        for pattern in example.absent {
            #expect(!result.matches.contains { Self.matches(pattern, $0) }, "\(example.id): /\(pattern)/ should be absent: \(got)")
        }
        for need in example.suggests {
            #expect(result.needs.contains { $0.need.id == need && { if case .suggested = $0.source { return true } else { return false } }($0) }, "\(example.id): \(need) not suggested")
        }
        for need in example.unmet {
            #expect(result.unmet.contains { $0.id == need }, "\(example.id): \(need) not reported as unmet (\(result.unmet.map(\.id)))")
        }
    }

    @Test("the shared example residents (shared/examples/residents.json)", arguments: shared)
    func sharedResidents(example: Example) throws { try check(example) }

    @Test("our own example residents", arguments: own)
    func ownResidents(example: Example) throws { try check(example) }

    @Test("the shared examples in this repository match ../shared when it is present")
    func sharedCopyIsCurrent() throws {
        let upstream = Bundled.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/examples/residents.json")
        guard let theirs = FileManager.default.contents(atPath: upstream.path) else { return }
        let ours = FileManager.default.contents(
            atPath: Bundled.packageRoot.appendingPathComponent("Tests/RuleModuleTests/Residents/shared-residents.json").path)
        #expect(ours == theirs, "copy ../shared/examples/residents.json into Tests/RuleModuleTests/Residents/")
    }

    @Test("our residents cover every circumstance and every rule module")
    func coverage() throws {
        var circumstances: Set<Circumstance> = []
        var modules: Set<String> = []
        for example in Self.own {
            let result = try Bundled.match(example.query)
            circumstances.formUnion(result.circumstances)
            for match in result.matches {
                for reason in match.reasons { if let module = reason.module { modules.insert(module) } }
            }
            for need in result.needs {
                if case .suggested(_, let module?, _) = need.source { modules.insert(module) }
            }
        }
        #expect(circumstances == Set(Circumstance.allCases), "missing: \(Set(Circumstance.allCases).subtracting(circumstances))")
        #expect(modules == Set(Bundled.registry.moduleIDs), "missing: \(Set(Bundled.registry.moduleIDs).subtracting(modules))")
        #expect(Self.own.count >= 10)
    }
}
