import ArgumentParsing
import SignpostCore
import SignpostModules
import SignpostServer

/// `signpost serve`: the JSON-RPC 2.0 line protocol on stdin/stdout (see PROTOCOL.md).
enum ServeCommand: Command {
    static let spec = CommandSpec(
        name: "serve",
        abstract: "Serve the JSON-RPC 2.0 line protocol, and MCP, on stdin/stdout (one JSON object per line).",
        discussion: """
            stdout carries protocol responses only; diagnostics go to stderr (--log-level, off by default)
            and never contain resident data. The same stream speaks the Model Context Protocol (initialize,
            tools/list, tools/call, resources/read), so an AI assistant can start 'signpost serve --directory
            PATH' as an MCP server. Requests that name files (print's out, gaps' with) are refused unless
            --files DIR is given; then only paths inside DIR are used. The server exits 0 at end of input,
            after 'shutdown', or when the client closes the pipe. See PROTOCOL.md.
            """,
        options: [
            .value("log-level", "LEVEL", help: "off (default), error, info or debug; written to stderr."),
            .value("max-line-bytes", "N", help: "Longest request line accepted (default 1048576)."),
            .value("max-response-bytes", "N", help: "Longest response line (a batch's together) written (default 16777216)."),
            .value("files", "DIR", help: "Allow print's out and gaps' with, for relative paths inside DIR only (default: no file access)."),
            .flag("no-file-access", help: "Refuse every request that names a file (the default; kept for old scripts)."),
            CommonOptions.directory,
        ])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        // A closed stdin, stdout or stderr is reopened on /dev/null before any file is opened, so
        // no file can take descriptor 1 or 2.
        StandardDescriptors.reserve()
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
        var maxResponse = ProtocolInfo.defaultMaxResponseBytes
        if let text = arguments.value("max-response-bytes") {
            guard let n = Int(text), n >= 4096 else {
                throw UsageError("--max-response-bytes takes a whole number of at least 4096", command: spec.name)
            }
            maxResponse = n
        }
        var files: FileSandbox? = nil
        if let folder = arguments.value("files") {
            if arguments.flag("no-file-access") {
                throw UsageError("--files and --no-file-access contradict each other", command: spec.name)
            }
            do throws(FileSandbox.Unusable) {
                files = try FileSandbox(folder: folder)
            } catch {
                throw UsageError(error.description, command: spec.name)
            }
        }
        let location = try locateDirectory(arguments)
        let registry = try RegisteredModules.registry()
        let state: ServerState
        do throws(ServerState.DirectoryInvalid) {
            state = try ServerState(
                location: location, registry: registry, maxLineBytes: maxLine, maxResponseBytes: maxResponse, files: files,
                ruleWarning: { [level] in Logger(level: level).error($0) })
        } catch {
            for finding in error.findings.prefix(20) { Console.errLine(finding.description) }
            throw CommandFailure(message: "signpost serve: the Directory has errors; run 'signpost validate'")
        }
        var server = StdioServer(dispatcher: Dispatcher(state: state, log: Logger(level: level)))
        return server.run()
    }
}
