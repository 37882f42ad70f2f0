extension Circumstance {
    /// Known facts that make this condition likely, though they do not prove it: limited
    /// mobility often counts as a disability for a Disabled Facilities Grant (an assessment
    /// decides); dementia is a long-term condition. Used to say "likely eligible", never to
    /// rule in or out.
    public var madeLikelyBy: [Circumstance] {
        switch self {
        case .disabled: return [.limitedMobility, .visuallyImpaired, .hearingImpaired, .diagnosedDementia]
        case .longTermCondition: return [.diagnosedDementia, .disabled, .bmi30Plus]
        case .lowIncome: return [.unemployed]
        case .limitedMobility: return [.disabled]
        default: return []
        }
    }
}
