import Synchronization

/// One thing a rule did, kept as data: which rule, what kind of effect, and why. Effects are
/// recorded once per candidate while ranking; the listed services reuse them for their reasons.
public struct RuleEffect: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Suggests a need (suggest stage).
        case suggest(need: String)
        /// Rules the service out (eligibility stage).
        case exclude
        /// Keeps the service but marks a fact nobody stated that decides whether it applies
        /// ("Check: only for carers — does this apply?").
        case ask
        /// Adds points (score stage; negative to mark down, zero for a note).
        case points(Double)
        /// Raises a risk before any list (alert stage).
        case alert(risk: String, because: [String])
    }

    /// Position of the rule in the registry (`RuleRegistry.rules`).
    public var rule: Int
    public var kind: Kind
    public var reason: Reason

    /// The points this effect adds (0 unless `.points`).
    public var points: Double {
        if case .points(let p) = kind { return p }
        return 0
    }
}

/// Where suggestion rules put their suggestions.
public struct SuggestionOutput: Sendable {
    var effects: [RuleEffect] = []
    var rule = 0
    let warnings: RuleWarnings

    init(warnings: RuleWarnings) { self.warnings = warnings }

    /// Suggests the need `id` (a taxonomy id the rule declared), with why.
    public mutating func suggest(_ id: String, because reason: Reason) {
        guard warnings.accept(reason, rule: rule) else { return }
        effects.append(RuleEffect(rule: rule, kind: .suggest(need: id), reason: reason))
    }
}

/// Where eligibility rules put their verdicts.
public struct EligibilityOutput: Sendable {
    var effects: [RuleEffect] = []
    var rule = 0
    private(set) var excluded = false
    let warnings: RuleWarnings

    init(warnings: RuleWarnings) { self.warnings = warnings }

    /// The resident cannot use the service, because of a fact that is known.
    public mutating func exclude(_ reason: Reason) {
        guard warnings.accept(reason, rule: rule) else { return }
        excluded = true
        effects.append(RuleEffect(rule: rule, kind: .exclude, reason: reason))
    }

    /// Whether the service applies turns on a fact nobody stated: keep it, marked to check.
    public mutating func ask(_ reason: Reason) {
        guard warnings.accept(reason, rule: rule) else { return }
        effects.append(RuleEffect(rule: rule, kind: .ask, reason: reason))
    }

    mutating func reset(keepingCapacity: Bool = true) {
        effects.removeAll(keepingCapacity: keepingCapacity)
        excluded = false
    }
}

/// Where scoring rules put their points.
public struct ScoreOutput: Sendable {
    var effects: [RuleEffect] = []
    var rule = 0
    private(set) var total = 0.0
    let warnings: RuleWarnings

    init(warnings: RuleWarnings) { self.warnings = warnings }

    /// Adds `points` (negative to mark down), with why.
    public mutating func add(_ points: Double, _ reason: Reason) {
        guard points.isFinite else {
            warnings.warn(rule: rule, "returned a non-finite adjustment; ignored")
            return
        }
        guard warnings.accept(reason, rule: rule) else { return }
        total += points
        effects.append(RuleEffect(rule: rule, kind: .points(points), reason: reason))
    }

    /// A reason worth showing that changes no points ("Check age: …").
    public mutating func note(_ reason: Reason) { add(0, reason) }

    /// Starts a new candidate; `from` marks where its effects begin in `effects`.
    mutating func startCandidate() { total = 0 }
}

/// Where alert rules raise risks.
public struct AlertOutput: Sendable {
    var effects: [RuleEffect] = []
    var rule = 0
    let warnings: RuleWarnings

    init(warnings: RuleWarnings) { self.warnings = warnings }

    /// Raises `risk` (an id such as a safeguarding kind), with the resident's words that triggered
    /// it and one sentence for the prescriber.
    public mutating func raise(_ risk: String, because words: [String], say reason: Reason) {
        guard !risk.isEmpty else {
            warnings.warn(rule: rule, "raised a risk with an empty id; ignored")
            return
        }
        guard warnings.accept(reason, rule: rule) else { return }
        effects.append(RuleEffect(rule: rule, kind: .alert(risk: risk, because: words), reason: reason))
    }
}

/// Rule mistakes found at run time (a non-finite adjustment, an empty reason, an unknown need):
/// the effect is ignored and a warning naming the rule is logged once — never resident data.
public final class RuleWarnings: Sendable {
    private let ruleIDs: [String]
    private let log: @Sendable (String) -> Void
    private let warned = Mutex<Set<String>>([])

    public init(ruleIDs: [String], log: @escaping @Sendable (String) -> Void) {
        self.ruleIDs = ruleIDs
        self.log = log
    }

    /// False (with a warning) when the reason is empty.
    func accept(_ reason: Reason, rule: Int) -> Bool {
        if case .text(let text) = reason, text.isEmpty {
            warn(rule: rule, "gave an empty reason; ignored")
            return false
        }
        return true
    }

    func warn(rule: Int, _ message: String) {
        let id = rule < ruleIDs.count ? ruleIDs[rule] : "rule #\(rule)"
        let line = "rule \(id) \(message)"
        let first = warned.withLock { $0.insert(line).inserted }
        if first { log(line) }
    }

    /// Every warning so far (for tests).
    public var all: [String] { warned.withLock { $0.sorted() } }
}
