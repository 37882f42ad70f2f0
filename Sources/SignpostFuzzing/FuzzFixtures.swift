import Foundation
import SignpostCore
import SignpostModules
import SignpostServer

/// What every target runs against: the real bundled Directory (found as the CLI finds it, or
/// at $SIGNPOST_DIRECTORY), loaded once, with a fixed date so runs are reproducible.
enum FuzzFixtures {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static let location: DirectoryLocator.Location = {
        guard let location = try? DirectoryLocator.locate(explicit: nil) else {
            fatalError("signpost-fuzz: run from the package root, or set SIGNPOST_DIRECTORY")
        }
        return location
    }()

    static let files = DirectoryFiles.read(at: location.url, displayRoot: "Directory")
    static let tables = DirectoryLoader.tables(files)
    static let directory = DirectoryLoader.load(files, today: today).directory
    static let registry = try! RegisteredModules.registry()
    static let engine = try! MatchEngine(index: ServiceIndex(directory: directory), registry: registry)

    /// A server that never touches the file system on a request's behalf.
    static let dispatcher: Dispatcher = {
        let state = try! ServerState(
            location: location, registry: registry, maxLineBytes: 64 * 1024, allowsFileAccess: false, today: { today })
        return Dispatcher(state: state)
    }()
}
