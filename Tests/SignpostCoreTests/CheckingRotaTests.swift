import Foundation
import SignpostTestSupport
import Testing
@testable import SignpostCore

/// The checking rota on a small fixture Directory (`Tests/Fixtures/Checks/Directory`), with its
/// expectations computed from the records, and recording checks on temporary copies of it.
@Suite("Checking rota")
struct CheckingRotaTests {
    static let folder = PackageRoot.url.appendingPathComponent("Tests/Fixtures/Checks/Directory")
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!
    static let directory: Directory = {
        let result = DirectoryLoader.load(at: folder, displayRoot: "Directory", today: today)
        precondition(result.isUsable, "\(result.findings)")
        return result.directory
    }()
    static let rota = CheckingRota(index: ServiceIndex(directory: directory), today: today)

    /// The formula worked from the records alone: the areas of the fixture are parish lists or the district.
    static func expectedPriority(_ service: Service) -> Double {
        let parishes = directory.parishes
        let known = parishes.compactMap { $0.population?.count }.sorted()
        let median = known[known.count / 2]
        let served: [Parish]
        switch service.area {
        case .parishes(let names): served = parishes.filter { names.contains($0.name) }
        default: served = parishes
        }
        let reach = served.reduce(0.0) { total, p in
            total + Double(p.population?.count ?? median) * (1 + 0.25 * Double(p.deprivation.level - 1))
        } / 1000
        let years = Double(max(0, service.verified.days(until: today))) / 365
        let printed = !service.phones.isEmpty || service.locations.contains { $0.name != nil || $0.address != nil }
        let urgent = directory.urgentContacts.contacts.contains { $0.service == service.id }
        let visibility = 1 + (printed ? 0.5 : 0) + (urgent ? 1 : 0)
        return (years * reach * visibility * 100).rounded() / 100
    }

    @Test("services are ranked by staleness × reach × visibility, worked out from the records")
    func ranking() {
        let expected = Self.directory.services
            .map { ($0.id, Self.expectedPriority($0), $0.verified) }
            .sorted { ($0.1, -$0.2.daysSinceEpoch, $1.0) > ($1.1, -$1.2.daysSinceEpoch, $0.0) }
        #expect(Self.rota.rows.map(\.service.id) == expected.map(\.0))
        #expect(Self.rota.rows.map(\.priority) == expected.map(\.1))
        #expect(Self.rota.rows.map(\.rank) == Array(1...Self.directory.services.count))
        // The order is not just the order of age: reach and visibility move a younger record up.
        let byAge = Self.directory.services.sorted { $0.verified < $1.verified }.map(\.id)
        #expect(Self.rota.rows.map(\.service.id) != byAge)
        // A record verified on the rota's date has nothing to check yet.
        for row in Self.rota.rows where row.service.verified == Self.today { #expect(row.priority == 0) }
    }

    @Test("a district-wide service reaches every parish; a parish service only its own")
    func reach() throws {
        let wide = try #require(Self.rota.rows.first { $0.service.area == .district })
        #expect(wide.parishesServed == Self.directory.parishes.count)
        let local = try #require(Self.rota.rows.first { if case .parishes(let p) = $0.service.area { return p.count == 1 } else { return false } })
        #expect(local.parishesServed == 1)
    }

    @Test("the number to ring follows whose line it is, and a record with no phone says 'no number: find one'")
    func numbers() throws {
        for row in Self.rota.rows {
            let service = row.service
            if service.phones.isEmpty && Self.directory.organisation(service.organisationID)?.phone == nil {
                #expect(row.number.number == nil)
                #expect(row.number.inWords.hasPrefix("no number: find one"))
                for way in [service.url, service.email].compactMap({ $0 }) { #expect(row.number.otherWays.contains(way)) }
                #expect(row.confirm.first { $0.kind == .number }?.onRecord == nil)
                #expect(row.script.contains("What number should residents ring?"))
            }
            if let standIn = service.phones.first(where: { $0.role == .standIn }), service.phones.count == 1 {
                #expect(row.number.whose == .standIn)
                #expect(row.number.askFor == standIn.askFor)
                #expect(row.script.contains("Could I speak to \(standIn.askFor!)?"))
            }
        }
        #expect(Self.rota.rows.contains { $0.number.number == nil }, "the fixture has a record with no phone")
    }

    @Test("what to confirm is derived from what the record holds")
    func confirm() {
        for row in Self.rota.rows {
            let kinds = Set(row.confirm.map(\.kind))
            let s = row.service
            #expect(kinds.contains(.stillRunning) && kinds.contains(.number) && kinds.contains(.cost))
            #expect(kinds.contains(.times) == (s.schedule != nil || !s.schedules.isEmpty))
            #expect(kinds.contains(.venue) == !s.locations.isEmpty)
            #expect(kinds.contains(.eligibility) == (s.eligibility.minimumAge != nil || !s.eligibility.conditions.isEmpty))
            #expect(row.script.count == row.confirm.count + 2 + (row.number.whose == .standIn || row.number.whose == .organisation ? 1 : 0))
        }
    }

    @Test("CSV: RFC 4180, a header row, quotes doubled and fields with commas quoted")
    func csv() throws {
        let text = CheckingRotaCSV.render(Self.rota, limit: 0)
        let records = text.components(separatedBy: "\r\n").dropLast()
        #expect(records.first == CheckingRotaCSV.header.joined(separator: ","))
        #expect(text.hasSuffix("\r\n"))
        let club = try #require(Self.rota.rows.first { $0.service.cost.description?.contains("\"") == true })
        // The cost text has a comma and quotes: the whole confirm field is quoted, its quotes doubled.
        let quoted = club.confirm.map(\.inWords).joined(separator: "; ").replacingOccurrences(of: "\"", with: "\"\"")
        #expect(text.contains(",\"" + quoted + "\","))
        #expect(CheckingRotaCSV.render(Self.rota, limit: 2).components(separatedBy: "\r\n").count == 4)
    }

    @Test("text: the formula, then one block per row, limited")
    func text() {
        let text = CheckingRotaText.render(Self.rota, limit: 3)
        #expect(text.contains(CheckingRota.formula))
        #expect(text.contains("3 of \(Self.rota.rows.count) services"))
        #expect(text.contains("\n1. \(Self.rota.rows[0].service.name) [\(Self.rota.rows[0].service.id)]"))
        #expect(!text.contains("\n4. "))
    }

    // MARK: Recording a check

    /// A temporary copy of the fixture Directory.
    static func copy() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-checks-" + UUID().uuidString)
        try FileManager.default.copyItem(at: folder, to: url)
        return url
    }

    static func bytes(_ folder: URL, _ id: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: folder.appendingPathComponent("services/\(id).json").path) ?? Data())
    }

    @Test("record sets verified, appends the old date to history, and changes nothing else in the file")
    func record() throws {
        let folder = try Self.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let service = try #require(Self.rota.rows.first { $0.service.history.isEmpty && $0.ageDays > 0 }?.service)
        let before = String(decoding: Self.bytes(folder, service.id), as: UTF8.self)
        let date = CalendarDate(year: 2026, month: 11, day: 20)!
        let outcome = try CheckRecorder.record(
            service: service.id, date: date, note: "Rang them, times confirmed", today: Self.today, in: folder, displayRoot: "Directory")
        #expect(outcome.check == CheckRecord(previous: service.verified, recorded: date, note: "Rang them, times confirmed"))
        let after = String(decoding: Self.bytes(folder, service.id), as: UTF8.self)
        let old = before.components(separatedBy: "\n"), new = after.components(separatedBy: "\n")
        // Only the verified line changed, and the history follows it.
        let at = try #require(old.firstIndex { $0.hasPrefix("  \"verified\": ") })
        #expect(Array(new[..<at]) == Array(old[..<at]))
        #expect(new[at] == "  \"verified\": \"2026-11-20\",")
        #expect(new[(at + 1)...].joined(separator: "\n") == """
              "history": [
                {
                  "verified": "\(service.verified)",
                  "recorded": "2026-11-20",
                  "note": "Rang them, times confirmed"
                }
              ]
            }

            """)
        // The Directory still loads; the record carries the check, and a second check appends.
        _ = try CheckRecorder.record(service: service.id, date: Self.today, note: nil, today: Self.today, in: folder, displayRoot: "Directory")
        let reloaded = DirectoryLoader.load(at: folder, displayRoot: "Directory", today: Self.today)
        #expect(!reloaded.findings.hasErrors, "\(reloaded.findings)")
        let record = try #require(reloaded.directory.service(service.id))
        #expect(record.verified == Self.today)
        #expect(record.history == [
            CheckRecord(previous: service.verified, recorded: date, note: "Rang them, times confirmed"),
            CheckRecord(previous: date, recorded: Self.today),
        ])
        // The rota now puts it at priority 0.
        let rota = CheckingRota(index: ServiceIndex(directory: reloaded.directory), today: Self.today)
        #expect(rota.rows.first { $0.service.id == service.id }?.priority == 0)
    }

    @Test(
        "record refuses an unknown service, a future date, a date before verified or a blank note, leaving every file untouched",
        arguments: [
            ("helpine", "2026-11-20", "x", "no service \"helpine\" in Directory/services (did you mean \"helpline\"?)"),
            ("helpline", "2026-11-26", "x", "is in the future"),
            ("helpline", "2025-11-24", "x", "is before the record's verified date, 2025-11-25"),
            ("helpline", "2026-11-20", "   ", "the note must not be blank"),
            ("../parishes", "2026-11-20", "x", "no service \"../parishes\""),
        ])
    func refuses(id: String, date: String, note: String, message: String) throws {
        let folder = try Self.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = Self.directory.services.map(\.id)
        let before = ids.map { Self.bytes(folder, $0) }
        #expect {
            try CheckRecorder.record(
                service: id, date: CalendarDate(iso: date)!, note: note, today: Self.today, in: folder, displayRoot: "Directory")
        } throws: { error in
            (error as? SignpostError)?.message.contains(message) == true
        }
        #expect(ids.map { Self.bytes(folder, $0) } == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("services").path)
        #expect(left.sorted() == ids.map { $0 + ".json" }.sorted(), "no temporary file left behind")
    }

    // MARK: Validating history

    static func history(_ entries: String) -> String {
        ValidatorTests.replacing("\"verified\": \"2026-06-01\"", with: "\"verified\": \"2026-06-01\",\n  \"history\": [\(entries)]")
    }

    static let historyCases: [(String, String, String)] = [
        ("a malformed date", #"{"verified": "2025-13-01", "recorded": "2026-06-01"}"#,
         "Directory/services/fixture.json:15: history[0].verified: error: expected a date as YYYY-MM-DD, found \"2025-13-01\""),
        ("a missing date", #"{"verified": "2025-01-01"}"#,
         "Directory/services/fixture.json:15: history[0].recorded: error: missing required field"),
        ("an unknown field", #"{"verified": "2025-01-01", "recorded": "2026-06-01", "by": "Jo"}"#,
         "Directory/services/fixture.json:15: history[0].by: error: unknown field \"by\""),
        ("a check before the date it replaced", #"{"verified": "2026-01-01", "recorded": "2025-06-01"}"#,
         "Directory/services/fixture.json:15: history[0].recorded: error: recorded 2025-06-01 is before the verified date it replaced, 2026-01-01"),
        ("entries out of order",
         #"{"verified": "2024-01-01", "recorded": "2025-06-01"}, {"verified": "2024-01-01", "recorded": "2025-01-01"}"#,
         "Directory/services/fixture.json:15: history[1].recorded: error: out of order: recorded 2025-01-01 is before history[0]'s 2025-06-01 (oldest first)"),
        ("a check after the record's verified", #"{"verified": "2025-01-01", "recorded": "2026-07-01"}"#,
         "Directory/services/fixture.json:14: verified: error: verified 2026-06-01 is before the last recorded check, 2026-07-01 (history[0])"),
        ("a check in the future", #"{"verified": "2025-01-01", "recorded": "2027-01-01"}"#,
         "Directory/services/fixture.json:15: history[0].recorded: error: 2027-01-01 is in the future"),
    ]

    @Test("the validator reports bad history at its line and field", arguments: historyCases)
    func badHistory(name: String, entries: String, expected: String) {
        let findings = ValidatorTests.findings(for: Self.history(entries))
        #expect(findings.map(\.description).contains(expected), "\(name): \(findings.map(\.description))")
        #expect(findings.hasErrors)
    }

    @Test("a history that chains its dates is accepted; one that skips a check is a warning")
    func goodHistory() {
        let good = #"{"verified": "2024-01-01", "recorded": "2025-06-01", "note": "Rang"}, {"verified": "2025-06-01", "recorded": "2026-06-01"}"#
        #expect(ValidatorTests.findings(for: Self.history(good)).isEmpty)
        let skipped = #"{"verified": "2024-01-01", "recorded": "2025-06-01"}, {"verified": "2025-07-01", "recorded": "2026-06-01"}"#
        let findings = ValidatorTests.findings(for: Self.history(skipped))
        #expect(!findings.hasErrors)
        #expect(findings.map(\.field) == ["history[1].verified"])
    }

    @Test("history survives encoding back to the Directory format")
    func encoding() throws {
        let result = DirectoryLoader.load(
            TestSupport.files(services: [("fixture", Self.history(#"{"verified": "2024-01-01", "recorded": "2026-06-01", "note": "Rang"}"#))]),
            today: TestSupport.today)
        let service = try #require(result.directory.service("fixture"))
        #expect(service.history == [CheckRecord(previous: CalendarDate(iso: "2024-01-01")!, recorded: CalendarDate(iso: "2026-06-01")!, note: "Rang")])
        #expect(service.directoryJSON["history"] == .array([.object(["verified": "2024-01-01", "recorded": "2026-06-01", "note": "Rang"])]))
    }
}
