/// What a social prescriber tells Signpost about a resident: no name, no address, nothing that
/// identifies them. A full postcode is reduced to its postcode district on arrival.
public struct ResidentQuery: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        case parish(String)
        /// A full postcode or a postcode district; only the district is used or reported.
        case postcode(String)
        case coordinate(GeoPoint)
    }

    public var place: Place
    public var age: Int?
    /// Need ids and/or free text, mixed.
    public var needs: [String]
    /// Circumstance names as given (validated during matching).
    public var circumstances: [String]
    /// Circumstances known *not* to apply ("not a carer"); any other is unknown, never "no".
    public var notCircumstances: [String] = []
    /// Others the help may be for (a child, the person cared for): each service's eligibility is
    /// checked against the person it is for. At most `MatchLimits.maxHousehold`.
    public var household: [HouseholdMember] = []
    /// Whether to work out the questions worth asking (each costs another ranking).
    public var asksQuestions = true
    public var limit: Int
    /// Rule modules to use; nil means all registered modules.
    public var modules: [String]?
    /// Rule ids switched off for this request (`signpost rules` lists them).
    public var withoutRules: [String]?

    public init(
        place: Place, age: Int? = nil, needs: [String], circumstances: [String] = [], limit: Int = 10,
        modules: [String]? = nil, withoutRules: [String]? = nil
    ) {
        self.place = place
        self.age = age
        self.needs = needs
        self.circumstances = circumstances
        self.limit = limit
        self.modules = modules
        self.withoutRules = withoutRules
    }
}

/// Bounds on what one match may ask for, so no request can make the engine do unbounded work.
public enum MatchLimits {
    /// Most entries in `needs`.
    public static let maxNeedEntries = 50
    /// Longest single needs entry, in characters.
    public static let maxNeedEntryLength = 1_000
    /// Longest total needs text, in characters.
    public static let maxNeedsLength = 10_000
    /// Most circumstances.
    public static let maxCircumstances = 40
    /// Largest `limit`.
    public static let maxLimit = 100
    /// Oldest age accepted.
    public static let maxAge = 120
    /// Most household members.
    public static let maxHousehold = 8
    /// Most rule modules named.
    public static let maxModules = 20
    /// Most rules switched off by id.
    public static let maxRulesOff = 100
}
