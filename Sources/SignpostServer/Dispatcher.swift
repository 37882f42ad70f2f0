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
    /// (notifications, and batches of notifications). A response, or a batch's responses
    /// together, never exceeds the state's `maxResponseBytes`: past it, the error that names the
    /// limit is sent instead, and in a batch the requests after the limit is reached are not run.
    public func respond(to line: [UInt8]) -> [UInt8]? {
        let value: JSONValue
        do {
            value = try JSONParser.value(line, maxDepth: ProtocolInfo.maxDepth)
        } catch {
            log.info("parse error")
            return RPCResponse.failure(id: .null, error: .parseError(error.description))
        }
        let limit = state.maxResponseBytes
        guard case .array(let batch) = value else {
            let raw = Self.hasNumericID(value) ? RawIDs.ofObject(line) : nil
            guard let response = respond(toRequest: value, rawID: raw) else { return nil }
            guard response.bytes.count <= limit else {
                log.info("response over the limit")
                return RPCResponse.failure(id: response.id, error: .responseTooLarge(limit: limit, batch: false))
            }
            return response.bytes
        }
        guard !batch.isEmpty else { return RPCResponse.failure(id: .null, error: .invalidRequest("empty batch")) }
        guard batch.count <= ProtocolInfo.maxBatch else {
            return RPCResponse.failure(
                id: .null, error: .invalidRequest("a batch may hold at most \(ProtocolInfo.maxBatch) requests"))
        }
        let rawIDs = batch.contains(where: Self.hasNumericID) ? RawIDs.ofBatch(line) : []
        var out: [UInt8] = [UInt8(ascii: "[")]
        var answered = 0
        var full = false
        for (i, element) in batch.enumerated() {
            let raw = i < rawIDs.count ? rawIDs[i] : nil
            let encoded: [UInt8]
            if full {
                // Over the limit already: not run; a request (not a notification) is told why, and
                // an invalid one gets its own (small) error as before.
                switch RPCRequest.validate(element, rawID: raw) {
                case .failure(let rejected): encoded = RPCResponse.failure(id: rejected.id, error: rejected.error)
                case .success(let request):
                    guard let id = request.id else { continue }
                    encoded = RPCResponse.failure(id: id, error: .responseTooLarge(limit: limit, batch: true))
                }
            } else {
                guard let response = respond(toRequest: element, rawID: raw) else { continue }
                // Room is kept for the closing bracket and for refusing the rest of the batch.
                if out.count + response.bytes.count + 1 > limit - 512 * (batch.count - i) {
                    full = true
                    log.info("batch responses over the limit")
                    encoded = RPCResponse.failure(id: response.id, error: .responseTooLarge(limit: limit, batch: true))
                } else {
                    encoded = response.bytes
                }
            }
            if answered > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: encoded)
            answered += 1
        }
        guard answered > 0 else { return nil }
        out.append(UInt8(ascii: "]"))
        // Refusals echo ids, and ids can be long strings: the bound holds whatever they are.
        guard out.count <= limit else {
            return RPCResponse.failure(id: .null, error: .responseTooLarge(limit: limit, batch: true))
        }
        return out
    }

    /// Whether `value` is a request object whose id is a number (then its text is looked up).
    static func hasNumericID(_ value: JSONValue) -> Bool {
        if case .number? = value["id"] { return true }
        return false
    }

    /// The encoded response object for one request value and the id it answers, or nil for a
    /// notification.
    func respond(toRequest value: JSONValue, rawID: [UInt8]? = nil) -> (id: RPCID, bytes: [UInt8])? {
        let request: RPCRequest
        switch RPCRequest.validate(value, rawID: rawID) {
        case .success(let r): request = r
        case .failure(let rejected):
            log.info("invalid request (\(rejected.error.code))")
            return (rejected.id, RPCResponse.failure(id: rejected.id, error: rejected.error))
        }
        let start = MonotonicClock.now()
        let outcome: Result<any RPCResult, RPCError>
        if let method = MethodTable.byName[request.method] {
            let context = RPCContext(
                snapshot: state.snapshot, state: state, today: state.today, shutdown: shutdown, log: log)
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
        case .success(let result): return (id, RPCResponse.success(id: id, result: result))
        case .failure(let error): return (id, RPCResponse.failure(id: id, error: error))
        }
    }
}
