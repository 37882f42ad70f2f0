import SignpostCore

/// Safeguarding first: when a resident's words disclose a risk — suicide or self-harm, domestic
/// abuse, a child or an adult at risk, a carer at breaking point, or harm happening now — the
/// risk is raised before any list, with who to call, and the specialist services for it are
/// raised to the top of the ordinary ranking (which still follows: nothing is hidden).
///
/// It reads only what the interpreter made of the words (stems, negation, whose words they are,
/// idioms), through a lexicon of cues (``CueLexicon``). It prompts and informs; the prescriber
/// follows their organisation's safeguarding policy. It is not a priority area of the action plan.
public struct SafeguardingModule: RuleModule {
    public init() {}

    public let id = "safeguarding"
    public let title = "Safeguarding"
    public let summary = "Raises disclosed risks (suicide or self-harm, domestic abuse, a child or adult at risk, carer breakdown, immediate danger) before any list, with who to call, and raises the specialist services for them."
    public var rules: [any Rule] { Self.alertRules + Self.suggestionRules + Self.scoringRules }
    public var examples: [ResidentExample] { Self.documentedExamples }
}
