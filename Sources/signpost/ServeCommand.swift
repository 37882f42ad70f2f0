import ArgumentParsing
import SignpostCore
import SignpostModules
import SignpostServer

/// `signpost serve`: the JSON-RPC 2.0 line protocol on stdin/stdout (see PROTOCOL.md).
enum ServeCommand: Command {
    static let spec = CommandSpec(
        name: "serve",
        abstract: "Serve the JSON-RPC 2.0 line protocol on stdin/stdout (one JSON object per line).",
        discussion: """
            stdout carries protocol responses only; diagnostics go to stderr (--log-level, off by default)
            and never contain resident data. The server exits 0 at end of input, after 'shutdown', or when
            the client closes the pipe. See PROTOCOL.md.
            """,
        options: [
            .value("log-level", "LEVEL", help: "off (default), error, info or debug; written to stderr."),
            .value("max-line-bytes", "N", help: "Longest request line accepted (default 1048576)."),
            .flag("no-file-access", help: "Refuse requests that name files to write (print's out) or read (gaps' with)."),
            CommonOptions.directory,
        ])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        var level = Logger.Level.off
        if let name = arguments.value("log-level") {
            guard let parsed = Logger.Level(name: name) else {
                throw UsageError("--log-level must be off, error, info or debug", command: spec.name)
            }
            level = parsed
        }
        var maxLine = ProtocolInfo.defaultMaxLineBytes
        if let text = arguments.value("max-line-bytes") {
            guard let n = Int(text), n >= 64 else {
                throw UsageError("--max-line-bytes takes a whole number of at least 64", command: spec.name)
            }
            maxLine = n
        }
        let location = try locateDirectory(arguments)
        let registry = try RegisteredModules.registry()
        let state: ServerState
        do throws(ServerState.DirectoryInvalid) {
            state = try ServerState(
                location: location, registry: registry, maxLineBytes: maxLine, allowsFileAccess: !arguments.flag("no-file-access"),
                ruleWarning: { [level] in Logger(level: level).error($0) })
        } catch {
            for finding in error.findings.prefix(20) { Console.errLine(finding.description) }
            throw CommandFailure(message: "signpost serve: the Directory has errors; run 'signpost validate'")
        }
        var server = StdioServer(dispatcher: Dispatcher(state: state, log: Logger(level: level)))
        return server.run()
    }
}
