import SignpostCore

/// One parish × domain: the coverage measured, what is missing, and how much it weighs.
public struct GapCell: Sendable {
    public enum Issue: String, Sendable, CaseIterable {
        case nothing = "nothing"
        case noOptionWithoutCar = "no-option-without-car"
        case noOptionWithoutInternet = "no-option-without-internet"
        case noFreeOption = "no-free-option"
        case singleProvider = "single-provider"
        case singleSite = "single-site"
    }

    public let parish: Parish
    public let domain: NeedDomain
    public let priorityAreas: [ActionPlan.PriorityArea]
    public let coverage: Coverage
    public let issues: [Issue]
    /// 0 (no gap) to 1 (nothing at all).
    public let severity: Double
    /// Residents counted (the median parish population when the parish's is unknown).
    public let people: Int
    public let populationKnown: Bool
    public let deprivationMultiplier: Double
    /// severity × people × deprivation multiplier ÷ 1000.
    public let score: Double
    public let finding: String
    /// The provider when there is only one; the nearest site's service.
    public let soleProvider: String?
    public let nearestServiceName: String?

    init(
        parish: Parish, domain: NeedDomain, priorityAreas: [ActionPlan.PriorityArea], coverage: Coverage, medianPopulation: Int,
        directory: Directory
    ) {
        self.parish = parish
        self.domain = domain
        self.priorityAreas = priorityAreas
        self.coverage = coverage
        var issues: [Issue] = []
        var severity = 0.0
        let w = GapAnalysis.Weights.self
        if coverage.isEmpty {
            issues = [.nothing]
            severity = 1
        } else {
            if !coverage.reachableWithoutCar {
                issues.append(.noOptionWithoutCar)
                severity += w.noOptionWithoutCar
            }
            if !coverage.reachableWithoutInternet {
                issues.append(.noOptionWithoutInternet)
                severity += w.noOptionWithoutInternet
            }
            if !coverage.hasFreeOption {
                issues.append(.noFreeOption)
                severity += w.noFreeOption
            }
            if coverage.providers == 1 {
                issues.append(.singleProvider)
                severity += w.singleProvider
            }
            if coverage.inPersonSites == 1 {
                issues.append(.singleSite)
                severity += w.singleSite
            }
        }
        self.issues = issues
        self.severity = (severity * 100).rounded() / 100
        populationKnown = parish.population != nil
        people = parish.population?.count ?? medianPopulation
        deprivationMultiplier = ParishWeight.deprivationMultiplier(level: parish.deprivation.level)
        score = (self.severity * Double(people) * deprivationMultiplier / 1000 * 100).rounded() / 100
        soleProvider = coverage.soleProviderService.flatMap {
            directory.organisation(directory.services[$0].organisationID)?.name
        }
        nearestServiceName = coverage.nearestService.map { directory.services[$0].name }
        finding = GapCell.sentence(
            parish: parish, domain: domain, coverage: coverage, issues: issues, people: people,
            populationKnown: populationKnown, soleProvider: soleProvider)
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
            case .noOptionWithoutCar:
                var s = "nothing reachable without a car"
                if let km = coverage.nearestKm { s += " (nearest site \(Format.kilometres(km)) away)" }
                parts.append(s)
            case .noOptionWithoutInternet: parts.append("online only: nothing for residents without internet")
            case .noFreeOption: parts.append("no free option")
            case .singleProvider: parts.append("one provider only" + (soleProvider.map { " (\($0))" } ?? ""))
            case .singleSite: parts.append("one site only")
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
