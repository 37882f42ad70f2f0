import SignpostCore

/// Rules for Priority 3, Places & Communities: falls (PC1), isolation and independence (PC2),
/// scams (PC3), Dial a Ride (PC7), men's mental health (PC8), digital inclusion (PC10–PC13) and
/// families in poverty (PC15).
public struct PlacesAndCommunitiesModule: RuleModule {
    public init() {}

    public let id = "places-and-communities"
    public let title = "Places & Communities"
    public let summary = "Falls, isolation, scams, transport, men's mental health, getting online and families in poverty: the plan's third priority area."
    public let priorityAreas = ["places-and-communities"]
    public var rules: [any Rule] { Self.suggestionRules + Self.scoringRules }
    public var examples: [ResidentExample] { Self.documentedExamples }
}
