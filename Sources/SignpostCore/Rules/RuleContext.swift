import Synchronization

/// What every rule may know about the resident and the request: built once per match, shared by
/// every rule and every candidate. What does not change while matching lives in one shared object,
/// so handing the context to a rule costs one reference, not one per field. Lookups are plain
/// scans of short lists: rules ask many small questions for every candidate, and hashing each would
/// cost more than the answer.
public struct RuleContext: Sendable {
    final class Fixed: Sendable {
        let age: Int?
        let facts: ResidentFacts
        let statedNeeds: [String]
        let place: ResolvedPlace
        let parish: Parish?
        let today: CalendarDate
        let words: ReadWords
        let stated: NeedSet
        let todayDay: Int
        let audit: VocabularyAudit?
        let index: ServiceIndex
        /// Services whose name or description holds the resident's own words, by ordinal.
        let wordHits: [Int: ServiceTextIndex.Hit]
        /// The resident's word for each stem searched.
        let typedWords: [String: String]
        /// Stated needs that belong to someone else ("my wife has MS"), by need id.
        let aboutOthers: [String: AttributionScope.Person]
        /// The household member the rules are judging for; nil for the resident.
        let member: HouseholdMember?

        init(
            age: Int?, facts: ResidentFacts, stated: NeedSet, place: ResolvedPlace, parish: Parish?, index: ServiceIndex,
            today: CalendarDate, words: ReadWords, audit: VocabularyAudit?,
            aboutOthers: [String: AttributionScope.Person] = [:]
        ) {
            self.age = age
            self.facts = facts
            self.stated = stated
            self.statedNeeds = stated.ordinals.map { index.directory.taxonomy.needs[$0].id }
            self.place = place
            self.parish = parish
            self.today = today
            self.todayDay = today.daysSinceEpoch
            self.words = words
            self.audit = audit
            self.index = index
            let terms = ServiceTextIndex.residentTerms(words)
            var hits: [Int: ServiceTextIndex.Hit] = [:]
            if !terms.isEmpty {
                for hit in index.text.search(terms.map(\.stem)) { hits[hit.service] = hit }
            }
            wordHits = hits
            var typed: [String: String] = [:]
            for term in terms where typed[term.stem] == nil { typed[term.stem] = term.word }
            typedWords = typed
            self.aboutOthers = aboutOthers
            member = nil
        }

        /// The same request with other facts, judged for `member` (their age) or for the
        /// resident (`other`'s age): everything else shared, so the words are not searched again.
        init(_ other: Fixed, member: HouseholdMember?, facts: ResidentFacts) {
            age = member.map(\.age) ?? other.age
            self.facts = facts
            self.member = member
            statedNeeds = other.statedNeeds
            place = other.place
            parish = other.parish
            today = other.today
            words = other.words
            stated = other.stated
            todayDay = other.todayDay
            audit = other.audit
            index = other.index
            wordHits = other.wordHits
            typedWords = other.typedWords
            aboutOthers = other.aboutOthers
        }
    }

    private(set) var fixed: Fixed
    /// Need ids suggested by suggestion rules (empty while suggesting).
    public internal(set) var suggestedNeeds: [String]
    var suggested: NeedSet

    /// The age of the person judged (the resident, or the household member the service is for).
    public var age: Int? { fixed.age }
    /// The household member the service is judged for; nil for the resident.
    public var member: HouseholdMember? { fixed.member }
    /// Circumstances known to apply, known not to apply, and (the rest) not known.
    public var facts: ResidentFacts { fixed.facts }
    /// Need ids the resident stated or that were read from their words.
    public var statedNeeds: [String] { fixed.statedNeeds }
    /// Where the resident lives, as resolved.
    public var place: ResolvedPlace { fixed.place }
    /// The single parish, when known.
    public var parish: Parish? { fixed.parish }
    /// The loaded Directory's taxonomy and action plan.
    public var taxonomy: Taxonomy { fixed.index.directory.taxonomy }
    public var actionPlan: ActionPlan { fixed.index.directory.actionPlan }
    public var today: CalendarDate { fixed.today }
    /// What was read from the resident's words, for rules that read language (alerts).
    public var words: ReadWords { fixed.words }

    var stated: NeedSet { fixed.stated }
    var todayDay: Int { fixed.todayDay }
    /// Set only by the conformance tests: records every need id a rule asks about.
    var audit: VocabularyAudit? { fixed.audit }
    var index: ServiceIndex { fixed.index }

    /// How well the resident's own words match service `s`'s name and description (BM25), and
    /// the words that did, as typed; nil when none of them appear.
    public func residentWords(inService s: Int) -> (score: Double, words: [String])? {
        guard let hit = fixed.wordHits[s] else { return nil }
        return (hit.score, hit.stems.map { fixed.typedWords[$0] ?? $0 })
    }
    /// Services holding any of the resident's words, best first.
    var servicesHoldingResidentWords: [ServiceTextIndex.Hit] {
        fixed.wordHits.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.service < $1.service }
    }

    init(
        age: Int?, facts: ResidentFacts, stated: NeedSet, place: ResolvedPlace, parish: Parish?, index: ServiceIndex,
        today: CalendarDate, words: ReadWords, audit: VocabularyAudit?,
        aboutOthers: [String: AttributionScope.Person] = [:]
    ) {
        fixed = Fixed(
            age: age, facts: facts, stated: stated, place: place, parish: parish, index: index, today: today, words: words,
            audit: audit, aboutOthers: aboutOthers)
        suggested = NeedSet()
        suggestedNeeds = []
    }

    /// This context judged for `member`, whose facts are `facts`.
    func judging(_ member: HouseholdMember, facts: ResidentFacts) -> RuleContext {
        var copy = self
        copy.fixed = Fixed(fixed, member: member, facts: facts)
        return copy
    }

    /// A fresh context for the same words and place with other facts (a question's "yes"):
    /// nothing suggested yet, and the resident's words not searched again.
    func withFacts(_ facts: ResidentFacts) -> RuleContext {
        var copy = self
        copy.fixed = Fixed(fixed, member: nil, facts: facts)
        copy.suggested = NeedSet()
        copy.suggestedNeeds = []
        return copy
    }

    /// The name of the parish at `ordinal` in the Directory.
    func parishName(ofOrdinal ordinal: Int) -> String { index.directory.parishes[ordinal].name }
    /// Whether service `s` serves parish ordinal `p`.
    func serves(_ s: Int, parish p: Int) -> Bool { index.serves(service: s, parish: p) }

    /// Known to apply (stated, or read from the words).
    public func has(_ circumstance: Circumstance) -> Bool {
        audit?.saw(circumstance)
        return facts.yes.contains(circumstance)
    }
    /// Known not to apply (said so: "I'm not a carer", `--not carer`).
    public func hasNot(_ circumstance: Circumstance) -> Bool {
        audit?.saw(circumstance)
        return facts.no.contains(circumstance)
    }
    /// Nobody said either way.
    public func isUnknown(_ circumstance: Circumstance) -> Bool { !has(circumstance) && !hasNot(circumstance) }

    /// Whether the resident stated the need (or it was read from their words).
    public func needs(_ id: String) -> Bool {
        audit?.saw(id)
        return statedNeeds.contains(id)
    }
    // Overloads rather than variadics: these run for every candidate, and a variadic call allocates.
    public func needsAny(_ a: String, _ b: String) -> Bool { needs(a) || needs(b) }
    public func needsAny(_ a: String, _ b: String, _ c: String) -> Bool { needs(a) || needs(b) || needs(c) }
    /// The person a stated need belongs to, when the resident spoke of it as someone else's
    /// ("my husband's got dementia"); nil when it is the resident's own.
    public func whoseNeed(_ id: String) -> AttributionScope.Person? {
        audit?.saw(id)
        return fixed.aboutOthers[id]
    }
    /// Whether any stated need is someone else's, and whose (the first).
    public var someoneElsesNeed: AttributionScope.Person? {
        fixed.aboutOthers.isEmpty ? nil : fixed.aboutOthers.values.min { $0.mention.lowerBound < $1.mention.lowerBound }
    }
    /// Stated or suggested.
    public func wants(_ id: String) -> Bool {
        audit?.saw(id)
        return statedNeeds.contains(id) || suggestedNeeds.contains(id)
    }
    /// Suggested by a suggestion rule (not stated).
    public func wasSuggested(_ id: String) -> Bool {
        audit?.saw(id)
        return suggestedNeeds.contains(id)
    }
    /// Known to be at least this old (an unknown age is not).
    public func isAtLeast(_ years: Int) -> Bool { age.map { $0 >= years } ?? false }
    /// Known to be younger than this (an unknown age is not).
    public func isUnder(_ years: Int) -> Bool { age.map { $0 < years } ?? false }
}

/// Circumstances as three-valued facts: known yes, known no, or not known.
public struct ResidentFacts: Sendable, Equatable {
    public var yes: CircumstanceSet
    public var no: CircumstanceSet

    public init(yes: CircumstanceSet = CircumstanceSet(), no: CircumstanceSet = CircumstanceSet()) {
        self.yes = yes
        self.no = no
    }
}

/// Records the need ids each rule asks about, so the conformance test can check them against the
/// rule's declared vocabulary and the taxonomy. Never set outside the tests.
public final class VocabularyAudit: Sendable {
    private struct State {
        var current = -1
        var seen: [Int: Set<String>] = [:]
        var circumstances: [Int: Set<Circumstance>] = [:]
    }
    private let state = Mutex(State())
    public init() {}
    /// The engine is about to run the rule at `position`.
    func enter(_ position: Int) { state.withLock { $0.current = position } }
    func saw(_ id: String) { _ = state.withLock { s in s.seen[s.current, default: []].insert(id) } }
    func saw(_ c: Circumstance) { _ = state.withLock { s in s.circumstances[s.current, default: []].insert(c) } }
    /// The circumstances the rule at `position` asked about.
    public func circumstances(ofRule position: Int) -> Set<Circumstance> {
        state.withLock { $0.circumstances[position] ?? [] }
    }
    /// The need ids the rule at `position` asked about.
    public func needIDs(ofRule position: Int) -> Set<String> { state.withLock { $0.seen[position] ?? [] } }
    public func reset() { state.withLock { $0 = State() } }
}
