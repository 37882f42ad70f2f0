/// What the engine already knows about one candidate service for this resident, computed once and
/// handed to every eligibility and scoring rule with the service itself.
public struct RuleCandidate: Sendable {
    /// Position of the service in the Directory.
    public let ordinal: Int
    /// Whether the service's area covers where the resident lives.
    public let servesResident: Bool
    /// Kilometres to the nearest site, when the service lists a site (nil otherwise).
    public let distanceKm: Double?
    /// The stated and the suggested needs this service meets.
    public let statedNeedsMet: NeedSet
    public let suggestedNeedsMet: NeedSet

    let traits: ServiceTraits
    /// The nearest site, when there is one.
    let nearestSite: ServiceIndex.Site?
}
