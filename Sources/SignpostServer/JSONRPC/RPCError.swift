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

    // Application codes (-32000 … -32099).
    public static let directoryInvalidCode = -32010
    public static let outputFailedCode = -32012

    /// The code for a `SignpostError`.
    public static func code(for kind: SignpostError.Kind) -> Int {
        switch kind {
        case .unknownParish: return -32001
        case .unknownPostcode: return -32002
        case .outsideDistrict: return -32003
        case .unknownService: return -32004
        case .unknownNeed: return -32005
        case .unknownModule: return -32006
        case .unknownCircumstance: return -32007
        case .unknownTheme: return -32008
        case .invalidInput: return -32009
        case .limitExceeded: return -32011
        case .output: return -32012
        case .unknownRule: return -32013
        }
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
