import SignpostCore

/// Rules for Priority 1, Wider Determinants of Health: cost of living and concessions (WD7–WD10),
/// work and volunteering (WDH1, WD11, WD12) and dementia (WDH2).
public struct WiderDeterminantsModule: RuleModule {
    public init() {}

    public let id = "wider-determinants"
    public let title = "Wider Determinants of Health"
    public let summary = "Money, work, volunteering and dementia support: the actions of the plan's first priority area."
    public let priorityAreas = ["wider-determinants"]
    public var rules: [any Rule] { Self.suggestionRules + Self.scoringRules }
    public var examples: [ResidentExample] { Self.documentedExamples }
}
