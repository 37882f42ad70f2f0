/// The matching pipeline. Each stage is a method named for it, and each leaves its trace in the
/// result: interpret → candidates → eligibility → scoring → rank → unmet needs.
///
/// The engine is a value over an immutable `ServiceIndex` and `ModuleRegistry`: any number of
/// requests may use one engine at once, and a reload builds a new engine rather than changing
/// this one.
public struct MatchEngine: Sendable {
    public let index: ServiceIndex
    public let registry: ModuleRegistry
    public let interpreter: NeedInterpreter

    public init(index: ServiceIndex, registry: ModuleRegistry) {
        self.index = index
        self.registry = registry
        self.interpreter = NeedInterpreter(taxonomy: index.directory.taxonomy)
    }

    public var directory: Directory { index.directory }

    /// Ranks the services for one resident.
    public func match(_ query: ResidentQuery, today: CalendarDate) throws(SignpostError) -> MatchResult {
        try Self.checkLimits(query)
        let place = try ResolvedPlace.resolve(query.place, index: index)
        var circumstances = try Self.parseCircumstances(query.circumstances)
        let modules = try registry.select(query.modules)

        // 1. Interpret.
        let interpretation = interpreter.interpret(query.needs)
        for inference in interpretation.inferred { circumstances.insert(inference.circumstance) }
        let taxonomy = directory.taxonomy
        var needs: [MatchResult.InterpretedNeed] = interpretation.needs.map { match in
            let phrases = match.via.compactMap { via -> String? in
                if case .phrase(let p) = via { return p }
                return nil
            }
            return MatchResult.InterpretedNeed(
                need: taxonomy.needs[match.need], source: phrases.isEmpty ? .id : .phrases(phrases))
        }
        let statedNeeds = NeedSet(ordinals: interpretation.needs.map(\.need))
        let singleParish = place.parishes.count == 1 ? directory.parishes[place.parishes[0]] : nil
        var resident = RuleResident(
            age: query.age, circumstances: circumstances, needs: needs.map(\.need.id), parish: singleParish)

        // Rule modules may suggest further needs.
        var suggested = NeedSet()
        for module in modules {
            for case .suggestNeed(let id, let reason) in module.suggestions(for: resident) {
                guard let n = taxonomy.ordinal(ofNeed: id), !statedNeeds.contains(n), !suggested.contains(n) else {
                    continue
                }
                suggested.insert(n)
                needs.append(.init(need: taxonomy.needs[n], source: .suggested(module: module.id, reason: reason)))
            }
        }
        resident.suggestedNeeds = suggested.ordinals.map { taxonomy.needs[$0].id }
        let wanted = statedNeeds.union(suggested)

        // 2. Candidates, from the area and need indexes.
        let (inArea, nearby) = candidates(for: place, wanted: wanted)

        // 3–4. Eligibility, then scoring. A first pass computes every candidate's total without
        // building sentences; only the services that make the list get their reasons written.
        let context = ScoringContext(
            place: place, age: query.age, circumstances: circumstances, stated: statedNeeds, suggested: suggested,
            today: today)
        var totals: [(ordinal: Int, score: Double)] = []
        var ruledOut: [(ordinal: Int, reasons: [Reason])] = []
        var met = NeedSet()
        for s in inArea {
            var reasons = eligibilityProblems(s, context)
            let (adjustment, moduleExclusions) = moduleEffects(modules, resident, s, collect: false)
            reasons.append(contentsOf: moduleExclusions)
            if reasons.isEmpty {
                var sheet = ScoreSheet(collecting: false)
                evaluate(s, context, into: &sheet)
                totals.append((s, sheet.total + adjustment))
                met = met.union(index.needSets[s])
            } else if index.needSets[s].intersects(statedNeeds) {
                // Ruled-out services are listed only when they meet something the resident asked for.
                ruledOut.append((s, reasons))
            }
        }
        for s in nearby where index.needSets[s].intersects(statedNeeds) {
            ruledOut.append((s, []))  // outside the area: the reason is written only if listed
        }

        // 5. Rank: score, then id, so the same input always gives the same order.
        let idRank = index.idRank
        totals.sort { $0.score != $1.score ? $0.score > $1.score : idRank[$0.ordinal] < idRank[$1.ordinal] }
        let listed = totals.prefix(query.limit).map { entry -> MatchResult.Scored in
            let (_, adjustments) = moduleAdjustments(modules, resident, entry.ordinal)
            return scored(entry.ordinal, context, moduleAdjustments: adjustments)
        }
        // Ruled out: the most relevant (most needs met) first, then by id.
        let relevance = { (s: Int) in self.index.needSets[s].intersection(wanted).count }
        ruledOut.sort { a, b in
            let (na, nb) = (relevance(a.ordinal), relevance(b.ordinal))
            return na != nb ? na > nb : idRank[a.ordinal] < idRank[b.ordinal]
        }
        let excluded = ruledOut.prefix(Self.maxExcludedListed).map { entry -> MatchResult.Excluded in
            let service = directory.services[entry.ordinal]
            let reasons = entry.reasons.isEmpty
                ? [Reason.outsideArea(area: service.area, resident: place.label)] : entry.reasons
            return MatchResult.Excluded(service: service, reasons: reasons)
        }

        // 6. Unmet needs: stated needs no eligible service meets.
        let unmet = statedNeeds.ordinals.filter { !met.contains($0) }.map { taxonomy.needs[$0] }

        return MatchResult(
            place: place, age: query.age, circumstances: circumstances.sorted(), inferred: interpretation.inferred,
            needs: needs, unrecognised: interpretation.unrecognised, matches: listed, excluded: excluded,
            unmet: unmet, modules: modules.map(\.id), moreMatches: max(0, totals.count - query.limit))
    }

    /// Most ruled-out services listed in a result.
    public static let maxExcludedListed = 50

    /// How far away a service that does not serve the resident's parish may be and still be
    /// listed as ruled out ("only for residents of …"); beyond it, it is not mentioned.
    public static let nearbyKm = 20.0
    /// Enough nearby-but-not-serving services to stop widening the search for them.
    static let nearbyEnough = 12

    // MARK: Stages

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

    /// The hard rules: reasons the resident cannot use the service (empty when they can).
    func eligibilityProblems(_ s: Int, _ context: ScoringContext) -> [Reason] {
        let t = index.traits[s]
        var reasons: [Reason] = []
        if let age = context.age {
            if let min = t.minimumAge, age < min { reasons.append(.tooYoung(min: min)) }
            if let max = t.maximumAge, age > max { reasons.append(.tooOld(max: max)) }
        }
        if context.flags.contains(.noInternet) && t.delivery.isOnlineOnly {
            reasons.append(.onlineOnlyNoInternet)
        }
        if t.hasConditions && !context.flags.isSuperset(of: t.conditions) {
            for condition in directory.services[s].eligibility.conditions where !context.flags.contains(condition) {
                reasons.append(.conditionNotMet(condition))
            }
        }
        return reasons
    }

    /// What rule modules say about one candidate: the sum of their adjustments and any exclusions.
    func moduleEffects(_ modules: [any RuleModule], _ resident: RuleResident, _ s: Int, collect: Bool)
        -> (adjustment: Double, exclusions: [Reason])
    {
        guard !modules.isEmpty else { return (0, []) }
        var adjustment = 0.0
        var exclusions: [Reason] = []
        for module in modules {
            for effect in module.effects(for: resident, service: directory.services[s]) {
                switch effect {
                case .exclude(let reason): exclusions.append(.module(id: module.id, text: reason))
                case .adjust(let delta, _): if delta.isFinite { adjustment += delta }
                case .suggestNeed: break
                }
            }
        }
        return (adjustment, exclusions)
    }

    /// The modules' adjustments to one candidate, with their reasons.
    func moduleAdjustments(_ modules: [any RuleModule], _ resident: RuleResident, _ s: Int)
        -> (total: Double, parts: [(Reason, Double)])
    {
        var parts: [(Reason, Double)] = []
        var total = 0.0
        for module in modules {
            for case .adjust(let delta, let reason) in module.effects(for: resident, service: directory.services[s])
            where delta.isFinite {
                parts.append((.module(id: module.id, text: reason), delta))
                total += delta
            }
        }
        return (total, parts)
    }

    /// A listed match: its score with every reason written out.
    func scored(_ s: Int, _ context: ScoringContext, moduleAdjustments: [(Reason, Double)]) -> MatchResult.Scored {
        var sheet = ScoreSheet(collecting: true)
        let reach = evaluate(s, context, into: &sheet, moduleAdjustments: moduleAdjustments)
        let service = directory.services[s]
        return MatchResult.Scored(
            service: service, organisation: index.organisationNames[s], score: sheet.total, contributions: sheet.parts,
            distanceKm: reach.distanceKm, site: reach.site ?? service.locations.first)
    }

    /// The soft rules: adds every score change, with its reason when the sheet is collecting.
    @discardableResult
    func evaluate(
        _ s: Int, _ context: ScoringContext, into sheet: inout ScoreSheet, moduleAdjustments: [(Reason, Double)] = []
    ) -> (distanceKm: Double?, site: ServiceLocation?) {
        let t = index.traits[s]
        let w = ScoringWeights.self
        let taxonomy = directory.taxonomy
        let c = context.flags

        // Fit.
        let needs = index.needSets[s]
        let stated = needs.intersection(context.stated)
        let suggested = needs.intersection(context.suggested)
        if !stated.isEmpty {
            sheet.add(
                .meetsNeeds(stated.ordinals.map { taxonomy.needs[$0].label }), w.perStatedNeed * Double(stated.count))
        }
        if !suggested.isEmpty {
            sheet.add(
                .meetsSuggestedNeeds(suggested.ordinals.map { taxonomy.needs[$0].label }),
                w.perSuggestedNeed * Double(suggested.count))
        }
        if t.hasConditions {
            for condition in directory.services[s].eligibility.conditions { sheet.add(.conditionMet(condition), w.conditionMet) }
        }

        // Age unknown but limited.
        if context.age == nil, t.minimumAge != nil || t.maximumAge != nil {
            sheet.add(.checkAge(min: t.minimumAge, max: t.maximumAge), 0)
        }

        // Reach.
        let noCar = c.contains(.noCar)
        let hardToTravel = noCar || c.contains(.limitedMobility)
        var distanceKm: Double? = nil
        var site: ServiceLocation? = nil
        if let mode = Self.noTravelMode(t.delivery, hasInternet: !c.contains(.noInternet)) {
            sheet.add(.noTravel(mode, suitsNoCar: noCar), noCar ? w.noTravelWithoutCar : 0)
        } else if let (km, nearest) = index.nearestSite(service: s, from: context.place.point) {
            distanceKm = km
            if sheet.collecting { site = directory.services[s].locations[Int(nearest.location)] }
            let siteParish = nearest.parish >= 0 ? directory.parishes[Int(nearest.parish)].name : nil
            let penalty = min(w.maxDistancePenalty, km * (hardToTravel ? w.perKmWithoutCar : w.perKmWithCar))
            if let siteParish, siteParish == context.place.parishName {
                sheet.add(.runsWhereYouLive(place: siteParish), 0)
            } else {
                let approximate = !nearest.exact || context.place.precision != .coordinate
                sheet.add(
                    .distance(km: km, place: siteParish ?? site?.name, approximate: approximate, noCar: hardToTravel),
                    -penalty)
            }
        } else {
            sheet.add(.noSiteListed, -w.noSitePenalty)
        }
        if context.place.precision == .postcodeDistrict, let outcode = context.place.outcode,
            !context.place.parishes.allSatisfy({ index.serves(service: s, parish: $0) })
        {
            sheet.add(.servesOnlyPartOf(outcode: outcode), 0)
        }

        // Cost.
        let lowIncome = c.contains(.lowIncome)
        switch t.cost {
        case .free: sheet.add(.free(lowIncome: lowIncome), lowIncome ? w.freeLowIncome : w.freeOtherwise)
        case .concessions:
            sheet.add(.concessions(directory.services[s].cost.description), lowIncome ? w.concessionsLowIncome : 0)
        case .paid: sheet.add(.costsMoney(directory.services[s].cost.description), lowIncome ? -w.paidLowIncome : 0)
        case .unknown: if lowIncome { sheet.add(.askAboutCost, 0) }
        }

        // Referral route.
        switch t.referral {
        case .selfReferral: break
        case .healthProfessional:
            if c.contains(.hasGPReferral) {
                sheet.add(.hasGPReferral, w.gpReferralHeld)
            } else {
                sheet.add(.askGPToRefer, -w.gpReferralNeeded)
            }
        case .otherProfessional: sheet.add(.professionalReferral, -w.professionalReferral)
        }

        // Delivery fit.
        if c.contains(.noInternet), t.delivery.containsAny(.withoutInternet) {
            sheet.add(.worksWithoutInternet, w.worksWithoutInternet)
        }
        if c.contains(.limitedMobility), t.delivery.containsAny(.comingToYou) {
            sheet.add(.comesToYou, w.comesToYou)
        }
        if c.contains(.hearingImpaired) {
            if t.delivery.isPhoneOnly { sheet.add(.phoneOnlyHearing, -w.phoneOnlyHearing) }
            if t.hearingLoop { sheet.add(.hearingLoop, w.accessibilityMatch) }
        }
        if c.contains(.visuallyImpaired), t.largePrint { sheet.add(.largePrint, w.accessibilityMatch) }

        // Rule modules.
        for (reason, delta) in moduleAdjustments { sheet.add(reason, delta) }

        // Freshness, a small tie-breaker.
        let ageDays = max(0, context.todayDay - t.verifiedDay)
        sheet.add(
            .freshness(CalendarDate(daysSinceEpoch: t.verifiedDay)),
            w.freshness * max(0, 1 - Double(ageDays) / w.freshnessHorizonDays))

        return (distanceKm, site)
    }

    /// The delivery mode that spares the resident a journey, best first.
    static func noTravelMode(_ delivery: DeliverySet, hasInternet: Bool) -> DeliveryMode? {
        if delivery.contains(.transport) { return .transport }
        if delivery.contains(.homeVisit) { return .homeVisit }
        if delivery.contains(.phone) { return .phone }
        if hasInternet && delivery.contains(.online) { return .online }
        return nil
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
        if let modules = query.modules, modules.count > MatchLimits.maxModules {
            throw SignpostError(.limitExceeded, "too many modules: at most \(MatchLimits.maxModules)")
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

/// Accumulates a score and, when asked, the reason behind each change. Reasons are built only
/// when collecting, so ranking thousands of candidates writes no sentences.
struct ScoreSheet {
    private(set) var total = 0.0
    private(set) var parts: [(reason: Reason, delta: Double)] = []
    let collecting: Bool

    init(collecting: Bool) { self.collecting = collecting }

    mutating func add(_ reason: @autoclosure () -> Reason, _ delta: Double) {
        total += delta
        if collecting { parts.append((reason(), delta)) }
    }
}

/// What scoring needs to know about the resident.
struct ScoringContext {
    var place: ResolvedPlace
    var age: Int?
    var flags: CircumstanceSet
    var stated: NeedSet
    var suggested: NeedSet
    var todayDay: Int

    init(
        place: ResolvedPlace, age: Int?, circumstances: Set<Circumstance>, stated: NeedSet, suggested: NeedSet,
        today: CalendarDate
    ) {
        self.place = place
        self.age = age
        self.flags = CircumstanceSet(circumstances)
        self.stated = stated
        self.suggested = suggested
        self.todayDay = today.daysSinceEpoch
    }
}

/// The engine's scoring weights, in points. Documented in the README ("How services are ranked").
public enum ScoringWeights {
    public static let perStatedNeed = 10.0
    public static let perSuggestedNeed = 4.0
    public static let conditionMet = 2.0
    /// Distance penalty per km for a resident who can drive.
    public static let perKmWithCar = 0.25
    /// Distance penalty per km with `no-car` or `limited-mobility`.
    public static let perKmWithoutCar = 1.0
    public static let maxDistancePenalty = 12.0
    public static let noSitePenalty = 1.0
    /// Bonus for phone, home-visit or transport services when the resident has no car.
    public static let noTravelWithoutCar = 3.0
    public static let freeLowIncome = 4.0
    public static let freeOtherwise = 0.5
    public static let concessionsLowIncome = 2.0
    public static let paidLowIncome = 4.0
    public static let gpReferralHeld = 1.0
    public static let gpReferralNeeded = 2.0
    public static let professionalReferral = 1.0
    public static let worksWithoutInternet = 1.0
    public static let comesToYou = 3.0
    public static let phoneOnlyHearing = 3.0
    public static let accessibilityMatch = 1.0
    /// Most a fresh record gains; it falls to zero over `freshnessHorizonDays`.
    public static let freshness = 0.5
    public static let freshnessHorizonDays = 1095.0
}
