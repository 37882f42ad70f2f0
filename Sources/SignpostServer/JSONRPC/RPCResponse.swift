import SignpostCore

/// Writes response objects straight to bytes.
enum RPCResponse {
    static func success(id: RPCID, result: any RPCResult) -> [UInt8] {
        // Room for a match result with its MCP text, so that the buffer seldom grows.
        var o = JSONStream(capacity: 16384)
        o.beginObject()
        o.member("jsonrpc", "2.0")
        o.key("id")
        id.write(to: &o)
        o.key("result")
        result.write(to: &o)
        o.endObject()
        return o.bytes
    }

    static func failure(id: RPCID, error: RPCError) -> [UInt8] {
        var o = JSONStream(capacity: 256)
        o.beginObject()
        o.member("jsonrpc", "2.0")
        o.key("id")
        id.write(to: &o)
        o.key("error")
        o.value(error.json)
        o.endObject()
        return o.bytes
    }
}
