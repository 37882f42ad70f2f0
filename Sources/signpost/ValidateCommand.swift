import ArgumentParsing
import Foundation
import SignpostCore

/// `signpost validate`: every problem in the Directory, located to file, line and field.
enum ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check the Directory and report every problem as path:line: field: message.",
        discussion: """
            Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors, 64 on usage errors.
            Warnings: information older than 12 months; a service with no phone (it cannot be printed).
            """,
        options: [CommonOptions.directory, CommonOptions.json])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let location = try locateDirectory(arguments)
        let result = DirectoryLoader.load(at: location.url, displayRoot: location.displayPath, today: .today())
        let report = ValidationReport(result: result)
        if arguments.flag("json") {
            Console.outJSON(report.json)
        } else {
            for finding in result.findings { Console.outLine(finding.description) }
            Console.outLine(report.summary)
        }
        return result.isUsable ? 0 : 1
    }
}
