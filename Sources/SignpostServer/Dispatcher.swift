import SignpostCore

/// JSON-RPC 2.0 dispatch: one line in, at most one line out. Parses, validates, finds the method,
/// runs the handler and encodes the response — or the error that explains what was wrong.
/// It never throws and never crashes on bad input; transport is someone else's job.
public final class Dispatcher: Sendable {
    public let state: ServerState
    public let shutdown = ShutdownFlag()
    let log: Logger

    public init(state: ServerState, log: Logger = Logger(level: .off)) {
        self.state = state
        self.log = log
    }

    /// The response to one request line (without its newline), or nil when none is due
    /// (notifications, and batches of notifications).
    public func respond(to line: [UInt8]) -> [UInt8]? {
        let value: JSONValue
        do {
            value = try JSONParser.value(line, maxDepth: ProtocolInfo.maxDepth)
        } catch {
            log.info("parse error")
            return RPCResponse.failure(id: .null, error: .parseError(error.description))
        }
        guard case .array(let batch) = value else { return respond(toRequest: value) }
        guard !batch.isEmpty else { return RPCResponse.failure(id: .null, error: .invalidRequest("empty batch")) }
        guard batch.count <= ProtocolInfo.maxBatch else {
            return RPCResponse.failure(
                id: .null, error: .invalidRequest("a batch may hold at most \(ProtocolInfo.maxBatch) requests"))
        }
        let responses = batch.compactMap { respond(toRequest: $0) }
        guard !responses.isEmpty else { return nil }
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (i, response) in responses.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: response)
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// The encoded response object for one request value, or nil for a notification.
    func respond(toRequest value: JSONValue) -> [UInt8]? {
        let request: RPCRequest
        switch RPCRequest.validate(value) {
        case .success(let r): request = r
        case .failure(let rejected):
            log.info("invalid request (\(rejected.error.code))")
            return RPCResponse.failure(id: rejected.id, error: rejected.error)
        }
        let start = MonotonicClock.now()
        let outcome: Result<any RPCResult, RPCError>
        if let method = MethodTable.byName[request.method] {
            let context = RPCContext(snapshot: state.snapshot, state: state, today: state.today, shutdown: shutdown)
            do throws(RPCError) {
                outcome = .success(try method.call(request.params, context))
            } catch {
                outcome = .failure(error)
            }
        } else {
            let names = MethodTable.all.map { $0.name }
            outcome = .failure(
                .methodNotFound(
                    String(request.method.prefix(100)),
                    suggestions: NameMatching.suggestions(for: request.method, among: names, limit: 1)))
        }
        if log.level >= .info {
            // Only known method names are logged: an unknown one is client text and could hold anything.
            let name = MethodTable.byName[request.method] == nil ? "(unknown method)" : request.method
            let micros = (MonotonicClock.now() - start) / 1000
            switch outcome {
            case .success: log.info("\(name) ok \(micros)µs")
            case .failure(let e): log.info("\(name) error \(e.code) \(micros)µs")
            }
        }
        guard let id = request.id else { return nil }
        switch outcome {
        case .success(let result): return RPCResponse.success(id: id, result: result)
        case .failure(let error): return RPCResponse.failure(id: id, error: error)
        }
    }
}
