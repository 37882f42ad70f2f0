import SignpostCore

/// Rules for Priority 1, Wider Determinants of Health: cost of living and concessions (WD7–WD10),
/// work and volunteering (WDH1, WD11, WD12) and dementia (WDH2).
public struct WiderDeterminantsModule: RuleModule {
    public init() {}

    public let id = "wider-determinants"
    public let title = "Wider Determinants of Health"
    public let priorityArea = PriorityArea.widerDeterminants
    public let actionPlanReferences: [ActionPlanReference] = [.WDH1, .WDH2, .WD7, .WD8, .WD9, .WD10, .WD11, .WD12]

    public func suggestions(for r: RuleResident) -> [RuleEffect] {
        var effects: [RuleEffect] = []
        if r.has(.unemployed) && !r.needs("employment") {
            effects.append(.suggestNeed(id: "employment", reason: "Out of work: local jobs, apprenticeships and placements may help (WD11, WD12)."))
        }
        if r.has(.lowIncome) && !r.needsAny("cost-of-living", "food-and-essentials") {
            effects.append(.suggestNeed(id: "cost-of-living", reason: "On a low income: cost-of-living help may also apply (WD7)."))
        }
        if r.needs("anxiety-depression") && r.has(.unemployed) && !r.needs("volunteering") {
            effects.append(
                .suggestNeed(id: "volunteering", reason: "Supportive volunteering helps many people with mental health issues back towards work (WDH1)."))
        }
        if r.has(.diagnosedDementia) && !r.needs("dementia") {
            effects.append(.suggestNeed(id: "dementia", reason: "A dementia diagnosis: dementia cafés and helplines are being promoted (WDH2)."))
        }
        if r.has(.carer) && (r.needs("dementia") || r.has(.diagnosedDementia)) && !r.needs("carer-support") {
            effects.append(.suggestNeed(id: "carer-support", reason: "Caring for someone with dementia: support for the carer too (WDH2)."))
        }
        return effects
    }

    public func effects(for r: RuleResident, service: Service) -> [RuleEffect] {
        var effects: [RuleEffect] = []
        if service.delivers(.WDH1), r.needs("anxiety-depression"),
            r.has(.unemployed) || r.needsAny("employment", "volunteering")
        {
            effects.append(.adjust(by: 3, reason: "Supportive work and volunteering for people with mental health issues (WDH1)."))
        }
        if service.delivers(.WDH2), r.needs("dementia") || r.has(.diagnosedDementia) {
            effects.append(.adjust(by: 3, reason: "Dementia cafés are what the partnership promotes for people with memory problems and their families (WDH2)."))
        }
        if service.delivers(.WD7), r.has(.lowIncome) {
            effects.append(.adjust(by: 2, reason: "Part of the council's cost-of-living support (WD7)."))
        }
        if service.delivers(.WD8), r.has(.lowIncome), r.needs("physical-activity") {
            effects.append(.adjust(by: 2, reason: "Concessionary leisure rates for people on low incomes (WD8)."))
        }
        if service.delivers(.WD10), r.has(.lowIncome) {
            effects.append(.adjust(by: 1, reason: "Free open days: try the facilities at no cost (WD10)."))
        }
        if service.delivers(.WD11, .WD12), service.meets("employment"),
            r.has(.unemployed) || r.needs("employment")
        {
            effects.append(.adjust(by: 3, reason: "Local jobs, apprenticeships and placements for people looking for work (WD11, WD12)."))
        }
        if service.delivers(.WD12), service.meets("disability-support"), r.has(.disabled) {
            effects.append(.adjust(by: 2, reason: "Work placements set aside for disabled adults (WD12)."))
        }
        return effects
    }

    public var examples: [RuleExample] { WiderDeterminantsModule.documentedExamples }
}
