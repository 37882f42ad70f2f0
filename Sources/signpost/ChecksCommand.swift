#if canImport(Glibc)
import Glibc
#endif
import ArgumentParsing
import Foundation
import SignpostCore
import SignpostPrint

/// `signpost checks`: the checking rota for council officers, and `checks record` to record a check.
enum ChecksCommand: Command {
    static let spec = CommandSpec(
        name: "checks",
        abstract: "Which services to re-check first (stale × residents reached × printed or urgent), and record a check.",
        discussion: """
            EXAMPLES:
              signpost checks                                  # the 20 most urgent checks, as text
              signpost checks --format pdf --out rota.pdf      # large print, one block per service
              signpost checks --format csv --limit 0 --out rota.csv
              signpost checks record age-uk-information-advice --date 2026-11-20 --note "Rang 01732 454108: times confirmed"

            \(CheckingRota.formula).
            Each row gives the number to ring (the service's own line, the organisation's, or a
            stand-in and whom to ask for; 'no number: find one' when there is none), what to
            confirm, and a short script. 'checks record' sets the service's verified date and keeps
            the previous one in its history; the file is written atomically, and not at all when
            the service, date or note is refused.
            """,
        options: [
            .value("format", "FORMAT", help: "text (default), csv or pdf."),
            .value("limit", "N", help: "How many services (default 20; 0 for all)."),
            .value("out", "FILE", help: "Write csv or pdf here (atomically) instead of stdout."),
            .value("today", "YYYY-MM-DD", help: "The date to measure ages from, and the latest a check may be recorded (default: today)."),
            .value("date", "YYYY-MM-DD", help: "record: the day of the check (becomes verified)."),
            .value("note", "TEXT", help: "record: what the check confirmed (kept in the history)."),
            CommonOptions.directory,
        ],
        positionals: [
            PositionalSpec("record", help: "Record a check instead of listing the rota.", required: false),
            PositionalSpec("service", help: "record: the service id (its file name in services/).", required: false),
        ])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let today = try date(arguments, "today") ?? CalendarDate.today()
        switch arguments.positionals.first {
        case nil: return try rota(arguments, today: today)
        case "record": return try record(arguments, today: today)
        case let other?:
            var message = "unknown action '\(other)': the only one is 'record'"
            if ArgumentParser.closest(other, among: ["record"]) != nil { message += " (did you mean 'record'?)" }
            throw UsageError(message, command: spec.name)
        }
    }

    static func rota(_ arguments: ParsedArguments, today: CalendarDate) throws -> Int32 {
        for option in ["date", "note"] where arguments.has(option) {
            throw UsageError("--\(option) is for 'checks record SERVICE'", command: spec.name)
        }
        let format = arguments.value("format") ?? "text"
        guard ["text", "csv", "pdf"].contains(format) else {
            throw UsageError("--format must be text, csv or pdf", command: spec.name)
        }
        var limit = 20
        if let text = arguments.value("limit") {
            guard let n = Int(text), n >= 0 else { throw UsageError("--limit takes a whole number (0 for all)", command: spec.name) }
            limit = n
        }
        let out = arguments.value("out")
        if format == "text" && out != nil { throw UsageError("--out is for csv and pdf (text goes to stdout)", command: spec.name) }
        let directory = try loadDirectory(arguments)
        let rota = CheckingRota(index: ServiceIndex(directory: directory), today: today)
        let bytes: [UInt8]
        switch format {
        case "csv": bytes = Array(CheckingRotaCSV.render(rota, limit: limit).utf8)
        case "pdf": bytes = CheckingRotaPDF.render(rota, limit: limit).bytes
        default: bytes = Array(CheckingRotaText.render(rota, limit: limit).utf8)
        }
        if let out {
            try rethrowing { () throws(SignpostError) in try AtomicFile.write(bytes, to: out) }
            Console.errLine("Wrote \(out) (\(rota.top(limit).count) services, \(bytes.count) bytes).")
        } else {
            if format == "pdf" && isatty(1) == 1 {
                throw UsageError("a PDF is not shown on a terminal: give --out FILE (or --format text)", command: spec.name)
            }
            Console.write(bytes)
        }
        return 0
    }

    static func record(_ arguments: ParsedArguments, today: CalendarDate) throws -> Int32 {
        for option in ["format", "limit", "out"] where arguments.has(option) {
            throw UsageError("--\(option) is for the rota, not 'checks record'", command: spec.name)
        }
        guard arguments.positionals.count == 2 else {
            throw UsageError("say which service: checks record SERVICE --date YYYY-MM-DD", command: spec.name)
        }
        guard let date = try date(arguments, "date") else {
            throw UsageError("checks record needs --date YYYY-MM-DD (the day of the check)", command: spec.name)
        }
        let location = try locateDirectory(arguments)
        let outcome = try rethrowing { () throws(SignpostError) in
            try CheckRecorder.record(
                service: arguments.positionals[1], date: date, note: arguments.value("note"), today: today, in: location.url,
                displayRoot: location.displayPath)
        }
        Console.outLine(
            "Recorded a check of \(arguments.positionals[1]) on \(outcome.check.recorded) in \(outcome.file): verified was \(outcome.check.previous), now \(outcome.check.recorded).")
        return 0
    }

    /// A `YYYY-MM-DD` option, or a usage error naming it.
    static func date(_ arguments: ParsedArguments, _ option: String) throws -> CalendarDate? {
        guard let text = arguments.value(option) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw UsageError("--\(option) takes a date as YYYY-MM-DD (found '\(text)')", command: spec.name)
        }
        return date
    }
}
