import SignpostCore

/// Which need's services are the specialist help for each risk (immediate danger has none: its
/// help is 999 and the urgent contacts).
extension RiskKind {
    var specialistNeed: String? {
        switch self {
        case .immediateDanger: return nil
        case .suicideSelfHarm: return "anxiety-depression"
        case .domesticAbuse: return "domestic-abuse"
        case .childAtRisk: return "family-support"
        case .adultAtRisk: return "independent-living"
        case .carerBreakdown: return "carer-support"
        }
    }

    /// Words in a service's name or description (lower case) that make it the specialist help for
    /// this risk among the services meeting `specialistNeed` (nil: every such service is). Read
    /// once per Directory, never while matching.
    var specialistWords: [String]? {
        switch self {
        case .immediateDanger, .domesticAbuse, .carerBreakdown: return nil
        case .suicideSelfHarm: return ["mind", "crisis", "samaritans", "release the pressure", "shout", "safe haven", "single point of access"]
        case .childAtRisk: return ["early help", "family hub", "children's social care", "social services", "social care"]
        case .adultAtRisk: return ["adult social care", "social services", "age uk", "safeguard"]
        }
    }

    /// What the specialist services are, for reasons.
    var specialistLabel: String {
        switch self {
        case .immediateDanger: return "emergency help"
        case .suicideSelfHarm: return "mental-health support (Mind and crisis lines)"
        case .domesticAbuse: return "domestic-abuse support"
        case .childAtRisk: return "Early Help and family support"
        case .adultAtRisk: return "adult social care and support to stay safe at home"
        case .carerBreakdown: return "carers' support"
        }
    }
}

/// Raises the specialist services for a risk to the top of the ordinary ranking, for a resident
/// whose words raised it; every other service keeps its place below (nothing is hidden).
struct SpecialistServiceRule: ScoringRule {
    let kind: RiskKind
    let need: String
    let examples: RuleExamples

    var id: String { "safeguarding.raise-" + kind.rawValue + "-support" }
    var title: String { "Raises \(kind.specialistLabel) to the top when \(kind.rawValue) is raised" }
    var weight: RuleWeight { RuleWeight("specialist", 12, "a \(need) service when \(kind.rawValue) is raised") }
    var weights: [RuleWeight] { [weight] }
    var vocabulary: RuleVocabulary { RuleVocabulary(needs: [need], circumstances: [.carer]) }

    func canApply(to service: Service) -> Bool {
        guard service.needs.contains(need) else { return false }
        guard let words = kind.specialistWords else { return true }
        let text = (service.name + " " + service.description).lowercased()
        return words.contains { text.contains($0) }
    }

    func score(_ service: Service, _ candidate: RuleCandidate, for resident: RuleContext, into out: inout ScoreOutput) {
        guard resident.wants(need), DetectionCache.shared.raises(kind, for: resident) else { return }
        out.add(
            weight.points,
            .text("Safeguarding: \(kind.specialistLabel) comes first for what the resident disclosed (safeguarding module)."))
    }
}

extension SafeguardingModule {
    /// Suggests the specialist need for each risk raised, so its services are among the candidates.
    static let suggestionRules: [any Rule] = RiskKind.allCases.compactMap { kind in
        guard let need = kind.specialistNeed else { return nil }
        return NeedSuggestionRule(
            "safeguarding.suggest-" + kind.rawValue + "-support", "Suggests \(kind.specialistLabel) when \(kind.rawValue) is raised",
            suggests: need, circumstances: [.carer],
            because: "Safeguarding: the resident's words raised \(kind.rawValue); \(kind.specialistLabel) is suggested (safeguarding module).",
            examples: SafeguardingExamples.suggestionExamples(for: kind, need: need)
        ) { r in DetectionCache.shared.raises(kind, for: r) }
    }

    /// An example specialist service for a risk (named as the rule expects).
    static func specialistExample(_ kind: RiskKind, _ need: String) -> Service {
        var service = Service.example(needs: [need])
        if let word = kind.specialistWords?.first { service.name = "Example " + word + " service" }
        return service
    }

    static let scoringRules: [any Rule] = RiskKind.allCases.compactMap { kind in
        guard let need = kind.specialistNeed else { return nil }
        return SpecialistServiceRule(kind: kind, need: need, examples: SafeguardingExamples.scoringExamples(for: kind, need: need, service: specialistExample(kind, need)))
    }
}
