import Foundation
import SignpostCore
import Testing
@testable import SignpostORUK

/// Directory v2's two fields, end to end in the Directory format: phone roles and kinds, and
/// structured opening times — decoding, encoding, validation and the words they are shown in.
@Suite("Directory v2: phones and schedules")
struct DirectoryV2Tests {
    /// Bundled services with the v2 fields filled in from what their own records already say
    /// (Age UK's "Monday to Friday, 9am to 4pm"; One You Kent's "text QUIT to 87023"; the
    /// council's switchboard standing in for its Health & Communities Team).
    static var variants: [Service] {
        var out: [Service] = []
        let d = ORUKSupport.directory
        if var s = d.service("age-uk-information-advice") {
            let weekdays = Schedule(days: [.monday, .tuesday, .wednesday, .thursday, .friday], opens: ClockTime(hour: 9, minute: 0), closes: ClockTime(hour: 16, minute: 0))
            s.schedules = [weekdays]
            s.locations[0].schedules = [weekdays]
            s.phones[0].role = .service
            out.append(s)
        }
        if var s = d.service("one-you-kent-smokefree") {
            s.phones.append(Phone(number: "87023", description: "Text QUIT", kind: .text))
            out.append(s)
        }
        if var s = d.service("cost-of-living-support") {
            s.phones[0].role = .standIn
            s.phones[0].askFor = "the Health & Communities Team"
            s.phones[0].extensionNumber = "0123"
            out.append(s)
        }
        var monthly = Service.example(
            "monthly-cafe", needs: ["loneliness"],
            locations: [ServiceLocation(name: "Example venue", parish: "Sevenoaks", schedules: [Schedule(days: [.friday], weeksOfMonth: [-1], opens: ClockTime(hour: 14, minute: 0), closes: ClockTime(hour: 16, minute: 0))])])
        monthly.organisationID = d.organisations[0].id
        monthly.phones = [Phone(number: "116 123", role: .organisation)]
        monthly.schedules = [
            Schedule(
                days: [.tuesday, .thursday], weeksOfMonth: [1, 3], opens: ClockTime(hour: 10, minute: 30), closes: ClockTime(hour: 12, minute: 0),
                validFrom: CalendarDate(year: 2025, month: 4, day: 1), validTo: CalendarDate(year: 2026, month: 3, day: 31), notes: "term time only"),
            Schedule(days: [.saturday], frequency: .weekly),
        ]
        out.append(monthly)
        return out
    }

    /// Services written out as Directory files and loaded back.
    static func reloaded(_ services: [Service]) -> DirectoryLoadResult {
        var files = ORUKSupport.bundledFiles
        let writer = JSONWriter(style: .pretty)
        files.services = services.map { DirectoryFiles.File(path: "Directory/services/\($0.id).json", bytes: writer.bytes($0.directoryJSON)) }
        return DirectoryLoader.load(files, today: ORUKSupport.today)
    }

    @Test("decode(encode(service)) is the service, for every bundled service and the v2 variants")
    func directoryRoundTrip() throws {
        let services = ORUKSupport.directory.services.filter { s in !Self.variants.contains { $0.id == s.id } } + Self.variants
        let loaded = Self.reloaded(services)
        #expect(loaded.findings.filter { $0.severity == .error } == [])
        #expect(ORUKSupport.difference(loaded.directory.services, services) == nil)
    }

    @Test("ORUK export then import keeps roles, kinds, extensions and every schedule, with nothing unmapped")
    func orukRoundTrip() throws {
        let services = Self.variants
        let publication = ORUKPublication(directory: ORUKSupport.directory)
        let path = try ORUKSupport.temporaryFolder() + "/v2.ndjson"
        try AtomicFile.write(services.flatMap(publication.serviceLine), to: path)
        let result = try ORUKSupport.importFeed(path)
        #expect(result.findings == [], "\(result.findings.prefix(3))")
        #expect(ORUKSupport.difference(result.directory.services, services) == nil)
    }

    @Test("a schedule exports as RRULE-style fields with its words")
    func scheduleExport() throws {
        let service = try #require(Self.variants.first { $0.id == "monthly-cafe" })
        let schedules = try #require(ORUKSupport.encoder.service(service)["schedules"]?.arrayValue)
        #expect(schedules.count == 3)
        #expect(schedules[0]["freq"] == "MONTHLY")
        #expect(schedules[0]["byday"] == "1TU,3TU,1TH,3TH")
        #expect(schedules[0]["opens_at"] == "10:30")
        #expect(schedules[0]["valid_to"] == "2026-03-31")
        #expect(schedules[0]["description"] == "First and third Tuesday and Thursday of the month, 10:30am to 12pm, from 1 April 2025 to 31 March 2026 (term time only)")
        #expect(schedules[1]["freq"] == "WEEKLY")
        #expect(schedules[2]["byday"] == "-1FR")
        #expect(schedules[2]["service_at_location_id"] == .string(ORUKEncoder.serviceAtLocationID(service, 0)))
        for s in schedules { #expect(ORUKSchemaFacts.problems(s, kind: "schedule") == []) }
    }

    @Test("schedules in words", arguments: [
        (Schedule(days: [.tuesday], opens: ClockTime(hour: 10, minute: 0), closes: ClockTime(hour: 12, minute: 0)), "Tuesdays, 10am to 12pm"),
        (Schedule(days: [.tuesday], weeksOfMonth: [1], opens: ClockTime(hour: 10, minute: 0), closes: ClockTime(hour: 12, minute: 0)), "First Tuesday of the month, 10am to 12pm"),
        (Schedule(days: [.friday, .monday, .wednesday, .tuesday, .thursday], opens: ClockTime(hour: 9, minute: 0), closes: ClockTime(hour: 17, minute: 30)), "Mondays to Fridays, 9am to 5:30pm"),
        (Schedule(days: [.monday, .wednesday]), "Mondays and Wednesdays"),
        (Schedule(days: [.friday], weeksOfMonth: [-1, 2]), "Second and last Friday of the month"),
        (Schedule(days: Weekday.allCases, opens: ClockTime(hour: 0, minute: 0), closes: ClockTime(hour: 24, minute: 0)), "Every day, 24 hours"),
        (Schedule(days: [.saturday], opens: ClockTime(hour: 19, minute: 0), closes: ClockTime(hour: 24, minute: 0), validTo: CalendarDate(year: 2026, month: 3, day: 31)), "Saturdays, 7pm to midnight, until 31 March 2026"),
    ])
    func words(schedule: Schedule, expected: String) {
        #expect(schedule.inWords == expected)
    }

    /// One service file with `fields` merged into a bundled service, loaded as the Directory would.
    static func findings(_ fields: String) throws -> [String] {
        let base = ORUKSupport.directory.service("age-uk-information-advice")!.directoryJSON
        guard case .object(var o) = base, case .object(let extra) = try ORUKSupport.parse(Array(("{" + fields + "}").utf8)) else {
            Issue.record()
            return []
        }
        for member in extra.members { o[member.key] = member.value }
        var files = ORUKSupport.bundledFiles
        files.services = [DirectoryFiles.File(path: "Directory/services/age-uk-information-advice.json", bytes: JSONWriter(style: .pretty).bytes(.object(o)))]
        files.organisations = ORUKSupport.bundledFiles.organisations
        return DirectoryLoader.load(files, today: ORUKSupport.today).findings
            .filter { $0.field.hasPrefix("phones") || $0.field.hasPrefix("schedules") || $0.field.hasPrefix("locations") }
            .map { "\($0.field): \($0.severity): \($0.message)" }
    }

    @Test("phones: roles, kinds, short numbers and extensions are checked, located")
    func phoneValidation() throws {
        #expect(try Self.findings(#""phones": [{"number": "116 123"}, {"number": "111"}, {"number": "85258", "kind": "text"}, {"number": "01732 454108", "extension": "12"}]"#) == [])
        let found = try Self.findings(#""phones": [{"number": "01732 454108", "role": "stand-in"}, {"number": "85258"}, {"number": "1234", "kind": "text"}, {"number": "01732 454108", "role": "receptionist"}, {"number": "01732 454108", "extension": "12a"}, {"number": "01732 454108", "ask_for": "Jo"}]"#)
        #expect(found.contains("phones[0].ask_for: warning: a stand-in number should say what to ask for (\"ask_for\"), or callers reach the wrong desk"))
        #expect(found.contains { $0.hasPrefix("phones[1].number: error: \"85258\" is not a well-formed UK phone number") })
        #expect(found.contains { $0.hasPrefix("phones[2].number: error: \"1234\" is not a UK number or five-digit short code to text") })
        #expect(found.contains { $0.hasPrefix("phones[3].role: error: unknown value \"receptionist\"") })
        #expect(found.contains("phones[4].extension: error: \"12a\" is not an extension (1 to 6 digits)"))
        #expect(found.contains { $0.hasPrefix("phones[5].ask_for: warning:") })
        #expect(found.count == 6, "\(found)")
    }

    @Test("schedules: day names, times, dates, weeks, order and overlaps are checked, located")
    func scheduleValidation() throws {
        #expect(try Self.findings(#""schedules": [{"days": ["tuesday"], "weeks_of_month": [1, 3], "opens": "10:00", "closes": "24:00", "valid_from": "2025-04-01", "valid_to": "2025-04-01"}]"#) == [])
        let found = try Self.findings(#"""
            "schedules": [
              {"days": ["tuesday", "funday"], "opens": "10:00", "closes": "09:00"},
              {"days": ["monday"], "opens": "9am", "closes": "25:00", "valid_from": "2025-04-01", "valid_to": "2025-03-01"},
              {"days": ["monday"], "weeks_of_month": [0, 6, -1], "frequency": "weekly"},
              {"days": ["friday"], "frequency": "monthly", "opens": "10:00"},
              {"days": [], "opens": "10:00", "closes": "11:00"},
              {"days": ["tuesday", "wednesday"], "opens": "10:00", "closes": "11:00"},
              {"days": ["wednesday"], "opens": "10:30", "closes": "11:30", "colour": "red"}
            ]
            """#)
        let expected = [
            "schedules[0].days[1]: error: unknown value \"funday\"",
            "schedules[0].closes: error: closes at 09:00 but opens at 10:00: closing must be after opening",
            "schedules[1].opens: error: expected a time as HH:MM (00:00 to 24:00), found \"9am\"",
            "schedules[1].closes: error: expected a time as HH:MM (00:00 to 24:00), found \"25:00\"",
            "schedules[1].valid_to: error: valid_to 2025-03-01 is before valid_from 2025-04-01",
            "schedules[2].weeks_of_month[0]: error: week of the month must be 1 to 5, or -1 for the last",
            "schedules[2].weeks_of_month[1]: error: week of the month must be 1 to 5, or -1 for the last",
            "schedules[2].weeks_of_month: error: weeks of the month are given but the frequency is weekly",
            "schedules[3].closes: error: opens is given without closes",
            "schedules[3].weeks_of_month: error: a monthly schedule must say which weeks of the month (1 to 5, or -1 for the last)",
            "schedules[4].days: error: must list at least one day",
            "schedules[6]: warning: overlaps schedules[5] (Tuesdays and Wednesdays, 10am to 11am) on the same day",
            "schedules[6].colour: error: unknown field \"colour\"",
        ]
        for line in expected { #expect(found.contains { $0.hasPrefix(line) }, "\(line)\n\(found)") }
        #expect(found.count == expected.count, "\(found)")
    }

    @Test("overlap: shared day, weeks, dates and hours; the last week may be the fourth or fifth")
    func overlaps() {
        let t = { (h: Int) in ClockTime(hour: h, minute: 0) }
        let weekly = Schedule(days: [.tuesday], opens: t(10), closes: t(12))
        #expect(weekly.overlaps(Schedule(days: [.tuesday], opens: t(11), closes: t(13))))
        #expect(!weekly.overlaps(Schedule(days: [.tuesday], opens: t(12), closes: t(13))))
        #expect(!weekly.overlaps(Schedule(days: [.wednesday], opens: t(10), closes: t(12))))
        #expect(weekly.overlaps(Schedule(days: [.tuesday], weeksOfMonth: [2], opens: t(10), closes: t(12))))
        let first = Schedule(days: [.tuesday], weeksOfMonth: [1], opens: t(10), closes: t(12))
        #expect(!first.overlaps(Schedule(days: [.tuesday], weeksOfMonth: [3], opens: t(10), closes: t(12))))
        #expect(Schedule(days: [.tuesday], weeksOfMonth: [-1], opens: t(10), closes: t(12)).overlaps(Schedule(days: [.tuesday], weeksOfMonth: [4], opens: t(10), closes: t(12))))
        let spring = Schedule(days: [.tuesday], opens: t(10), closes: t(12), validFrom: CalendarDate(year: 2025, month: 3, day: 1), validTo: CalendarDate(year: 2025, month: 5, day: 31))
        #expect(!spring.overlaps(Schedule(days: [.tuesday], opens: t(10), closes: t(12), validFrom: CalendarDate(year: 2025, month: 6, day: 1))))
    }

    @Test("short public lines and text codes are numbers; malformed ones are not", arguments: [
        ("999", Phone.Kind.voice, true), ("111", .voice, true), ("101", .voice, true), ("105", .voice, true), ("116 123", .voice, true),
        ("116123", .voice, true), ("0800 1111", .voice, true), ("85258", .text, true), ("07700 900123", .text, true),
        ("85258", .voice, false), ("116 12", .voice, false), ("1161234", .voice, false), ("998", .voice, false), ("012345", .text, false),
        ("8525", .text, false), (" 111", .voice, false), ("01732 2270", .voice, false),
    ])
    func numbers(number: String, kind: Phone.Kind, valid: Bool) {
        #expect(UKFormats.isWellFormedPhone(number, kind: kind) == valid)
    }
}
