import Foundation
import SignpostCore
import Testing
@testable import SignpostORUK

/// Real-world feed shapes (Tests/SignpostORUKTests/Fixtures, sources in its README): ORUK v1
/// pages, markup, loose addresses and numbers, repeats, partial and empty pages.
@Suite("ORUK feeds from other publishers")
struct ORUKFeedFixtureTests {
    static let fixtures = ORUKSupport.packageRoot.appendingPathComponent("Tests/SignpostORUKTests/Fixtures")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    /// Tags of any kind: `<` then a letter, `/` or `!`.
    static func hasTag(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        return s.indices.contains { i in
            s[i] == "<" && i + 1 < s.count && (s[i + 1].properties.isAlphabetic || s[i + 1] == "/" || s[i + 1] == "!")
        }
    }

    /// Every text a service holds that a person reads.
    static func texts(_ s: Service) -> [String] {
        var t = [s.name, s.description] + s.accessibility + s.languages
        t += [s.schedule, s.eligibility.notes, s.cost.description].compactMap { $0 }
        t += s.phones.compactMap(\.description) + s.schedules.compactMap(\.notes)
        t += s.locations.flatMap { [$0.name, $0.address].compactMap { $0 } }
        return t
    }

    @Test("ORUK v1 pages: every service read, no markup left, websites and schedules kept")
    func v1Pages() throws {
        let result = try ORUKSupport.importFeed(Self.fixture("v1-pages"), defaultArea: .district)
        #expect(result.servicesRead == 5)
        #expect(result.directory.services.count == 4)  // one service id appears on both pages
        #expect(result.v1Services == 5)
        #expect(result.findings.filter { $0.severity == .error } == [])
        for s in result.directory.services { for t in Self.texts(s) { #expect(!Self.hasTag(t) && !t.contains("&nbsp;"), "\(s.id): \(t)") } }
        for o in result.directory.organisations { #expect(!Self.hasTag(o.name) && !Self.hasTag(o.description)) }
        // Every organization whose v1 record has a `url` keeps it as its website.
        #expect(result.directory.organisations.filter { $0.website != nil }.map(\.name).sorted() == ["Age UK Sevenoaks & Tonbridge", "Samaritans", "West Kent Mind"])

        let ageUK = try #require(result.directory.service("age-uk-free-information-and-advice"))
        #expect(ageUK.name == "Age UK free information and advice")  // the later copy is kept
        #expect(ageUK.description == "Free information and advice\nFor older people and their families on money, help at home, housing, memory loss and local activities.")
        #expect(ageUK.url == "https://www.ageuk.org.uk/sevenoaksandtonbridge/")
        #expect(ageUK.phones.map(\.number) == ["01732 454108"])
        #expect(ageUK.area == .district)
        #expect(ageUK.delivery == [.inPerson, .phone])
        #expect(ageUK.eligibility.notes == "Older people and their families. Drop in")
        #expect(ageUK.locations.first?.address == "5 St John's Road, Sevenoaks")
        #expect(ageUK.locations.first?.parish == "Sevenoaks")
        #expect(Schedule.inWords(ageUK.schedules) == "Mondays to Fridays, 9am to 4pm")
        #expect(ageUK.schedule == nil)
        #expect(ageUK.needs.contains("loneliness") && ageUK.needs.contains("dementia"))  // esdNeed:69, then synonyms

        let mind = try #require(result.directory.service("west-kent-mind-wellbeing-support"))
        #expect(mind.description.hasSuffix("issues:\n- from a local charity\n- where most staff have lived experience"))
        #expect(mind.phones.first?.number == "01732 744950")
        #expect(mind.area == .parishes(["Sevenoaks", "Otford"]))

        let samaritans = try #require(result.directory.service("samaritans-helpline"))
        #expect(samaritans.phones.first?.number == "116 123")
        #expect(samaritans.area == .national)  // "England", E92000001
        #expect(Schedule.inWords(samaritans.schedules) == "Every day, 24 hours")
        #expect(samaritans.delivery == [.phone])

        let smokefree = try #require(result.directory.service("one-you-kent-stop-smoking-service"))
        #expect(smokefree.phones.map(\.displayNumber) == ["0300 123 1220", "text 87023"])
        #expect(smokefree.phones.last?.description == "Text QUIT to 87023")
        #expect(smokefree.delivery == [.inPerson, .phone, .online])
        #expect(smokefree.eligibility.conditions == [])  // "Smoker" is an audience here, not an eligibility link

        let text = result.findings.map(\.description)
        #expect(text.contains { $0.contains("warning: HTML converted to plain text in 8 fields of 3 services") }, "\(text)")
        #expect(text.contains { $0.contains("content[1]: warning: service id 1001 appears 2 times in the feed: the last one read is kept") })
        #expect(text.contains { $0.contains("content[0].url: warning: \"www.ageuk.org.uk/sevenoaksandtonbridge/\" has no scheme") })
        #expect(text.contains { $0.contains("content[0].contacts[0].name: warning: not imported: Signpost keeps no names of people") })
        #expect(text.contains { $0.contains("content[0].deliverable_type: warning: not imported") })
        #expect(text.contains { $0.contains("taxonomy term \"Information and advice\" (localServiceTypes) on 2 services maps to no Signpost need") })
        #expect(result.unmappedTerms.map(\.term) == ["Information and advice"])
        #expect(result.advice == [])
    }

    @Test("the v1 pages import as the golden Directory records")
    func v1Golden() throws {
        let result = try ORUKSupport.importFeed(Self.fixture("v1-pages"), defaultArea: .district)
        var services = result.directory.services
        for i in services.indices { services[i].source = services[i].source.replacingOccurrences(of: Self.fixtures.path, with: "Fixtures") }
        let bytes = JSONWriter(style: .pretty).bytes(.array(services.map(\.directoryJSON)))
        let golden = Self.fixture("v1-pages.expected.json")
        if ProcessInfo.processInfo.environment["SIGNPOST_UPDATE_GOLDEN"] == "1" { try AtomicFile.write(bytes, to: golden) }
        let expected = try #require(FileManager.default.contents(atPath: golden), "run with SIGNPOST_UPDATE_GOLDEN=1 to create it")
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self), "run with SIGNPOST_UPDATE_GOLDEN=1 after an intended change")
    }

    @Test("nothing has an area Signpost knows: the advice comes first and names --default-area")
    func firstRun() throws {
        let feed = """
            {"totalElements": 2, "totalPages": 1, "number": 1, "content": [
              {"id": "a", "name": "Talking therapies", "description": "Help with anxiety.", "organization": {"id": "o", "name": "Org", "description": "An organisation."},
               "service_areas": [{"id": "s", "service_area": "Bristol", "uri": "E06000023"}], "contacts": [{"id": "c", "phones": [{"id": "p", "number": "116 123"}]}]},
              {"id": "b", "name": "Walking group", "description": "Health walks.", "organization": {"id": "o", "name": "Org", "description": "An organisation."},
               "service_areas": [{"id": "s2", "service_area": "Somewhere"}], "url": "www.example.org"}]}
            """
        let path = try ORUKSupport.file("bristol.json", feed)
        let refused = try ORUKSupport.importFeed(path)
        #expect(refused.directory.services.isEmpty)
        #expect(refused.skippedForArea == 2)
        let advice = try #require(refused.advice.first)
        #expect(advice.hasPrefix("Nothing was imported because no area in the feed names a Sevenoaks parish"))
        #expect(advice.contains("--default-area district"))
        #expect(refused.findings.contains { $0.message.contains("its area (Bristol (E06000023)) is outside Sevenoaks District; import with --default-area") })
        let taken = try ORUKSupport.importFeed(path, defaultArea: .westKent)
        #expect(taken.directory.services.map(\.area) == [.westKent, .westKent])
        #expect(taken.advice == [])
        #expect(taken.findings.contains { $0.message == "its area (Bristol (E06000023)) is outside Sevenoaks District: imported as West Kent (--default-area)" })
    }

    @Test("pages: empty ones and a partial set are warnings; a page is never a service 'with no id'")
    func pages() throws {
        let partial = try ORUKSupport.importFeed(Self.fixture("v1-partial"), defaultArea: .district)
        #expect(partial.directory.services.count == 1)
        #expect(partial.findings.contains { $0.severity == .warning && $0.message.hasPrefix("1 of 3 pages read; missing pages 1, 3") }, "\(partial.findings)")
        for (name, feed) in [
            ("empty.json", #"{"empty": true}"#),
            ("v1-empty.json", #"{"totalElements": 0, "totalPages": 0, "number": 0, "content": [], "empty": true}"#),
            ("v3-empty.json", #"{"total_items": 0, "total_pages": 1, "page_number": 1, "size": 0, "first_page": true, "last_page": true, "empty": true, "contents": []}"#),
        ] {
            let result = try ORUKSupport.importFeed(try ORUKSupport.file(name, feed))
            #expect(result.servicesRead == 0, "\(name)")
            #expect(result.findings.allSatisfy { $0.severity == .warning }, "\(name): \(result.findings)")
            #expect(!result.findings.contains { $0.message.contains("no id") }, "\(name)")
        }
        let stray = try ORUKSupport.importFeed(try ORUKSupport.file("stray.json", #"{"hello": "world"}"#))
        #expect(stray.findings.map(\.message) == ["not an ORUK service or list page: it has no id, no name and no contents"])
    }

    @Test("pages in a folder are read in page order, 2 before 10")
    func pageOrder() {
        let names = ["10.json", "2.json", "1.json", "page-11.json", "page-9.json"]
        #expect(ORUKFeedReader.naturallySorted(names) == ["1.json", "2.json", "10.json", "page-9.json", "page-11.json"])
    }

    @Test("the ORUK validator's own page fixture: repeats counted, nameless services skipped, missing pages named")
    func validatorFixture() throws {
        let result = try ORUKSupport.importFeed(Self.fixture("oruk-validator-pagination.json"), defaultArea: .district)
        #expect(result.servicesRead == 5)
        #expect(result.directory.services.isEmpty)
        #expect(result.findings.filter { $0.message == "service skipped: it has no name" }.count == 5)
        #expect(result.findings.contains { $0.message.hasPrefix("1 of 4 pages read; missing pages 1, 2, 4") })
    }

    @Test("the DfE fixture of HTML and JavaScript: none reaches the Directory; quoted number and extension read")
    func dfeFixture() throws {
        let result = try ORUKSupport.importFeed(Self.fixture("hsds3-html-and-javascript.json"), defaultArea: .district)
        let service = try #require(result.directory.services.first)
        #expect(service.description.hasPrefix("Counselling Services provided by trained professionals."))
        #expect(service.cost.description == "Click mefees_description")
        for t in Self.texts(service) { #expect(!Self.hasTag(t) && !t.contains("javascript"), "\(t)") }
        #expect(service.phones.first?.number == "01234 234567")
        #expect(service.phones.first?.extensionNumber == "100")
    }

    @Test("structured schedules from RRULE fields; what they cannot hold is kept as text, with a finding")
    func rruleSchedules() throws {
        let feed = """
            {"id": "s", "name": "Lunch club", "description": "A lunch club for lonely older people.", "status": "active",
             "organization": {"id": "o", "name": "Org", "description": "An organisation."}, "service_areas": [{"id": "a", "name": "Kent"}],
             "phones": [{"id": "p", "number": "01732 227000"}],
             "schedules": [
               {"id": "1", "freq": "MONTHLY", "byday": "1TU,3TU,2WE", "opens_at": "12:00:00Z", "closes_at": "14:00:00Z", "notes": "bring a friend"},
               {"id": "2", "freq": "WEEKLY", "interval": 2, "byday": "FR", "opens_at": "10:00", "closes_at": "11:00"},
               {"id": "3", "byday": "MO", "bymonthday": "1,15", "description": "Some Mondays"},
               {"id": "4", "byday": "SA", "opens_at": "14:00", "closes_at": "13:00", "description": "Saturday afternoons"},
               {"id": "5", "byday": "SU", "opens_at": "10:00", "closes_at": "12:00", "valid_from": "2025-04-01", "dtstart": "2025-04-06", "schedule_link": "https://example.org/book"}
             ]}
            """
        let result = try ORUKSupport.importFeed(try ORUKSupport.file("rrule.json", feed))
        let service = try #require(result.directory.services.first)
        #expect(service.schedules.map(\.inWords) == [
            "First and third Tuesday of the month, 12pm to 2pm (bring a friend)",
            "Second Wednesday of the month, 12pm to 2pm (bring a friend)",
            "Sundays, 10am to 12pm, from 1 April 2025",
        ])
        #expect(service.schedule == "Every 2 weeks on Fridays, 10am to 11am; Some Mondays; Saturday afternoons")
        let text = result.findings.map(\.description)
        #expect(text.contains { $0.contains("schedules[1].interval: warning: every 2 weeks cannot be held as structured opening times: kept as text") })
        #expect(text.contains { $0.contains("schedules[2].bymonthday: warning: days of the month (bymonthday 1,15)") })
        #expect(text.contains { $0.contains("schedules[3].closes_at: error: closes at 13:00 but opens at 14:00") })
        #expect(text.contains { $0.contains("schedules[4].dtstart: warning: not imported") })
        #expect(text.contains { $0.contains("schedules[4].schedule_link: warning: not imported") })
    }

    @Test("eligibility terms become a condition only when they name one circumstance")
    func eligibilityTerms() throws {
        func service(_ terms: String) throws -> (Service?, [Finding]) {
            let feed = """
                {"id": "s", "name": "Carers' café", "description": "A café for unpaid carers.", "organization": {"id": "o", "name": "Org", "description": "An organisation."},
                 "service_areas": [{"id": "a", "service_area": "Kent"}], "url": "https://example.org",
                 "eligibilitys": [{"id": "e", "eligibility": "Unpaid carers", "minimum_age": "18", "maximum_age": 999, "taxonomys": [\(terms)]}]}
                """
            let result = try ORUKSupport.importFeed(try ORUKSupport.file("e.json", feed))
            return (result.directory.services.first, result.findings)
        }
        let (one, _) = try service(#"{"id": "t1", "name": "Carer", "vocabulary": "esdCircumstances"}"#)
        #expect(one?.eligibility.conditions == [.carer])
        #expect(one?.eligibility.minimumAge == 18)
        #expect(one?.eligibility.maximumAge == nil)
        #expect(one?.eligibility.notes == "Unpaid carers")
        let (two, findings) = try service(#"{"id": "t1", "name": "Carer"}, {"id": "t2", "name": "esdCircumstance:Gender_Female"}, {"id": "esdCircumstance:Gender_Female", "name": "Female"}"#)
        #expect(two?.eligibility.conditions == [])
        #expect(two?.eligibility.notes?.contains("For: Carer") == true)
        #expect(findings.contains { $0.message.hasPrefix("several eligibility terms") })
    }

    @Test("a service no term maps still imports when its name names a service type")
    func serviceTypeNames() throws {
        let feed = #"{"content": [{"id": "a", "name": "1st Otford Scouts", "organization": {"id": "o", "name": "O", "description": "O."}, "service_areas": [{"id": "s", "service_area": "Otford"}], "url": "https://example.org"}, {"id": "b", "name": "Quarterly committee", "organization": {"id": "o", "name": "O", "description": "O."}, "service_areas": [{"id": "s", "service_area": "Otford"}], "url": "https://example.org"}]}"#
        let result = try ORUKSupport.importFeed(try ORUKSupport.file("types.json", feed))
        #expect(result.directory.services.map(\.needs) == [["children-activities"]])
        #expect(result.findings.contains { $0.message.contains("through the vocabulary tables: children-activities (from \"scouts\")") })
        #expect(result.findings.contains { $0.field == "content[1]" && $0.message.hasPrefix("service skipped: no attribute or phrase") })
    }

    @Test("attending_access: referral needed, or how to go")
    func attendingAccess() throws {
        for (access, referral, notes) in [("referral", ReferralRoute.otherProfessional, nil as String?), ("appointment", .selfReferral, "By appointment"), ("drop-in", .selfReferral, "Drop in")] {
            let feed = #"{"id": "s", "name": "Debt advice", "description": "Free debt advice.", "organization": {"id": "o", "name": "O", "description": "O."}, "service_areas": [{"id": "a", "service_area": "UK"}], "url": "https://example.org", "attending_access": "\#(access)"}"#
            let result = try ORUKSupport.importFeed(try ORUKSupport.file("a.json", feed))
            let service = try #require(result.directory.services.first)
            #expect(service.eligibility.referral == referral)
            #expect(service.eligibility.notes == notes)
        }
    }
}
