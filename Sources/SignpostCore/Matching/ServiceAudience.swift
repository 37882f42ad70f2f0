/// Whom a service is for, when the resident speaks for a household: its eligibility is checked
/// against that person. Read from the service's own facts — conditions, ages, the needs it meets —
/// never from its name.
enum ServiceAudience: Sendable, Equatable {
    /// The resident only: a carers' service (its conditions include being a carer).
    case resident
    /// The family: the resident first, then their children (family support, pregnancy and early years).
    case family
    /// A child: the children first, then the resident (at most 18, or children's activities).
    case children
    /// Whoever it fits: the resident, then the person they care for, then a child.
    case anyone

    /// Need ordinals that make a service a family's or a child's, looked up once per engine.
    struct Needs: Sendable {
        var family: NeedSet
        var children: NeedSet

        init(_ taxonomy: Taxonomy) {
            family = NeedSet(ordinals: ["family-support", "pregnancy-early-years"].compactMap(taxonomy.ordinal(ofNeed:)))
            children = NeedSet(ordinals: ["children-activities"].compactMap(taxonomy.ordinal(ofNeed:)))
        }
    }

    /// Age at or under which a service is a child's.
    static let childAgeLimit = 18

    init(_ traits: ServiceTraits, needs: NeedSet, _ known: Needs) {
        if traits.conditions.contains(.carer) || traits.conditions.contains(.pregnant) {
            self = .resident
        } else if let top = traits.maximumAge, top <= Self.childAgeLimit {
            self = .children
        } else if needs.intersects(known.family) || traits.conditions.contains(.parentOfYoungChild) {
            self = .family
        } else if needs.intersects(known.children) {
            self = .children
        } else {
            self = .anyone
        }
    }

    /// Who to try, in order: indices into `household`, with nil for the resident.
    func order(_ household: [HouseholdMember]) -> [Int?] {
        let children = household.indices.filter { household[$0].role == .child }.map { Optional($0) }
        let caredFor = household.indices.filter { household[$0].role == .caredFor }.map { Optional($0) }
        switch self {
        case .resident: return [nil]
        case .family: return [nil] + children
        case .children: return children + [nil]
        case .anyone: return [nil] + caredFor + children
        }
    }
}
