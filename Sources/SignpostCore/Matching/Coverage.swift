/// How well a parish is served for one group of needs, as a resident of it would experience it:
/// measured with the same index and rules the matching engine uses (who serves the parish, the
/// nearest site, whether a mode of delivery spares a journey, whether a service is online only).
public struct Coverage: Sendable, Equatable {
    /// How many services meeting the needs serve the parish.
    public var services = 0
    /// Distinct organisations among them, and one of their services when there is only one.
    public var providers = 0
    public var soleProviderService: Int?
    /// Distinct in-person sites among them.
    public var inPersonSites = 0
    /// The nearest in-person site (within `CoverageCalculator.searchKm`) and its distance from
    /// the parish centroid.
    public var nearestKm: Double?
    public var nearestService: Int?
    /// Some service can be used without a car: a site within walking reach, or one that needs no
    /// travel (phone, home visit, transport provided, online).
    public var reachableWithoutCar = false
    /// Some service can be used without the internet (it is not online only).
    public var reachableWithoutInternet = false
    /// Some service is free.
    public var hasFreeOption = false
    /// Some service is free and reachable without a car.
    public var hasFreeOptionWithoutCar = false

    public var isEmpty: Bool { services == 0 }
}

/// Computes coverage for many parishes and groups of needs. Services that serve every parish
/// (district, county, national) are summarised once, with spatial grids for their sites, so the
/// cost per parish depends on the services specific to it, not on the size of the whole directory.
public struct CoverageCalculator: Sendable {
    /// Sites further than this are not looked for among the wide services.
    public static let searchKm = 50.0

    let index: ServiceIndex
    let groups: [NeedSet]
    let walkingKm: Double
    let removed: Set<Int>
    let wide: [WideSummary]

    /// What the wide services contribute to every parish, per group.
    struct WideSummary: Sendable {
        var services = 0
        var organisations: Set<Int32> = []
        var sites: Set<Int64> = []
        var noTravel = false
        var notOnlineOnly = false
        var free = false
        var freeNoTravel = false
        var sample: Int?
        var inPerson = SpatialGrid()
        var freeInPerson = SpatialGrid()
    }

    /// One service's facts, as coverage needs them (the engine's rules, read once).
    struct Facts {
        var noTravel: Bool
        var inPerson: Bool
        var onlineOnly: Bool
        var free: Bool
    }

    public init(index: ServiceIndex, groups: [NeedSet], walkingKm: Double, removed: Set<Int> = []) {
        self.index = index
        self.groups = groups
        self.walkingKm = walkingKm
        self.removed = removed
        var wide = [WideSummary](repeating: WideSummary(), count: groups.count)
        for s32 in index.wideServices {
            let s = Int(s32)
            guard !removed.contains(s) else { continue }
            let f = CoverageCalculator.facts(index, s)
            for (g, group) in groups.enumerated() where index.needSets[s].intersects(group) {
                wide[g].services += 1
                wide[g].organisations.insert(index.organisationOrdinals[s])
                if wide[g].sample == nil { wide[g].sample = s }
                if f.noTravel { wide[g].noTravel = true }
                if !f.onlineOnly { wide[g].notOnlineOnly = true }
                if f.free { wide[g].free = true }
                if f.free && f.noTravel { wide[g].freeNoTravel = true }
                if f.inPerson {
                    for site in index.sites[s] {
                        wide[g].sites.insert(CoverageCalculator.key(site.point))
                        wide[g].inPerson.insert(site.point, tag: s)
                        if f.free { wide[g].freeInPerson.insert(site.point, tag: s) }
                    }
                }
            }
        }
        self.wide = wide
    }

    static func facts(_ index: ServiceIndex, _ s: Int) -> Facts {
        let t = index.traits[s]
        return Facts(
            noTravel: ServiceReach.noTravelMode(t.delivery, hasInternet: true) != nil,
            inPerson: t.delivery.contains(.inPerson), onlineOnly: t.delivery.isOnlineOnly, free: t.cost == .free)
    }

    /// Coverage of parish `p` for each group.
    public func coverage(ofParish p: Int) -> [Coverage] {
        let centroid = index.directory.parishes[p].centroid
        var result = [Coverage](repeating: Coverage(), count: groups.count)
        var organisations = wide.map(\.organisations)
        var sites = wide.map(\.sites)
        var sole = wide.map(\.sample)

        for (g, summary) in wide.enumerated() where summary.services > 0 {
            var c = Coverage()
            c.services = summary.services
            c.reachableWithoutInternet = summary.notOnlineOnly
            c.hasFreeOption = summary.free
            c.reachableWithoutCar = summary.noTravel
            c.hasFreeOptionWithoutCar = summary.freeNoTravel
            if let nearest = summary.inPerson.nearest(to: centroid, maxKm: Self.searchKm) {
                c.nearestKm = nearest.km
                c.nearestService = nearest.tag
                if nearest.km <= walkingKm { c.reachableWithoutCar = true }
            }
            if !c.hasFreeOptionWithoutCar, summary.free,
                summary.freeInPerson.nearest(to: centroid, maxKm: walkingKm) != nil
            {
                c.hasFreeOptionWithoutCar = true
            }
            result[g] = c
        }

        for s32 in index.servicesByParish[p] {
            let s = Int(s32)
            guard !removed.contains(s) else { continue }
            let f = Self.facts(index, s)
            let nearest = f.inPerson ? index.nearestSite(service: s, from: centroid) : nil
            let withoutCar = f.noTravel || (nearest.map { $0.km <= walkingKm } ?? false)
            for (g, group) in groups.enumerated() where index.needSets[s].intersects(group) {
                result[g].services += 1
                organisations[g].insert(index.organisationOrdinals[s])
                if sole[g] == nil { sole[g] = s }
                if let n = nearest {
                    for site in index.sites[s] { sites[g].insert(Self.key(site.point)) }
                    if result[g].nearestKm == nil || n.km < result[g].nearestKm! {
                        result[g].nearestKm = n.km
                        result[g].nearestService = s
                    }
                }
                if withoutCar { result[g].reachableWithoutCar = true }
                if !f.onlineOnly { result[g].reachableWithoutInternet = true }
                if f.free {
                    result[g].hasFreeOption = true
                    if withoutCar { result[g].hasFreeOptionWithoutCar = true }
                }
            }
        }
        for g in groups.indices {
            result[g].providers = organisations[g].count
            result[g].inPersonSites = sites[g].count
            result[g].soleProviderService = result[g].providers == 1 ? sole[g] : nil
        }
        return result
    }

    /// A site identity for counting distinct places (to about a metre).
    static func key(_ p: GeoPoint) -> Int64 {
        Int64((p.latitude * 100_000).rounded()) &* 100_000_000 &+ Int64((p.longitude * 100_000).rounded())
    }
}
