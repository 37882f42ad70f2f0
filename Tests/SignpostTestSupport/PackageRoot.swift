import Foundation

/// The folder holding Package.swift, found from this file's own path: every test suite reads the
/// real bundled Directory and runs the real binary relative to it.
public enum PackageRoot {
    public static let url: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()
}

/// The Directories tests read.
public enum TestDirectories {
    /// The real bundled Directory — or, when `SIGNPOST_TEST_DIRECTORY` is set, a copy of it (CI runs
    /// the suite once more on a copy with an extra service, to prove no test is welded to the data).
    /// Tests about it compute their expectations from what it holds.
    public static let bundled: URL = {
        if let path = ProcessInfo.processInfo.environment["SIGNPOST_TEST_DIRECTORY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return PackageRoot.url.appendingPathComponent("Directory")
    }()

    /// A frozen copy of the Directory under `Tests/Fixtures/Directory`, for goldens and snapshots.
    public static let fixture: URL = PackageRoot.url.appendingPathComponent("Tests/Fixtures/Directory")
}
