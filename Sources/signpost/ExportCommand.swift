import ArgumentParsing
import Foundation
import SignpostCore
import SignpostORUK

/// `signpost export oruk`: the Directory as an Open Referral UK 3.0 publication.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Export the Directory as an Open Referral UK 3.0 feed (a folder of JSON, or ndjson).",
        discussion: """
            EXAMPLES:
              signpost export oruk --out feed                  # index.json, services/, pages/, organizations…
              signpost export oruk --format ndjson --out feed.ndjson
              signpost export oruk --format ndjson             # one full service per line on stdout

            The folder is built beside --out and renamed into place when complete; an existing
            export there is replaced, any other non-empty folder is left alone. The mapping, field
            by field, is in docs/ORUK.md.
            """,
        options: [
            .value("out", "PATH", help: "The folder (json) or file (ndjson) to write; ndjson without it goes to stdout."),
            .value("format", "FORMAT", help: "json (default: a folder laid out like the ORUK API) or ndjson."),
            .value("per-page", "N", help: "Services per page in pages/services/ (default 50)."),
            CommonOptions.directory,
        ],
        positionals: [PositionalSpec("standard", help: "The data standard: oruk (Open Referral UK 3.0).")])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard arguments.positionals.first == "oruk" else {
            throw UsageError("the only export standard is 'oruk' (Open Referral UK 3.0)", command: spec.name)
        }
        let format = arguments.value("format") ?? "json"
        guard format == "json" || format == "ndjson" else {
            throw UsageError("--format must be json or ndjson", command: spec.name)
        }
        var perPage = 50
        if let text = arguments.value("per-page") {
            guard let n = Int(text), (1...1000).contains(n) else {
                throw UsageError("--per-page takes a whole number from 1 to 1000", command: spec.name)
            }
            perPage = n
        }
        let out = arguments.value("out")
        if format == "json" && out == nil { throw UsageError("--out FOLDER is required for --format json", command: spec.name) }

        let directory = try loadDirectory(arguments)
        let publication = ORUKPublication(directory: directory, perPage: perPage)
        Interruption.install()
        let started = Date()
        if format == "ndjson" {
            return try writeLines(publication, to: out, started: started)
        }
        let target = out!
        let folder = try rethrowing { () throws(SignpostError) in try StagedFolder(target: target) }
        let summary = try rethrowing { () throws(SignpostError) in
            let summary = try publication.write(
                to: folder, progress: { done, total in Console.errLine("[\(done)/\(total)] services exported") },
                shouldStop: { Interruption.requested })
            try folder.commit(replace: isReplaceable)
            return summary
        }
        Console.errLine(
            "Wrote \(target): \(summary.services) services in \(summary.pages) pages, \(directory.organisations.count) organizations, \(summary.files) files, \(Format.grouped(summary.bytes)) bytes (\(seconds(since: started))).")
        return 0
    }

    /// One service per line, to a file (atomically) or to stdout.
    private static func writeLines(_ publication: ORUKPublication, to out: String?, started: Date) throws -> Int32 {
        let total = publication.encoder.directory.services.count
        guard let out, out != "-" else {
            do throws(SignpostError) {
                try publication.forEachBatch(shouldStop: { Interruption.requested }) { _, lines in Console.write(Array(lines.joined())) }
            } catch {
                return 143
            }
            return 0
        }
        try rethrowing { () throws(SignpostError) in
            let writer = try AtomicFile.Writer(path: out)
            do throws(SignpostError) {
                try publication.forEachBatch(shouldStop: { Interruption.requested }) { (range, lines) throws(SignpostError) in
                    for line in lines { try writer.append(line) }
                    Console.errLine("[\(range.upperBound)/\(total)] services exported")
                }
            } catch {
                writer.discard()
                throw SignpostError(.output, error.message + "; \(out) was not written")
            }
            try writer.commit()
        }
        Console.errLine("Wrote \(out): \(total) services, one per line (\(seconds(since: started))).")
        return 0
    }

    /// An existing folder is replaced only when it is empty or an earlier export (it has index.json).
    static func isReplaceable(_ folder: String) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? ["?"]
        return names.isEmpty || names.contains("index.json")
    }
}

func seconds(since start: Date) -> String {
    Format.decimal(Date().timeIntervalSince(start), places: 2) + " s"
}
