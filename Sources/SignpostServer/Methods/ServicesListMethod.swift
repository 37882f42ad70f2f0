import SignpostCore
import SignpostORUK

/// `services.list`: services filtered by need, parish and priority area, a page at a time.
public enum ServicesListMethod: RPCMethod {
    public static let name = "services.list"
    public static let summary = "List services (filters: need, parish, priorityArea; paging: offset, limit; shape: directory or oruk)."

    public struct Params: Sendable {
        public var query: ServiceQuery
        public var offset: Int
        public var limit: Int
        public var shape: ResultShape
    }

    public static let maxPage = 500

    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        let need = try r.string("need", maxLength: 100)
        let parish = try r.string("parish", maxLength: 200)
        // Checked against the loaded action plan when the query runs.
        let area = try r.string("priorityArea", maxLength: 60)
        let offset = try r.int("offset", range: 0...10_000_000) ?? 0
        let limit = try r.int("limit", range: 1...maxPage) ?? 50
        let shape = try ResultShape.read(&r)
        return Params(query: ServiceQuery(need: need, parish: parish, priorityArea: area), offset: offset, limit: limit, shape: shape)
    }

    /// A page in the Directory's shape, or an ORUK `/services` page.
    public enum Result: RPCResult {
        case directory(JSONValue)
        case oruk(ORUKPage)

        public func write(to stream: inout JSONStream) {
            switch self {
            case .directory(let value): stream.value(value)
            case .oruk(let page): page.write(to: &stream)
            }
        }
    }

    public static func handle(_ p: Params, _ context: RPCContext) throws(RPCError) -> Result {
        let services = try rpc { () throws(SignpostError) in try p.query.run(on: context.snapshot.index) }
        let page = services.dropFirst(p.offset).prefix(p.limit)
        switch p.shape {
        case .oruk:
            // ORUK pages are numbered: page_number is offset / limit + 1.
            let encoder = context.snapshot.oruk
            let writer = JSONWriter()
            return .oruk(
                ORUKPage(
                    totalItems: services.count, pageNumber: p.offset / p.limit + 1, perPage: p.limit,
                    contents: page.map { writer.bytes(encoder.service($0)) }))
        case .directory:
            return .directory(
                .object([
                    "total": JSONValue(services.count), "offset": JSONValue(p.offset), "limit": JSONValue(p.limit),
                    "services": .array(page.map { $0.directoryJSON }),
                ]))
        }
    }
}

/// `services.get`: one service by id.
public enum ServicesGetMethod: RPCMethod {
    public static let name = "services.get"
    public static let summary = "One service by id (or its ORUK UUID), in the Directory's format or, with shape, ORUK's."

    public struct Params: Sendable {
        public var id: String
        public var shape: ResultShape
    }

    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        guard let id = try r.string("id", required: true, maxLength: 200) else { throw .invalidParams("\"id\" is required") }
        return Params(id: id, shape: try ResultShape.read(&r))
    }

    public static func handle(_ p: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        let directory = context.snapshot.directory
        // An ORUK client knows services by their published UUID; both ids are accepted.
        let byUUID = { () -> Service? in
            guard NameBasedUUID.isWellFormed(p.id) else { return nil }
            let uuid = p.id.lowercased()
            return directory.services.first { ORUKEncoder.serviceID($0.id) == uuid }
        }
        guard let service = directory.service(p.id) ?? byUUID() else {
            throw RPCError(
                SignpostError.withSuggestions(
                    .unknownService, "unknown service id",
                    NameMatching.suggestions(for: p.id, among: directory.services.map(\.id))))
        }
        return p.shape.render(service, context.snapshot)
    }
}

/// The shape of service results: the Directory's own format, or Open Referral UK 3.0 (a fully
/// nested service; for `services.list`, an ORUK `/services` page).
public enum ResultShape: String, Sendable {
    case directory
    case oruk

    static func read(_ r: inout ParamsReader) throws(RPCError) -> ResultShape {
        guard let text = try r.string("shape", maxLength: 20) else { return .directory }
        guard let shape = ResultShape(rawValue: text) else { throw .invalidParams("\"shape\" must be \"directory\" or \"oruk\"") }
        return shape
    }

    func render(_ service: Service, _ snapshot: ServerState.Snapshot) -> JSONValue {
        switch self {
        case .directory: return service.directoryJSON
        case .oruk: return snapshot.oruk.service(service)
        }
    }
}
