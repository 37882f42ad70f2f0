/// How well a parish is served for one group of needs, as a resident of it would experience it:
/// measured with the same index the matching engine uses (who serves the parish, the nearest
/// site, how a service is delivered), and counting only what a resident can use for that need
/// (docs/GAP-ANALYSIS.md).
public struct Coverage: Sendable, Equatable {
    /// How many services meeting the needs serve the parish.
    public var services = 0
    /// How many of them are specific to the parish or its area, not district-wide or wider.
    public var localServices = 0
    /// Distinct organisations among them, and one of their services when there is only one.
    public var providers = 0
    public var soleProviderService: Int?
    /// Distinct in-person sites among them.
    public var inPersonSites = 0
    /// The nearest in-person site (within `CoverageCalculator.searchKm`) and its distance from
    /// the parish centroid.
    public var nearestKm: Double?
    public var nearestService: Int?
    /// Some service can be used without a car: a site within walking distance, one that comes to
    /// the resident (home visits, door-to-door transport), or help by phone or online where the
    /// domain's needs can be met that way (`NeedDomain.remoteServes`).
    public var reachableWithoutCar = false
    /// Not reachable without a car on foot or at home, but a site lies within community
    /// transport's reach and a door-to-door transport service serves the parish.
    public var reachableByCommunityTransport = false
    /// Every service is by phone or online, and the domain's needs take being there.
    public var remoteOnly = false
    /// Some service can be used without the internet (it is not online only).
    public var reachableWithoutInternet = false
    /// Some service is free.
    public var hasFreeOption = false
    /// Some service is free and reachable without a car.
    public var hasFreeOptionWithoutCar = false
    /// How many services' cost the Directory does not know.
    public var costUnknown = 0
    /// In-person services with no site the Directory can place.
    public var unlocated = 0

    public var isEmpty: Bool { services == 0 }
}

/// Computes coverage for many parishes and groups of needs. Services that serve every parish
/// (district, county, national) are summarised once, with spatial grids for their sites, so the
/// cost per parish depends on the services specific to it, not on the size of the whole directory.
public struct CoverageCalculator: Sendable {
    /// Sites further than this are not looked for among the wide services.
    public static let searchKm = 50.0

    /// How far each group's needs are measured: walking distance, community transport's reach,
    /// and whether phone or online help meets them.
    public struct Reach: Sendable {
        public var walkingKm: Double
        public var transportKm: Double
        public init(walkingKm: Double, transportKm: Double) {
            self.walkingKm = walkingKm
            self.transportKm = transportKm
        }
    }

    let index: ServiceIndex
    let groups: [NeedSet]
    /// Per group: phone and online help meets these needs.
    let remoteServes: [Bool]
    let reach: Reach
    let removed: Set<Int>
    let wide: [WideSummary]
    /// A wide door-to-door transport service serves every parish.
    let wideTransport: Bool
    /// Every service's facts, read once.
    let serviceFacts: [Facts]

    /// What the wide services contribute to every parish, per group.
    struct WideSummary: Sendable {
        var services = 0
        var organisations: Set<Int32> = []
        var sites: Set<Int64> = []
        var comes = false
        var remote = false
        var notRemoteOnly = false
        var notOnlineOnly = false
        var free = false
        var freeComes = false
        var freeRemote = false
        var costUnknown = 0
        var unlocated = 0
        var sample: Int?
        var inPerson = SpatialGrid()
        var freeInPerson = SpatialGrid()
    }

    /// One service's facts, as coverage needs them (the engine's delivery modes, read once).
    struct Facts {
        /// Visits the resident at home.
        var homeVisit: Bool
        /// Help by phone or online.
        var remote: Bool
        var inPerson: Bool
        var onlineOnly: Bool
        var free: Bool
        var costUnknown: Bool
        /// Provides door-to-door transport.
        var transport: Bool
        /// What it is mainly for (its first need), when the taxonomy has it.
        var mainNeed: Int?

        /// Comes to the resident for these needs: a home visit, or transport to the door when
        /// getting there is what the service is mainly for (a lift is not company, but a lunch
        /// club's own minibus brings you to it).
        func comes(for group: NeedSet) -> Bool {
            homeVisit || (transport && mainNeed.map(group.contains) ?? false)
        }
    }

    public init(index: ServiceIndex, groups: [NeedSet], remoteServes: [Bool], reach: Reach, removed: Set<Int> = []) {
        self.index = index
        self.groups = groups
        self.remoteServes = remoteServes
        self.reach = reach
        self.removed = removed
        var wide = [WideSummary](repeating: WideSummary(), count: groups.count)
        var wideTransport = false
        let facts = index.directory.services.indices.map { CoverageCalculator.facts(index, $0) }
        for s32 in index.wideServices {
            let s = Int(s32)
            guard !removed.contains(s) else { continue }
            let f = facts[s]
            if f.transport { wideTransport = true }
            for (g, group) in groups.enumerated() where index.needSets[s].intersects(group) {
                let comes = f.comes(for: group)
                wide[g].services += 1
                wide[g].organisations.insert(index.organisationOrdinals[s])
                if wide[g].sample == nil { wide[g].sample = s }
                if comes { wide[g].comes = true }
                if f.remote { wide[g].remote = true }
                if comes || f.inPerson { wide[g].notRemoteOnly = true }
                if !f.onlineOnly { wide[g].notOnlineOnly = true }
                if f.free { wide[g].free = true }
                if f.free && comes { wide[g].freeComes = true }
                if f.free && f.remote { wide[g].freeRemote = true }
                if f.costUnknown { wide[g].costUnknown += 1 }
                if f.inPerson && index.sites[s].isEmpty { wide[g].unlocated += 1 }
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
        self.wideTransport = wideTransport
        self.serviceFacts = facts
    }

    static func facts(_ index: ServiceIndex, _ s: Int) -> Facts {
        let t = index.traits[s]
        let d = t.delivery
        let service = index.directory.services[s]
        return Facts(
            homeVisit: d.contains(.homeVisit), remote: d.contains(.phone) || d.contains(.online),
            inPerson: d.contains(.inPerson), onlineOnly: d.isOnlineOnly, free: t.cost == .free, costUnknown: t.cost == .unknown,
            transport: d.contains(.transport), mainNeed: service.needs.first.flatMap(index.directory.taxonomy.ordinal(ofNeed:)))
    }

    /// Coverage of parish `p` for each group.
    public func coverage(ofParish p: Int) -> [Coverage] {
        let centroid = index.directory.parishes[p].centroid
        var result = [Coverage](repeating: Coverage(), count: groups.count)
        var organisations = wide.map(\.organisations)
        var sites = wide.map(\.sites)
        var sole = wide.map(\.sample)
        var notRemoteOnly = wide.map(\.notRemoteOnly)
        // Door-to-door transport serving this parish, for any need, carries residents to sites
        // within its reach.
        var transport = wideTransport
        if !transport {
            transport = index.servicesByParish[p].contains { !removed.contains(Int($0)) && serviceFacts[Int($0)].transport }
        }

        for (g, summary) in wide.enumerated() where summary.services > 0 {
            var c = Coverage()
            c.services = summary.services
            c.reachableWithoutInternet = summary.notOnlineOnly
            c.hasFreeOption = summary.free
            c.reachableWithoutCar = summary.comes || (summary.remote && remoteServes[g])
            c.hasFreeOptionWithoutCar = summary.freeComes || (summary.freeRemote && remoteServes[g])
            c.costUnknown = summary.costUnknown
            c.unlocated = summary.unlocated
            if let nearest = summary.inPerson.nearest(to: centroid, maxKm: Self.searchKm) {
                c.nearestKm = nearest.km
                c.nearestService = nearest.tag
                if nearest.km <= reach.walkingKm { c.reachableWithoutCar = true }
            }
            if !c.hasFreeOptionWithoutCar, summary.free,
                summary.freeInPerson.nearest(to: centroid, maxKm: reach.walkingKm) != nil
            {
                c.hasFreeOptionWithoutCar = true
            }
            result[g] = c
        }

        for s32 in index.servicesByParish[p] {
            let s = Int(s32)
            guard !removed.contains(s) else { continue }
            let f = serviceFacts[s]
            let nearest = f.inPerson ? index.nearestSite(service: s, from: centroid) : nil
            let onFoot = nearest.map { $0.km <= reach.walkingKm } ?? false
            for (g, group) in groups.enumerated() where index.needSets[s].intersects(group) {
                let comes = f.comes(for: group)
                let withoutCar = comes || (f.remote && remoteServes[g]) || onFoot
                result[g].services += 1
                result[g].localServices += 1
                organisations[g].insert(index.organisationOrdinals[s])
                if sole[g] == nil { sole[g] = s }
                if comes || f.inPerson { notRemoteOnly[g] = true }
                if f.costUnknown { result[g].costUnknown += 1 }
                if f.inPerson && index.sites[s].isEmpty { result[g].unlocated += 1 }
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
            result[g].remoteOnly = result[g].services > 0 && !notRemoteOnly[g] && !remoteServes[g]
            if !result[g].reachableWithoutCar, transport, let km = result[g].nearestKm, km <= reach.transportKm {
                result[g].reachableByCommunityTransport = true
            }
        }
        return result
    }

    /// A site identity for counting distinct places (to about a metre).
    static func key(_ p: GeoPoint) -> Int64 {
        Int64((p.latitude * 100_000).rounded()) &* 100_000_000 &+ Int64((p.longitude * 100_000).rounded())
    }
}
