/// Why a JSON text could not be parsed, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// 1-based line of the offending byte.
    public var line: Int
    /// 1-based column (in bytes) of the offending byte.
    public var column: Int

    public var description: String { "line \(line), column \(column): \(message)" }
}

/// A parsed JSON text with, optionally, the line where each member or element starts.
public struct JSONDocument: Sendable {
    public var value: JSONValue
    /// Line of each value by path (`""` for the root, `name`, `locations[0].postcode`), when recorded.
    public var lines: [String: Int]

    /// The line of the value at `path`, or of its nearest recorded ancestor.
    public func line(of path: String) -> Int {
        var path = path
        while true {
            if let line = lines[path] { return line }
            if path.isEmpty { return 1 }
            path = JSONPath.parent(of: path)
        }
    }
}

/// Helpers for the dotted paths used in findings and error messages (`locations[0].postcode`).
public enum JSONPath {
    public static func member(_ parent: String, _ key: String) -> String {
        parent.isEmpty ? key : parent + "." + key
    }

    public static func element(_ parent: String, _ index: Int) -> String {
        parent + "[" + String(index) + "]"
    }

    /// The path one level up: `a.b[2]` → `a.b` → `a` → `""`.
    public static func parent(of path: String) -> String {
        guard let last = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return String(path[..<last])
    }
}

/// A strict, bounded JSON parser (RFC 8259) over UTF-8 bytes.
///
/// Strict: no trailing commas, comments, NaN or leading zeros; invalid UTF-8, lone surrogates and
/// duplicate keys are errors. Bounded: nesting depth and number length are limited, so hostile input
/// cannot exhaust the stack. It also records the line of every member when asked, which is how
/// `signpost validate` points at the offending key rather than only the file.
public struct JSONParser {
    public struct Options: Sendable {
        /// Deepest nesting of arrays and objects accepted.
        public var maxDepth: Int
        /// Whether to record the line of each member and element (costs a little time).
        public var recordLines: Bool

        public init(maxDepth: Int = 64, recordLines: Bool = false) {
            self.maxDepth = maxDepth
            self.recordLines = recordLines
        }
    }

    /// Parses `bytes` as one JSON text.
    public static func parse(_ bytes: [UInt8], options: Options = Options()) throws(JSONParseError) -> JSONDocument {
        let result: Result<JSONDocument, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(buffer: buffer, options: options)
            do throws(JSONParseError) {
                let value = try parser.parseDocument()
                return .success(JSONDocument(value: value, lines: parser.lines))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Parses a string as one JSON text.
    public static func parse(_ text: String, options: Options = Options()) throws(JSONParseError) -> JSONDocument {
        try parse(Array(text.utf8), options: options)
    }

    /// Parses and returns only the value.
    public static func value(_ bytes: [UInt8], maxDepth: Int = 64) throws(JSONParseError) -> JSONValue {
        try parse(bytes, options: Options(maxDepth: maxDepth)).value
    }
}

private struct Parser {
    let buffer: UnsafeBufferPointer<UInt8>
    let options: Options
    var index = 0
    var line = 1
    var lineStart = 0
    var depth = 0
    var lines: [String: Int] = [:]
    var path: [String] = []
    var scratch: [UInt8] = []

    typealias Options = JSONParser.Options

    init(buffer: UnsafeBufferPointer<UInt8>, options: Options) {
        self.buffer = buffer
        self.options = options
    }

    func error(_ message: String) -> JSONParseError {
        JSONParseError(message: message, line: line, column: index - lineStart + 1)
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        // A UTF-8 byte order mark is tolerated at the very start.
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3; lineStart = 3 }
        skipWhitespace()
        if options.recordLines { lines[""] = line }
        guard index < buffer.count else { throw error("empty input: expected a JSON value") }
        let value = try parseValue()
        skipWhitespace()
        if index < buffer.count { throw error("unexpected \(describe(buffer[index])) after the JSON value") }
        return value
    }

    mutating func skipWhitespace() {
        while index < buffer.count {
            switch buffer[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < buffer.count else { throw error("unexpected end of input: expected a value") }
        switch buffer[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected \(describe(buffer[index])): expected a value")
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= buffer.count else { throw error("invalid literal: expected \(literal)") }
        let start = literal.utf8Start
        for offset in 0..<count where buffer[index + offset] != start[offset] {
            throw error("invalid literal: expected \(literal)")
        }
        index += count
    }

    mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > options.maxDepth { throw error("nesting deeper than \(options.maxDepth) levels") }
    }

    var currentPath: String {
        var result = ""
        for component in path {
            if component.hasPrefix("[") { result += component } else { result = JSONPath.member(result, component) }
        }
        return result
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1  // {
        var object = JSONObject()
        var seen: Set<String>? = nil
        skipWhitespace()
        if index < buffer.count, buffer[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < buffer.count else { throw error("unexpected end of input inside an object") }
            guard buffer[index] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describe(buffer[index])): expected a member name in double quotes")
            }
            let keyLine = line
            let key = try parseString()
            // Duplicate keys: linear scan for small objects, a set beyond that.
            if object.count < 16 {
                for member in object.members where member.key == key { throw error("duplicate key \"\(key)\"") }
            } else {
                if seen == nil { seen = Set(object.keys) }
                if seen!.contains(key) { throw error("duplicate key \"\(key)\"") }
                seen!.insert(key)
            }
            skipWhitespace()
            guard index < buffer.count, buffer[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after member name \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            if options.recordLines {
                path.append(key)
                lines[currentPath] = keyLine
            }
            let value = try parseValue()
            if options.recordLines { path.removeLast() }
            object.appendUnchecked(key, value)
            skipWhitespace()
            guard index < buffer.count else { throw error("unexpected end of input inside an object") }
            if buffer[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if buffer[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(object)
            }
            throw error("unexpected \(describe(buffer[index])): expected ',' or '}'")
        }
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < buffer.count, buffer[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if options.recordLines {
                path.append("[" + String(elements.count) + "]")
                lines[currentPath] = line
            }
            let value = try parseValue()
            if options.recordLines { path.removeLast() }
            elements.append(value)
            skipWhitespace()
            guard index < buffer.count else { throw error("unexpected end of input inside an array") }
            if buffer[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if buffer[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(elements)
            }
            throw error("unexpected \(describe(buffer[index])): expected ',' or ']'")
        }
    }

    mutating func parseString() throws(JSONParseError) -> String {
        index += 1  // opening quote
        let start = index
        // Fast path: no escapes.
        while index < buffer.count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: buffer[start..<index])
                index += 1
                guard let string = String(validating: slice, as: UTF8.self) else {
                    throw error("string is not valid UTF-8")
                }
                return string
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("control character \(describe(byte)) inside a string (escape it)") }
            index += 1
        }
        // Slow path: copy and decode escapes.
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
        while index < buffer.count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                guard let string = String(validating: scratch, as: UTF8.self) else {
                    throw error("string is not valid UTF-8")
                }
                return string
            }
            if byte < 0x20 { throw error("control character \(describe(byte)) inside a string (escape it)") }
            if byte != UInt8(ascii: "\\") {
                scratch.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < buffer.count else { break }
            let escape = buffer[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 1 < buffer.count, buffer[index] == UInt8(ascii: "\\"),
                        buffer[index + 1] == UInt8(ascii: "u")
                    else { throw error("unpaired surrogate \\u\(String(scalar, radix: 16)) in string") }
                    index += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw error("invalid surrogate pair in string")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("unpaired surrogate \\u\(String(scalar, radix: 16)) in string")
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                scratch.append(contentsOf: Array(String(Character(unicode)).utf8))
            default:
                index -= 1
                throw error("invalid escape \\\(Character(Unicode.Scalar(escape)))")
            }
        }
        throw error("unterminated string")
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= buffer.count else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = buffer[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// Numbers longer than this are rejected rather than parsed.
    static let maxNumberLength = 64

    mutating func parseNumber() throws(JSONParseError) -> Double {
        let start = index
        var negative = false
        if buffer[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < buffer.count, isDigit(buffer[index]) else { throw error("invalid number: expected a digit") }
        var integer: UInt64 = 0
        var digits = 0
        if buffer[index] == UInt8(ascii: "0") {
            index += 1
            if index < buffer.count, isDigit(buffer[index]) { throw error("invalid number: leading zero") }
            digits = 1
        } else {
            while index < buffer.count, isDigit(buffer[index]) {
                if digits < 18 { integer = integer * 10 + UInt64(buffer[index] - UInt8(ascii: "0")) }
                digits += 1
                index += 1
            }
        }
        var simple = digits <= 15
        if index < buffer.count, buffer[index] == UInt8(ascii: ".") {
            simple = false
            index += 1
            guard index < buffer.count, isDigit(buffer[index]) else {
                throw error("invalid number: expected a digit after '.'")
            }
            while index < buffer.count, isDigit(buffer[index]) { index += 1 }
        }
        if index < buffer.count, buffer[index] == UInt8(ascii: "e") || buffer[index] == UInt8(ascii: "E") {
            simple = false
            index += 1
            if index < buffer.count, buffer[index] == UInt8(ascii: "+") || buffer[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < buffer.count, isDigit(buffer[index]) else {
                throw error("invalid number: expected a digit in the exponent")
            }
            while index < buffer.count, isDigit(buffer[index]) { index += 1 }
        }
        if index - start > Self.maxNumberLength {
            index = start
            throw error("number longer than \(Self.maxNumberLength) characters")
        }
        if simple {
            let value = Double(integer)
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            index = start
            throw error("number out of range")
        }
        return value
    }

    @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
