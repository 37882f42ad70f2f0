import Foundation
import SignpostCore

/// The test Directories, loaded once, so that expectations are computed from what they hold.
public enum LoadedDirectories {
    /// The fixed date tests run on.
    public static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    public static let bundled: Directory = load(TestDirectories.bundled)
    public static let fixture: Directory = load(TestDirectories.fixture)

    static func load(_ url: URL) -> Directory {
        let result = DirectoryLoader.load(at: url, displayRoot: "Directory", today: today)
        precondition(result.isUsable, "\(url.path) has errors: \(result.findings.filter { $0.severity == .error })")
        return result.directory
    }
}
