import SignpostCore

/// The wider-determinants gap analysis: for every parish × domain, how a resident of the parish
/// is served, how severe the gap is, and how much it matters given population and deprivation.
/// The method is set out in docs/GAP-ANALYSIS.md; the numbers are the constants below.
public struct GapAnalysis: Sendable {
    /// An in-person site within this distance of the parish centre counts as reachable on foot:
    /// a mile, about 20 minutes' walk for an older resident.
    public static let walkingKm = 1.6

    /// Where door-to-door community transport serves a parish, a site within this distance
    /// counts as reachable by it (the printed lists' "further away" rule, `PrintedListBuilder`).
    public static let transportKm = 15.0

    /// The rurality multiplier, by settlement tier (1 where the tier is not known): rural
    /// residents have further to go and fewer buses (seeds 003 and 004).
    public static func ruralityMultiplier(_ settlement: Parish.Settlement?) -> Double {
        switch settlement {
        case .none, .principalTown, .town: 1
        case .localServiceCentre: 1.1
        case .village: 1.2
        case .hamlet: 1.3
        }
    }

    /// Deprivation multiplier: 1 at level 1, rising by this much per level (2 at level 5); the
    /// core's `ParishWeight`, which the checking rota shares.
    public static let deprivationStep = ParishWeight.deprivationStep

    public let index: ServiceIndex

    public init(index: ServiceIndex) { self.index = index }

    /// Runs the analysis over the chosen parishes and domains (all by default).
    public func run(parishes: [Int]? = nil, domains: [String]? = nil, removed: Set<Int> = []) -> GapReport {
        let directory = index.directory
        let taxonomy = directory.taxonomy
        let chosenDomains = taxonomy.domains.filter { domains == nil || domains!.contains($0.id) }
        let groups = chosenDomains.map { domain in
            NeedSet(ordinals: taxonomy.needs.indices.filter { taxonomy.needs[$0].domain == domain.id })
        }
        let areas = chosenDomains.map { domain in
            directory.actionPlan.priorityAreas.filter { area in taxonomy.needs(inDomain: domain.id).contains { $0.priorityArea == area.id } }
        }
        let median = ParishWeight(parishes: directory.parishes).medianPopulation

        let calculator = CoverageCalculator(
            index: index, groups: groups, remoteServes: chosenDomains.map(\.remoteServes),
            reach: CoverageCalculator.Reach(walkingKm: Self.walkingKm, transportKm: Self.transportKm), removed: removed)
        var cells: [GapCell] = []
        for p in parishes ?? Array(directory.parishes.indices) {
            let parish = directory.parishes[p]
            let coverages = calculator.coverage(ofParish: p)
            for (d, domain) in chosenDomains.enumerated() {
                cells.append(
                    GapCell(
                        parish: parish, domain: domain, priorityAreas: areas[d], coverage: coverages[d],
                        medianPopulation: median, directory: directory))
            }
        }
        return GapReport(cells: cells, domains: chosenDomains, removed: removed)
    }
}
