import SignpostCore

/// `server.info`: protocol and Signpost versions, what is loaded, rule modules, limits.
public enum ServerInfoMethod: RPCMethod {
    public static let name = "server.info"
    public static let summary = "Protocol version, Signpost version, Directory statistics, rule modules and limits."

    public struct Params: Sendable {}

    public static func params(_ reader: inout ParamsReader) throws(RPCError) -> Params { Params() }

    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        let d = context.snapshot.directory
        var directory: JSONObject = [
            "path": .string(context.state.location.displayPath),
            "services": JSONValue(d.services.count), "organisations": JSONValue(d.organisations.count),
            "parishes": JSONValue(d.parishes.count), "needs": JSONValue(d.taxonomy.needs.count),
            "warnings": JSONValue(context.snapshot.warnings),
        ]
        if let oldest = d.oldestVerified { directory["oldestVerified"] = .string(oldest.description) }
        if let newest = d.newestVerified { directory["newestVerified"] = .string(newest.description) }
        let registry = context.state.registry
        let modules: [JSONValue] = registry.modules.map { m in
            .object([
                "id": .string(m.id), "title": .string(m.title), "summary": .string(m.summary),
                "priorityAreas": JSONValue(m.priorityAreas), "actionPlan": JSONValue(m.references.map(\.code)),
                "rules": JSONValue(m.rules.count),
            ])
        }
        return .object([
            "protocolVersion": .string(ProtocolInfo.version),
            "signpostVersion": .string(SignpostVersion.current),
            "directory": .object(directory),
            "modules": .array(modules),
            "rules": RuleListing(registry: registry).json,
            "methods": JSONValue(MethodTable.all.map { $0.name }),
            "fileAccess": .bool(context.state.allowsFileAccess),
            "limits": .object([
                "maxLineBytes": JSONValue(context.state.maxLineBytes),
                "maxResponseBytes": JSONValue(context.state.maxResponseBytes),
                "maxBatch": JSONValue(ProtocolInfo.maxBatch),
                "maxNeedEntries": JSONValue(MatchLimits.maxNeedEntries),
                "maxNeedsLength": JSONValue(MatchLimits.maxNeedsLength),
                "maxLimit": JSONValue(MatchLimits.maxLimit),
            ]),
        ])
    }
}

/// Protocol-wide constants.
public enum ProtocolInfo {
    /// 2.0: file parameters need `--files DIR`; unknown parish and postcode district moved from
    /// -32001/-32002 (MCP's) to -32014/-32015; MCP methods on the same stream.
    public static let version = "2.0"
    /// Most requests in one batch.
    public static let maxBatch = 100
    /// Deepest JSON nesting accepted on a line.
    public static let maxDepth = 32
    /// Default longest line, in bytes (`--max-line-bytes`).
    public static let defaultMaxLineBytes = 1 << 20
    /// Default longest response line, in bytes (`--max-response-bytes`); a batch's array counts
    /// as one line.
    public static let defaultMaxResponseBytes = 16 << 20
}
