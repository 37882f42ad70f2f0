import Foundation
import SignpostCore
@testable import SignpostPrint
import SignpostTestSupport

enum PrintSupport {
    static let packageRoot: URL = PackageRoot.url

    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    static let directory: Directory = DirectoryLoader.load(
        at: TestDirectories.bundled, displayRoot: "Directory", today: today
    ).directory
    static let index = ServiceIndex(directory: directory)
    static let builder = PrintedListBuilder(index: index)

    static func list(_ parish: String, _ filter: PrintedListBuilder.Filter = .all) throws -> PrintedList {
        try builder.parishList(parish: parish, filter: filter, today: today)
    }

    /// The frozen fixture Directory, for golden files (edits to the real Directory never break them).
    static let fixtureBuilder = PrintedListBuilder(index: ServiceIndex(directory: LoadedDirectories.fixture))

    static func fixtureList(_ parish: String, _ filter: PrintedListBuilder.Filter = .all) throws -> PrintedList {
        try fixtureBuilder.parishList(parish: parish, filter: filter, today: today)
    }

    /// Runs a command-line tool if it is installed (CI installs poppler-utils and qpdf).
    static func tool(_ name: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        return nil
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-print-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
