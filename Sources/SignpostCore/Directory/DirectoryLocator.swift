import Foundation

/// Finds the Directory to use: an explicit path, then `$SIGNPOST_DIRECTORY`, then a `Directory/`
/// folder in the working directory or any folder above it.
public enum DirectoryLocator {
    public struct NotFound: Error, CustomStringConvertible {
        public var description: String {
            "no Directory found: pass --directory PATH, set SIGNPOST_DIRECTORY, or run inside a folder that has a Directory/ folder (or below one)"
        }
    }

    /// A located Directory: where it is and how to name it in messages.
    public struct Location: Sendable {
        public var url: URL
        public var displayPath: String

        public init(url: URL, displayPath: String) {
            self.url = url
            self.displayPath = displayPath
        }
    }

    public static func locate(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> Location {
        if let explicit { return location(for: explicit, workingDirectory: workingDirectory) }
        if let fromEnvironment = environment["SIGNPOST_DIRECTORY"], !fromEnvironment.isEmpty {
            return location(for: fromEnvironment, workingDirectory: workingDirectory)
        }
        var folder = URL(fileURLWithPath: workingDirectory, isDirectory: true).standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent("Directory", isDirectory: true)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("taxonomy.json").path),
                FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue
            {
                return location(for: candidate.path, workingDirectory: workingDirectory)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw NotFound()
    }

    /// The path as the user would type it: relative to the working directory when inside it.
    static func location(for path: String, workingDirectory: String) -> Location {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
            .standardizedFileURL
        let base = URL(fileURLWithPath: workingDirectory, isDirectory: true).standardizedFileURL.path
        var display = url.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if display.hasPrefix(prefix) { display = String(display.dropFirst(prefix.count)) }
        return Location(url: url, displayPath: display)
    }
}
