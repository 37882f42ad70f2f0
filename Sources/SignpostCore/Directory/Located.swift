/// A decoded record with where it came from, so later checks can point at its fields.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var source: RecordSource
    /// The record's own path inside its file ("" for a whole file, "parishes[3]" for an element).
    var path: String

    func finding(_ severity: Finding.Severity, _ field: String, _ message: String) -> Finding {
        source.finding(severity, field.isEmpty ? path : JSONPath.member(path, field), message)
    }
}
