import Foundation
import SignpostCore
@testable import SignpostORUK
import SignpostTestSupport

/// The real bundled Directory, and temporary folders for exports and imports.
enum ORUKSupport {
    static let packageRoot: URL = PackageRoot.url

    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    static let bundledFiles = DirectoryFiles.read(at: TestDirectories.bundled, displayRoot: "Directory")
    static let directory: Directory = DirectoryLoader.load(bundledFiles, today: today).directory
    static let encoder = ORUKEncoder(directory: directory)

    /// The reference ORUK material (schemas and the example service), when this checkout has it.
    static let referenceFolder = packageRoot.appendingPathComponent("../shared/reference/oruk/oruk-3.0-schema").standardizedFileURL
    static var hasReference: Bool { FileManager.default.fileExists(atPath: referenceFolder.appendingPathComponent("example_service_full.json").path) }

    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "signpost-oruk-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Exports the bundled Directory into a new folder and returns its path.
    static func export(perPage: Int = 50) throws -> String {
        let target = try temporaryFolder() + "/feed"
        let folder = try StagedFolder(target: target)
        _ = try ORUKPublication(directory: directory, perPage: perPage).write(to: folder)
        try folder.commit(replace: { _ in false })
        return target
    }

    static func importFeed(_ path: String, defaultArea: ServiceArea? = nil) throws -> ORUKImporter.Result {
        try ORUKImporter.run(
            feed: path, base: bundledFiles,
            options: ORUKImportOptions(defaultArea: defaultArea, feedName: "test feed", feedDate: today), today: today)
    }

    /// Writes `text` to a new file named `name` and returns its path.
    static func file(_ name: String, _ text: String) throws -> String {
        let path = try temporaryFolder() + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func parse(_ bytes: [UInt8]) throws -> JSONValue { try JSONParser.parse(bytes).value }
}

extension ORUKSupport {
    /// The first difference between two lists of services (compared by id), for a readable failure.
    static func difference(_ got: [Service], _ expected: [Service]) -> String? {
        let a = got.sorted { $0.id < $1.id }
        let b = expected.sorted { $0.id < $1.id }
        if a.count != b.count { return "\(a.count) services, expected \(b.count)" }
        for (x, y) in zip(a, b) where x != y {
            return "\(x.id):\n  got      \(x)\n  expected \(y)"
        }
        return nil
    }
}
