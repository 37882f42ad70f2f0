import SignpostCore

/// A JSON-RPC 2.0 error object. Codes are documented in PROTOCOL.md.
public struct RPCError: Error, Sendable, Equatable {
    public var code: Int
    public var message: String
    public var data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    // Standard codes.
    public static func parseError(_ message: String) -> RPCError { RPCError(code: -32700, message: "Parse error: " + message) }
    public static func invalidRequest(_ message: String) -> RPCError {
        RPCError(code: -32600, message: "Invalid Request: " + message)
    }
    public static func methodNotFound(_ method: String, suggestions: [String]) -> RPCError {
        var message = "Method not found: \(method)"
        if let first = suggestions.first { message += " (did you mean \(first)?)" }
        return RPCError(code: -32601, message: message)
    }
    public static func invalidParams(_ message: String) -> RPCError {
        RPCError(code: -32602, message: "Invalid params: " + message)
    }
    public static func internalError(_ message: String) -> RPCError {
        RPCError(code: -32603, message: "Internal error: " + message)
    }

    // Application codes. JSON-RPC leaves -32000 … -32099 to implementations; MCP's allocation
    // splits it: -32000 … -32019 implementation-defined, of which the MCP SDKs use -32000
    // (connection closed) and -32001 (request timed out) and -32002 is retired (resource not
    // found), while -32020 … -32099 is reserved for codes the MCP specification defines. Signpost's
    // codes are therefore -32003 … -32016; each keeps one meaning (PROTOCOL.md, "Errors").
    public static let directoryInvalidCode = -32010
    public static let limitExceededCode = -32011
    public static let outputFailedCode = -32012
    /// A file parameter on a server started without `--files DIR`, or a path outside DIR.
    public static let fileAccessCode = -32016
    /// Every application code, for the documentation test and the MCP-range test.
    public static let applicationCodes: [Int] = [
        -32003, -32004, -32005, -32006, -32007, -32008, -32009, -32010, -32011, -32012, -32013, -32014, -32015, -32016,
    ]

    /// The code for a `SignpostError`.
    public static func code(for kind: SignpostError.Kind) -> Int {
        switch kind {
        case .outsideDistrict: return -32003
        case .unknownService: return -32004
        case .unknownNeed: return -32005
        case .unknownModule: return -32006
        case .unknownCircumstance: return -32007
        case .unknownTheme: return -32008
        case .invalidInput: return -32009
        case .limitExceeded: return limitExceededCode
        case .output: return outputFailedCode
        case .unknownRule: return -32013
        // Were -32001 and -32002 before protocol 2.0: MCP's "request timed out" and its retired
        // "resource not found".
        case .unknownParish: return -32014
        case .unknownPostcode: return -32015
        }
    }

    /// A file parameter refused (`--files`), with the parameter named and never the file's contents.
    public static func fileAccess(_ message: String) -> RPCError {
        RPCError(code: fileAccessCode, message: message, data: .object(["kind": "file-access", "suggestions": []]))
    }

    /// A response (or a batch's responses together) over the server's response limit.
    public static func responseTooLarge(limit: Int, batch: Bool) -> RPCError {
        let what = batch ? "the batch's responses together" : "the response"
        return RPCError(
            code: limitExceededCode,
            message: "\(what) would exceed the response limit of \(limit) bytes (maxResponseBytes); ask for less (a parish, a domain, a smaller limit) or send the requests separately",
            data: .object([
                "kind": "limit-exceeded", "limit": "maxResponseBytes", "maxResponseBytes": JSONValue(limit),
                "suggestions": [],
            ]))
    }

    /// A domain error as a JSON-RPC error, with its kind and suggestions as data.
    public init(_ error: SignpostError) {
        self.init(
            code: RPCError.code(for: error.kind), message: error.message,
            data: .object(["kind": .string(error.kind.rawValue), "suggestions": JSONValue(error.suggestions)]))
    }

    var json: JSONValue {
        var o: JSONObject = ["code": JSONValue(code), "message": .string(message)]
        if let data { o["data"] = data }
        return .object(o)
    }
}
