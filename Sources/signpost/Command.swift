import ArgumentParsing
import Foundation
import SignpostCore
import SignpostModules

/// One subcommand of `signpost`: its spec and what it does. Commands are thin: they read the
/// arguments, call SignpostCore and format the result.
protocol Command {
    static var spec: CommandSpec { get }
    /// Runs the command and returns its exit status.
    static func run(_ arguments: ParsedArguments) throws -> Int32
}

/// A failure the user should read: printed on stderr, with an exit status (1 unless stated).
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32 = 1
}

/// Options shared by the commands that read the Directory.
enum CommonOptions {
    static let directory = OptionSpec.value(
        "directory", "PATH", help: "The Directory folder (default: $SIGNPOST_DIRECTORY, or ./Directory or above).")
    static let json = OptionSpec.flag("json", help: "Print JSON instead of text.")
}

extension Command {
    /// The Directory folder named by `--directory`, or found as documented.
    static func locateDirectory(_ arguments: ParsedArguments) throws(CommandFailure) -> DirectoryLocator.Location {
        do {
            return try DirectoryLocator.locate(explicit: arguments.value("directory"))
        } catch {
            throw CommandFailure(message: "signpost: \(error)")
        }
    }

    /// Loads the Directory named by `--directory` (or found), refusing one with errors.
    static func loadDirectory(_ arguments: ParsedArguments) throws -> Directory {
        try loadDirectory(at: locateDirectory(arguments))
    }

    /// Loads the Directory at an already located folder, refusing one with errors.
    static func loadDirectory(at location: DirectoryLocator.Location) throws -> Directory {
        let result = DirectoryLoader.load(at: location.url, displayRoot: location.displayPath, today: .today())
        guard result.isUsable else {
            let errors = result.findings.filter { $0.severity == .error }
            for finding in errors.prefix(20) { Console.errLine(finding.description) }
            if errors.count > 20 { Console.errLine("… and \(errors.count - 20) more") }
            throw CommandFailure(
                message: "signpost: the Directory at \(location.displayPath) has \(errors.count) error\(errors.count == 1 ? "" : "s"); run 'signpost validate' for the full report")
        }
        return result.directory
    }
}

extension Command {
    /// The matching engine over `directory` with every registered module, rule warnings on stderr.
    static func makeEngine(_ directory: Directory) throws -> MatchEngine {
        do {
            return try MatchEngine(
                index: ServiceIndex(directory: directory), registry: RegisteredModules.registry(),
                log: { Console.errLine("signpost: " + $0) })
        } catch let error as MatchEngine.VocabularyError {
            throw CommandFailure(message: "signpost: the rules do not fit this Directory:\n" + error.description)
        }
    }
}
