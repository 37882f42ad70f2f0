import ArgumentParsing
import Foundation
import SignpostCore
import SignpostGaps

/// `signpost gaps`: the wider-determinants gap analysis, with what-if changes.
enum GapsCommand: Command {
    static let spec = CommandSpec(
        name: "gaps",
        abstract: "Gap analysis: which parishes lack which kinds of service, weighted by people and deprivation.",
        discussion: """
            EXAMPLES:
              signpost gaps                                  # top gaps, then summaries by domain and parish
              signpost gaps --format html --out gaps.html    # report for committee papers (heatmap, map, method)
              signpost gaps --format csv --out gaps.csv      # the full parish × domain matrix
              signpost gaps --without dial-a-ride            # what opens if a service goes
              signpost gaps --with proposal.json             # what a proposed service would close

            The method, weights and caveats are in docs/GAP-ANALYSIS.md.
            """,
        options: [
            .value("format", "FORMAT", help: "text (default), csv, html or json."),
            .value("domain", "ID", help: "Only this domain (e.g. transport)."),
            .value("parish", "NAME", help: "Only this town or parish."),
            .value("without", "ID,ID", help: "Remove these services and report the gaps that open."),
            .repeating("with", "FILE", help: "Add this proposed service file and report the gaps it closes."),
            .value("top", "N", help: "How many gaps the text report lists (default 25)."),
            .value("out", "FILE", help: "Write the report here (atomically) instead of stdout."),
            CommonOptions.directory,
        ])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let format = arguments.value("format") ?? "text"
        guard ["text", "csv", "html", "json"].contains(format) else {
            throw UsageError("--format must be text, csv, html or json", command: spec.name)
        }
        var top = 25
        if let text = arguments.value("top") {
            guard let n = Int(text), n > 0 else { throw UsageError("--top takes a positive whole number", command: spec.name) }
            top = n
        }
        let location = try locateDirectory(arguments)
        let directory = try loadDirectory(at: location)
        var proposed: [DirectoryFiles.File] = []
        for path in arguments.values("with") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure(message: "signpost gaps: cannot read \(path)")
            }
            proposed.append(DirectoryFiles.File(path: path, bytes: [UInt8](data)))
        }
        let without = (arguments.value("without") ?? "").split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        let today = CalendarDate.today()
        let result = try rethrowing { () throws(SignpostError) in
            try GapScenario.run(
                index: ServiceIndex(directory: directory), today: today, parish: arguments.value("parish"),
                domain: arguments.value("domain"), without: without, proposed: proposed,
                files: { DirectoryFiles.read(at: location.url, displayRoot: location.displayPath) })
        }
        let report = result.scenario
        let text: String
        switch format {
        case "csv": text = GapCSVRenderer.render(report)
        case "html": text = GapHTMLRenderer.render(report, printed: today, opened: result.opened, closed: result.closed, scenario: result.name)
        case "json": text = JSONWriter(style: .pretty).string(report.json(opened: result.opened, closed: result.closed, scenario: result.name))
        default: text = GapTextRenderer.render(report, top: top, opened: result.opened, closed: result.closed, scenario: result.name)
        }
        if let out = arguments.value("out") {
            try rethrowing { () throws(SignpostError) in try AtomicFile.write(Array(text.utf8), to: out) }
            Console.errLine("Wrote \(out).")
        } else {
            Console.out(text)
        }
        return 0
    }
}
