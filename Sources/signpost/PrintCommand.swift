#if canImport(Glibc)
import Glibc
#endif
import ArgumentParsing
import Foundation
import SignpostCore
import SignpostPrint

/// `signpost print`: printed, non-digital service lists for a parish or for every parish.
enum PrintCommand: Command {
    static let spec = CommandSpec(
        name: "print",
        abstract: "Print a service list for a parish (or every parish): PDF, HTML or text, large print too.",
        discussion: """
            EXAMPLES:
              signpost print --parish Edenbridge --out edenbridge.pdf
              signpost print --parish Swanley --theme getting-about --theme company --format text
              signpost print --all-parishes --out-dir lists --large-print

            Themes: \(Theme.all.map(\.id).joined(separator: ", ")).
            Services reachable only online are left off (the number is reported on stderr).
            Files are written atomically: a failed write leaves the previous file untouched.
            """,
        options: [
            .value("parish", "NAME", help: "The town or parish to list services for."),
            .flag("all-parishes", help: "A list for every parish, plus an index (needs --out-dir)."),
            .value("needs", "TEXT", help: "Only services meeting these needs (ids or words)."),
            .repeating("theme", "ID", help: "Only services under this heading."),
            .value("format", "FORMAT", help: "pdf (default), html or text."),
            .flag("large-print", help: "18 pt body text (RNIB large print; 14 pt otherwise)."),
            .value("out", "FILE", help: "Write here (default: stdout for html and text)."),
            .value("out-dir", "DIR", help: "Folder for --all-parishes (created if missing)."),
            CommonOptions.directory,
        ],
        exclusiveGroups: [["parish", "all-parishes"], ["needs", "theme"], ["out", "out-dir"]])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let format = try rethrowing { () throws(SignpostError) in try PrintFormat.named(arguments.value("format") ?? "pdf") }
        let largePrint = arguments.flag("large-print")
        if arguments.flag("all-parishes") {
            guard let folder = arguments.value("out-dir") else {
                throw UsageError("--all-parishes needs --out-dir DIR", command: spec.name)
            }
            return try printAll(arguments, format: format, largePrint: largePrint, folder: folder)
        }
        guard let parish = arguments.value("parish") else {
            throw UsageError("say which list: --parish NAME or --all-parishes", command: spec.name)
        }
        var filter = PrintedListBuilder.Filter.all
        if let needs = arguments.value("needs") { filter = .needs(needs) }
        let themeNames = arguments.values("theme")
        if !themeNames.isEmpty {
            filter = .themes(try themeNames.map { name in try rethrowing { () throws(SignpostError) in try Theme.named(name) } })
        }
        let directory = try loadDirectory(arguments)
        let builder = PrintedListBuilder(index: ServiceIndex(directory: directory))
        let list = try rethrowing { () throws(SignpostError) in
            try builder.parishList(parish: parish, filter: filter, today: .today())
        }
        let rendered = format.render(list, largePrint: largePrint)
        try deliver(rendered.bytes, format: format, out: arguments.value("out"))
        reportLeftOff(list.leftOffOnlineOnly)
        return 0
    }

    /// Writes to `out` atomically, or to stdout (PDF only when stdout is not a terminal).
    static func deliver(_ bytes: [UInt8], format: PrintFormat, out: String?) throws {
        if let out {
            try rethrowing { () throws(SignpostError) in try AtomicFile.write(bytes, to: out) }
            Console.errLine("Wrote \(out) (\(bytes.count) bytes).")
        } else {
            if format == .pdf && isatty(1) == 1 {
                throw UsageError("a PDF is not shown on a terminal: give --out FILE (or --format text)", command: spec.name)
            }
            Console.write(bytes)
        }
    }

    static func reportLeftOff(_ count: Int) {
        if count > 0 {
            Console.errLine("\(count) service\(count == 1 ? " is" : "s are") reachable only online and \(count == 1 ? "was" : "were") left off the printed list.")
        }
    }

    static func printAll(_ arguments: ParsedArguments, format: PrintFormat, largePrint: Bool, folder: String) throws -> Int32 {
        let directory = try loadDirectory(arguments)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "signpost print: cannot create \(folder): \(error.localizedDescription)")
        }
        let printer = AllParishesPrinter(
            builder: PrintedListBuilder(index: ServiceIndex(directory: directory)), format: format, largePrint: largePrint)
        let today = CalendarDate.today()
        Interruption.install()
        var written: [AllParishesPrinter.Written] = []
        let total = directory.parishes.count
        for (i, parish) in directory.parishes.enumerated() {
            if Interruption.requested {
                Console.errLine("signpost print: stopped after \(written.count) of \(total) lists; every file written is complete.")
                return 143
            }
            let w = try rethrowing { () throws(SignpostError) in try printer.write(parish: parish, into: folder, today: today) }
            written.append(w)
            let counter = String(repeating: " ", count: String(total).count - String(i + 1).count) + "\(i + 1)/\(total)"
            Console.errLine("[\(counter)] \(w.parish): \(w.services) services → \(folder)/\(w.file)")
        }
        let index = "index." + format.fileExtension
        try rethrowing { () throws(SignpostError) in try AtomicFile.write(printer.index(written, today: today), to: folder + "/" + index) }
        Console.errLine("Wrote \(written.count) lists and \(folder)/\(index).")
        let leftOff = written.map(\.leftOff).max() ?? 0
        if leftOff > 0 { Console.errLine("Services reachable only online were left off (up to \(leftOff) per list).") }
        return 0
    }
}

/// A `SignpostError` as the command's failure.
func rethrowing<T>(_ body: () throws(SignpostError) -> T) throws(CommandFailure) -> T {
    do throws(SignpostError) {
        return try body()
    } catch {
        throw CommandFailure(message: "signpost: \(error.message)")
    }
}
