/// A town or parish council area of the district: the unit of "where a resident lives" and of the
/// gap analysis.
public struct Parish: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case town
        case parish
    }

    /// The tiers of the council's settlement hierarchy, most urban first.
    public enum Settlement: String, Sendable, Hashable, CaseIterable {
        case principalTown = "principal-town"
        case town
        case localServiceCentre = "local-service-centre"
        case village
        case hamlet

        /// "a village", "the principal town".
        public var inWords: String {
            switch self {
            case .principalTown: "the principal town"
            case .town: "a town"
            case .localServiceCentre: "a local service centre"
            case .village: "a village"
            case .hamlet: "a hamlet"
            }
        }

        /// True for villages and hamlets.
        public var isRural: Bool { self == .village || self == .hamlet }
    }

    /// A population figure with where it came from.
    public struct Population: Sendable, Hashable {
        public var count: Int
        public var year: Int
        public var source: String
        public init(count: Int, year: Int, source: String) {
            self.count = count
            self.year = year
            self.source = source
        }
    }

    /// How deprived the parish is, on a 1 (least) to 5 (most) scale derived from the ward figures
    /// the seeds publish (see Directory/README.md for the rule), with the evidence behind it.
    public struct Deprivation: Sendable, Hashable {
        public var level: Int
        public var evidence: [String]
        public init(level: Int, evidence: [String]) {
            self.level = level
            self.evidence = evidence
        }
    }

    public var name: String
    public var kind: Kind
    public var population: Population?
    public var centroid: GeoPoint
    public var outcodes: [String]
    public var wards: [String]
    /// NHS health and care partnership area ("West Kent" or "Dartford, Gravesham & Swanley").
    public var healthArea: String?
    /// Primary care network, where a source names it.
    public var primaryCareNetwork: String?
    public var deprivation: Deprivation
    /// Where its main settlement stands in the council's settlement hierarchy (Sevenoaks District
    /// Settlement Hierarchy, April 2018), when a source gives it: how rural it is.
    public var settlement: Settlement?
    /// Free-text notes on sources and approximations.
    public var notes: String?

    public var id: String { name }

    public init(
        name: String, kind: Kind, population: Population?, centroid: GeoPoint, outcodes: [String], wards: [String],
        healthArea: String?, primaryCareNetwork: String?, deprivation: Deprivation, settlement: Settlement? = nil, notes: String?
    ) {
        self.name = name
        self.kind = kind
        self.population = population
        self.centroid = centroid
        self.outcodes = outcodes
        self.wards = wards
        self.healthArea = healthArea
        self.primaryCareNetwork = primaryCareNetwork
        self.deprivation = deprivation
        self.settlement = settlement
        self.notes = notes
    }
}
