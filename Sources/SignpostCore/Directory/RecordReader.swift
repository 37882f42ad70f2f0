/// Where one record came from: its file and the line of each of its fields.
public struct RecordSource: Sendable {
    public var file: String
    public var lines: [String: Int]

    public init(file: String, lines: [String: Int]) {
        self.file = file
        self.lines = lines
    }

    /// The line of `path`, or of its nearest ancestor that exists in the file.
    public func line(of path: String) -> Int {
        JSONDocument(value: .null, lines: lines).line(of: path)
    }

    public func finding(_ severity: Finding.Severity, _ path: String, _ message: String) -> Finding {
        Finding(severity: severity, file: file, line: line(of: path), field: path, message: message)
    }
}

/// Collects findings while one file is decoded.
final class FindingSink {
    private(set) var findings: [Finding] = []

    func add(_ finding: Finding) { findings.append(finding) }
    func add(contentsOf more: [Finding]) { findings.append(contentsOf: more) }
}

/// Reads typed fields from one JSON object, reporting wrong types, missing required fields and
/// unknown fields (the typo guard) as located findings instead of failing on the first.
///
/// Every accessor marks its key as known, present or not; `finish()` then reports the keys nobody
/// asked for, with a "did you mean" when one is close.
final class ObjectReader {
    let object: JSONObject
    let path: String
    let source: RecordSource
    let sink: FindingSink
    private var known: [String] = []

    init(object: JSONObject, path: String, source: RecordSource, sink: FindingSink) {
        self.object = object
        self.path = path
        self.source = source
        self.sink = sink
    }

    /// A reader for the document's root, or nil (with a finding) when the root is not an object.
    static func root(_ value: JSONValue, source: RecordSource, sink: FindingSink) -> ObjectReader? {
        guard case .object(let object) = value else {
            sink.add(source.finding(.error, "", "expected a JSON object at the top of the file, found \(value.typeDescription)"))
            return nil
        }
        return ObjectReader(object: object, path: "", source: source, sink: sink)
    }

    func fieldPath(_ key: String) -> String { JSONPath.member(path, key) }

    func error(_ key: String, _ message: String) {
        sink.add(source.finding(.error, fieldPath(key), message))
    }

    func warning(_ key: String, _ message: String) {
        sink.add(source.finding(.warning, fieldPath(key), message))
    }

    /// The raw value, marking the key as known; reports a missing required field.
    func value(_ key: String, required: Bool) -> JSONValue? {
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

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard case .string(let text) = value else {
            error(key, "expected a string, found \(value.typeDescription)")
            return nil
        }
        if text.trimmingSpaces().isEmpty {
            error(key, "must not be empty")
            return nil
        }
        return text
    }

    func int(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
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

    func double(_ key: String, required: Bool = false) -> Double? {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let number) = value else {
            error(key, "expected a number, found \(value.typeDescription)")
            return nil
        }
        return number
    }

    func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let text = string(key, required: required) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            error(key, "expected a date as YYYY-MM-DD, found \"\(text)\"")
            return nil
        }
        return date
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = E(rawValue: text) else {
            error(key, ObjectReader.unknownValueMessage(text, allowed: E.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    /// An array of strings; bad elements are reported and skipped.
    func strings(_ key: String, required: Bool = false) -> [String]? {
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
    func enumerations<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> [E]?
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

    func object(_ key: String, required: Bool = false) -> ObjectReader? {
        guard let value = value(key, required: required) else { return nil }
        guard case .object(let object) = value else {
            error(key, "expected an object, found \(value.typeDescription)")
            return nil
        }
        return ObjectReader(object: object, path: fieldPath(key), source: source, sink: sink)
    }

    /// An array of objects; elements that are not objects are reported and skipped.
    func objects(_ key: String, required: Bool = false) -> [ObjectReader]? {
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
            readers.append(ObjectReader(object: object, path: elementPath, source: source, sink: sink))
        }
        return readers
    }

    /// Reports every member nobody asked for: almost always a typo of a real field.
    func finish() {
        for member in object.members where !known.contains(member.key) {
            var message = "unknown field \"\(member.key)\""
            if let guess = NameMatching.suggestions(for: member.key, among: known, limit: 1).first {
                message += " (did you mean \"\(guess)\"?)"
            }
            sink.add(source.finding(.error, fieldPath(member.key), message))
        }
    }

    static func unknownValueMessage(_ text: String, allowed: [String]) -> String {
        var message = "unknown value \"\(text)\" (expected one of: \(allowed.joined(separator: ", "))"
        if let guess = NameMatching.suggestions(for: text, among: allowed, limit: 1).first {
            message += "; did you mean \"\(guess)\"?"
        }
        return message + ")"
    }
}
