import Foundation
import SignpostTestSupport
import SignpostCore
import Testing
@testable import SignpostORUK

/// Every exported object checked against the facts of the ORUK 3.0 schemas.
@Suite("ORUK export conformance")
struct ORUKConformanceTests {
    @Test("every bundled service exports as a conforming, fully nested ORUK service", arguments: ORUKSupport.directory.services)
    func service(_ service: Service) throws {
        let json = ORUKSupport.encoder.service(service)
        #expect(ORUKSchemaFacts.problems(json, kind: "service") == [])
        // What the issue names as required for a Signpost export.
        for key in ["id", "name", "status", "organization_id", "assured_date", "last_modified", "organization", "attributes", "service_areas"] {
            #expect(json[key] != nil, "\(service.id): \(key)")
        }
        #expect(json["assured_date"] == .string(service.verified.description))
        #expect(json["minimum_age"]?.intValue == service.eligibility.minimumAge)
        #expect(json["maximum_age"]?.intValue == service.eligibility.maximumAge)
        #expect(json["attributes"]?.arrayValue?.count == service.needs.count)
        #expect(json["phones"]?.arrayValue?.first?["number"]?.stringValue == service.phone)
        #expect(json[ORUKProfile.extensionKey]?["id"] == .string(service.id))
    }

    @Test("ids are stable across runs and unique across the export")
    func stableIDs() throws {
        let first = try ORUKSupport.export()
        let second = try ORUKSupport.export()
        let names = try FileManager.default.contentsOfDirectory(atPath: first + "/services").sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: second + "/services").sorted()))
        #expect(names.count == ORUKSupport.directory.services.count)
        for name in names {
            #expect(FileManager.default.contents(atPath: first + "/services/" + name) == FileManager.default.contents(atPath: second + "/services/" + name))
        }
        var ids: [String] = []
        for service in ORUKSupport.directory.services {
            collectIDs(ORUKSupport.encoder.service(service), into: &ids, skipping: ["organization", "taxonomy_term", "location"])
        }
        #expect(Set(ids).count == ids.count, "an id is reused for two different objects")
    }

    /// Ids of the objects a service owns (shared objects such as its organization are skipped).
    private func collectIDs(_ value: JSONValue, into ids: inout [String], skipping: Set<String>) {
        guard case .object(let o) = value else {
            if case .array(let items) = value { for item in items { collectIDs(item, into: &ids, skipping: skipping) } }
            return
        }
        if let id = o["id"]?.stringValue { ids.append(id) }
        for member in o.members where member.key != ORUKProfile.extensionKey && !skipping.contains(member.key) {
            collectIDs(member.value, into: &ids, skipping: skipping)
        }
    }

    @Test("the publication's lists conform: services pages, organizations, taxonomies and terms")
    func lists() throws {
        let folder = try ORUKSupport.export(perPage: 20)
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder + "/pages/services")
        let total = LoadedDirectories.bundled.services.count
        let pageCount = (total + 19) / 20
        #expect(pages.count == pageCount)
        var seen = 0
        for n in 1...pageCount {
            let page = try ORUKSupport.parse([UInt8](try #require(FileManager.default.contents(atPath: folder + "/pages/services/\(n).json"))))
            #expect(ORUKSchemaFacts.pageProblems(page, itemKind: "service") == [])
            #expect(page["page_number"]?.intValue == n)
            #expect(page["total_items"]?.intValue == total)
            #expect(page["total_pages"]?.intValue == pageCount)
            #expect(page["first_page"] == .bool(n == 1))
            #expect(page["last_page"] == .bool(n == pageCount))
            seen += page["size"]?.intValue ?? 0
        }
        #expect(seen == total)
        for (file, kind) in [("organizations.json", "organization"), ("taxonomies.json", "taxonomy"), ("taxonomy_terms.json", "taxonomy_term")] {
            let page = try ORUKSupport.parse([UInt8](try #require(FileManager.default.contents(atPath: folder + "/" + file))))
            #expect(ORUKSchemaFacts.pageProblems(page, itemKind: kind) == [], "\(file)")
        }
        let index = try ORUKSupport.parse([UInt8](try #require(FileManager.default.contents(atPath: folder + "/index.json"))))
        for key in ["version", "profile", "openapi_url"] { #expect(index[key]?.stringValue != nil) }
    }

    @Test("every need is a term of the published taxonomy, under its domain")
    func taxonomy() throws {
        let terms = ORUKSupport.encoder.taxonomyTerms()
        let ids = Set(terms.compactMap { $0["id"]?.stringValue })
        #expect(terms.count == ORUKSupport.directory.taxonomy.domains.count + ORUKSupport.directory.taxonomy.needs.count)
        for service in ORUKSupport.directory.services {
            for attribute in ORUKSupport.encoder.service(service)["attributes"]?.arrayValue ?? [] {
                let term = try #require(attribute["taxonomy_term_id"]?.stringValue)
                #expect(ids.contains(term))
                #expect(ids.contains(try #require(attribute["taxonomy_term"]?["parent_id"]?.stringValue)))
            }
        }
    }

    @Test("addresses split into street and town; a site without a postcode keeps its address in the extension")
    func addresses() throws {
        let ageUK = try #require(ORUKSupport.directory.service("age-uk-information-advice"))
        let location = ORUKSupport.encoder.service(ageUK)["service_at_locations"]?.arrayValue?.first?["location"]
        let address = location?["addresses"]?.arrayValue?.first
        #expect(address?["address_1"] == "5 St John's Road")
        #expect(address?["city"] == "Sevenoaks")
        #expect(address?["postal_code"] == "TN13 3LR")
        #expect(address?["country"] == "GB")
        // Computed from the Directory: the first service whose first site has a street address but no postcode.
        let unposted = try #require(ORUKSupport.directory.services.first { service in
            guard let first = service.locations.first else { return false }
            return first.address != nil && first.postcode == nil
        })
        let street = try #require(unposted.locations.first?.address)
        let site = ORUKSupport.encoder.service(unposted)["service_at_locations"]?.arrayValue?.first?["location"]
        #expect(site?["addresses"] == nil)
        #expect(site?[ORUKProfile.extensionKey]?["address"] == .string(street))
    }

    @Test("the date-time fact itself", arguments: [
        ("2024-04-01T00:00:00Z", true), ("2023-03-15T10:30:45.123Z", true), ("2023-03-15T10:30:45+01:00", true),
        ("2023-03-15", false), ("2023-03-15 10:30:45Z", false), ("2023-13-15T10:30:45Z", false),
    ])
    func dateTime(text: String, valid: Bool) {
        #expect(ORUKSchemaFacts.isDateTime(text) == valid)
    }
}
