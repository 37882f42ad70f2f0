import SignpostCore

/// Reads typed params, failing with -32602 errors that name the parameter and what was expected
/// (never the value: params may carry resident data).
public struct ParamsReader {
    let object: JSONObject
    private var known: [String] = []
    /// Where these params sit inside the request ("household[0]"), put before every message.
    let location: String?

    public init(_ object: JSONObject?, at location: String? = nil) {
        self.object = object ?? JSONObject()
        self.location = location
    }

    /// A -32602 error, located when these params are nested.
    public func invalid(_ message: String) -> RPCError {
        .invalidParams(location.map { "\($0): " + message } ?? message)
    }

    /// Whether the params named `name` at all (even as null).
    public func has(_ name: String) -> Bool { object[name] != nil }

    /// Any JSON value (for MCP's free-form members such as `capabilities`); marks it known.
    public mutating func any(_ name: String) -> JSONValue? { value(name) }

    /// An object member, or nil.
    public mutating func object(_ name: String) throws(RPCError) -> JSONObject? {
        guard let v = value(name) else { return nil }
        guard case .object(let o) = v else { throw invalid("\"\(name)\" must be an object") }
        return o
    }

    mutating func value(_ name: String) -> JSONValue? {
        known.append(name)
        if case .null? = object[name] { return nil }
        return object[name]
    }

    public mutating func string(_ name: String, required: Bool = false, maxLength: Int = 1_000) throws(RPCError) -> String? {
        guard let v = value(name) else {
            if required { throw invalid("\"\(name)\" is required (a string)") }
            return nil
        }
        guard case .string(let s) = v else { throw invalid("\"\(name)\" must be a string") }
        guard s.utf8.count <= maxLength else { throw invalid("\"\(name)\" is longer than \(maxLength) bytes") }
        return s
    }

    public mutating func int(_ name: String, range: ClosedRange<Int>) throws(RPCError) -> Int? {
        guard let v = value(name) else { return nil }
        guard let n = v.intValue, range.contains(n) else {
            throw invalid("\"\(name)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    public mutating func double(_ name: String, range: ClosedRange<Double>) throws(RPCError) -> Double? {
        guard let v = value(name) else { return nil }
        guard case .number(let d) = v, range.contains(d) else {
            throw invalid("\"\(name)\" must be a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return d
    }

    public mutating func bool(_ name: String) throws(RPCError) -> Bool? {
        guard let v = value(name) else { return nil }
        guard case .bool(let b) = v else { throw invalid("\"\(name)\" must be true or false") }
        return b
    }

    public mutating func strings(_ name: String, maxCount: Int, maxLength: Int) throws(RPCError) -> [String]? {
        guard let v = value(name) else { return nil }
        guard case .array(let elements) = v else { throw invalid("\"\(name)\" must be an array of strings") }
        guard elements.count <= maxCount else { throw invalid("\"\(name)\" has more than \(maxCount) entries") }
        var result: [String] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let s) = element else { throw invalid("\"\(name)\" must be an array of strings") }
            guard s.utf8.count <= maxLength else {
                throw invalid("an entry of \"\(name)\" is longer than \(maxLength) bytes")
            }
            result.append(s)
        }
        return result
    }

    /// Rejects members nobody asked for (typo guard), suggesting the closest known name.
    public func finish() throws(RPCError) {
        // `_meta` is MCP's reserved member for metadata (progress tokens, tracing); it is accepted
        // on every method and never interpreted.
        for key in object.keys where !known.contains(key) && key != "_meta" {
            var message = "unknown parameter \"\(key.count > 40 ? String(key.prefix(40)) + "…" : key)\""
            if let guess = NameMatching.suggestions(for: key, among: known, limit: 1).first {
                message += " (did you mean \"\(guess)\"?)"
            }
            throw invalid(message)
        }
    }
}
