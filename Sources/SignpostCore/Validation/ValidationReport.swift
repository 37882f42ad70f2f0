/// The findings of a validation run with counts, as text and JSON.
public struct ValidationReport: Sendable {
    public let result: DirectoryLoadResult

    public init(result: DirectoryLoadResult) { self.result = result }

    public var summary: String {
        let d = result.directory
        let errors = result.findings.errorCount
        let warnings = result.findings.warningCount
        return "\(d.services.count) services, \(d.organisations.count) organisations, \(d.parishes.count) parishes, "
            + "\(d.taxonomy.needs.count) needs: \(errors) error\(errors == 1 ? "" : "s"), "
            + "\(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    public var json: JSONValue {
        let d = result.directory
        return .object([
            "valid": .bool(result.isUsable),
            "counts": .object([
                "services": JSONValue(d.services.count), "organisations": JSONValue(d.organisations.count),
                "parishes": JSONValue(d.parishes.count), "needs": JSONValue(d.taxonomy.needs.count),
                "errors": JSONValue(result.findings.errorCount), "warnings": JSONValue(result.findings.warningCount),
            ]),
            "findings": .array(result.findings.map(\.json)),
        ])
    }
}
