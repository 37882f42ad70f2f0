/// Ready-made rule shapes for modules: most rules of an action plan say "when the resident is in
/// this position, suggest that need" or "when a service delivers this action and the resident is
/// in this position, add these points, because …". These types let a module declare such a rule in
/// a few lines — id, title, references, weight, vocabulary, condition, reason and examples — and
/// still be a full `Rule` (listed, switchable, cited in reasons, run by the conformance test).
///
/// A rule that needs more than one condition and one weight is written as its own type instead.

/// Suggests one need when a condition on the resident holds (and the need was not stated).
public struct NeedSuggestionRule: SuggestionRule {
    public let id: String
    public let title: String
    public let references: [ActionPlanReference]
    /// The need it suggests (a taxonomy id).
    public let need: String
    public let vocabulary: RuleVocabulary
    public let examples: RuleExamples
    let reason: Reason
    let when: @Sendable (RuleContext) -> Bool

    /// - Parameters:
    ///   - reads: the need ids the condition reads besides `need` (declared for the vocabulary check).
    ///   - circumstances: the circumstances the condition reads.
    public init(
        _ id: String, _ title: String, references: [ActionPlanReference] = [], suggests need: String,
        reads: [String] = [], circumstances: [Circumstance] = [], because reason: String,
        examples: RuleExamples, when: @escaping @Sendable (RuleContext) -> Bool
    ) {
        self.id = id
        self.title = title
        self.references = references
        self.need = need
        self.vocabulary = RuleVocabulary(needs: [need] + reads, circumstances: circumstances)
        self.reason = .text(reason)
        self.examples = examples
        self.when = when
    }

    public func suggest(for resident: RuleContext, into out: inout SuggestionOutput) {
        if !resident.needs(need), when(resident) { out.suggest(need, because: reason) }
    }
}

/// Adds one weight of points to a candidate service that delivers one of the given action-plan
/// references, when a condition on the service and the resident holds.
public struct ServicePointsRule: ScoringRule {
    public let id: String
    public let title: String
    public let references: [ActionPlanReference]
    public let weight: RuleWeight
    public let vocabulary: RuleVocabulary
    public let examples: RuleExamples
    /// The service must deliver one of these (empty: any service).
    let delivering: [ActionPlanReference]
    let reason: Reason
    let when: @Sendable (Service, RuleContext) -> Bool

    public var weights: [RuleWeight] { [weight] }

    /// - Parameters:
    ///   - delivering: the service must deliver one of these; they are also the rule's references.
    ///   - reads: the need ids the condition reads (declared for the vocabulary check).
    ///   - circumstances: the circumstances the condition reads.
    public init(
        _ id: String, _ title: String, delivering: [ActionPlanReference], weight: RuleWeight,
        reads: [String] = [], circumstances: [Circumstance] = [], because reason: String,
        examples: RuleExamples, when: @escaping @Sendable (Service, RuleContext) -> Bool
    ) {
        self.id = id
        self.title = title
        self.references = delivering
        self.delivering = delivering
        self.weight = weight
        self.vocabulary = RuleVocabulary(needs: reads, circumstances: circumstances)
        self.reason = .text(reason)
        self.examples = examples
        self.when = when
    }

    public func canApply(to service: Service) -> Bool { delivering.isEmpty || service.deliversAny(delivering) }

    /// Called only for services it `canApply(to:)` (the engine's scoring plan sees to that).
    public func score(_ service: Service, _ candidate: RuleCandidate, for resident: RuleContext, into out: inout ScoreOutput) {
        if when(service, resident) { out.add(weight.points, reason) }
    }
}
