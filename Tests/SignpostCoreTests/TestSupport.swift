import Foundation
@testable import SignpostCore
import SignpostTestSupport

/// Shared fixtures: the real bundled Directory, loaded once.
enum TestSupport {
    static let packageRoot: URL = PackageRoot.url

    static let directoryURL = TestDirectories.bundled

    /// A fixed "today" so staleness findings do not change from day to day.
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static let bundledFiles: DirectoryFiles = DirectoryFiles.read(at: directoryURL, displayRoot: "Directory")

    static let bundled: DirectoryLoadResult = DirectoryLoader.load(bundledFiles, today: today)

    static let directory: Directory = bundled.directory

    static let index: ServiceIndex = ServiceIndex(directory: directory)

    /// The bundled Directory's files with the services and organisations replaced.
    static func files(services: [(String, String)], organisations: [(String, String)]? = nil) -> DirectoryFiles {
        var files = bundledFiles
        files.services = services.map { DirectoryFiles.File(path: "Directory/services/\($0.0).json", bytes: Array($0.1.utf8)) }
        if let organisations {
            files.organisations = organisations.map {
                DirectoryFiles.File(path: "Directory/organisations/\($0.0).json", bytes: Array($0.1.utf8))
            }
        }
        return files
    }
}
