import Foundation
import SignpostCore
import SignpostQuality
import Testing

/// Example residents — the shared ones a good social prescriber wrote, and our own — run against
/// the real bundled Directory with every module on.
@Suite("Example residents")
struct ResidentExampleTests {
    /// The residents of one file under Tests/RuleModuleTests/Residents, read as the quality
    /// benchmark reads them (one loader, one set of checks).
    static func load(_ file: String) -> [ResidentCase] {
        let path = Bundled.packageRoot.appendingPathComponent("Tests/RuleModuleTests/Residents/\(file)").path
        do { return try ResidentCase.load(path) } catch { fatalError("\(error)") }
    }

    static let shared = load("shared-residents.json")
    static let own = load("signpost-residents.json")

    func check(_ example: ResidentCase) throws {
        let result = try Bundled.match(example.query)
        let failures = example.failures(result)
        #expect(failures.isEmpty, "\(example.id): \(failures.joined(separator: "; ")): \(result.matches.map(\.service.name))")
    }

    @Test("the shared example residents (shared/examples/residents.json)", arguments: shared)
    func sharedResidents(example: ResidentCase) throws { try check(example) }

    @Test("our own example residents", arguments: own)
    func ownResidents(example: ResidentCase) throws { try check(example) }

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
