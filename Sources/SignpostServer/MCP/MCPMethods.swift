import SignpostCore

/// The Model Context Protocol on the same stream as the line protocol: MCP is JSON-RPC 2.0 over
/// newline-delimited stdio, which is Signpost's framing already, so an MCP host starts
/// `signpost serve` like any other MCP server and both vocabularies are answered side by side
/// (no `--mcp` mode: nothing in one vocabulary changes the other, and one process serves both).
/// The server keeps no session state: `initialize` negotiates a version and describes the
/// server, and every other method works with or without it.
public enum MCP {
    /// Newest first; a client asking for another version is answered with the newest (MCP's rule).
    public static let protocolVersions = ["2025-11-25", "2025-06-18"]
    public static let serverName = "signpost"

    static let instructions = """
        Signpost finds local health and wellbeing services for residents of Sevenoaks District (Kent, UK) \
        from a curated Directory. Use match_services when a person describes what they need in their own \
        words: it ranks services with reasons, flags anything urgent, and says which needs nothing covers. \
        Use search_services and get_service to browse, list_parishes for the places it knows, \
        parish_service_list for a printable list for one parish, and gap_findings for where provision is \
        missing. Phone numbers and details come from the Directory; say when a record was last checked.
        """
}

/// `initialize`: version negotiation and what this server offers.
public enum MCPInitializeMethod: RPCMethod {
    public static let name = "initialize"
    public static let summary = "MCP handshake: negotiates the protocol version and describes the server's tools and resources."

    public struct Params: Sendable {
        public var protocolVersion: String
    }

    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        guard let version = try r.string("protocolVersion", required: true, maxLength: 40) else {
            throw .invalidParams("\"protocolVersion\" is required")
        }
        _ = try r.object("capabilities")
        _ = try r.object("clientInfo")
        return Params(protocolVersion: version)
    }

    public static func handle(_ p: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        let version = MCP.protocolVersions.contains(p.protocolVersion) ? p.protocolVersion : MCP.protocolVersions[0]
        context.log.info("initialize: protocol \(version)")
        return .object([
            "protocolVersion": .string(version),
            "capabilities": .object([
                "tools": .object(["listChanged": false]),
                "resources": .object(["listChanged": false, "subscribe": false]),
            ]),
            "serverInfo": .object([
                "name": .string(MCP.serverName), "title": "Signpost: local services directory",
                "version": .string(SignpostVersion.current),
            ]),
            "instructions": .string(MCP.instructions),
        ])
    }
}

/// A method with no params (but `_meta`) and an empty result: `ping` and MCP's notifications.
public protocol MCPEmptyMethod: RPCMethod where Params == MCPNoParams, Result == JSONValue {}

public struct MCPNoParams: Sendable {}

extension MCPEmptyMethod {
    public static func params(_ reader: inout ParamsReader) throws(RPCError) -> MCPNoParams { MCPNoParams() }
    public static func handle(_ params: MCPNoParams, _ context: RPCContext) throws(RPCError) -> JSONValue { .object([:]) }
}

/// `ping`: an empty result, at any time.
public enum MCPPingMethod: MCPEmptyMethod {
    public static let name = "ping"
    public static let summary = "MCP liveness check: an empty result."
}

/// `notifications/initialized`: the client's end of the handshake (nothing to do).
public enum MCPInitializedNotification: MCPEmptyMethod {
    public static let name = "notifications/initialized"
    public static let summary = "MCP: the client finished the handshake (a notification; no response)."
}

/// `notifications/cancelled`: requests are answered in order and quickly; nothing to cancel.
public enum MCPCancelledNotification: RPCMethod {
    public static let name = "notifications/cancelled"
    public static let summary = "MCP: the client gave up on a request (a notification; nothing to cancel)."
    public struct Params: Sendable {}
    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        _ = r.any("requestId")
        _ = try r.string("reason", maxLength: 10_000)
        return Params()
    }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue { .object([:]) }
}

/// `tools/list`: every tool, with its input and output schemas (one page; no cursor needed).
public enum MCPToolsListMethod: RPCMethod {
    public static let name = "tools/list"
    public static let summary = "MCP: the tools, with JSON Schemas for their arguments and results."
    public struct Params: Sendable {}
    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        _ = try r.string("cursor", maxLength: 1000)
        return Params()
    }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        MCPTools.listing
    }
}

/// `tools/call`: runs a tool. The tool is the protocol method of the same meaning, run through the
/// same handler; what it returns becomes `structuredContent`, with readable text in `content`. A
/// failure of the tool (a bad argument, an unknown parish) is a result with `isError: true`, so the
/// model can read it and try again; an unknown tool name is a protocol error (-32602).
public enum MCPToolsCallMethod: RPCMethod {
    public static let name = "tools/call"
    public static let summary = "MCP: run a tool; the result has readable text (content) and the JSON (structuredContent)."

    public struct Params: Sendable {
        public var tool: MCPTool
        public var arguments: JSONObject
    }

    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        guard let name = try r.string("name", required: true, maxLength: 200) else { throw .invalidParams("\"name\" is required") }
        let arguments = try r.object("arguments") ?? JSONObject()
        _ = try r.object("task")
        guard let tool = MCPTools.byName[name] else {
            var message = "Unknown tool: \(name.count > 60 ? String(name.prefix(60)) + "…" : name)"
            if let guess = NameMatching.suggestions(for: name, among: MCPTools.all.map(\.name), limit: 1).first {
                message += " (did you mean \(guess)?)"
            }
            throw RPCError(code: -32602, message: message)
        }
        return Params(tool: tool, arguments: arguments)
    }

    public static func handle(_ p: Params, _ context: RPCContext) throws(RPCError) -> MCPToolResult {
        p.tool.call(p.arguments, context)
    }
}

/// A `tools/call` result.
public struct MCPToolResult: RPCResult {
    /// The readable text, already escaped for JSON.
    var text: MCPText.Buffer
    /// The JSON, written straight to the response (a `match` result is never built as a tree).
    public var structured: (any RPCResult)?
    public var isError: Bool

    init(text: MCPText.Buffer, structured: (any RPCResult)?, isError: Bool) {
        self.text = text
        self.structured = structured
        self.isError = isError
    }

    init(text: String, structured: (any RPCResult)?, isError: Bool) {
        self.init(text: MCPText.Buffer(text), structured: structured, isError: isError)
    }

    /// The text, unescaped (for tests).
    public var plainText: String {
        (try? JSONParser.value(text.quoted))?.stringValue ?? ""
    }

    public func write(to o: inout JSONStream) {
        o.beginObject()
        o.arrayMember("content")
        o.beginObject()
        o.member("type", "text")
        o.key("text")
        o.raw(text.quoted)
        o.endObject()
        o.endArray()
        if let structured {
            o.key("structuredContent")
            structured.write(to: &o)
        }
        o.member("isError", isError)
        o.endObject()
    }

    /// A tool failure the model can act on: the message, the suggestions, and the error as data.
    static func failure(_ error: RPCError) -> MCPToolResult {
        var text = error.message
        if let suggestions = error.data?["suggestions"]?.arrayValue?.compactMap(\.stringValue), !suggestions.isEmpty,
            !text.contains("did you mean")
        {
            text += " Did you mean: " + suggestions.joined(separator: ", ") + "?"
        }
        return MCPToolResult(text: MCPText.Buffer(text), structured: nil, isError: true)
    }
}

/// `resources/list`: each parish's printed list, the need taxonomy, the Directory's provenance.
public enum MCPResourcesListMethod: RPCMethod {
    public static let name = "resources/list"
    public static let summary = "MCP: readable resources (printed lists per parish, the need taxonomy, provenance)."
    public struct Params: Sendable {}
    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        _ = try r.string("cursor", maxLength: 1000)
        return Params()
    }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        .object(["resources": .array(MCPResources.list(context.snapshot).map(\.json))])
    }
}

/// `resources/templates/list`: none (every resource is listed).
public enum MCPResourceTemplatesListMethod: RPCMethod {
    public static let name = "resources/templates/list"
    public static let summary = "MCP: resource templates (none: every resource is listed)."
    public struct Params: Sendable {}
    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        _ = try r.string("cursor", maxLength: 1000)
        return Params()
    }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        .object(["resourceTemplates": .array([])])
    }
}

/// `resources/read`: one resource's text.
public enum MCPResourcesReadMethod: RPCMethod {
    public static let name = "resources/read"
    public static let summary = "MCP: read a resource by its signpost:// URI."
    public struct Params: Sendable {
        public var uri: String
    }
    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        guard let uri = try r.string("uri", required: true, maxLength: 1000) else { throw .invalidParams("\"uri\" is required") }
        return Params(uri: uri)
    }
    public static func handle(_ p: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        let (resource, text) = try MCPResources.read(p.uri, context)
        return .object([
            "contents": .array([
                .object(["uri": .string(resource.uri), "mimeType": .string(resource.mimeType), "text": .string(text)]),
            ])
        ])
    }
}
