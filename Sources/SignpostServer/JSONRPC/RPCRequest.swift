import SignpostCore

/// A request id: a string, a number, or null (JSON-RPC 2.0 §4). A number keeps the exact text the
/// client sent (`raw`), so that it is echoed verbatim: 9007199254740993 stays that integer, not
/// the nearest `Double`.
public enum RPCID: Sendable, Equatable {
    case string(String)
    case number(Double, raw: [UInt8]?)
    case null

    func write(to o: inout JSONStream) {
        switch self {
        case .string(let s): o.string(s)
        case .number(_, let raw?): o.raw(raw)
        case .number(let n, nil): o.number(n)
        case .null: o.value(.null)
        }
    }
}

/// A request that cannot be served, with the error and the id to answer to.
struct Rejected: Error {
    var error: RPCError
    var id: RPCID
}

/// One validated request object.
public struct RPCRequest: Sendable {
    public var method: String
    /// nil for a notification (no `id` member): it gets no response.
    public var id: RPCID?
    public var params: JSONObject?

    public var isNotification: Bool { id == nil }

    /// Validates a request object, or returns the error to answer with (and the id to answer to).
    /// `rawID` is the id member's text as sent, when it is a number (`RawIDs`).
    static func validate(_ value: JSONValue, rawID: [UInt8]? = nil) -> Result<RPCRequest, Rejected> {
        guard case .object(let object) = value else {
            return .failure(Rejected(error: .invalidRequest("a request must be a JSON object"), id: .null))
        }
        var id: RPCID? = nil
        if let raw = object["id"] {
            switch raw {
            case .string(let s): id = .string(s)
            case .number(let n): id = .number(n, raw: rawID)
            case .null: id = .null
            default: return .failure(Rejected(error: .invalidRequest("\"id\" must be a string, a number or null"), id: .null))
            }
        }
        let answerTo = id ?? .null
        guard object["jsonrpc"] == .string("2.0") else {
            return .failure(Rejected(error: .invalidRequest("\"jsonrpc\" must be \"2.0\""), id: answerTo))
        }
        guard case .string(let method)? = object["method"] else {
            let message = object["method"] == nil ? "\"method\" is missing" : "\"method\" must be a string"
            return .failure(Rejected(error: .invalidRequest(message), id: answerTo))
        }
        var params: JSONObject? = nil
        switch object["params"] {
        case nil, .null?: break
        case .object(let p)?: params = p
        case .array?: return .failure(Rejected(error: .invalidParams("params must be an object with named members"), id: answerTo))
        default: return .failure(Rejected(error: .invalidRequest("\"params\" must be an object"), id: answerTo))
        }
        return .success(RPCRequest(method: method, id: id, params: params))
    }
}
