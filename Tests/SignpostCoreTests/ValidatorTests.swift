import Testing
@testable import SignpostCore

/// One fixture per validator error kind, each asserting the exact located message.
@Suite("Directory validator")
struct ValidatorTests {
    /// A valid service file; fixtures replace one line of it.
    static let valid = """
        {
          "id": "fixture",
          "name": "Fixture service",
          "organization_id": "west-kent-mind",
          "description": "A service used by the tests.",
          "needs": ["loneliness"],
          "minimum_age": 18,
          "service_area": {"kind": "parishes", "parishes": ["Edenbridge"]},
          "cost": {"kind": "free"},
          "delivery": ["in-person"],
          "locations": [{"name": "Hall", "postcode": "TN8 5AX", "parish": "Edenbridge", "latitude": 51.19, "longitude": 0.06}],
          "phones": [{"number": "01732 227000"}],
          "source": "Test fixture",
          "verified": "2026-06-01"
        }
        """

    static func replacing(_ old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture does not contain \(old)")
        return valid.replacingOccurrences(of: old, with: new)
    }

    /// The findings about the fixture's own file (the bundled parishes carry warnings of their own).
    static func findings(for text: String, file: String = "fixture") -> [Finding] {
        DirectoryLoader.load(TestSupport.files(services: [(file, text)]), today: TestSupport.today).findings
            .filter { $0.file.hasPrefix("Directory/services/") }
    }

    @Test("the valid fixture has no findings")
    func validFixture() {
        #expect(Self.findings(for: Self.valid).isEmpty)
    }

    static let cases: [(String, String, String)] = [
        ("malformed JSON", replacing("\"free\"}", with: "\"free\"},,"),
         "Directory/services/fixture.json:9: error: malformed JSON: unexpected ',': expected a member name in double quotes (column 28)"),
        ("missing required field", replacing("  \"name\": \"Fixture service\",\n", with: ""),
         "Directory/services/fixture.json:1: name: error: missing required field"),
        ("wrong type", replacing("\"minimum_age\": 18", with: "\"minimum_age\": \"18\""),
         "Directory/services/fixture.json:7: minimum_age: error: expected a whole number, found a string"),
        ("unknown field", replacing("\"description\"", with: "\"descripton\""),
         "Directory/services/fixture.json:5: descripton: error: unknown field \"descripton\" (did you mean \"description\"?)"),
        ("unknown organisation", replacing("\"west-kent-mind\"", with: "\"west-kent-mnd\""),
         "Directory/services/fixture.json:4: organization_id: error: unknown organisation \"west-kent-mnd\" (did you mean \"west-kent-mind\"?)"),
        ("unknown need", replacing("[\"loneliness\"]", with: "[\"loneliness\", \"lonelyness\"]"),
         "Directory/services/fixture.json:6: needs[1]: error: unknown need \"lonelyness\" (did you mean \"loneliness\"?)"),
        ("unknown parish", replacing("[\"Edenbridge\"]}", with: "[\"Edenbrige\"]}"),
         "Directory/services/fixture.json:8: service_area.parishes[0]: error: unknown parish \"Edenbrige\" (did you mean \"Edenbridge\"?)"),
        ("unknown enumeration value", replacing("[\"in-person\"]", with: "[\"in person\"]"),
         "Directory/services/fixture.json:10: delivery[0]: error: unknown value \"in person\" (expected one of: in-person, phone, online, home-visit, transport; did you mean \"in-person\"?)"),
        ("malformed phone", replacing("01732 227000", with: "01732 2270"),
         "Directory/services/fixture.json:12: phones[0].number: error: \"01732 2270\" is not a well-formed UK phone number"),
        ("malformed postcode", replacing("TN8 5AX", with: "TN8 5A"),
         "Directory/services/fixture.json:11: locations[0].postcode: error: \"TN8 5A\" is not a well-formed UK postcode"),
        ("coordinates outside the district", replacing("\"latitude\": 51.19", with: "\"latitude\": 53.48"),
         "Directory/services/fixture.json:11: locations[0].latitude: error: 53.48, 0.06 is outside the district's surroundings for a site in Edenbridge"),
        ("id does not match the file name", replacing("\"id\": \"fixture\"", with: "\"id\": \"fixture-2\""),
         "Directory/services/fixture.json:2: id: error: id \"fixture-2\" does not match the file name \"fixture.json\""),
        ("ages the wrong way round", replacing("\"minimum_age\": 18", with: "\"minimum_age\": 18, \"maximum_age\": 16"),
         "Directory/services/fixture.json:7: minimum_age: error: minimum_age 18 is greater than maximum_age 16"),
        ("verified in the future", replacing("2026-06-01", with: "2027-01-01"),
         "Directory/services/fixture.json:14: verified: error: 2027-01-01 is in the future"),
        ("verified not a date", replacing("2026-06-01", with: "2026-02-30"),
         "Directory/services/fixture.json:14: verified: error: expected a date as YYYY-MM-DD, found \"2026-02-30\""),
    ]

    @Test("reports each error kind at the offending key", arguments: cases)
    func errorKind(name: String, text: String, expected: String) {
        let findings = Self.findings(for: text)
        #expect(findings.map(\.description).contains(expected), "\(name): \(findings.map(\.description))")
        #expect(findings.hasErrors)
    }

    @Test("reports a service with no way to reach it")
    func unreachable() {
        var text = Self.replacing("  \"phones\": [{\"number\": \"01732 227000\"}],\n", with: "")
        text = text.replacingOccurrences(
            of: "{\"name\": \"Hall\", \"postcode\": \"TN8 5AX\", \"parish\": \"Edenbridge\", \"latitude\": 51.19, \"longitude\": 0.06}",
            with: "{\"name\": \"Hall\", \"parish\": \"Edenbridge\"}")
        let findings = Self.findings(for: text).map(\.description)
        #expect(findings.contains("Directory/services/fixture.json:1: phones: error: no way to reach this service: give a phone number, an address or a website"))
    }

    @Test("reports duplicate ids across files with both places")
    func duplicateIDs() {
        let files = TestSupport.files(services: [("fixture", Self.valid), ("fixture-copy", Self.valid)])
        let findings = DirectoryLoader.load(files, today: TestSupport.today).findings.map(\.description)
        #expect(findings.contains("Directory/services/fixture-copy.json:2: id: error: duplicate service \"fixture\" (also in Directory/services/fixture.json:2)"))
    }

    @Test("warns about stale information and a missing phone, without failing")
    func warnings() {
        var text = Self.replacing("2026-06-01", with: "2024-04-01")
        text = text.replacingOccurrences(of: "  \"phones\": [{\"number\": \"01732 227000\"}],\n", with: "")
        let findings = Self.findings(for: text)
        #expect(!findings.hasErrors)
        #expect(findings.map(\.description) == [
            "Directory/services/fixture.json:1: phones: warning: no phone number: this service cannot go on a printed list",
            "Directory/services/fixture.json:13: verified: warning: information is 32 months old (verified 2024-04-01): check it with the service",
        ])
    }

    @Test("reads every file even after errors")
    func keepsGoing() {
        let bad = Self.replacing("\"free\"}", with: "\"free\"},,")
        let alsoBad = Self.replacing("01732 227000", with: "998")  // 999 is a real line (Directory v2)
        let files = TestSupport.files(services: [("fixture", bad), ("other", alsoBad.replacingOccurrences(of: "\"fixture\"", with: "\"other\""))])
        let findings = DirectoryLoader.load(files, today: TestSupport.today).findings
        #expect(Set(findings.filter { $0.severity == .error }.map(\.file)) == ["Directory/services/fixture.json", "Directory/services/other.json"])
    }

    @Test("organisation files are checked too")
    func organisations() {
        let org = """
            {
              "id": "org",
              "name": "Org",
              "description": "An organisation.",
              "phone": "12345",
              "website": "www.example.org",
              "source": "Test"
            }
            """
        let files = TestSupport.files(services: [], organisations: [("org", org)])
        let findings = DirectoryLoader.load(files, today: TestSupport.today).findings.map(\.description)
        #expect(findings.contains("Directory/organisations/org.json:5: phone: error: \"12345\" is not a well-formed UK phone number"))
        #expect(findings.contains("Directory/organisations/org.json:6: website: error: \"www.example.org\" is not a web address (start with https://)"))
    }

    @Test("a domain without needs is an error, so no gap column is silently empty")
    func emptyDomain() throws {
        var files = TestSupport.bundledFiles
        var taxonomy = try JSONParser.parse(files.taxonomy!.bytes).value.objectValue!
        var domains = taxonomy["domains"]!.arrayValue!
        domains.append(.object(["id": "space", "label": "Space travel", "marmot_objective": "none"]))
        taxonomy["domains"] = .array(domains)
        files.taxonomy = DirectoryFiles.File(path: "Directory/taxonomy.json", bytes: JSONWriter(style: .pretty).bytes(.object(taxonomy)))
        let findings = DirectoryLoader.load(files, today: TestSupport.today).findings
        #expect(findings.contains { $0.message == "domain \"space\" has no needs: the gap analysis could never see it" })
    }
}

@Suite("UK formats")
struct UKFormatsTests {
    @Test(arguments: ["01732 227000", "020 3728 7577", "0300 123 1220", "07904 862283", "+44 1732 227000", "01322294600", "0800 567 7699"])
    func goodPhones(number: String) { #expect(UKFormats.isWellFormedPhone(number)) }

    @Test(arguments: ["01732 2270", "1732 227000", "+44 01732 227000", "01732-227000", "0173  227000", "0630 123 4567", "", "ext 1234"])
    func badPhones(number: String) { #expect(!UKFormats.isWellFormedPhone(number)) }

    @Test(arguments: [("tn13 3lw", "TN13 3LW"), ("BR87BT", "BR8 7BT"), ("DA1 2EP", "DA1 2EP"), ("W1A 1AA", "W1A 1AA")])
    func postcodes(input: String, canonical: String) { #expect(UKFormats.canonicalPostcode(input) == canonical) }

    @Test(arguments: ["TN13", "TN8 5A", "12345", "TN13 3IW", ""])
    func badPostcodes(input: String) { #expect(UKFormats.canonicalPostcode(input) == nil) }

    @Test func outcodes() {
        #expect(UKFormats.outcode(of: "tn13 1gp") == "TN13")
        #expect(UKFormats.outcode(of: "BR8") == "BR8")
        #expect(UKFormats.outcode(of: "nonsense") == nil)
    }
}
