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
            age: query.age, circumstances: circumstances, needs: Set(needs.map(\.need.id)), parish: singleParish)

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
        resident.suggestedNeeds = Set(suggested.ordinals.map { taxonomy.needs[$0].id })
        let wanted = statedNeeds.union(suggested)

        // 2. Candidates, from the area and need indexes.
        let (inArea, nearby) = candidates(for: place, wanted: wanted)

        // 3–4. Eligibility, then scoring.
        let context = ScoringContext(
            place: place, age: query.age, circumstances: circumstances, stated: statedNeeds, suggested: suggested,
            today: today)
        var scored: [MatchResult.Scored] = []
        var excluded: [(ordinal: Int, entry: MatchResult.Excluded)] = []
        for s in inArea {
            let service = directory.services[s]
            var reasons = eligibilityProblems(service, context)
            var adjustments: [(Reason, Double)] = []
            for module in modules {
                for effect in module.effects(for: resident, service: service) {
                    switch effect {
                    case .exclude(let reason): reasons.append(.module(id: module.id, text: reason))
                    case .adjust(let delta, let reason):
                        if delta.isFinite { adjustments.append((.module(id: module.id, text: reason), delta)) }
                    case .suggestNeed: break
                    }
                }
            }
            if reasons.isEmpty {
                scored.append(score(s, context, moduleAdjustments: adjustments))
            } else if index.needSets[s].intersects(statedNeeds) {
                // Ruled-out services are listed only when they meet something the resident asked for.
                excluded.append((s, .init(service: service, reasons: reasons)))
            }
        }
        for s in nearby where index.needSets[s].intersects(statedNeeds) {
            let service = directory.services[s]
            excluded.append(
                (s, .init(service: service, reasons: [.outsideArea(area: service.area.plainDescription, resident: place.label)])))
        }

        // 5. Rank: score, then id, so the same input always gives the same order.
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.service.id < $1.service.id }
        // Ruled out: the most relevant (most needs met) first, then by id.
        let relevance = { (s: Int) in self.index.needSets[s].intersection(wanted).count }
        excluded.sort { a, b in
            let (na, nb) = (relevance(a.ordinal), relevance(b.ordinal))
            return na != nb ? na > nb : a.entry.service.id < b.entry.service.id
        }

        // 6. Unmet needs: stated needs no eligible service meets.
        var met = NeedSet()
        for match in scored {
            for need in match.service.needs {
                if let n = taxonomy.ordinal(ofNeed: need) { met.insert(n) }
            }
        }
        let unmet = statedNeeds.ordinals.filter { !met.contains($0) }.map { taxonomy.needs[$0] }

        let limit = query.limit
        return MatchResult(
            place: place, age: query.age, circumstances: circumstances.sorted(), inferred: interpretation.inferred,
            needs: needs, unrecognised: interpretation.unrecognised, matches: Array(scored.prefix(limit)),
            excluded: excluded.prefix(Self.maxExcludedListed).map(\.entry), unmet: unmet, modules: modules.map(\.id),
            moreMatches: max(0, scored.count - limit))
    }

    /// Most ruled-out services listed in a result.
    public static let maxExcludedListed = 50

    /// How far away a service that does not serve the resident's parish may be and still be
    /// listed as ruled out ("only for residents of …"); beyond it, it is not mentioned.
    public static let nearbyKm = 20.0

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

        var nearby: Set<Int> = []
        index.presence.forEach(within: Self.nearbyKm, of: place.point) { s, _ in
            guard index.needSets[s].intersects(wanted), !nearby.contains(s) else { return }
            if place.parishes.contains(where: { index.serves(service: s, parish: $0) }) { return }
            nearby.insert(s)
        }
        return (inArea, nearby.sorted())
    }

    /// The hard rules: reasons the resident cannot use the service (empty when they can).
    func eligibilityProblems(_ service: Service, _ context: ScoringContext) -> [Reason] {
        var reasons: [Reason] = []
        if let age = context.age {
            if let min = service.eligibility.minimumAge, age < min { reasons.append(.tooYoung(min: min)) }
            if let max = service.eligibility.maximumAge, age > max { reasons.append(.tooOld(max: max)) }
        }
        if context.circumstances.contains(.noInternet) && service.isOnlineOnly {
            reasons.append(.onlineOnlyNoInternet)
        }
        for condition in service.eligibility.conditions where !context.circumstances.contains(condition) {
            reasons.append(.conditionNotMet(condition))
        }
        return reasons
    }

    /// The soft rules: a score made of reasons.
    func score(_ s: Int, _ context: ScoringContext, moduleAdjustments: [(Reason, Double)]) -> MatchResult.Scored {
        let service = directory.services[s]
        let w = ScoringWeights.self
        let taxonomy = directory.taxonomy
        var parts: [(reason: Reason, delta: Double)] = []
        let c = context.circumstances

        // Fit.
        let needs = index.needSets[s]
        let stated = needs.intersection(context.stated).ordinals
        let suggested = needs.intersection(context.suggested).ordinals
        if !stated.isEmpty {
            parts.append((.meetsNeeds(stated.map { taxonomy.needs[$0].label }), w.perStatedNeed * Double(stated.count)))
        }
        if !suggested.isEmpty {
            parts.append(
                (.meetsSuggestedNeeds(suggested.map { taxonomy.needs[$0].label }), w.perSuggestedNeed * Double(suggested.count)))
        }
        for condition in service.eligibility.conditions { parts.append((.conditionMet(condition), w.conditionMet)) }

        // Age unknown but limited.
        if context.age == nil, service.eligibility.minimumAge != nil || service.eligibility.maximumAge != nil {
            parts.append((.checkAge(min: service.eligibility.minimumAge, max: service.eligibility.maximumAge), 0))
        }

        // Reach.
        let noCar = c.contains(.noCar)
        let hardToTravel = noCar || c.contains(.limitedMobility)
        var distanceKm: Double? = nil
        var site: ServiceLocation? = service.locations.first
        if let mode = Self.noTravelMode(service, hasInternet: !c.contains(.noInternet)) {
            parts.append((.noTravel(mode, suitsNoCar: noCar), noCar ? w.noTravelWithoutCar : 0))
        } else if let km = index.nearestSiteKm(service: s, from: context.place.point) {
            distanceKm = km
            site = nearestSite(s, from: context.place.point) ?? site
            let siteParish = site?.parish.flatMap { directory.parish(named: $0)?.name }
            let penalty = min(w.maxDistancePenalty, km * (hardToTravel ? w.perKmWithoutCar : w.perKmWithCar))
            if let siteParish, siteParish == context.place.parishName {
                parts.append((.runsWhereYouLive(place: siteParish), 0))
            } else {
                let approximate = site?.coordinate == nil || context.place.precision != .coordinate
                parts.append((.distance(km: km, place: siteParish ?? site?.name, approximate: approximate, noCar: hardToTravel), -penalty))
            }
        } else {
            parts.append((.noSiteListed, -w.noSitePenalty))
        }
        if context.place.precision == .postcodeDistrict, let outcode = context.place.outcode,
            !context.place.parishes.allSatisfy({ index.serves(service: s, parish: $0) })
        {
            parts.append((.servesOnlyPartOf(outcode: outcode), 0))
        }

        // Cost.
        let lowIncome = c.contains(.lowIncome)
        switch service.cost.kind {
        case .free: parts.append((.free(lowIncome: lowIncome), lowIncome ? w.freeLowIncome : w.freeOtherwise))
        case .concessions: parts.append((.concessions(service.cost.description), lowIncome ? w.concessionsLowIncome : 0))
        case .paid: parts.append((.costsMoney(service.cost.description), lowIncome ? -w.paidLowIncome : 0))
        case .unknown: if lowIncome { parts.append((.askAboutCost, 0)) }
        }

        // Referral route.
        switch service.eligibility.referral {
        case .selfReferral: break
        case .healthProfessional:
            if c.contains(.hasGPReferral) {
                parts.append((.hasGPReferral, w.gpReferralHeld))
            } else {
                parts.append((.askGPToRefer, -w.gpReferralNeeded))
            }
        case .otherProfessional: parts.append((.professionalReferral, -w.professionalReferral))
        }

        // Delivery fit.
        let delivery = service.delivery
        if c.contains(.noInternet), !delivery.isDisjoint(with: [.phone, .inPerson, .homeVisit, .transport]) {
            parts.append((.worksWithoutInternet, w.worksWithoutInternet))
        }
        if c.contains(.limitedMobility), !delivery.isDisjoint(with: [.homeVisit, .transport]) {
            parts.append((.comesToYou, w.comesToYou))
        }
        if c.contains(.hearingImpaired) {
            if delivery == [.phone] { parts.append((.phoneOnlyHearing, -w.phoneOnlyHearing)) }
            if service.accessibility.contains(where: { $0.lowercased().contains("hearing loop") }) {
                parts.append((.hearingLoop, w.accessibilityMatch))
            }
        }
        if c.contains(.visuallyImpaired), service.accessibility.contains(where: { $0.lowercased().contains("large print") }) {
            parts.append((.largePrint, w.accessibilityMatch))
        }

        // Rule modules.
        parts.append(contentsOf: moduleAdjustments)

        // Freshness, a small tie-breaker.
        let ageDays = max(0, service.verified.days(until: context.today))
        parts.append((.freshness(service.verified), w.freshness * max(0, 1 - Double(ageDays) / w.freshnessHorizonDays)))

        var total = 0.0
        for part in parts { total += part.delta }
        let organisation = directory.organisation(service.organisationID)?.name ?? service.organisationID
        return MatchResult.Scored(
            service: service, organisation: organisation, score: total, contributions: parts, distanceKm: distanceKm,
            site: site)
    }

    /// The delivery mode that spares the resident a journey, best first.
    static func noTravelMode(_ service: Service, hasInternet: Bool) -> DeliveryMode? {
        for mode in [DeliveryMode.transport, .homeVisit, .phone] where service.delivery.contains(mode) { return mode }
        if hasInternet && service.delivery.contains(.online) { return .online }
        return nil
    }

    func nearestSite(_ s: Int, from point: GeoPoint) -> ServiceLocation? {
        var best: (ServiceLocation, Double)? = nil
        for location in directory.services[s].locations {
            guard let p = ServiceIndex.point(of: location, in: directory) else { continue }
            let d = point.distanceKm(to: p)
            if best == nil || d < best!.1 { best = (location, d) }
        }
        return best?.0
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

/// What scoring needs to know about the resident.
struct ScoringContext {
    var place: ResolvedPlace
    var age: Int?
    var circumstances: Set<Circumstance>
    var stated: NeedSet
    var suggested: NeedSet
    var today: CalendarDate
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
