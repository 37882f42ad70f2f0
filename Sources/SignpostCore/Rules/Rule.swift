/// One rule of the matching pipeline: built into the engine or brought by a rule module, every
/// rule is the same kind of thing. Like a SwiftLint rule, it has a stable id, a title, the stage
/// it acts in, the action-plan references it cites, its weights declared in one place, and
/// examples — residents and services where it must fire, and where it must stay silent — that one
/// shared conformance test runs.
///
/// A rule acts in exactly one stage, chosen by the protocol it adopts: `SuggestionRule`,
/// `EligibilityRule` or `ScoringRule` (`AlertRule` for risks that come before any list). It
/// never builds a sentence while ranking: it hands the engine a `Reason`, which is data.
public protocol Rule: Sendable {
    /// Stable id, `<group>.<name>`: `reach.distance`, `health-behaviours.why-weight-bmi`. A module's
    /// rules start with the module's id.
    var id: String { get }
    /// What the rule does, in a line.
    var title: String { get }
    /// Where in the pipeline it acts (set by the stage protocol it adopts).
    var stage: RuleStage { get }
    /// Action-plan references the rule implements or cites (checked against the loaded plan).
    var references: [ActionPlanReference] { get }
    /// Its weights, named, in points: the one place they are declared.
    var weights: [RuleWeight] { get }
    /// The need ids and circumstances it reads, checked against the taxonomy at registration.
    var vocabulary: RuleVocabulary { get }
    /// Where it must fire and where it must stay silent.
    var examples: RuleExamples { get }
}

extension Rule {
    public var references: [ActionPlanReference] { [] }
    public var weights: [RuleWeight] { [] }
    public var vocabulary: RuleVocabulary { RuleVocabulary() }
}

/// Stage 2: needs worth suggesting from the resident's circumstances (before candidates are found).
public protocol SuggestionRule: Rule {
    func suggest(for resident: RuleContext, into out: inout SuggestionOutput)
}

/// Stage 4: hard rules — reasons a resident cannot use a candidate service.
public protocol EligibilityRule: Rule {
    func check(_ service: Service, _ candidate: RuleCandidate, for resident: RuleContext, into out: inout EligibilityOutput)
}

/// Stage 5: soft rules — points for or against a candidate the resident can use.
public protocol ScoringRule: Rule {
    func score(_ service: Service, _ candidate: RuleCandidate, for resident: RuleContext, into out: inout ScoreOutput)
    /// Whether the rule can act on `service` for any resident at all (a rule about services that
    /// deliver HB4, and a service that delivers none). Asked once per Directory, so each match
    /// skips rules that never apply to a candidate. Default: true.
    func canApply(to service: Service) -> Bool
}

extension ScoringRule {
    public func canApply(to service: Service) -> Bool { true }
}

/// Stage 1½: risks a resident discloses, raised before any list (read from the interpreted words).
public protocol AlertRule: Rule {
    func alert(for resident: RuleContext, into out: inout AlertOutput)
}

extension SuggestionRule { public var stage: RuleStage { .suggest } }
extension EligibilityRule { public var stage: RuleStage { .eligibility } }
extension ScoringRule { public var stage: RuleStage { .score } }
extension AlertRule { public var stage: RuleStage { .alert } }

/// Where a rule acts, in pipeline order: interpret → alert → suggest → candidates → eligibility →
/// score → rank → unmet.
public enum RuleStage: String, Sendable, CaseIterable, Comparable {
    case alert
    case suggest
    case eligibility
    case score

    var order: Int { RuleStage.allCases.firstIndex(of: self)! }
    public static func < (a: RuleStage, b: RuleStage) -> Bool { a.order < b.order }
}

/// A named weight of a rule, in points.
public struct RuleWeight: Sendable, Equatable {
    public var name: String
    public var points: Double
    /// What it is for ("per km for a resident without a car").
    public var meaning: String

    public init(_ name: String, _ points: Double, _ meaning: String) {
        self.name = name
        self.points = points
        self.meaning = meaning
    }
}

/// What a rule reads: need ids are strings in the Directory's taxonomy, so they are declared and
/// checked when the rule is registered (a typo fails at start-up and in the tests, not silently).
public struct RuleVocabulary: Sendable, Equatable {
    public var needs: [String]
    public var circumstances: [Circumstance]
    /// True for rules that read whichever circumstances a service names as its conditions (the
    /// set is data, so it is not listed here).
    public var readsServiceConditions: Bool

    public init(needs: [String] = [], circumstances: [Circumstance] = [], readsServiceConditions: Bool = false) {
        self.needs = needs
        self.circumstances = circumstances
        self.readsServiceConditions = readsServiceConditions
    }
}
