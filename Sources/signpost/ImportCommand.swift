import ArgumentParsing
import Foundation
import SignpostCore
import SignpostORUK

/// `signpost import oruk`: an Open Referral UK feed as a Directory.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Import an Open Referral UK 3.0 feed as a Directory, reporting what could not be mapped.",
        discussion: """
            EXAMPLES:
              signpost import oruk feed.json --dry-run           # what would be imported, and the findings
              signpost import oruk feed/ --into imported         # a folder exported by 'signpost export oruk'
              signpost import oruk services.ndjson --into neighbours --default-area west-kent

            FEED is a /services page, a JSON array of services, one service, an ndjson file (one
            service per line) or a folder of those. The taxonomy, parishes and outcodes come from
            the Directory (--directory); services and organisations come from the feed. Findings
            read 'file:line: field: severity: message'. An error means something in the feed was
            left out (a bad field, or a whole service, which is then named); a warning means the
            feed says something Signpost has no place for. The Directory is written only when
            complete (built beside --into, then renamed); with --strict, not at all if there are errors.
            """,
        options: [
            .value("into", "FOLDER", help: "Where to write the new Directory (required unless --dry-run)."),
            .flag("dry-run", help: "Map and check everything, write nothing."),
            .flag("replace", help: "Replace an existing Directory at --into."),
            .flag("strict", help: "Write nothing if any part of the feed could not be imported."),
            .value("default-area", "AREA", help: "Area for services whose area is not recognised: district, west-kent, kent or national."),
            .value("feed-name", "TEXT", help: "Names the feed in each service's source (default: the FEED path)."),
            CommonOptions.json,
            CommonOptions.directory,
        ],
        positionals: [
            PositionalSpec("standard", help: "The data standard: oruk (Open Referral UK 3.0)."),
            PositionalSpec("feed", help: "The feed file or folder."),
        ])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard arguments.positionals.first == "oruk" else {
            throw UsageError("the only import standard is 'oruk' (Open Referral UK 3.0)", command: spec.name)
        }
        guard arguments.positionals.count == 2 else { throw UsageError("give the feed file or folder to import", command: spec.name) }
        let feed = arguments.positionals[1]
        let dryRun = arguments.flag("dry-run")
        let into = arguments.value("into")
        if !dryRun && into == nil { throw UsageError("--into FOLDER is required (or --dry-run)", command: spec.name) }
        var defaultArea: ServiceArea? = nil
        if let text = arguments.value("default-area") {
            let areas: [String: ServiceArea] = ["district": .district, "west-kent": .westKent, "kent": .kent, "national": .national]
            guard let area = areas[text] else {
                throw UsageError("--default-area must be district, west-kent, kent or national", command: spec.name)
            }
            defaultArea = area
        }
        let location = try locateDirectory(arguments)
        let today = CalendarDate.today()
        let feedDate = fileDate(feed) ?? today
        let options = ORUKImportOptions(defaultArea: defaultArea, feedName: arguments.value("feed-name") ?? feed, feedDate: feedDate)
        let started = Date()
        let base = DirectoryFiles.read(at: location.url, displayRoot: location.displayPath)
        let result = try rethrowing { () throws(SignpostError) in
            try ORUKImporter.run(
                feed: feed, base: base, options: options,
                today: today, progress: { Console.errLine("[\($0)] services read") })
        }
        let errors = result.findings.errorCount
        let imported = result.directory.services.count
        if arguments.flag("json") {
            Console.outJSON(
                .object([
                    "feed": .string(feed), "advice": JSONValue(result.advice), "services_read": JSONValue(result.servicesRead),
                    "services_imported": JSONValue(imported), "organisations_imported": JSONValue(result.directory.organisations.count),
                    "errors": JSONValue(errors), "warnings": JSONValue(result.findings.warningCount),
                    "findings": .array(result.findings.map(\.json)),
                    "validation_warnings": JSONValue(result.validationWarnings.count), "written": .bool(!dryRun && result.isUsable),
                    "unmapped_terms": .array(result.unmappedTerms.map { t in
                        .object(["term": .string(t.term), "vocabulary": JSONValue(t.vocabulary), "services": JSONValue(t.services)])
                    }),
                ]))
        } else {
            // Why not everything came in, and the option that fixes it, before any detail (when
            // nothing came in, the closing summary starts with it).
            if result.isUsable { for line in result.advice { Console.errLine(line) } }
            let shown = 100
            for finding in result.findings.prefix(shown) { Console.errLine(finding.description) }
            if result.findings.count > shown { Console.errLine("… and \(result.findings.count - shown) more (--json lists them all)") }
        }
        let summary =
            "\(result.servicesRead) services read, \(imported) imported, \(result.directory.organisations.count) organisations; \(errors) error\(errors == 1 ? "" : "s"), \(result.findings.warningCount) warning\(result.findings.warningCount == 1 ? "" : "s") (\(seconds(since: started)))."
        guard result.isUsable else {
            throw CommandFailure(message: "signpost import: " + (result.advice.first.map { $0 + " " } ?? "nothing could be imported. ") + summary)
        }
        if arguments.flag("strict") && errors > 0 {
            throw CommandFailure(message: "signpost import: --strict and the feed has errors; nothing was written. " + summary)
        }
        guard !dryRun, let into else {
            Console.errLine("Dry run: " + summary + " Nothing was written.")
            return 0
        }
        let replace = arguments.flag("replace")
        try rethrowing { () throws(SignpostError) in
            let folder = try StagedFolder(target: into)
            // The tables the feed was mapped onto, byte for byte as they were read.
            for (name, file) in [("taxonomy.json", base.taxonomy), ("parishes.json", base.parishes), ("outcodes.json", base.outcodes)] {
                guard let file else { throw SignpostError(.output, "cannot read \(location.displayPath)/\(name)") }
                try folder.write(file.bytes, to: name)
            }
            try folder.write(Array(readme(feed: feed, today: today).utf8), to: "README.md")
            try result.write(to: folder)
            try folder.commit { existing in
                replace && FileManager.default.fileExists(atPath: existing + "/parishes.json")
                    || ((try? FileManager.default.contentsOfDirectory(atPath: existing))?.isEmpty ?? false)
            }
        }
        Console.errLine("Wrote \(into): " + summary)
        if !result.validationWarnings.isEmpty {
            Console.errLine("The new Directory has \(result.validationWarnings.count) validation warnings: run 'signpost validate --directory \(into)'.")
        }
        return 0
    }

    private static func fileDate(_ path: String) -> CalendarDate? {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
        return CalendarDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    private static func readme(feed: String, today: CalendarDate) -> String {
        """
        # Imported Directory

        Imported from the Open Referral UK feed `\(feed)` by `signpost import oruk` on \(today).
        The taxonomy, parishes and outcodes are copies of the Directory the import mapped onto.
        Check it with `signpost validate --directory <this folder>`.

        """
    }
}
