import SignpostCore

/// `parishes.list`: the towns and parishes.
public enum ParishesListMethod: RPCMethod {
    public static let name = "parishes.list"
    public static let summary = "The towns and parishes, with population, postcode districts and deprivation."
    public struct Params: Sendable {}
    public static func params(_ reader: inout ParamsReader) throws(RPCError) -> Params { Params() }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        .object(["parishes": .array(context.snapshot.directory.parishes.map(\.directoryJSON))])
    }
}

/// `needs.list`: the taxonomy, with synonyms.
public enum NeedsListMethod: RPCMethod {
    public static let name = "needs.list"
    public static let summary = "The need taxonomy: domains, and needs with their synonyms."
    public struct Params: Sendable {}
    public static func params(_ reader: inout ParamsReader) throws(RPCError) -> Params { Params() }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        let taxonomy = context.snapshot.directory.taxonomy
        return .object([
            "domains": .array(taxonomy.domains.map(\.directoryJSON)),
            "needs": .array(taxonomy.needs.map(\.directoryJSON)),
            "circumstances": .array(
                Circumstance.allCases.map { .object(["id": .string($0.rawValue), "meaning": .string($0.meaning)]) }),
        ])
    }
}

/// `directory.validate`: the Directory on disk, checked now (as `signpost validate --json`).
public enum DirectoryValidateMethod: RPCMethod {
    public static let name = "directory.validate"
    public static let summary = "Validate the Directory on disk; findings as `signpost validate --json`."
    public struct Params: Sendable {}
    public static func params(_ reader: inout ParamsReader) throws(RPCError) -> Params { Params() }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        let location = context.state.location
        let result = DirectoryLoader.load(at: location.url, displayRoot: location.displayPath, today: context.today)
        return ValidationReport(result: result).json
    }
}

/// `directory.reload`: re-read the Directory; keep the old data if the new has errors.
public enum DirectoryReloadMethod: RPCMethod {
    public static let name = "directory.reload"
    public static let summary = "Re-read the Directory; on errors keep serving the old data and return the findings."
    public struct Params: Sendable {}
    public static func params(_ reader: inout ParamsReader) throws(RPCError) -> Params { Params() }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        do throws(ServerState.DirectoryInvalid) {
            let fresh = try context.state.reload()
            return .object([
                "reloaded": true, "services": JSONValue(fresh.directory.services.count),
                "parishes": JSONValue(fresh.directory.parishes.count), "warnings": JSONValue(fresh.warnings),
            ])
        } catch {
            let first = error.findings.first.map { " (\($0.file): \($0.message))" } ?? ""
            throw RPCError(
                code: RPCError.directoryInvalidCode,
                message: "the Directory on disk has \(error.findings.count) error(s)\(first); not reloaded: still serving the previous data (\(context.snapshot.directory.services.count) services)",
                data: .object(["findings": .array(error.findings.prefix(100).map(\.json))]))
        }
    }
}

/// `shutdown`: acknowledge, then stop after this response.
public enum ShutdownMethod: RPCMethod {
    public static let name = "shutdown"
    public static let summary = "Acknowledge, then exit after the response is written."
    public struct Params: Sendable {}
    public static func params(_ reader: inout ParamsReader) throws(RPCError) -> Params { Params() }
    public static func handle(_ params: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        context.shutdown.raise()
        return .object(["shuttingDown": true])
    }
}
