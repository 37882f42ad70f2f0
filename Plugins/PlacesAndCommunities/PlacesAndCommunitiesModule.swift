import SignpostCore

/// Rules for Priority 3, Places & Communities: falls (PC1), isolation and independence (PC2),
/// scams (PC3), Dial a Ride (PC7), men's mental health (PC8), digital inclusion (PC10–PC13) and
/// families in poverty (PC15).
public struct PlacesAndCommunitiesModule: RuleModule {
    public init() {}

    public let id = "places-and-communities"
    public let title = "Places & Communities"
    public let priorityArea = PriorityArea.placesAndCommunities
    public let actionPlanReferences: [ActionPlanReference] = [.PC1, .PC2, .PC3, .PC7, .PC8, .PC10, .PC11, .PC12, .PC13, .PC15]

    static let digitalInclusion = ActionPlanSet([.PC10, .PC11, .PC12, .PC13])

    public func suggestions(for r: RuleResident) -> [RuleEffect] {
        var effects: [RuleEffect] = []
        if r.isAtLeast(65) && r.has(.limitedMobility) && !r.needs("falls-prevention") {
            effects.append(.suggestNeed(id: "falls-prevention", reason: "Over 65 with limited mobility: strength and balance classes help prevent falls (PC1)."))
        }
        if r.isAtLeast(75) && r.has(.livesAlone) && !r.needs("loneliness") {
            effects.append(.suggestNeed(id: "loneliness", reason: "Over 75 and living alone: worth asking about company and social activities (PC2)."))
        }
        if r.has(.noInternet) && !r.needs("digital-skills") {
            effects.append(.suggestNeed(id: "digital-skills", reason: "No internet at home: free help getting online is available (PC10–PC13)."))
        }
        if r.has(.man) && r.needs("anxiety-depression") && !r.needs("mens-mental-health") {
            effects.append(.suggestNeed(id: "mens-mental-health", reason: "Men's mental health drop-ins run in the district (PC8)."))
        }
        if r.has(.noCar) && (r.has(.limitedMobility) || r.isAtLeast(80)) && !r.needs("transport") {
            effects.append(.suggestNeed(id: "transport", reason: "Getting to services without a car can be the hardest part: door-to-door transport (PC7)."))
        }
        return effects
    }

    public func effects(for r: RuleResident, service: Service) -> [RuleEffect] {
        var effects: [RuleEffect] = []
        if service.delivers(.PC1), r.needs("falls-prevention") || r.suggestedNeeds.contains("falls-prevention"),
            r.isAtLeast(65)
        {
            effects.append(.adjust(by: 3, reason: "Falls prevention for older residents is a partnership priority (PC1)."))
        }
        if service.delivers(.PC2), r.isAtLeast(65), r.needs("loneliness") || r.has(.livesAlone) {
            effects.append(.adjust(by: 2, reason: "Support for over-65s to stay independent and connected (PC2)."))
        }
        if service.delivers(.PC3), r.needs("scams") {
            effects.append(.adjust(by: 2, reason: "Silver cafés on scams, phishing and fraud (PC3)."))
        }
        if service.delivers(.PC7), r.has(.noCar) || r.has(.limitedMobility) {
            if r.needs("transport") {
                effects.append(.adjust(by: 5, reason: "Door-to-door transport for people who cannot use ordinary buses (PC7)."))
            } else if r.suggestedNeeds.contains("transport") {
                effects.append(.adjust(by: 1, reason: "Door-to-door transport could get you to the other services here (PC7)."))
            }
        }
        if service.delivers(.PC8), r.has(.man), r.needsAny("anxiety-depression", "mens-mental-health") {
            effects.append(.adjust(by: 3, reason: "Drop-ins designed for men (PC8)."))
        }
        if service.delivers(Self.digitalInclusion), service.meets("digital-skills"), r.has(.noInternet) {
            effects.append(.adjust(by: 2, reason: "Help for people with no internet at home (PC10–PC13)."))
        }
        if service.delivers(.PC15), r.has(.lowIncome), r.needsAny("family-support", "pregnancy-early-years", "cost-of-living") {
            effects.append(.adjust(by: 2, reason: "Support for families in poverty (PC15)."))
        }
        return effects
    }

    public var examples: [RuleExample] { PlacesAndCommunitiesModule.documentedExamples }
}
