import SignpostCore

/// `services.list`: services filtered by need, parish and priority area, a page at a time.
public enum ServicesListMethod: RPCMethod {
    public static let name = "services.list"
    public static let summary = "List services (filters: need, parish, priorityArea; paging: offset, limit)."

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
        var area: PriorityArea? = nil
        if let text = try r.string("priorityArea", maxLength: 60) {
            guard let value = PriorityArea(rawValue: text) else {
                throw .invalidParams(
                    "\"priorityArea\" must be one of: " + PriorityArea.allCases.map(\.rawValue).joined(separator: ", "))
            }
            area = value
        }
        let offset = try r.int("offset", range: 0...10_000_000) ?? 0
        let limit = try r.int("limit", range: 1...maxPage) ?? 50
        let shape = try ResultShape.read(&r)
        return Params(query: ServiceQuery(need: need, parish: parish, priorityArea: area), offset: offset, limit: limit, shape: shape)
    }

    public static func handle(_ p: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        let services = try rpc { () throws(SignpostError) in try p.query.run(on: context.snapshot.index) }
        let page = services.dropFirst(p.offset).prefix(p.limit)
        return .object([
            "total": JSONValue(services.count), "offset": JSONValue(p.offset), "limit": JSONValue(p.limit),
            "services": .array(page.map { p.shape.render($0, context.snapshot.directory) }),
        ])
    }
}

/// `services.get`: one service by id.
public enum ServicesGetMethod: RPCMethod {
    public static let name = "services.get"
    public static let summary = "One service by id, in the Directory's format (or ORUK's, with shape)."

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
        guard let service = directory.service(p.id) else {
            throw RPCError(
                SignpostError.withSuggestions(
                    .unknownService, "unknown service id",
                    NameMatching.suggestions(for: p.id, among: directory.services.map(\.id))))
        }
        return p.shape.render(service, directory)
    }
}

/// The shape of service results: the Directory's own format.
public enum ResultShape: String, Sendable {
    case directory

    static func read(_ r: inout ParamsReader) throws(RPCError) -> ResultShape {
        guard let text = try r.string("shape", maxLength: 20) else { return .directory }
        guard let shape = ResultShape(rawValue: text) else { throw .invalidParams("\"shape\" must be \"directory\"") }
        return shape
    }

    func render(_ service: Service, _ directory: Directory) -> JSONValue {
        switch self {
        case .directory: return service.directoryJSON
        }
    }
}
