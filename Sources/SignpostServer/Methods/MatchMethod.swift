import SignpostCore

/// `match`: the CLI's `match`, with the same result object as `--json`.
public enum MatchMethod: RPCMethod {
    public static let name = "match"
    public static let summary = "Rank local services for a resident, with reasons, exclusions and needs nothing covers."

    public typealias Params = ResidentQuery

    public static func params(_ r: inout ParamsReader) throws(RPCError) -> ResidentQuery {
        let parish = try r.string("parish", maxLength: 200)
        let postcode = try r.string("postcode", maxLength: 20)
        let lat = try r.double("lat", range: -90...90)
        let lon = try r.double("lon", range: -180...180)
        let place: ResidentQuery.Place
        switch (parish, postcode, lat, lon) {
        case (let p?, nil, nil, nil): place = .parish(p)
        case (nil, let pc?, nil, nil): place = .postcode(pc)
        case (nil, nil, let la?, let lo?): place = .coordinate(GeoPoint(latitude: la, longitude: lo))
        case (nil, nil, nil, nil): throw .invalidParams("give one of \"parish\", \"postcode\", or \"lat\" with \"lon\"")
        case (nil, nil, _, _): throw .invalidParams("give both \"lat\" and \"lon\"")
        default: throw .invalidParams("give only one of \"parish\", \"postcode\", or \"lat\" with \"lon\"")
        }
        let age = try r.int("age", range: 0...MatchLimits.maxAge)
        guard
            let needs = try r.strings(
                "needs", maxCount: MatchLimits.maxNeedEntries, maxLength: MatchLimits.maxNeedEntryLength)
        else { throw .invalidParams("\"needs\" is required (an array of need ids and/or free text)") }
        let circumstances = try r.strings("circumstances", maxCount: MatchLimits.maxCircumstances, maxLength: 40) ?? []
        let notCircumstances =
            try r.strings("notCircumstances", maxCount: MatchLimits.maxCircumstances, maxLength: 40) ?? []
        let limit = try r.int("limit", range: 1...MatchLimits.maxLimit) ?? 10
        let modules = try r.strings("modules", maxCount: MatchLimits.maxModules, maxLength: 60)
        let withoutRules = try r.strings("withoutRules", maxCount: MatchLimits.maxRulesOff, maxLength: 100)
        var query = ResidentQuery(
            place: place, age: age, needs: needs, circumstances: circumstances, limit: limit, modules: modules,
            withoutRules: withoutRules)
        query.notCircumstances = notCircumstances
        query.household = try household(&r)
        return query
    }

    /// `household`: `[{"role": "child" | "cared-for", "age"?: N, "circumstances"?: [...]}]`. Errors
    /// name the member's place in the array and the field, never a value.
    static func household(_ r: inout ParamsReader) throws(RPCError) -> [HouseholdMember] {
        guard let value = r.any("household") else { return [] }
        guard case .array(let entries) = value else { throw .invalidParams("\"household\" must be an array of objects") }
        guard entries.count <= MatchLimits.maxHousehold else {
            throw .invalidParams("\"household\" has more than \(MatchLimits.maxHousehold) members")
        }
        var members: [HouseholdMember] = []
        for (i, entry) in entries.enumerated() {
            let at = "household[\(i)]"
            guard case .object(let object) = entry else { throw .invalidParams("\"\(at)\" must be an object") }
            var member = ParamsReader(object, at: at)
            let roles = HouseholdMember.Role.allCases.map(\.rawValue)
            guard let name = try member.string("role", required: true, maxLength: 20),
                let role = HouseholdMember.Role(rawValue: name)
            else { throw member.invalid("\"role\" must be one of \(roles.joined(separator: ", "))") }
            let age = try member.int("age", range: 0...MatchLimits.maxAge)
            let circumstances = try member.strings("circumstances", maxCount: MatchLimits.maxCircumstances, maxLength: 40) ?? []
            try member.finish()
            members.append(HouseholdMember(role: role, age: age, circumstances: circumstances))
        }
        return members
    }

    public static func handle(_ query: ResidentQuery, _ context: RPCContext) throws(RPCError) -> MatchResult {
        try rpc { () throws(SignpostError) in try context.snapshot.engine.match(query, today: context.today) }
    }
}
