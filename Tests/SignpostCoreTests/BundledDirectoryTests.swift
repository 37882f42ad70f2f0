import Testing
@testable import SignpostCore

/// The real bundled Directory: it must load clean and hold what the foundation issue promises.
@Suite("Bundled Directory")
struct BundledDirectoryTests {
    static let districtParishes = [
        "Ash-cum-Ridley", "Badgers Mount", "Brasted", "Chevening", "Chiddingstone", "Cowden", "Crockenhill",
        "Dunton Green", "Edenbridge", "Eynsford", "Farningham", "Fawkham", "Halstead", "Hartley", "Hever", "Hextable",
        "Horton Kirby and South Darenth", "Kemsing", "Knockholt", "Leigh", "Otford", "Penshurst", "Riverhead", "Seal",
        "Sevenoaks", "Sevenoaks Weald", "Shoreham", "Sundridge and Ide Hill", "Swanley", "Westerham", "West Kingsdown",
    ]

    @Test("loads and validates with zero errors")
    func zeroErrors() {
        let errors = TestSupport.bundled.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test("has at least 40 real services, each with a source and a verified date not in the future")
    func serviceCount() {
        let services = TestSupport.directory.services
        #expect(services.count >= 40)
        for service in services {
            #expect(!service.source.isEmpty)
            #expect(service.verified <= TestSupport.today)
        }
    }

    @Test("has every town and parish council area of the district", arguments: districtParishes)
    func parishPresent(name: String) {
        #expect(TestSupport.directory.parish(named: name) != nil)
    }

    @Test("has exactly the district's 31 towns and parishes, four of them towns")
    func parishCount() {
        let parishes = TestSupport.directory.parishes
        #expect(parishes.count == 31)
        #expect(Set(parishes.filter { $0.kind == .town }.map(\.name)) == ["Sevenoaks", "Swanley", "Edenbridge", "Westerham"])
    }

    @Test("every service's organisation, needs and parishes resolve")
    func referencesResolve() {
        let d = TestSupport.directory
        for service in d.services {
            #expect(d.organisation(service.organisationID) != nil, "\(service.id)")
            for need in service.needs { #expect(d.taxonomy.need(need) != nil, "\(service.id): \(need)") }
            if case .parishes(let names) = service.area {
                for name in names { #expect(d.parish(named: name) != nil, "\(service.id): \(name)") }
            }
        }
    }

    @Test("every domain of the taxonomy has at least one need")
    func domainsHaveNeeds() {
        let taxonomy = TestSupport.directory.taxonomy
        for domain in taxonomy.domains { #expect(!taxonomy.needs(inDomain: domain.id).isEmpty, "\(domain.id)") }
    }

    @Test("the district's postcode districts are in the outcode table", arguments: ["TN13", "TN14", "TN15", "TN8", "TN16", "BR8", "DA3", "DA4"])
    func outcodes(code: String) {
        #expect(TestSupport.directory.outcode(code) != nil)
    }

    @Test("every phone number is well formed and no record invents one")
    func phones() {
        for service in TestSupport.directory.services {
            for phone in service.phones { #expect(UKFormats.isWellFormedPhone(phone.number, kind: phone.kind), "\(service.id)") }
        }
    }

    @Test("services --parish uses the service area: Go2 serves Otford but not Edenbridge")
    func serviceQuery() throws {
        let otford = try ServiceQuery(parish: "Otford").run(on: TestSupport.index).map(\.id)
        let edenbridge = try ServiceQuery(parish: "edenbridge").run(on: TestSupport.index).map(\.id)
        #expect(otford.contains("go2-demand-responsive-bus"))
        #expect(!edenbridge.contains("go2-demand-responsive-bus"))
        #expect(edenbridge.contains("edenbridge-leisure-centre"))
        #expect(throws: SignpostError.self) { try ServiceQuery(parish: "Edenbrige").run(on: TestSupport.index) }
    }
}
