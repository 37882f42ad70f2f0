/// The outcome of one match: how the needs were read, any risks raised, the services that fit
/// (best first, each with its reasons), those ruled out (each with why), and the needs nothing
/// covers. Every reason names the rule behind it.
public struct MatchResult: Sendable {
    /// A need as understood: from an id, from phrases in the text, or suggested by a rule.
    public struct InterpretedNeed: Sendable, Equatable {
        public enum Source: Sendable, Equatable {
            case id
            case phrases([String])
            /// Suggested by `rule` (of `module`, or built in), with why.
            case suggested(rule: String, module: String?, reason: String)
        }

        public var need: Need
        public var source: Source
        /// How the resident's words were read as this need (empty for ids and suggestions).
        public var readings: [NeedInterpreter.Reading] = []
        /// Whose need it is, when every mention was about someone else ("my wife has MS").
        public var about: AttributionScope.Person? = nil
    }

    /// Words the resident denied ("I don't smoke"): they meet no need and set no circumstance.
    public struct DeniedReading: Sendable, Equatable {
        public var typed: String
        public var needs: [Need]
        public var circumstances: [Circumstance]
    }

    /// One rule's effect on a service (or on the whole result, for alerts), as shown.
    public struct RuleReason: Sendable {
        let effect: RuleEffect
        let names: RuleNames

        init(_ effect: RuleEffect, _ names: RuleNames) {
            self.effect = effect
            self.names = names
        }

        /// The rule's id ("reach.distance").
        public var rule: String { names.ruleIDs[effect.rule] }
        /// The module the rule belongs to; nil for a built-in rule.
        public var module: String? { names.modules[effect.rule] }
        public var kind: RuleEffect.Kind { effect.kind }
        public var reason: Reason { effect.reason }
        /// The sentence (written when asked for: ranking never builds one).
        public var text: String { effect.reason.text(names.taxonomy) }
        /// The points it adds (0 unless a score change).
        public var points: Double { effect.points }
    }

    public struct Scored: Sendable {
        public var service: Service
        /// The providing organisation's name.
        public var organisation: String
        public var score: Double
        /// Every effect on this service — score changes and checks — in rule order.
        public var reasons: [RuleReason]
        public var distanceKm: Double?
        /// The site nearest the resident (or the first listed when distance does not apply).
        public var site: ServiceLocation?
        /// The household member it is for, when not the resident ("their child, 8").
        public var forMember: HouseholdMember? = nil

        /// The sentences, in order.
        public var reasonTexts: [String] { reasons.map(\.text) }
    }

    public struct Excluded: Sendable {
        public var service: Service
        public var reasons: [RuleReason]
    }

    public var place: ResolvedPlace
    public var age: Int?
    public var circumstances: [Circumstance]
    public var inferred: [NeedInterpreter.Inference]
    /// The others the help may be for: as given, or read from the words.
    public var household: [HouseholdMember] = []
    public var needs: [InterpretedNeed]
    public var unrecognised: [String]
    public var matches: [Scored]
    public var excluded: [Excluded]
    /// Needs the resident stated (not suggestions) that no eligible service meets.
    public var unmet: [Need]
    /// Rule modules that took part.
    public var modules: [String]
    /// Eligible services beyond `limit` (not listed).
    public var moreMatches: Int
    /// Risks raised by alert rules, before any list.
    public var alerts: [RuleReason] = []
    /// Circumstances known not to apply (given as such, or denied in the words).
    public var knownNot: [Circumstance] = []
    /// Needs and circumstances denied in the words.
    public var denied: [DeniedReading] = []
    /// Idioms recognised and not read literally.
    public var idioms: [NeedInterpreter.IdiomReading] = []
    /// Whether most of the words typed were not understood.
    public var mostlyNotUnderstood = false
    /// Facts nobody stated whose answers would change the top of the list (at most three).
    public var questions: [MatchQuestion] = []
    /// The same risks, one per risk id, with who to call: what is shown first (`urgent` in JSON).
    public var urgent: [UrgentRisk] = []
}

/// What turns a rule effect into what is shown — rule ids, modules, need labels — shared by every
/// reason of one engine, so a reason costs one reference, and its sentence is written only when read.
final class RuleNames: Sendable {
    let ruleIDs: [String]
    let modules: [String?]
    let taxonomy: Taxonomy

    init(registry: RuleRegistry, taxonomy: Taxonomy) {
        ruleIDs = registry.ruleIDs
        modules = registry.rules.map(\.module)
        self.taxonomy = taxonomy
    }
}
