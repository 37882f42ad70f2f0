/// One problem found in the Directory, located to the file, line and field.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// The file as the user would type it ("Directory/services/west-kent-mind-wellbeing.json").
    public var file: String
    /// 1-based line of the offending key (or of the closest thing that exists).
    public var line: Int
    /// Dotted path of the field ("locations[0].postcode"); empty for a whole-file problem.
    public var field: String
    public var message: String

    public init(severity: Severity, file: String, line: Int, field: String, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `path:line: field: severity: message` (compilers' layout, so editors can jump to it).
    public var description: String {
        let location = file + ":" + String(line) + ": "
        let fieldPart = field.isEmpty ? "" : field + ": "
        return location + fieldPart + severity.rawValue + ": " + message
    }

    /// The finding as JSON, for `validate --json` and the protocol.
    public var json: JSONValue {
        .object([
            "severity": .string(severity.rawValue), "file": .string(file), "line": .number(Double(line)),
            "field": .string(field), "message": .string(message),
        ])
    }
}

extension Array where Element == Finding {
    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Findings in file order, then line, then field.
    public func sortedForDisplay() -> [Finding] {
        sorted {
            ($0.file, $0.line, $0.field, $0.severity.rawValue, $0.message)
                < ($1.file, $1.line, $1.field, $1.severity.rawValue, $1.message)
        }
    }
}
