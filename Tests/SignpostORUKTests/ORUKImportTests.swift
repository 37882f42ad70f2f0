import Foundation
import SignpostCore
import Testing
@testable import SignpostORUK

/// Feeds from other publishers: what maps, what is reported, and bad input that must never crash.
@Suite("ORUK import")
struct ORUKImportTests {
    /// A small but realistic neighbour's feed: a /services page of three services.
    static let page = """
        {"total_items": 3, "total_pages": 1, "page_number": 1, "size": 3, "first_page": true, "last_page": true, "empty": false,
         "contents": [
          {"id": "0b4f5a4e-6a1c-4c36-9d34-2f1c3f0d7a01", "name": "Edenbridge Debt Advice", "status": "active",
           "description": "Free, confidential debt advice.",
           "organization": {"id": "5b0d9f8e-7c1a-4f4e-8a43-1d2c3b4a5f60", "name": "Citizens Advice North & West Kent",
                            "description": "Independent advice charity.", "website": "https://www.cankwk.org.uk"},
           "service_areas": [{"id": "a1", "name": "Edenbridge"}],
           "service_at_locations": [{"id": "s1", "location": {"id": "l1", "location_type": "physical", "name": "Eden Centre",
              "addresses": [{"id": "ad1", "address_1": "Four Elms Road", "city": "Edenbridge", "state_province": "Kent",
                             "postal_code": "tn8 6bY", "country": "GB", "address_type": "physical"}]}}],
           "cost_options": [{"id": "c1", "option": "Free", "amount": 0}],
           "phones": [{"id": "p1", "number": "0808 278 7815"}],
           "attributes": [{"id": "t1", "taxonomy_term": {"id": "x1", "name": "Debt advice", "description": "Debt"}}],
           "funding": [{"id": "f1", "source": "Lottery"}]},
          {"name": "A service with no id", "status": "active",
           "organization": {"id": "o2", "name": "Somebody", "description": "x"}},
          {"id": "0b4f5a4e-6a1c-4c36-9d34-2f1c3f0d7a03", "name": "Walking group", "status": "active", "minimum_age": "18",
           "description": "Weekly health walks.", "phones": {"number": "01732 227000"}, "url": "https://www.sevenoaks.gov.uk",
           "organization": {"id": "5b0d9f8e-7c1a-4f4e-8a43-1d2c3b4a5f60"},
           "service_areas": [{"id": "a3", "name": "Sevenoaks District",
                              "uri": "http://statistics.data.gov.uk/id/statistical-geography/E07000111"}]}
         ]}
        """

    @Test("a neighbour's page: mapped fields, reported losses, located findings")
    func neighbourPage() throws {
        let path = try ORUKSupport.file("page.json", Self.page)
        let result = try ORUKSupport.importFeed(path)
        #expect(result.servicesRead == 3)
        #expect(result.directory.services.count == 2)
        let debt = try #require(result.directory.services.first { $0.name == "Edenbridge Debt Advice" })
        #expect(debt.id == "edenbridge-debt-advice")
        #expect(debt.area == .parishes(["Edenbridge"]))
        #expect(debt.cost.kind == .free)
        #expect(debt.phone == "0808 278 7815")
        #expect(debt.locations.first?.postcode == "TN8 6BY")
        #expect(debt.locations.first?.parish == "Edenbridge")
        #expect(debt.locations.first?.address == "Four Elms Road, Edenbridge")
        #expect(debt.delivery == [.inPerson, .phone])
        #expect(debt.needs.contains("debt-benefits") || !debt.needs.isEmpty)
        #expect(debt.source.contains("0b4f5a4e-6a1c-4c36-9d34-2f1c3f0d7a01"))
        let walking = try #require(result.directory.services.first { $0.name == "Walking group" })
        #expect(walking.area == .district)
        #expect(walking.organisationID == debt.organisationID)
        #expect(walking.eligibility.minimumAge == 18)  // "18" as text is read: v1 feeds write ages so

        let text = result.findings.map(\.description)
        #expect(text.contains { $0.hasPrefix(path + ":14: contents[0].funding: warning: not imported") }, "\(text)")
        #expect(text.contains { $0.contains("contents[1]: error: service skipped: it has no id") })
        #expect(text.contains { $0.contains("contents[2].phones: error: expected an array of objects, found an object") })
        #expect(debt.needs == ["cost-of-living"])  // "Debt advice", by the service-types table
    }

    @Test("an ndjson stream: a bad line is reported at its line and the rest imported")
    func ndjsonBadLine() throws {
        let publication = ORUKPublication(directory: ORUKSupport.directory)
        let services = ORUKSupport.directory.services.prefix(3)
        var text = ""
        for (i, s) in services.enumerated() {
            text += String(decoding: publication.serviceLine(s), as: UTF8.self)
            if i == 0 { text += "{\"id\": \"broken\", \n\n" }
        }
        let path = try ORUKSupport.file("feed.ndjson", text)
        let result = try ORUKSupport.importFeed(path)
        #expect(result.directory.services.count == 3)
        #expect(result.findings.map(\.description).contains { $0.hasPrefix(path + ":2: error: malformed JSON") })
    }

    @Test("bad feeds give findings, never a crash", arguments: [
        ("not-utf8.json", [UInt8]("{\"id\": \"".utf8) + [0xC3, 0x28] + [UInt8]("\", \"name\": \"x\"}".utf8), "not valid UTF-8"),
        ("truncated.json", [UInt8]("{\"contents\": [{\"id\": ".utf8), "malformed JSON"),
        ("number.json", [UInt8]("42".utf8), "expected an ORUK service"),
        ("contents.json", [UInt8]("{\"contents\": {\"id\": \"x\"}}".utf8), "expected an array of services"),
        ("deep.json", [UInt8](String(repeating: "[", count: 100_000).utf8), "malformed JSON"),
        ("element.json", [UInt8]("[1, \"two\", null]".utf8), "expected a service object"),
        ("empty.json", [], "malformed JSON"),
    ])
    func badFeeds(name: String, bytes: [UInt8], message: String) throws {
        let path = try ORUKSupport.temporaryFolder() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try ORUKSupport.importFeed(path)
        #expect(result.directory.services.isEmpty)
        #expect(result.findings.contains { $0.severity == .error && $0.message.contains(message) }, "\(result.findings)")
    }

    @Test("a 200 MB feed is refused before it is read")
    func hugeFile() throws {
        let path = try ORUKSupport.temporaryFolder() + "/huge.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 << 20)  // sparse: no disk used
        try handle.close()
        let result = try ORUKSupport.importFeed(path)
        #expect(result.findings.map(\.message).contains { $0.hasPrefix("file is 200 MiB") })
    }

    @Test("an unsafe id in the extension is never used as a file name")
    func unsafeID() throws {
        let service = ORUKSupport.directory.services[0]
        var json = ORUKSupport.encoder.service(service)
        guard case .object(var o) = json, case .object(var x)? = o[ORUKProfile.extensionKey] else { Issue.record(); return }
        x["id"] = "../../etc/passwd"
        o[ORUKProfile.extensionKey] = .object(x)
        json = .object(o)
        let path = try ORUKSupport.file("one.json", JSONWriter().string(json))
        let result = try ORUKSupport.importFeed(path)
        #expect(result.directory.services.map(\.id) == [ORUKIdentifiers.slug(service.name)])
        #expect(result.files().allSatisfy { !$0.path.contains("..") })
        #expect(result.findings.contains { $0.message.contains("cannot be used") })
    }

    @Test("inactive services are skipped with a warning; a service the validator rejects is skipped and named")
    func skipped() throws {
        let feed = """
            [{"id": "a", "name": "Closed café", "status": "defunct"},
             {"id": "b", "name": "Lonely hearts club", "status": "active", "description": "For people who feel lonely.",
              "organization": {"id": "o", "name": "Org", "description": "An organisation."},
              "service_areas": [{"id": "s", "name": "Kent"}], "minimum_age": 80, "maximum_age": 20,
              "phones": [{"id": "p", "number": "01732 227000"}]}]
            """
        let result = try ORUKSupport.importFeed(try ORUKSupport.file("list.json", feed))
        #expect(result.findings.contains { $0.severity == .warning && $0.message == "service skipped: its status is \"defunct\"" })
        #expect(result.findings.contains { $0.message.contains("minimum_age 80 is greater than maximum_age 20") })
        let lonely = try #require(result.directory.services.first)
        #expect(lonely.needs.first == "loneliness")
        #expect(lonely.area == .kent)
    }

    @Test("organizations listed beside the services resolve organization_id")
    func organizationsFile() throws {
        let folder = try ORUKSupport.temporaryFolder()
        try Data("""
            {"contents": [{"id": "org-uuid", "name": "Sevenoaks Area Mind", "description": "Mental health charity."}]}
            """.utf8).write(to: URL(fileURLWithPath: folder + "/organizations.json"))
        try Data("""
            [{"id": "svc", "name": "Talking group", "status": "active", "organization_id": "org-uuid",
              "description": "A group for anxiety and low mood.", "service_areas": [{"id": "a", "name": "Sevenoaks"}],
              "url": "https://www.sevenoaksmind.org.uk"}]
            """.utf8).write(to: URL(fileURLWithPath: folder + "/services.json"))
        let result = try ORUKSupport.importFeed(folder)
        #expect(result.directory.organisations.map(\.name) == ["Sevenoaks Area Mind"])
        #expect(result.directory.services.first?.area == .parishes(["Sevenoaks"]))
    }

    @Test("the ORUK reference example imports with --default-area, reporting what it cannot map",
          .enabled(if: ORUKSupport.hasReference))
    func referenceExample() throws {
        let path = ORUKSupport.referenceFolder.appendingPathComponent("example_service_full.json").path
        let refused = try ORUKSupport.importFeed(path)
        #expect(refused.directory.services.isEmpty)
        #expect(refused.findings.contains { $0.message.hasPrefix("service skipped: no service area Signpost recognises") })
        let result = try ORUKSupport.importFeed(path, defaultArea: .national)
        let service = try #require(result.directory.services.first)
        #expect(service.name == "Community Counselling")
        #expect(service.needs == ["anxiety-depression"])
        #expect(service.eligibility.minimumAge == 12)
        #expect(service.verified == CalendarDate(year: 2005, month: 1, day: 1))
        #expect(service.cost.kind == .paid)
        let fields = Set(result.findings.map(\.field))
        // The cost option with the dates it holds, and `fees` in words beside it.
        #expect(service.cost.description == "Under 18s and Over 60s: £35: per 1 hour session (valid from 1 January 2020 to 31 December 2022); fees_description")
        for field in ["accreditations", "alert", "funding", "service_at_locations[0].location.latitude", "contacts[0].name"] {
            #expect(fields.contains(field), "\(field)")
        }
    }
}
