/// Everything Signpost knows: the loaded, validated Directory. Immutable once built, so one value
/// can be shared by every request and swapped whole on reload.
public struct Directory: Sendable {
    public let organisations: [Organisation]
    public let services: [Service]
    public let parishes: [Parish]
    public let outcodes: [Outcode]
    public let taxonomy: Taxonomy
    /// The action plan services, domains and rules cite (empty when the Directory has none).
    public let actionPlan: ActionPlan
    /// Who to call for each risk a rule raises, and the numbers printed lists keep.
    public let urgentContacts: UrgentContacts

    private let organisationIndex: [String: Int]
    private let serviceIndex: [String: Int]
    private let parishIndex: [String: Int]
    private let outcodeIndex: [String: Int]

    public init(
        organisations: [Organisation], services: [Service], parishes: [Parish], outcodes: [Outcode],
        taxonomy: Taxonomy, actionPlan: ActionPlan = .none, urgentContacts: UrgentContacts = .none
    ) {
        self.urgentContacts = urgentContacts
        self.organisations = organisations
        self.services = services
        self.parishes = parishes
        self.outcodes = outcodes
        self.taxonomy = taxonomy
        self.actionPlan = actionPlan
        organisationIndex = Directory.firstIndex(organisations.map(\.id))
        serviceIndex = Directory.firstIndex(services.map(\.id))
        parishIndex = Directory.firstIndex(parishes.map { NameMatching.normalise($0.name) })
        outcodeIndex = Directory.firstIndex(outcodes.map { $0.code.uppercased() })
    }

    private static func firstIndex(_ keys: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(keys.count)
        for (i, key) in keys.enumerated() where index[key] == nil { index[key] = i }
        return index
    }

    public func organisation(_ id: String) -> Organisation? { organisationIndex[id].map { organisations[$0] } }
    public func service(_ id: String) -> Service? { serviceIndex[id].map { services[$0] } }

    /// A parish by name, forgiving case, punctuation and "&"/"and".
    public func parish(named name: String) -> Parish? {
        parishIndex[NameMatching.normalise(name)].map { parishes[$0] }
    }

    /// Position of a parish in `parishes`.
    public func parishOrdinal(named name: String) -> Int? { parishIndex[NameMatching.normalise(name)] }

    public func outcode(_ code: String) -> Outcode? { outcodeIndex[code.uppercased()].map { outcodes[$0] } }

    /// The oldest `verified` date among services (what "information checked" ranges start from).
    public var oldestVerified: CalendarDate? { services.map(\.verified).min() }
    public var newestVerified: CalendarDate? { services.map(\.verified).max() }
}
