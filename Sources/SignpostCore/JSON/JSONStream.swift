/// Writes compact JSON straight to bytes, without building a `JSONValue` tree first: for results
/// produced thousands of times a second (the protocol's `match`). Its output is byte-for-byte what
/// `JSONWriter(style: .compact)` writes for the same value.
public struct JSONStream {
    public private(set) var bytes: [UInt8]
    /// One entry per open container: true until its first member or element is written.
    private var first: [Bool] = []

    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) private mutating func separator() {
        guard !first.isEmpty else { return }
        if first[first.count - 1] {
            first[first.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        first.append(true)
    }

    public mutating func endObject() {
        first.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        first.append(true)
    }

    public mutating func endArray() {
        first.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// A member name; the next value written is its value.
    public mutating func key(_ name: String) {
        separator()
        JSONWriter.writeString(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        pendingKey = true
    }

    /// True between a member name and its value: that value needs no comma before it.
    private var pendingKey = false

    @inline(__always) private mutating func beginValue() {
        if pendingKey {
            pendingKey = false
        } else {
            separator()
        }
    }

    public mutating func string(_ s: String) {
        beginValue()
        JSONWriter.writeString(s, into: &bytes)
    }

    public mutating func number(_ d: Double) {
        beginValue()
        JSONWriter.writeNumber(d, into: &bytes)
    }

    public mutating func int(_ n: Int) { number(Double(n)) }

    public mutating func bool(_ b: Bool) {
        beginValue()
        bytes.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
    }

    public mutating func value(_ v: JSONValue) {
        beginValue()
        JSONWriter(style: .compact).write(v, into: &bytes)
    }

    /// Raw, already-encoded JSON (one complete value).
    public mutating func raw(_ encoded: [UInt8]) {
        beginValue()
        bytes.append(contentsOf: encoded)
    }

    public mutating func strings(_ items: [String]) {
        beginArray()
        for item in items { string(item) }
        endArray()
    }

    /// `"name":{` — the caller writes the members and calls `endObject()`.
    public mutating func objectMember(_ name: String) {
        key(name)
        beginObject()
    }

    /// `"name":[` — the caller writes the elements and calls `endArray()`.
    public mutating func arrayMember(_ name: String) {
        key(name)
        beginArray()
    }

    public mutating func member(_ name: String, _ s: String) {
        key(name)
        string(s)
    }

    public mutating func member(_ name: String, _ d: Double) {
        key(name)
        number(d)
    }

    public mutating func member(_ name: String, _ n: Int) {
        key(name)
        int(n)
    }

    public mutating func member(_ name: String, _ b: Bool) {
        key(name)
        bool(b)
    }

    public mutating func member(_ name: String, _ items: [String]) {
        key(name)
        strings(items)
    }
}
