import SignpostCore
import Synchronization

/// One protocol method: its name, its params type, and a handler from typed params to a typed
/// result. Handlers know nothing of pipes or JSON-RPC framing, so they are tested directly.
public protocol RPCMethod: SendableMetatype {
    associatedtype Params: Sendable
    associatedtype Result: RPCResult
    static var name: String { get }
    /// One line for PROTOCOL.md and `server.info`.
    static var summary: String { get }
    /// Reads the params (unknown members are rejected afterwards).
    static func params(_ reader: inout ParamsReader) throws(RPCError) -> Params
    static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> Result
}

/// A method result, written as JSON.
public protocol RPCResult: SendableMetatype {
    func write(to stream: inout JSONStream)
}

extension JSONValue: RPCResult {
    public func write(to stream: inout JSONStream) { stream.value(self) }
}

/// `match` results are streamed straight to bytes (no intermediate tree).
extension MatchResult: RPCResult {}

/// Everything a handler may use: the snapshot taken at the start of the request, the server
/// state (for reload) and the date.
public struct RPCContext: Sendable {
    public let snapshot: ServerState.Snapshot
    public let state: ServerState
    public let today: CalendarDate
    /// Set by `shutdown`: the transport stops after writing this response.
    public let shutdown: ShutdownFlag
    /// The server's diagnostics (method names and outcomes only).
    public let log: Logger
}

/// A one-way flag the shutdown method raises and the transport reads.
public final class ShutdownFlag: Sendable {
    private let raised = Atomic<Bool>(false)
    public init() {}
    public func raise() { raised.store(true, ordering: .sequentiallyConsistent) }
    public var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) }
}

/// A type-erased method, as stored in the method table.
struct AnyMethod: Sendable {
    let name: String
    let summary: String
    let call: @Sendable (JSONObject?, RPCContext) throws(RPCError) -> any RPCResult
}

extension RPCMethod {
    static var erased: AnyMethod {
        AnyMethod(name: name, summary: summary) { object, context throws(RPCError) in
            var reader = ParamsReader(object)
            let params = try Self.params(&reader)
            try reader.finish()
            return try handle(params, context)
        }
    }
}

/// Turns a domain error into its JSON-RPC error.
func rpc<T>(_ body: () throws(SignpostError) -> T) throws(RPCError) -> T {
    do throws(SignpostError) {
        return try body()
    } catch {
        throw RPCError(error)
    }
}
