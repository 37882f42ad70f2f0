/// Writes RFC 4180 CSV: fields containing a comma, quote, or line break are quoted, quotes are
/// doubled, records end with CRLF. Cells that a spreadsheet would run as a formula (`=`, `+`,
/// `-`, `@` at the start) are prefixed with an apostrophe unless they are plain numbers.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) { append(header) }

    public mutating func append(_ record: [String]) {
        text += record.map(CSVWriter.field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
