import Foundation
import SignpostCore
import SignpostModules
import SignpostTestSupport

/// The Directory these tests rank against — the frozen fixture copy of the bundled Directory
/// (Tests/Fixtures/Directory), since module-level and resident examples expect rankings, which any
/// new service may change — and the registered modules, built once.
enum Bundled {
    static let packageRoot: URL = PackageRoot.url

    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static let directory: Directory = {
        let result = DirectoryLoader.load(
            at: TestDirectories.fixture, displayRoot: "Directory", today: today)
        precondition(result.isUsable, "the bundled Directory has errors")
        return result.directory
    }()

    static let index = ServiceIndex(directory: directory)
    static let registry = try! RegisteredModules.registry()
    static let engine = try! MatchEngine(index: index, registry: registry)

    static func match(_ query: ResidentQuery, engine: MatchEngine = engine) throws -> MatchResult {
        try engine.match(query, today: today)
    }
}
