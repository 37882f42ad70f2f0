/// Precomputed lookups over one Directory: which services meet which need, which serve which
/// parish, and where each service can be found. Built once per Directory (at load and reload)
/// and shared, read-only, by every match, printed list and gap analysis.
public final class ServiceIndex: Sendable {
    public let directory: Directory

    /// Per service: its needs as a set of taxonomy ordinals.
    let needSets: [NeedSet]
    /// A place a service can be found, resolved once at index time.
    public struct Site: Sendable {
        /// Site coordinates, or the centroid of the site's parish or postcode district.
        public var point: GeoPoint
        /// The parish ordinal of the site, or -1 when it is outside the Directory's parishes.
        public var parish: Int32
        /// True when the point is the site's own coordinates, not a centroid.
        public var exact: Bool
        /// Position of the location in `Service.locations`.
        public var location: Int32
    }

    /// Per service: where it can be found.
    let sites: [[Site]]
    /// Per service: true when it covers every parish (district, West Kent, Kent, national).
    let coversEverywhere: [Bool]
    /// Per service: the sorted parish ordinals it serves, when it does not cover everywhere.
    let coveredParishes: [[Int32]]
    /// Per parish ordinal: services that serve it specifically (listed or within their radius).
    let servicesByParish: [[Int32]]
    /// Services that serve every parish.
    let wideServices: [Int32]
    /// Per need ordinal: services meeting it.
    let servicesByNeed: [[Int32]]
    /// Service presence (sites and the centroids of listed parishes), for "nearby but not serving you".
    let presence: SpatialGrid
    /// Parish centroids, for resolving coordinates to a parish.
    let parishGrid: SpatialGrid
    /// Per service: the position of its id in sorted order (ties in score are broken by id).
    public let idRank: [Int32]
    /// Per service: its organisation's name, and a number for it (for counting providers).
    public let organisationNames: [String]
    let organisationOrdinals: [Int32]
    /// Per service: the facts eligibility and scoring read in the hot loop.
    let traits: [ServiceTraits]
    /// The services' names and descriptions, for the resident's own words.
    public let text: ServiceTextIndex

    public init(directory: Directory) {
        self.directory = directory
        let taxonomy = directory.taxonomy
        let parishCount = directory.parishes.count
        var needSets: [NeedSet] = []
        var sites: [[Site]] = []
        var coversEverywhere: [Bool] = []
        var coveredParishes: [[Int32]] = []
        var servicesByParish = [[Int32]](repeating: [], count: parishCount)
        var wideServices: [Int32] = []
        var servicesByNeed = [[Int32]](repeating: [], count: taxonomy.needs.count)
        var presence = SpatialGrid()
        var parishGrid = SpatialGrid()
        for (i, parish) in directory.parishes.enumerated() { parishGrid.insert(parish.centroid, tag: i) }

        for (s, service) in directory.services.enumerated() {
            let ordinals = service.needs.compactMap { taxonomy.ordinal(ofNeed: $0) }
            needSets.append(NeedSet(ordinals: ordinals))
            for n in Set(ordinals) { servicesByNeed[n].append(Int32(s)) }

            var serviceSites: [Site] = []
            for (l, location) in service.locations.enumerated() {
                guard let point = ServiceIndex.point(of: location, in: directory) else { continue }
                let parish = location.parish.flatMap { directory.parishOrdinal(named: $0) } ?? -1
                serviceSites.append(
                    Site(point: point, parish: Int32(parish), exact: location.coordinate != nil, location: Int32(l)))
            }
            sites.append(serviceSites)
            let points = serviceSites.map(\.point)
            for p in points { presence.insert(p, tag: s) }

            switch service.area {
            case .district, .westKent, .kent, .national:
                coversEverywhere.append(true)
                coveredParishes.append([])
                wideServices.append(Int32(s))
            case .parishes(let names):
                let covered = Array(Set(names.compactMap { directory.parishOrdinal(named: $0) })).sorted().map(Int32.init)
                coversEverywhere.append(false)
                coveredParishes.append(covered)
                for p in covered {
                    servicesByParish[Int(p)].append(Int32(s))
                    presence.insert(directory.parishes[Int(p)].centroid, tag: s)
                }
            case .radius(let km):
                var covered = Set<Int32>()
                for point in points {
                    parishGrid.forEach(within: km, of: point) { parish, _ in covered.insert(Int32(parish)) }
                }
                let sorted = covered.sorted()
                coversEverywhere.append(false)
                coveredParishes.append(sorted)
                for p in sorted { servicesByParish[Int(p)].append(Int32(s)) }
            }
        }
        self.needSets = needSets
        self.sites = sites
        self.coversEverywhere = coversEverywhere
        self.coveredParishes = coveredParishes
        self.servicesByParish = servicesByParish
        self.wideServices = wideServices
        self.servicesByNeed = servicesByNeed
        self.presence = presence
        self.parishGrid = parishGrid
        var rank = [Int32](repeating: 0, count: directory.services.count)
        for (position, s) in directory.services.indices.sorted(by: { directory.services[$0].id < directory.services[$1].id })
            .enumerated()
        {
            rank[s] = Int32(position)
        }
        idRank = rank
        traits = directory.services.map(ServiceTraits.init)
        text = ServiceTextIndex(services: directory.services)
        organisationNames = directory.services.map {
            directory.organisation($0.organisationID)?.name ?? $0.organisationID
        }
        var organisationNumbers: [String: Int32] = [:]
        organisationOrdinals = directory.services.map { service in
            if let n = organisationNumbers[service.organisationID] { return n }
            let n = Int32(organisationNumbers.count)
            organisationNumbers[service.organisationID] = n
            return n
        }
    }

    /// Where a location is, as best the Directory can tell.
    static func point(of location: ServiceLocation, in directory: Directory) -> GeoPoint? {
        if let coordinate = location.coordinate { return coordinate }
        if let name = location.parish, let parish = directory.parish(named: name) { return parish.centroid }
        if let postcode = location.postcode, let code = UKFormats.outcode(of: postcode),
            let outcode = directory.outcode(code)
        {
            return outcode.centroid
        }
        return nil
    }

    /// Whether service `s` serves parish ordinal `p`.
    public func serves(service s: Int, parish p: Int) -> Bool {
        if coversEverywhere[s] { return true }
        let list = coveredParishes[s]
        var lo = 0, hi = list.count - 1
        let target = Int32(p)
        while lo <= hi {
            let mid = (lo + hi) >> 1
            if list[mid] == target { return true }
            if list[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
        }
        return false
    }

    /// Ordinals of every service that serves parish `p` (specific ones first, then wide ones).
    public func services(servingParish p: Int) -> [Int] {
        servicesByParish[p].map(Int.init) + wideServices.map(Int.init)
    }

    /// Distance from `point` to the nearest site of service `s`, and that site, if it has any.
    public func nearestSite(service s: Int, from point: GeoPoint) -> (km: Double, site: Site)? {
        var best: (km: Double, site: Site)? = nil
        for site in sites[s] {
            let d = point.distanceKm(to: site.point)
            if best == nil || d < best!.km { best = (d, site) }
        }
        return best
    }

    /// The nearest parish to a point, within `maxKm`.
    public func nearestParish(to point: GeoPoint, maxKm: Double) -> (parish: Int, km: Double)? {
        parishGrid.nearest(to: point, maxKm: maxKm).map { ($0.tag, $0.km) }
    }

    /// The service's needs as a set of taxonomy ordinals.
    public func needSet(ofService s: Int) -> NeedSet { needSets[s] }

    /// The ordinals of the services meeting need ordinal `n`.
    public func services(meetingNeed n: Int) -> [Int] { servicesByNeed[n].map(Int.init) }

    /// The sites of service `s`.
    public func sites(ofService s: Int) -> [Site] { sites[s] }
}
