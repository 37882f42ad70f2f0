import SignpostCore

/// Rules for Priority 2, Health Behaviours: weight (HB4, HB9), smoking and vaping (HB1, HB16),
/// health checks and diabetes (HB2, HB14, HB21), older people's exercise (HB7, HB8), walking
/// (HB15), and pregnancy and children (HB6, HB12, HB17, HB22).
public struct HealthBehavioursModule: RuleModule {
    public init() {}

    public let id = "health-behaviours"
    public let title = "Health Behaviours"
    public let summary = "Weight, smoking and vaping, health checks, exercise, pregnancy and children: the plan's second priority area."
    public let priorityAreas = ["health-behaviours"]
    public var rules: [any Rule] { Self.suggestionRules + Self.scoringRules }
    public var examples: [ResidentExample] { Self.documentedExamples }
}
