/// The three priority areas of the Sevenoaks District Health & Wellbeing Partnership action plan.
public enum PriorityArea: String, Sendable, CaseIterable, Hashable {
    /// Wider Determinants of Health: actions WDH1–WDH6 and WD7–WD12.
    case widerDeterminants = "wider-determinants"
    /// Health Behaviours: actions HB1–HB22.
    case healthBehaviours = "health-behaviours"
    /// Places & Communities: actions PC1–PC17.
    case placesAndCommunities = "places-and-communities"

    public var title: String {
        switch self {
        case .widerDeterminants: return "Wider Determinants of Health"
        case .healthBehaviours: return "Health Behaviours"
        case .placesAndCommunities: return "Places & Communities"
        }
    }
}
