/// A town or parish council area of the district: the unit of "where a resident lives" and of the
/// gap analysis.
public struct Parish: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case town
        case parish
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
    /// Free-text notes on sources and approximations.
    public var notes: String?

    public var id: String { name }

    public init(
        name: String, kind: Kind, population: Population?, centroid: GeoPoint, outcodes: [String], wards: [String],
        healthArea: String?, primaryCareNetwork: String?, deprivation: Deprivation, notes: String?
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
        self.notes = notes
    }
}
