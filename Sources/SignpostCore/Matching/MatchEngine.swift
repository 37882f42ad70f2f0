/// The matching pipeline. Each stage is a method named for it and runs rules of one kind:
/// interpret → alert → suggest → candidates → eligibility → score → rank → unmet.
///
/// Every rule — built in or from a module — goes through the same protocol (`Rule`), is evaluated
/// once per candidate, and leaves its effects as data; the listed services reuse the effects
/// computed while ranking, and only their sentences are written.
///
/// The engine is a value over an immutable `ServiceIndex` and `RuleRegistry`: any number of
/// requests may use one engine at once, and a reload builds a new engine rather than changing
/// this one.
public struct MatchEngine: Sendable {
    public let index: ServiceIndex
    public let registry: RuleRegistry
    public let interpreter: NeedInterpreter
    /// Where rule mistakes found at run time are reported (once each, never with resident data).
    public let warnings: RuleWarnings
    let scoringPlan: ScoringPlan
    let names: RuleNames
    /// The Directory's services (held here so the hot path never copies the Directory).
    let services: [Service]
    /// The needs that make a service a family's or a child's.
    let audienceNeeds: ServiceAudience.Needs

    /// The rules' vocabulary does not fit the Directory (a need id, reference or priority area it
    /// does not define): each problem names the module and rule.
    public struct VocabularyError: Error, CustomStringConvertible, Equatable {
        public var problems: [String]
        public var description: String { problems.joined(separator: "\n") }
    }

    /// An engine over `index`, refusing rules whose vocabulary the Directory lacks.
    public init(
        index: ServiceIndex, registry: RuleRegistry, log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(VocabularyError) {
        let problems = registry.vocabularyProblems(in: index.directory)
        guard problems.isEmpty else { throw VocabularyError(problems: problems) }
        self.index = index
        self.registry = registry
        self.interpreter = NeedInterpreter(taxonomy: index.directory.taxonomy)
        self.warnings = RuleWarnings(ruleIDs: registry.ruleIDs, log: log)
        self.scoringPlan = ScoringPlan(registry: registry, services: index.directory.services)
        self.names = RuleNames(registry: registry, taxonomy: index.directory.taxonomy)
        self.services = index.directory.services
        self.audienceNeeds = ServiceAudience.Needs(index.directory.taxonomy)
    }

    /// Which scoring rules each service can meet, worked out once per Directory: the rules that
    /// apply to every service, and per service the others that apply to it (mostly none).
    struct ScoringPlan: Sendable {
        /// Indices into `registry.scoringList`, ascending.
        let always: [Int32]
        let perService: [[Int32]]

        init(registry: RuleRegistry, services: [Service]) {
            var always: [Int32] = []
            var filtered: [Int32] = []
            for (i, rule) in registry.scoringList.enumerated() {
                // A rule that applies to a service made for no one in particular applies to all.
                if services.allSatisfy({ rule.canApply(to: $0) }) { always.append(Int32(i)) } else { filtered.append(Int32(i)) }
            }
            self.always = always
            perService = services.map { service in
                filtered.isEmpty ? [] : filtered.filter { registry.scoringList[Int($0)].canApply(to: service) }
            }
        }
    }

    public var directory: Directory { index.directory }

    /// Most ruled-out services listed in a result.
    public static let maxExcludedListed = 50

    /// How far away a service that does not serve the resident's parish may be and still be
    /// listed as ruled out ("only for residents of …"); beyond it, it is not mentioned.
    public static let nearbyKm = 20.0
    /// Most services found by the resident's words alone when the taxonomy reads no need.
    static let wordCandidates = 10
    /// Enough nearby-but-not-serving services to stop widening the search for them.
    static let nearbyEnough = 12

    /// Ranks the services for one resident.
    public func match(_ query: ResidentQuery, today: CalendarDate) throws(SignpostError) -> MatchResult {
        try Self.checkLimits(query)  // before the words are read
        let reading = interpreter.interpret(query.needs)
        var (result, context) = try rankOnce(query, today: today, reading: reading)
        if query.asksQuestions {
            result.questions = questions(for: query, result, today: today, reading: reading, base: context)
        }
        return result
    }

    /// One ranking, without the questions. `reading` is the interpreter's reading of
    /// `query.needs`, read once per request however often the request is ranked; `base`, when
    /// ranking again under another fact, the first ranking's context (same words, same place).
    func rankOnce(
        _ query: ResidentQuery, today: CalendarDate, reading: NeedInterpreter.Result, base: RuleContext? = nil
    ) throws(SignpostError) -> (MatchResult, RuleContext) {
        var run = try prepare(query, today: today, audit: nil, reading: reading, base: base)
        var (inArea, nearby) = candidates(for: run.context.place, wanted: run.context.stated.union(run.context.suggested))
        if run.context.stated.isEmpty {
            // The taxonomy read no need: services holding the resident's own words stand in.
            let listed = Set(inArea)
            let place = run.context.place
            for hit in run.context.servicesHoldingResidentWords.prefix(Self.wordCandidates)
            where !listed.contains(hit.service) && place.parishes.contains(where: { index.serves(service: hit.service, parish: $0) }) {
                inArea.append(hit.service)
            }
        }
        var scoring = ScoreOutput(warnings: warnings)
        var eligibility = EligibilityOutput(warnings: warnings)
        var kept: [Kept] = []
        var ruledOut: [RuledOut] = []
        var met = NeedSet()
        func consider(_ s: Int, serves: Bool) {
            let candidate = makeCandidate(s, serves: serves, run.context)
            let service = services[s]
            let member = personJudged(s, candidate, run, into: &eligibility)
            defer { eligibility.reset() }
            if eligibility.excluded {
                // Ruled-out services are listed only when they meet something the resident asked for.
                if !candidate.statedNeedsMet.isEmpty { ruledOut.append(RuledOut(ordinal: s, effects: eligibility.effects)) }
                return
            }
            let start = scoring.effects.count
            scoring.startCandidate()
            scoreStage(service, candidate, run.context(for: member), run.selection, into: &scoring)
            kept.append(
                Kept(
                    ordinal: s, score: scoring.total, scoreEffects: start..<scoring.effects.count, checks: eligibility.effects,
                    member: member))
            met = met.union(index.needSets[s])
        }
        for s in inArea { consider(s, serves: true) }
        for s in nearby { consider(s, serves: false) }
        return (rank(kept, ruledOut, met: met, scoring: scoring, run: &run, query: query), run.context)
    }

    // MARK: Stages

    /// Everything decided before candidates: limits, the place, the rules this request runs, the
    /// words read, the alerts and the suggestions.
    struct Run {
        var context: RuleContext
        var selection: RuleSelection
        var interpretation: NeedInterpreter.Result
        var needs: [MatchResult.InterpretedNeed]
        var alerts: [RuleEffect]
        var facts: ResidentFacts
        /// The others the help may be for (given, or read from the words), and the context each is
        /// judged in, in the same order; empty for a resident alone.
        var household: [HouseholdMember] = []
        var memberContexts: [RuleContext] = []

        /// The context the household member at `member` is judged in; the resident's for nil.
        func context(for member: Int?) -> RuleContext { member.map { memberContexts[$0] } ?? context }
    }

    func prepare(
        _ query: ResidentQuery, today: CalendarDate, audit: VocabularyAudit?, reading: NeedInterpreter.Result? = nil,
        base: RuleContext? = nil
    ) throws(SignpostError) -> Run {
        // The limits are checked before the words are read, by whoever reads them.
        if reading == nil { try Self.checkLimits(query) }
        let place = try ResolvedPlace.resolve(query.place, index: index)
        var circumstances = try Self.parseCircumstances(query.circumstances)
        let statedNot = try Self.parseCircumstances(query.notCircumstances)
        if let both = Circumstance.allCases.first(where: { circumstances.contains($0) && statedNot.contains($0) }) {
            throw SignpostError(
                .invalidInput, "\"\(both.rawValue)\" is given both as a circumstance and as not applying: say which")
        }
        let selection = try registry.selection(modules: query.modules, withoutRules: query.withoutRules)

        // 1. Interpret.
        var interpretation = reading ?? interpreter.interpret(query.needs)
        for inference in interpretation.inferred { circumstances.insert(inference.circumstance) }
        let household = query.household.isEmpty
            ? HouseholdMember.read(
                from: interpretation, taxonomy: directory.taxonomy,
                residentIsCarer: circumstances.contains(.carer) && !statedNot.contains(.carer), residentAge: query.age)
            : query.household
        for implied in Self.impliedByHousehold(household)
        where !circumstances.contains(implied.circumstance) && !statedNot.contains(implied.circumstance)
            && !interpretation.deniedCircumstances.contains(implied.circumstance)
        {
            circumstances.insert(implied.circumstance)
            interpretation.inferred.append(implied)
        }
        let taxonomy = directory.taxonomy
        var needs: [MatchResult.InterpretedNeed] = interpretation.needs.map { match in
            let phrases = match.via.compactMap { via -> String? in
                if case .phrase(let p) = via { return p }
                return nil
            }
            return MatchResult.InterpretedNeed(
                need: taxonomy.needs[match.need], source: phrases.isEmpty ? .id : .phrases(phrases),
                readings: match.readings, about: match.about)
        }
        let stated = NeedSet(ordinals: interpretation.needs.map(\.need))
        // A circumstance the words deny is known not to apply, unless it was also given or read.
        let denied = interpretation.deniedCircumstances.filter { !circumstances.contains($0) }
        // Stated "no" wins over a circumstance read from the words.
        circumstances.subtract(statedNot)
        let facts = ResidentFacts(yes: CircumstanceSet(circumstances), no: CircumstanceSet(denied + statedNot))
        let singleParish = place.parishes.count == 1 ? directory.parishes[place.parishes[0]] : nil
        var context =
            base?.withFacts(facts)
            ?? RuleContext(
                age: query.age, facts: facts, stated: stated, place: place, parish: singleParish, index: index,
                today: today, words: interpretation.readWords, audit: audit,
                aboutOthers: Dictionary(
                    interpretation.needs.compactMap { m in m.about.map { (taxonomy.needs[m.need].id, $0) } },
                    uniquingKeysWith: { first, _ in first }))

        // 1½. Alerts.
        let alerts = alertStage(context, selection)

        // 2. Suggestions.
        for effect in suggestionStage(context, selection) {
            guard case .suggest(let id) = effect.kind else { continue }
            guard let n = taxonomy.ordinal(ofNeed: id) else {
                warnings.warn(rule: effect.rule, "suggested an unknown need; ignored")
                continue
            }
            guard !stated.contains(n), !context.suggested.contains(n) else { continue }
            context.suggested.insert(n)
            let entry = registry.rules[effect.rule]
            needs.append(
                .init(
                    need: taxonomy.needs[n],
                    source: .suggested(rule: entry.id, module: entry.module, reason: effect.reason.text(taxonomy))))
        }
        context.suggestedNeeds = context.suggested.ordinals.map { taxonomy.needs[$0].id }
        var memberContexts: [RuleContext] = []
        for member in household {
            var yes = CircumstanceSet(try Self.parseCircumstances(member.circumstances))
            var no = CircumstanceSet()
            for c in Circumstance.allCases where c.isHouseholdWide {
                if facts.yes.contains(c) { yes.insert(c) }
                if facts.no.contains(c) { no.insert(c) }
            }
            memberContexts.append(context.judging(member, facts: ResidentFacts(yes: yes, no: no)))
        }
        return Run(
            context: context, selection: selection, interpretation: interpretation, needs: needs, alerts: alerts,
            facts: facts, household: household, memberContexts: memberContexts)
    }

    /// What the household says about the resident: a child under 5 makes them the parent of a
    /// young child; someone they care for makes them a carer.
    static func impliedByHousehold(_ household: [HouseholdMember]) -> [NeedInterpreter.Inference] {
        var out: [NeedInterpreter.Inference] = []
        if household.contains(where: { $0.role == .child && ($0.age ?? 99) < 5 }) {
            out.append(.init(circumstance: .parentOfYoungChild, because: "a child under 5 in the household"))
        }
        if household.contains(where: { $0.role == .caredFor }) {
            out.append(.init(circumstance: .carer, because: "someone they care for in the household"))
        }
        return out
    }

    /// Alert rules, in registry order.
    func alertStage(_ context: RuleContext, _ selection: RuleSelection) -> [RuleEffect] {
        guard !registry.alertRules.isEmpty else { return [] }
        var out = AlertOutput(warnings: warnings)
        for (position, rule) in registry.alertRules where selection.isOn(position) {
            out.rule = position
            context.audit?.enter(position)
            rule.alert(for: context, into: &out)
        }
        return out.effects
    }

    /// Suggestion rules, in registry order (each sees the stated needs only).
    func suggestionStage(_ context: RuleContext, _ selection: RuleSelection) -> [RuleEffect] {
        var out = SuggestionOutput(warnings: warnings)
        for (position, rule) in registry.suggestionRules where selection.isOn(position) {
            out.rule = position
            context.audit?.enter(position)
            rule.suggest(for: context, into: &out)
        }
        return out.effects
    }

    /// Services meeting a wanted need that serve the resident's area, and those nearby that do not.
    func candidates(for place: ResolvedPlace, wanted: NeedSet) -> (inArea: [Int], nearby: [Int]) {
        var inArea: [Int] = []
        var seen: Set<Int32> = []
        let several = place.parishes.count > 1
        for p in place.parishes {
            for s in index.servicesByParish[p] where index.needSets[Int(s)].intersects(wanted) {
                if several && !seen.insert(s).inserted { continue }
                inArea.append(Int(s))
            }
        }
        for s in index.wideServices where index.needSets[Int(s)].intersects(wanted) { inArea.append(Int(s)) }
        inArea.sort()

        // Nearby services that do not serve the resident: searched outwards from 5 km until a few
        // are found or `nearbyKm` is reached, so a dense directory stays cheap and a rural one
        // still hears about the next town.
        var nearby: Set<Int> = []
        var radius = 5.0
        while true {
            index.presence.forEach(
                within: radius, of: place.point,
                where: { s in
                    !nearby.contains(s) && self.index.needSets[s].intersects(wanted)
                        && !place.parishes.contains(where: { self.index.serves(service: s, parish: $0) })
                }
            ) { s, _ in nearby.insert(s) }
            if nearby.count >= Self.nearbyEnough || radius >= Self.nearbyKm { break }
            radius = min(Self.nearbyKm, radius * 2)
        }
        return (inArea, nearby.sorted())
    }

    /// What every rule is handed about one candidate: computed once.
    func makeCandidate(_ s: Int, serves: Bool, _ context: RuleContext) -> RuleCandidate {
        let nearest = index.nearestSite(service: s, from: context.place.point)
        let needs = index.needSets[s]
        return RuleCandidate(
            ordinal: s, servesResident: serves, distanceKm: nearest?.km, statedNeedsMet: needs.intersection(context.stated),
            suggestedNeedsMet: needs.intersection(context.suggested), traits: index.traits[s], nearestSite: nearest?.site)
    }

    /// The hard rules for one candidate, judged for the person `context` describes.
    func eligibilityStage(
        _ service: Service, _ candidate: RuleCandidate, _ context: RuleContext, _ selection: RuleSelection,
        into out: inout EligibilityOutput
    ) {
        let positions = registry.eligibilityPositions
        let rules = registry.eligibilityList
        for i in positions.indices {
            let position = positions[i]
            guard selection.isOn(position) else { continue }
            out.rule = position
            context.audit?.enter(position)
            rules[i].check(service, candidate, for: context, into: &out)
        }
    }

    /// The hard rules for one candidate, judged for the person it is for. Alone, that is the
    /// resident. With a household, each person the service may be for is judged in the service's
    /// audience order; `out` is left holding the effects of the first who is neither ruled out nor
    /// in doubt, else the first not ruled out, else the first. Returns that person as an index into
    /// `run.household` (nil for the resident).
    func personJudged(_ s: Int, _ candidate: RuleCandidate, _ run: Run, into out: inout EligibilityOutput) -> Int? {
        let service = services[s]
        guard !run.household.isEmpty else {
            eligibilityStage(service, candidate, run.context, run.selection, into: &out)
            return nil
        }
        let order = ServiceAudience(index.traits[s], needs: index.needSets[s], audienceNeeds).order(run.household)
        var fallback: (person: Int?, effects: EligibilityOutput)?
        for person in order {
            out.reset()
            eligibilityStage(service, candidate, run.context(for: person), run.selection, into: &out)
            if !out.excluded && !out.effects.contains(where: { $0.kind == .ask }) { return person }
            if fallback.map({ $0.effects.excluded && !out.excluded }) ?? true { fallback = (person, out) }
        }
        guard let fallback else { return nil }
        out = fallback.effects
        return fallback.person
    }

    /// The soft rules for one candidate the resident can use.
    func scoreStage(
        _ service: Service, _ candidate: RuleCandidate, _ context: RuleContext, _ selection: RuleSelection,
        into out: inout ScoreOutput
    ) {
        let positions = registry.scoringPositions
        let rules = registry.scoringList
        let always = scoringPlan.always
        let own = scoringPlan.perService[candidate.ordinal]
        // Both lists ascend: merge them, so effects stay in registry order.
        var a = 0
        var b = 0
        while a < always.count || b < own.count {
            let next: Int32
            if b == own.count || (a < always.count && always[a] < own[b]) {
                next = always[a]
                a += 1
            } else {
                next = own[b]
                b += 1
            }
            let position = positions[Int(next)]
            guard selection.isOn(position) else { continue }
            out.rule = position
            context.audit?.enter(position)
            rules[Int(next)].score(service, candidate, for: context, into: &out)
        }
    }

    struct Kept {
        var ordinal: Int
        var score: Double
        var scoreEffects: Range<Int>
        var checks: [RuleEffect]
        /// The household member it is for (index into `Run.household`); nil for the resident.
        var member: Int? = nil
    }

    /// A service that meets only a suggested need never ranks above the best service for a need
    /// the resident stated: its score is held just below, with the reason given under the
    /// suggested-needs rule (whose policy this is; nothing happens when that rule is off).
    func capSuggestedOnly(_ kept: inout [Kept], _ run: Run) {
        let stated = run.context.stated
        guard !stated.isEmpty, let rule = registry.position(of: SuggestedNeedsRule.ruleID), run.selection.isOn(rule)
        else { return }
        var best = -Double.infinity
        for entry in kept where index.needSets[entry.ordinal].intersects(stated) { best = max(best, entry.score) }
        guard best > -Double.infinity else { return }
        let ceiling = best - Self.belowBest
        for i in kept.indices where kept[i].score > ceiling && !index.needSets[kept[i].ordinal].intersects(stated) {
            let drop = ceiling - kept[i].score
            kept[i].score = ceiling
            kept[i].checks.append(RuleEffect(rule: rule, kind: .points(drop), reason: .belowStatedNeeds))
        }
    }
    /// How far below the best stated-need match a suggested-only service is held.
    static let belowBest = 0.01
    /// The least share of the top score a service needs to be brought forward for a stated need.
    static let forwardAtLeast = 0.5

    /// Every need the resident stated has a service near the top: when the first places all meet
    /// the same need ("drinking every night, feeling low" gives five mental-health services before
    /// the alcohol service), the best service for a stated need not yet met moves up to the next
    /// place, with the reason given under the stated-needs rule (whose policy this is; nothing
    /// happens when that rule is off). The first `stated.count` places are filled this way, in
    /// score order among the services that add a need; scores are not changed. A weak match (under
    /// ``forwardAtLeast`` of the top score) is not moved: it is more likely a need read in passing.
    func bringEveryStatedNeedForward(_ kept: inout [Kept], _ run: Run) {
        let stated = run.context.stated
        guard stated.count > 1, kept.count > 1, let rule = registry.position(of: StatedNeedsRule.ruleID),
            run.selection.isOn(rule)
        else { return }
        var covered = index.needSets[kept[0].ordinal].intersection(stated)
        var slot = 1
        while slot < min(kept.count, stated.count), covered != stated {
            let missing = stated.subtracting(covered)
            let floor = kept[0].score * Self.forwardAtLeast
            guard
                let next = kept[slot...].firstIndex(where: {
                    $0.score >= floor && index.needSets[$0.ordinal].intersects(missing)
                })
            else { break }
            if next > slot {
                var moved = kept.remove(at: next)
                let first = index.needSets[moved.ordinal].intersection(missing)
                moved.checks.append(RuleEffect(rule: rule, kind: .points(0), reason: .firstForStatedNeed(first)))
                kept.insert(moved, at: slot)
            }
            covered = covered.union(index.needSets[kept[slot].ordinal].intersection(stated))
            slot += 1
        }
    }

    struct RuledOut {
        var ordinal: Int
        var effects: [RuleEffect]
    }

    /// Rank by score, then id (the same input always gives the same order); write the reasons of
    /// the listed and the ruled-out; list the stated needs nothing eligible meets.
    func rank(
        _ kept: [Kept], _ ruledOut: [RuledOut], met: NeedSet, scoring: ScoreOutput, run: inout Run, query: ResidentQuery
    ) -> MatchResult {
        let idRank = index.idRank
        let taxonomy = directory.taxonomy
        var kept = kept
        capSuggestedOnly(&kept, run)
        kept.sort { $0.score != $1.score ? $0.score > $1.score : idRank[$0.ordinal] < idRank[$1.ordinal] }
        bringEveryStatedNeedForward(&kept, run)
        let listed = kept.prefix(query.limit).map { entry -> MatchResult.Scored in
            let effects = entry.checks + scoring.effects[entry.scoreEffects]
            var match = scored(entry.ordinal, score: entry.score, effects: effects, run.context)
            match.forMember = entry.member.map { run.household[$0] }
            return match
        }
        let wanted = run.context.stated.union(run.context.suggested)
        let relevance = { (s: Int) in self.index.needSets[s].intersection(wanted).count }
        let sortedOut = ruledOut.sorted { a, b in
            let (na, nb) = (relevance(a.ordinal), relevance(b.ordinal))
            return na != nb ? na > nb : idRank[a.ordinal] < idRank[b.ordinal]
        }
        let excluded = sortedOut.prefix(Self.maxExcludedListed).map { entry -> MatchResult.Excluded in
            MatchResult.Excluded(
                service: services[entry.ordinal],
                reasons: ruleReasons(entry.effects.filter { $0.kind == .exclude }))
        }
        let unmet = run.context.stated.ordinals.filter { !met.contains($0) }.map { taxonomy.needs[$0] }
        return MatchResult(
            place: run.context.place, age: query.age, circumstances: Array(run.facts.yes.members).sorted(),
            inferred: run.interpretation.inferred, household: run.household, needs: run.needs, unrecognised: run.interpretation.unrecognised,
            matches: listed, excluded: excluded, unmet: unmet, modules: run.selection.modules,
            moreMatches: max(0, kept.count - query.limit), alerts: ruleReasons(run.alerts),
            knownNot: Array(run.facts.no.members).sorted(),
            denied: run.interpretation.denied.map { denial in
                MatchResult.DeniedReading(
                    typed: denial.typed, needs: denial.needs.map { taxonomy.needs[$0] }, circumstances: denial.circumstances)
            },
            idioms: run.interpretation.idioms, mostlyNotUnderstood: run.interpretation.mostlyNotUnderstood,
            urgent: run.alerts.isEmpty ? [] : UrgentRisk.grouping(ruleReasons(run.alerts), contacts: index.directory.urgentContacts))
    }

    /// Effects as shown — which rule, its points, its sentence — without capturing the engine in a
    /// closure.
    func ruleReasons(_ effects: [RuleEffect]) -> [MatchResult.RuleReason] {
        let names = self.names
        return effects.map { MatchResult.RuleReason($0, names) }
    }

    /// A listed match with every reason written out.
    func scored(_ s: Int, score: Double, effects: [RuleEffect], _ context: RuleContext) -> MatchResult.Scored {
        let service = services[s]
        let nearest = index.nearestSite(service: s, from: context.place.point)
        let travels = ServiceReach.noTravelMode(index.traits[s].delivery, hasInternet: !context.has(.noInternet)) == nil
        return MatchResult.Scored(
            service: service, organisation: index.organisationNames[s], score: score, reasons: ruleReasons(effects),
            distanceKm: travels ? nearest?.km : nil,
            site: nearest.map { service.locations[Int($0.site.location)] } ?? service.locations.first)
    }

    // MARK: Tracing one service (rule examples)

    /// Every effect every rule has on one service for one resident — through every stage, whether
    /// or not the service would be ruled out — for rule examples and debugging.
    public func trace(_ query: ResidentQuery, service id: String, today: CalendarDate, audit: VocabularyAudit? = nil)
        throws(SignpostError) -> [MatchResult.RuleReason]
    {
        let run = try prepare(query, today: today, audit: audit)
        var effects: [RuleEffect] = run.alerts
        effects += suggestionStage(run.context, run.selection)
        guard let s = directory.services.firstIndex(where: { $0.id == id }) else {
            return ruleReasons(effects)
        }
        let serves = run.context.place.parishes.contains { index.serves(service: s, parish: $0) }
        let candidate = makeCandidate(s, serves: serves, run.context)
        var eligibility = EligibilityOutput(warnings: warnings)
        let member = personJudged(s, candidate, run, into: &eligibility)
        var scoring = ScoreOutput(warnings: warnings)
        scoreStage(services[s], candidate, run.context(for: member), run.selection, into: &scoring)
        return ruleReasons(effects + eligibility.effects + scoring.effects)
    }

    // MARK: Input checks

    static func checkLimits(_ query: ResidentQuery) throws(SignpostError) {
        if query.needs.count > MatchLimits.maxNeedEntries {
            throw SignpostError(.limitExceeded, "too many needs: at most \(MatchLimits.maxNeedEntries) entries")
        }
        var total = 0
        for entry in query.needs {
            let length = entry.utf8.count
            if length > MatchLimits.maxNeedEntryLength {
                throw SignpostError(.limitExceeded, "a needs entry is longer than \(MatchLimits.maxNeedEntryLength) characters")
            }
            total += length
        }
        if total > MatchLimits.maxNeedsLength {
            throw SignpostError(.limitExceeded, "the needs text is longer than \(MatchLimits.maxNeedsLength) characters")
        }
        if let age = query.age, !(0...MatchLimits.maxAge).contains(age) {
            throw SignpostError(.invalidInput, "age must be between 0 and \(MatchLimits.maxAge)")
        }
        if !(1...MatchLimits.maxLimit).contains(query.limit) {
            throw SignpostError(.invalidInput, "limit must be between 1 and \(MatchLimits.maxLimit)")
        }
        if query.circumstances.count > MatchLimits.maxCircumstances {
            throw SignpostError(.limitExceeded, "too many circumstances: at most \(MatchLimits.maxCircumstances)")
        }
        if query.household.count > MatchLimits.maxHousehold {
            throw SignpostError(.limitExceeded, "too many household members: at most \(MatchLimits.maxHousehold)")
        }
        for member in query.household {
            if let age = member.age, !(0...MatchLimits.maxAge).contains(age) {
                throw SignpostError(.invalidInput, "a household member's age must be between 0 and \(MatchLimits.maxAge)")
            }
            if member.circumstances.count > MatchLimits.maxCircumstances {
                throw SignpostError(.limitExceeded, "too many circumstances for a household member: at most \(MatchLimits.maxCircumstances)")
            }
        }
        if let modules = query.modules, modules.count > MatchLimits.maxModules {
            throw SignpostError(.limitExceeded, "too many modules: at most \(MatchLimits.maxModules)")
        }
        if let rules = query.withoutRules, rules.count > MatchLimits.maxRulesOff {
            throw SignpostError(.limitExceeded, "too many rules switched off: at most \(MatchLimits.maxRulesOff)")
        }
    }

    static func parseCircumstances(_ names: [String]) throws(SignpostError) -> Set<Circumstance> {
        var result: Set<Circumstance> = []
        for name in names {
            let key = name.trimmingSpaces().lowercased()
            guard let circumstance = Circumstance(rawValue: key) else {
                throw SignpostError.withSuggestions(
                    .unknownCircumstance, "unknown circumstance (see the README's list)",
                    NameMatching.suggestions(for: key, among: Circumstance.allCases.map(\.rawValue), limit: 2))
            }
            result.insert(circumstance)
        }
        return result
    }
}
