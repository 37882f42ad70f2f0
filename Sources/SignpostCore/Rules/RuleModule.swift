/// A rule module: a set of rules someone brings to the engine — the actions of one priority area
/// of the action plan, safeguarding, or a neighbouring district's own rules.
///
/// Modules live in `Plugins/<Name>`, one library target each, and see only SignpostCore's public
/// API. They are registered in one place (`SignpostModules`); the core never names one. A module
/// may replace a built-in rule by declaring its id in `replaces` and providing its own.
public protocol RuleModule: Sendable {
    /// Stable id used to switch the module on or off per request ("health-behaviours"); every rule
    /// id of the module starts with it and a dot.
    var id: String { get }
    var title: String { get }
    /// What the module is about, in a sentence.
    var summary: String { get }
    /// Priority areas of the action plan (ids in `action-plan.json`) the module serves; may be none.
    var priorityAreas: [String] { get }
    var rules: [any Rule] { get }
    /// Ids of built-in rules this module's rules stand in for.
    var replaces: [String] { get }
    /// Whole residents and what should happen for them with this module on (against the bundled
    /// Directory): the module-level examples.
    var examples: [ResidentExample] { get }
}

extension RuleModule {
    public var priorityAreas: [String] { [] }
    public var replaces: [String] { [] }
    public var examples: [ResidentExample] { [] }
    /// Every action-plan reference its rules cite.
    public var references: [ActionPlanReference] {
        var seen: Set<ActionPlanReference> = []
        return rules.flatMap(\.references).filter { seen.insert($0).inserted }.sorted()
    }
}
