import SignpostCore

/// One parish × domain: the coverage measured, what is missing, and how much it weighs.
public struct GapCell: Sendable {
    /// What is wrong in a cell. Each issue is an access barrier, a fragility or a data gap.
    public enum Issue: String, Sendable, CaseIterable {
        case nothing = "nothing"
        /// There are services, but only by phone or online, and the need takes being there.
        case onlyByPhoneOrOnline = "only-by-phone-or-online"
        case noOptionWithoutCar = "no-option-without-car"
        /// Without a car, only by community transport (a booked, often eligibility-limited ride).
        case communityTransportOnly = "community-transport-only"
        case noOptionWithoutInternet = "no-option-without-internet"
        /// Every service's cost is known, and none is free.
        case noFreeOption = "no-free-option"
        case singleProvider = "single-provider"
        case singleSite = "single-site"
        /// Nothing specific to the parish: it rests on district-wide (or wider) services.
        case districtWideOnly = "district-wide-only"
        /// No service is known to be free, and some costs are not known: a data gap.
        case costNotKnown = "cost-not-known"
        /// An in-person service the Directory cannot place (no site): a data gap.
        case whereNotKnown = "where-not-known"

        /// The three kinds of finding a committee acts on differently.
        public enum Kind: String, Sendable, CaseIterable {
            /// Residents cannot reach anything without a car, the internet or money.
            case access = "access-barrier"
            /// It rests on one provider, one site, or district-wide services.
            case fragility
            /// We do not know.
            case data = "data-gap"
        }

        public var kind: Kind {
            switch self {
            case .nothing, .onlyByPhoneOrOnline, .noOptionWithoutCar, .communityTransportOnly, .noOptionWithoutInternet,
                .noFreeOption:
                .access
            case .singleProvider, .singleSite, .districtWideOnly: .fragility
            case .costNotKnown, .whereNotKnown: .data
            }
        }

        /// In words, for the method: "nothing reachable without a car".
        public var phrase: String {
            switch self {
            case .nothing: "nothing in the Directory"
            case .onlyByPhoneOrOnline: "only by phone or online, where it takes being there"
            case .noOptionWithoutCar: "nothing reachable without a car"
            case .communityTransportOnly: "without a car, only by community transport"
            case .noOptionWithoutInternet: "online only"
            case .noFreeOption: "no free option (every cost known)"
            case .singleProvider: "one provider only"
            case .singleSite: "one site only"
            case .districtWideOnly: "district-wide services only"
            case .costNotKnown: "cost not known"
            case .whereNotKnown: "where it meets not known"
            }
        }

        /// Its share of a cell's severity (0–1): see docs/GAP-ANALYSIS.md.
        public var weight: Double {
            switch self {
            case .nothing: 1
            case .onlyByPhoneOrOnline: 0.6
            case .noOptionWithoutCar: 0.35
            case .communityTransportOnly: 0.2
            case .noOptionWithoutInternet: 0.25
            case .noFreeOption: 0.2
            case .singleProvider, .singleSite: 0.1
            // Noted, not weighed: most domains rest on district-wide services somewhere.
            case .districtWideOnly, .costNotKnown, .whereNotKnown: 0
            }
        }
    }

    public let parish: Parish
    public let domain: NeedDomain
    public let priorityAreas: [ActionPlan.PriorityArea]
    public let coverage: Coverage
    public let issues: [Issue]
    /// 0 (no gap) to 1 (nothing at all): the sum of the issues' weights.
    public let severity: Double
    /// The residents weighed: the parish's population, or the median parish population when it
    /// is not known (`populationKnown` false; never printed as the parish's own figure).
    public let peopleUsed: Int
    public let populationKnown: Bool
    public let deprivationMultiplier: Double
    public let ruralityMultiplier: Double
    /// severity × people × deprivation × rurality ÷ 1000.
    public let score: Double
    public let finding: String
    /// The provider when there is only one; the nearest site's service.
    public let soleProvider: String?
    public let nearestServiceName: String?

    /// The parish's own population, when known.
    public var population: Int? { populationKnown ? peopleUsed : nil }

    /// The issues of one kind.
    public func issues(_ kind: Issue.Kind) -> [Issue] { issues.filter { $0.kind == kind } }

    init(
        parish: Parish, domain: NeedDomain, priorityAreas: [ActionPlan.PriorityArea], coverage: Coverage, medianPopulation: Int,
        directory: Directory
    ) {
        self.parish = parish
        self.domain = domain
        self.priorityAreas = priorityAreas
        self.coverage = coverage
        let issues = GapCell.issues(of: coverage)
        self.issues = issues
        severity = round2(min(1, issues.reduce(0) { $0 + $1.weight }))
        populationKnown = parish.population != nil
        peopleUsed = parish.population?.count ?? medianPopulation
        deprivationMultiplier = ParishWeight.deprivationMultiplier(level: parish.deprivation.level)
        ruralityMultiplier = GapAnalysis.ruralityMultiplier(parish.settlement)
        score = round2(severity * Double(peopleUsed) * deprivationMultiplier * ruralityMultiplier / 1000)
        soleProvider = coverage.soleProviderService.flatMap {
            directory.organisation(directory.services[$0].organisationID)?.name
        }
        nearestServiceName = coverage.nearestService.map { directory.services[$0].name }
        finding = GapCell.sentence(
            parish: parish, domain: domain, coverage: coverage, issues: issues, people: peopleUsed,
            populationKnown: populationKnown, soleProvider: soleProvider)
    }

    /// What is wrong with a coverage, access first.
    static func issues(of c: Coverage) -> [Issue] {
        guard !c.isEmpty else { return [.nothing] }
        var issues: [Issue] = []
        if c.remoteOnly {
            issues.append(.onlyByPhoneOrOnline)
        } else if !c.reachableWithoutCar {
            issues.append(c.reachableByCommunityTransport ? .communityTransportOnly : .noOptionWithoutCar)
        }
        if !c.reachableWithoutInternet { issues.append(.noOptionWithoutInternet) }
        if !c.hasFreeOption { issues.append(c.costUnknown > 0 ? .costNotKnown : .noFreeOption) }
        if c.providers == 1 { issues.append(.singleProvider) }
        if c.inPersonSites == 1 { issues.append(.singleSite) }
        if c.localServices == 0 { issues.append(.districtWideOnly) }
        if c.unlocated > 0 && !c.reachableWithoutCar { issues.append(.whereNotKnown) }
        return issues
    }

    /// One sentence a committee paper can quote.
    static func sentence(
        parish: Parish, domain: NeedDomain, coverage: Coverage, issues: [Issue], people: Int, populationKnown: Bool,
        soleProvider: String?
    ) -> String {
        var parts: [String] = []
        for issue in issues {
            switch issue {
            case .nothing: parts.append("nothing in the Directory")
            case .onlyByPhoneOrOnline: parts.append("only by phone or online, and this takes being there")
            case .noOptionWithoutCar:
                var s = "nothing reachable without a car"
                if let km = coverage.nearestKm { s += " (nearest site \(Format.kilometres(km)) away)" }
                parts.append(s)
            case .communityTransportOnly:
                var s = "without a car, only by community transport"
                if let km = coverage.nearestKm { s += " (nearest site \(Format.kilometres(km)) away)" }
                parts.append(s)
            case .noOptionWithoutInternet: parts.append("online only: nothing for residents without internet")
            case .noFreeOption: parts.append("no free option")
            case .costNotKnown: parts.append("cost not known")
            case .singleProvider: parts.append("one provider only" + (soleProvider.map { " (\($0))" } ?? ""))
            case .singleSite: parts.append("one site only")
            case .districtWideOnly: parts.append("district-wide services only")
            case .whereNotKnown: parts.append("where it meets not known")
            }
        }
        var sentence = parish.name + ": " + domain.label.lowercasedFirstLetter + ": " + parts.joined(separator: "; ")
        sentence += populationKnown ? "; \(Format.grouped(people)) residents" : "; population not known"
        switch parish.deprivation.level {
        case 5: sentence += "; among the most deprived areas in the district"
        case 4: sentence += "; high deprivation (level 4 of 5)"
        case 3: sentence += "; some deprivation (level 3 of 5)"
        default: break
        }
        return sentence + "."
    }
}

extension String {
    /// "Income & cost of living" → "income & cost of living".
    var lowercasedFirstLetter: String {
        guard let first = first else { return self }
        return first.lowercased() + dropFirst()
    }
}
