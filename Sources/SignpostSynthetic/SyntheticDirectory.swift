import SignpostCore

/// A synthetic directory at national-aggregator scale (e.g. 100,000 services over 10,000 areas),
/// generated from a seed: the same parameters always give the same directory. It uses the real
/// need taxonomy so free-text matching works as it does on the bundled data.
public struct SyntheticDirectory: Sendable {
    public var services: Int
    public var areas: Int
    public var seed: UInt64

    public init(services: Int, areas: Int, seed: UInt64 = 20261125) {
        self.services = services
        self.areas = areas
        self.seed = seed
    }

    /// The region the areas are spread over (roughly southern England), in degrees.
    static let latitudes = 50.9...52.9
    static let longitudes = -2.8...1.3

    public func generate(taxonomy: Taxonomy) -> Directory {
        var rng = SeededGenerator(seed: seed)
        let side = Int(Double(areas).squareRoot().rounded(.up))
        let latStep = (Self.latitudes.upperBound - Self.latitudes.lowerBound) / Double(side)
        let lonStep = (Self.longitudes.upperBound - Self.longitudes.lowerBound) / Double(side)

        // Areas on a jittered grid; every ten form a postcode district.
        var parishes: [Parish] = []
        parishes.reserveCapacity(areas)
        var outcodeMembers: [String: [Int]] = [:]
        for i in 0..<areas {
            let row = i / side, column = i % side
            let lat = Self.latitudes.lowerBound + (Double(row) + Double.random(in: 0.2...0.8, using: &rng)) * latStep
            let lon = Self.longitudes.lowerBound + (Double(column) + Double.random(in: 0.2...0.8, using: &rng)) * lonStep
            let outcode = Self.outcode(i / 10)
            outcodeMembers[outcode, default: []].append(i)
            parishes.append(
                Parish(
                    name: Self.areaName(i), kind: i % 25 == 0 ? .town : .parish,
                    population: .init(count: Int.random(in: 200...20_000, using: &rng), year: 2021, source: "synthetic"),
                    centroid: GeoPoint(latitude: lat, longitude: lon), outcodes: [outcode], wards: [],
                    healthArea: nil, primaryCareNetwork: nil,
                    deprivation: .init(level: Int.random(in: 1...5, using: &rng), evidence: []), notes: nil))
        }
        let outcodes = outcodeMembers.keys.sorted().map { code -> Outcode in
            let members = outcodeMembers[code]!
            let lat = members.map { parishes[$0].centroid.latitude }.reduce(0, +) / Double(members.count)
            let lon = members.map { parishes[$0].centroid.longitude }.reduce(0, +) / Double(members.count)
            return Outcode(
                code: code, centroid: GeoPoint(latitude: lat, longitude: lon), parishes: members.map { parishes[$0].name },
                source: "synthetic")
        }

        let organisationCount = max(1, services / 10)
        let organisations = (0..<organisationCount).map { i in
            Organisation(
                id: "org-\(i)", name: "Organisation \(i)", description: "A synthetic organisation.",
                phone: "01632 \(sixDigits(960_000 + i % 1000))", source: "synthetic")
        }

        let needIDs = taxonomy.needs.map(\.id)
        let modes: [DeliveryMode] = [.inPerson, .phone, .online, .homeVisit, .transport]
        var list: [Service] = []
        list.reserveCapacity(services)
        for i in 0..<services {
            let home = Int.random(in: 0..<areas, using: &rng)
            let centre = parishes[home].centroid
            var needs: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let need = needIDs[Int.random(in: 0..<needIDs.count, using: &rng)]
                if !needs.contains(need) { needs.append(need) }
            }
            let roll = Double.random(in: 0..<1, using: &rng)
            let area: ServiceArea
            if roll < 0.85 {
                // The home area and a few neighbours on the grid.
                var names = [parishes[home].name]
                for _ in 0..<Int.random(in: 0...6, using: &rng) {
                    let neighbour = home + [-1, 1, -side, side, -side - 1, side + 1][Int.random(in: 0..<6, using: &rng)]
                    if neighbour >= 0 && neighbour < areas && !names.contains(parishes[neighbour].name) {
                        names.append(parishes[neighbour].name)
                    }
                }
                area = .parishes(names)
            } else if roll < 0.97 {
                area = .radius(km: Double(Int.random(in: 3...15, using: &rng)))
            } else {
                area = .national
            }
            var locations: [ServiceLocation] = []
            for s in 0..<Int.random(in: 1...2, using: &rng) {
                let point = GeoPoint(
                    latitude: centre.latitude + Double.random(in: -0.02...0.02, using: &rng),
                    longitude: centre.longitude + Double.random(in: -0.03...0.03, using: &rng))
                locations.append(
                    ServiceLocation(name: "Site \(s + 1)", address: "\(i) High Street", parish: parishes[home].name, coordinate: point))
            }
            var delivery: Set<DeliveryMode> = [.inPerson]
            for mode in modes where Double.random(in: 0..<1, using: &rng) < 0.2 { delivery.insert(mode) }
            if Double.random(in: 0..<1, using: &rng) < 0.03 { delivery = [.online] }
            var eligibility = Eligibility()
            if Double.random(in: 0..<1, using: &rng) < 0.2 {
                eligibility.minimumAge = [16, 18, 50, 65][Int.random(in: 0..<4, using: &rng)]
            }
            if Double.random(in: 0..<1, using: &rng) < 0.05 {
                eligibility.conditions = [Circumstance.allCases[Int.random(in: 0..<Circumstance.allCases.count, using: &rng)]]
            }
            if Double.random(in: 0..<1, using: &rng) < 0.1 { eligibility.referral = .healthProfessional }
            let cost = Cost(kind: Cost.Kind.allCases[Int.random(in: 0..<Cost.Kind.allCases.count, using: &rng)])
            let verified = CalendarDate(daysSinceEpoch: CalendarDate(year: 2023, month: 1, day: 1)!.daysSinceEpoch + Int.random(in: 0...1400, using: &rng))
            list.append(
                Service(
                    id: "svc-\(i)", name: "Service \(i)", organisationID: "org-\(i % organisationCount)",
                    description: "A synthetic service for benchmarking.", needs: needs, eligibility: eligibility,
                    area: area, cost: cost, delivery: delivery, locations: locations,
                    phones: [Phone(number: "01632 \(sixDigits(960_000 + i % 1000))")], source: "synthetic",
                    verified: verified))
        }
        return Directory(
            organisations: organisations, services: list, parishes: parishes, outcodes: outcodes, taxonomy: taxonomy)
    }

    public static func areaName(_ i: Int) -> String { "Area \(i)" }

    /// Well-formed outward codes that no real UK postcode district uses ("QA1", "QB17", …).
    static func outcode(_ n: Int) -> String {
        let letters = Array("ABCDEFGHJKLMNOPRSTUWYZ")
        return "Q" + String(letters[(n / 99) % letters.count]) + String(n % 99 + 1)
    }
}

/// Six digits with leading zeros.
func sixDigits(_ n: Int) -> String {
    let digits = String(n % 1_000_000)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
}
