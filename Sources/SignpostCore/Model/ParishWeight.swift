/// How much a parish's residents weigh, the one definition the gap analysis and the checking rota
/// share: the parish's population (the median of the known populations when its own is not
/// known), times a deprivation multiplier of 1 + 0.25 × (level − 1), so 1 at level 1 and 2 at
/// level 5 (Directory/README.md explains the levels).
public struct ParishWeight: Sendable {
    /// The multiplier rises by this much per deprivation level.
    public static let deprivationStep = 0.25

    /// The multiplier for a deprivation level (1–5).
    public static func deprivationMultiplier(level: Int) -> Double {
        1 + deprivationStep * Double(level - 1)
    }

    /// The median of the known parish populations (1,000 when none is known).
    public let medianPopulation: Int

    public init(parishes: [Parish]) {
        let populations = parishes.compactMap { $0.population?.count }.sorted()
        medianPopulation = populations.isEmpty ? 1_000 : populations[populations.count / 2]
    }

    /// Residents counted for a parish, and whether that is its own figure.
    public func people(_ parish: Parish) -> (count: Int, known: Bool) {
        (parish.population?.count ?? medianPopulation, parish.population != nil)
    }

    /// Residents × deprivation multiplier.
    public func weight(_ parish: Parish) -> Double {
        Double(people(parish).count) * Self.deprivationMultiplier(level: parish.deprivation.level)
    }
}
