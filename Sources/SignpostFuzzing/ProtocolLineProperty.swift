import SignpostCore

/// Every protocol line gets exactly one well-formed JSON-RPC response, or none for a
/// notification (or a batch of them, or a blank line); the response is one line of valid JSON.
enum ProtocolLineProperty {
    static func check(_ line: [UInt8]) throws(PropertyViolation) {
        // The transport hands the dispatcher lines without their newline.
        guard !line.contains(0x0A) else { return }
        let response = FuzzFixtures.dispatcher.respond(to: line)
        let request = try? JSONParser.parse(line, options: .init(maxDepth: 512)).value
        guard let response else {
            try require(isSilent(line, request), "no response to a line that is not a notification: \(preview(line))")
            return
        }
        try require(!response.contains(0x0A), "a response spans more than one line")
        let value: JSONValue
        do {
            value = try JSONParser.parse(response, options: .init(maxDepth: 512)).value
        } catch {
            throw PropertyViolation("the response is not valid JSON (\(error)): \(preview(response))")
        }
        switch value {
        case .object:
            try wellFormed(value)
        case .array(let items):
            guard case .array? = request else { throw PropertyViolation("an array response to a request that is not a batch") }
            try require(!items.isEmpty, "an empty batch response (nothing should have been written)")
            for item in items { try wellFormed(item) }
        default:
            throw PropertyViolation("the response is \(value.typeDescription), not an object or array")
        }
    }

    /// A JSON-RPC 2.0 response object: jsonrpc "2.0", an id, exactly one of result and error,
    /// an error with an integer code and a string message.
    static func wellFormed(_ r: JSONValue) throws(PropertyViolation) {
        try require(r["jsonrpc"] == "2.0", "response without \"jsonrpc\":\"2.0\"")
        try require(r["id"] != nil, "response without an id")
        try require((r["result"] == nil) != (r["error"] == nil), "response must have exactly one of result and error")
        if let error = r["error"] {
            try require(error["code"]?.intValue != nil, "error without an integer code")
            try require(error["message"]?.stringValue != nil, "error without a message")
        }
        for key in r.objectValue?.keys ?? [] {
            try require(["jsonrpc", "id", "result", "error"].contains(key), "unexpected member \(key)")
        }
    }

    /// Blank lines, notifications and batches made only of notifications get no response.
    static func isSilent(_ line: [UInt8], _ request: JSONValue?) -> Bool {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return true }
        func notification(_ v: JSONValue) -> Bool {
            if case .object(let o) = v { return o["id"] == nil }
            return false
        }
        switch request {
        case .object?: return notification(request!)
        case .array(let items)?: return !items.isEmpty && items.allSatisfy(notification)
        default: return false
        }
    }

    static func preview(_ bytes: [UInt8]) -> String { String(decoding: bytes.prefix(200), as: UTF8.self) }
}
