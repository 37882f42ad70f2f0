/// A rule module: the resident-facing actions of one priority area of the action plan, as rules
/// the engine applies after its own eligibility and scoring.
///
/// Modules live in `Plugins/<Name>`, one library target each, and see only this public model.
/// They are registered in one place (`SignpostModules`), which rejects duplicate ids. Like a
/// SwiftLint rule, each module carries `examples`: residents with the outcome expected; one shared
/// conformance test runs every registered module's examples against the bundled Directory.
public protocol RuleModule: Sendable {
    /// Stable id used to switch the module on or off per request ("health-behaviours").
    var id: String { get }
    var title: String { get }
    var priorityArea: PriorityArea { get }
    /// Action-plan references the module implements (`HB4`, `PC7`).
    var actionPlanReferences: [ActionPlanReference] { get }
    /// Residents and what should happen for them when this module is on.
    var examples: [RuleExample] { get }

    /// Needs worth suggesting for this resident, before candidates are found (only
    /// `.suggestNeed` effects are used here).
    func suggestions(for resident: RuleResident) -> [RuleEffect]

    /// Effects on one candidate service for this resident: exclude it, or adjust its score,
    /// always with a reason.
    func effects(for resident: RuleResident, service: Service) -> [RuleEffect]
}

extension RuleModule {
    public func suggestions(for resident: RuleResident) -> [RuleEffect] { [] }
}

/// What a module may do, always with a plain-English reason.
public enum RuleEffect: Sendable, Equatable {
    case exclude(reason: String)
    case adjust(by: Double, reason: String)
    case suggestNeed(id: String, reason: String)
}

/// The resident as rule modules see it. Lookups are plain scans of short lists: modules ask many
/// small questions for every candidate, and hashing each would cost more than the answer.
public struct RuleResident: Sendable {
    public var age: Int?
    public var circumstances: Set<Circumstance> {
        didSet { flags = CircumstanceSet(circumstances) }
    }
    /// Need ids the resident stated or that were read from their words.
    public var needs: [String]
    /// Need ids suggested by modules so far (visible to per-service effects).
    public var suggestedNeeds: [String]
    /// The single parish, when known.
    public var parish: Parish?
    private var flags: CircumstanceSet

    public init(
        age: Int?, circumstances: Set<Circumstance>, needs: [String], suggestedNeeds: [String] = [], parish: Parish?
    ) {
        self.age = age
        self.circumstances = circumstances
        self.flags = CircumstanceSet(circumstances)
        self.needs = needs
        self.suggestedNeeds = suggestedNeeds
        self.parish = parish
    }

    public func has(_ circumstance: Circumstance) -> Bool { flags.contains(circumstance) }
    public func needs(_ id: String) -> Bool { needs.contains(id) }
    // Overloads rather than variadics: these run for every candidate, and a variadic call allocates.
    public func needsAny(_ a: String, _ b: String) -> Bool { needs.contains(a) || needs.contains(b) }
    public func needsAny(_ a: String, _ b: String, _ c: String) -> Bool {
        needs.contains(a) || needs.contains(b) || needs.contains(c)
    }
    public func isAtLeast(_ years: Int) -> Bool { age.map { $0 >= years } ?? false }
    public func isUnder(_ years: Int) -> Bool { age.map { $0 < years } ?? false }
}

extension Service {
    /// Whether the service delivers the action-plan reference (or any of them).
    public func delivers(_ a: ActionPlanReference) -> Bool { actionPlanSet.contains(a) }
    public func delivers(_ a: ActionPlanReference, _ b: ActionPlanReference) -> Bool {
        actionPlanSet.contains(a) || actionPlanSet.contains(b)
    }
    public func delivers(_ references: ActionPlanSet) -> Bool { actionPlanSet.containsAny(references) }
    public func meets(_ need: String) -> Bool { needs.contains(need) }
}
