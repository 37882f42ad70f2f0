import Foundation

/// Where one record came from: its file and the line of each of its fields.
public struct RecordSource: Sendable {
    public var file: String
    public var lines: [String: Int]
    private var deferred: DeferredLines?

    public init(file: String, lines: [String: Int]) {
        self.file = file
        self.lines = lines
    }

    /// Lines found only when first asked for (when there is a finding to place), by parsing the
    /// file's bytes again with line tracking: bulk imports of valid feeds never pay for them, and
    /// the bytes need not be kept (`bytes` may read the file again).
    public init(file: String, maxDepth: Int, deferredLinesOf bytes: @escaping @Sendable () -> [UInt8]?) {
        self.file = file
        lines = [:]
        deferred = DeferredLines(bytes: bytes, maxDepth: maxDepth)
    }

    /// The line of `path`, or of its nearest ancestor that exists in the file.
    public func line(of path: String) -> Int {
        JSONDocument(value: .null, lines: deferred?.lines ?? lines).line(of: path)
    }

    public func finding(_ severity: Finding.Severity, _ path: String, _ message: String) -> Finding {
        Finding(severity: severity, file: file, line: line(of: path), field: path, message: message)
    }
}

/// A file's line table, built on first use and then kept.
private final class DeferredLines: @unchecked Sendable {
    private let bytes: @Sendable () -> [UInt8]?
    private let maxDepth: Int
    private let lock = NSLock()
    private var table: [String: Int]?

    init(bytes: @escaping @Sendable () -> [UInt8]?, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    var lines: [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        if let table { return table }
        let built = bytes().flatMap { try? JSONParser.parse($0, options: .init(maxDepth: maxDepth, recordLines: true)) }?.lines ?? [:]
        table = built
        return built
    }
}

/// Collects findings while one file is decoded.
package final class FindingSink {
    package private(set) var findings: [Finding] = []

    package init() {}
    package func add(_ finding: Finding) { findings.append(finding) }
    package func add(contentsOf more: [Finding]) { findings.append(contentsOf: more) }
}

/// Reads typed fields from one JSON object, reporting wrong types, missing required fields and
/// unknown fields (the typo guard) as located findings instead of failing on the first.
///
/// Every accessor marks its key as known, present or not; `finish()` then reports the keys nobody
/// asked for, with a "did you mean" when one is close.
package final class ObjectReader {
    /// How forgiving to be: Directory files are strict; feeds from other publishers are not.
    package enum Leniency: Sendable {
        /// Empty strings and unknown fields are errors (Directory files, edited by us).
        case strict
        /// Empty strings count as absent; unknown fields are left for the caller to report.
        case feed
    }

    package let object: JSONObject
    package let path: String
    package let source: RecordSource
    package let sink: FindingSink
    package let leniency: Leniency
    private var known: [String] = []

    package init(object: JSONObject, path: String, source: RecordSource, sink: FindingSink, leniency: Leniency = .strict) {
        self.object = object
        self.path = path
        self.source = source
        self.sink = sink
        self.leniency = leniency
    }

    /// Members nobody has asked for yet.
    package var unreadMembers: [JSONMember] { object.members.filter { !known.contains($0.key) } }

    /// A reader for the document's root, or nil (with a finding) when the root is not an object.
    package static func root(
        _ value: JSONValue, source: RecordSource, sink: FindingSink, leniency: Leniency = .strict
    ) -> ObjectReader? {
        guard case .object(let object) = value else {
            sink.add(source.finding(.error, "", "expected a JSON object at the top of the file, found \(value.typeDescription)"))
            return nil
        }
        return ObjectReader(object: object, path: "", source: source, sink: sink, leniency: leniency)
    }

    package func fieldPath(_ key: String) -> String { JSONPath.member(path, key) }

    package func error(_ key: String, _ message: String) {
        sink.add(source.finding(.error, fieldPath(key), message))
    }

    package func warning(_ key: String, _ message: String) {
        sink.add(source.finding(.warning, fieldPath(key), message))
    }

    /// The raw value, marking the key as known; reports a missing required field.
    package func value(_ key: String, required: Bool) -> JSONValue? {
        known.append(key)
        guard let value = object[key] else {
            if required {
                sink.add(
                    Finding(
                        severity: .error, file: source.file, line: source.line(of: path), field: fieldPath(key),
                        message: "missing required field"))
            }
            return nil
        }
        if case .null = value {
            if required { error(key, "must not be null") }
            return nil
        }
        return value
    }

    package func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard case .string(let text) = value else {
            error(key, "expected a string, found \(value.typeDescription)")
            return nil
        }
        if text.trimmingSpaces().isEmpty {
            if leniency == .strict { error(key, "must not be empty") }
            return nil
        }
        return text
    }

    package func int(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        guard let number = value.intValue else {
            error(key, "expected a whole number, found \(value.typeDescription)")
            return nil
        }
        if let range, !range.contains(number) {
            error(key, "\(number) is outside \(range.lowerBound)…\(range.upperBound)")
            return nil
        }
        return number
    }

    package func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let value = value(key, required: required) else { return nil }
        guard case .bool(let flag) = value else {
            error(key, "expected true or false, found \(value.typeDescription)")
            return nil
        }
        return flag
    }

    package func double(_ key: String, required: Bool = false) -> Double? {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let number) = value else {
            error(key, "expected a number, found \(value.typeDescription)")
            return nil
        }
        return number
    }

    package func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            error(key, "expected a date as YYYY-MM-DD, found \"\(text)\"")
            return nil
        }
        return date
    }

    package func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = E(rawValue: text) else {
            error(key, ObjectReader.unknownValueMessage(text, allowed: E.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    /// An array of strings; bad elements are reported and skipped.
    package func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let value = value(key, required: required) else { return nil }
        guard case .array(let elements) = value else {
            error(key, "expected an array of strings, found \(value.typeDescription)")
            return nil
        }
        var result: [String] = []
        for (i, element) in elements.enumerated() {
            let elementPath = JSONPath.element(fieldPath(key), i)
            guard case .string(let text) = element, !text.trimmingSpaces().isEmpty else {
                let found = element.stringValue != nil ? "an empty string" : element.typeDescription
                sink.add(source.finding(.error, elementPath, "expected a non-empty string, found \(found)"))
                continue
            }
            result.append(text)
        }
        return result
    }

    /// An array of enumeration values; unknown ones are reported and skipped.
    package func enumerations<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> [E]?
    where E.RawValue == String {
        guard let value = value(key, required: required) else { return nil }
        guard case .array(let elements) = value else {
            error(key, "expected an array of strings, found \(value.typeDescription)")
            return nil
        }
        var result: [E] = []
        for (i, element) in elements.enumerated() {
            let elementPath = JSONPath.element(fieldPath(key), i)
            guard case .string(let text) = element else {
                sink.add(source.finding(.error, elementPath, "expected a string, found \(element.typeDescription)"))
                continue
            }
            guard let item = E(rawValue: text) else {
                let allowed = E.allCases.map(\.rawValue)
                sink.add(source.finding(.error, elementPath, ObjectReader.unknownValueMessage(text, allowed: allowed)))
                continue
            }
            result.append(item)
        }
        return result
    }

    /// An array of action-plan codes (`["HB4", "PC7"]`); malformed ones are reported and skipped.
    /// Whether each exists in the plan is the validator's check.
    package func references(_ key: String) -> [ActionPlanReference]? {
        guard let texts = strings(key) else { return nil }
        var result: [ActionPlanReference] = []
        for (i, text) in texts.enumerated() {
            guard let reference = ActionPlanReference(code: text) else {
                sink.add(
                    source.finding(
                        .error, JSONPath.element(fieldPath(key), i),
                        "\"\(text)\" is not an action-plan code (capital letters then digits, such as HB4)"))
                continue
            }
            result.append(reference)
        }
        return result
    }

    package func object(_ key: String, required: Bool = false) -> ObjectReader? {
        guard let value = value(key, required: required) else { return nil }
        guard case .object(let object) = value else {
            error(key, "expected an object, found \(value.typeDescription)")
            return nil
        }
        return ObjectReader(object: object, path: fieldPath(key), source: source, sink: sink, leniency: leniency)
    }

    /// An array of objects; elements that are not objects are reported and skipped.
    package func objects(_ key: String, required: Bool = false) -> [ObjectReader]? {
        guard let value = value(key, required: required) else { return nil }
        guard case .array(let elements) = value else {
            error(key, "expected an array of objects, found \(value.typeDescription)")
            return nil
        }
        var readers: [ObjectReader] = []
        for (i, element) in elements.enumerated() {
            let elementPath = JSONPath.element(fieldPath(key), i)
            guard case .object(let object) = element else {
                sink.add(source.finding(.error, elementPath, "expected an object, found \(element.typeDescription)"))
                continue
            }
            readers.append(ObjectReader(object: object, path: elementPath, source: source, sink: sink, leniency: leniency))
        }
        return readers
    }

    /// Reports every member nobody asked for: almost always a typo of a real field.
    package func finish() {
        for member in object.members where !known.contains(member.key) {
            var message = "unknown field \"\(member.key)\""
            if let guess = NameMatching.suggestions(for: member.key, among: known, limit: 1).first {
                message += " (did you mean \"\(guess)\"?)"
            }
            sink.add(source.finding(.error, fieldPath(member.key), message))
        }
    }

    package static func unknownValueMessage(_ text: String, allowed: [String]) -> String {
        var message = "unknown value \"\(text)\" (expected one of: \(allowed.joined(separator: ", "))"
        if let guess = NameMatching.suggestions(for: text, among: allowed, limit: 1).first {
            message += "; did you mean \"\(guess)\"?"
        }
        return message + ")"
    }
}
