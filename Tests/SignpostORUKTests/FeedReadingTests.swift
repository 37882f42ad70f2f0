import SignpostCore
import Testing
@testable import SignpostORUK

/// The forgiving readers an import uses on other publishers' text: HTML, web addresses, phone
/// numbers, schedule fields, areas.
@Suite("Feed reading")
struct FeedReadingTests {
    @Test("HTML becomes plain text", arguments: [
        ("<h4>Free information&nbsp;and advice</h4><p>For older people.</p><p><br></p>", "Free information and advice\nFor older people."),
        ("<p>We offer:</p><ul><li>advice</li><li>a <b>friendly</b> ear</li></ul>", "We offer:\n- advice\n- a friendly ear"),
        ("Tea &amp; cake &pound;2 &ndash; &#8216;all welcome&#x2019;", "Tea & cake £2 – ‘all welcome’"),
        ("<script>alert('x')</script><style>p {}</style>Text<!-- note -->", "Text"),
        ("&lt;p&gt;Escaped twice&lt;/p&gt;", "Escaped twice"),
        ("Line one<br/>Line two<br>Line three", "Line one\nLine two\nLine three"),
        ("<a href='javascript:alert(\"Test\")'>Click me</a>fees", "Click mefees"),
        ("<div\n class=\"x\">Spread</div  >", "Spread"),
        ("Smart quotes &#146;s and &#150; dashes", "Smart quotes ’s and – dashes"),
    ])
    func html(input: String, expected: String) {
        #expect(FeedText.plain(input)?.text == expected)
        #expect(FeedText.plain(input)!.conversions > 0)
    }

    @Test("plain text is left exactly as written", arguments: [
        "Health & Communities Team", "Ages 5 < 11", "a & b &c d", "Line one\n\nLine two  ", "Fish &chips;", "5<6 and 7>3",
    ])
    func plainText(input: String) {
        #expect(FeedText.plain(input)?.text == input)
        #expect(FeedText.plain(input)?.conversions == 0)
    }

    @Test("markup with no text in it is nothing") func emptyMarkup() {
        #expect(FeedText.plain("<p><br></p>") == nil)
        #expect(FeedText.plain("&nbsp;") == nil)
    }

    @Test("web addresses", arguments: [
        ("www.samaritans.org/how-we-can-help", "https://www.samaritans.org/how-we-can-help", true),
        ("samaritans.org", "https://samaritans.org", true),
        ("HTTPS://www.nhs.uk", "https://www.nhs.uk", false),
        ("http://example.com/counselling", "http://example.com/counselling", false),
        ("//www.kent.gov.uk/smokefree", "https://www.kent.gov.uk/smokefree", true),
        ("www.example.org:8080/x", "https://www.example.org:8080/x", true),
    ])
    func urls(input: String, url: String, added: Bool) throws {
        let read = try #require(FeedURL.read(input))
        #expect(read.url == url)
        #expect(read.schemeAdded == added)
    }

    @Test("not web addresses", arguments: [
        "mailto:help@example.org", "help@example.org", "ftp://example.org/x", "javascript:alert(1)", "see our website",
        "www", "localhost", "N/A", "http://", "www.example.c0m",
    ])
    func notURLs(input: String) { #expect(FeedURL.read(input) == nil) }

    @Test("phone numbers as publishers write them", arguments: [
        ("+44 (0)1732 227000", "01732 227000", nil as String?, Phone.Kind.voice),
        ("+44 (0) 1732 227000", "01732 227000", nil, .voice),
        ("+441732227000", "01732 227000", nil, .voice),
        ("0044 20 3728 7577", "020 3728 7577", nil, .voice),
        ("(01732) 227000", "01732 227000", nil, .voice),
        ("01732-227-000", "01732 227 000", nil, .voice),
        ("01732227000", "01732 227000", nil, .voice),
        ("03001231220", "0300 123 1220", nil, .voice),
        ("01732 227000 ext. 123", "01732 227000", "123", .voice),
        ("01732 227000 extension 4", "01732 227000", "4", .voice),
        ("01732 227000 x12", "01732 227000", "12", .voice),
        ("116 123", "116 123", nil, .voice),
        ("116123", "116 123", nil, .voice),
        ("111", "111", nil, .voice),
        ("0800 1111", "0800 1111", nil, .voice),
        ("Tel: 01732 454108", "01732 454108", nil, .voice),
        ("\"+44 1234 234567\"", "01234 234567", nil, .voice),
        ("Text QUIT to 87023", "87023", nil, .text),
        ("text 85258", "85258", nil, .text),
        ("01732\u{00A0}227000", "01732 227000", nil, .voice),
    ])
    func phones(input: String, number: String, ext: String?, kind: Phone.Kind) throws {
        let read = try #require(UKFormats.readPhone(input))
        #expect(read.number == number)
        #expect(read.extensionNumber == ext)
        #expect(read.kind == kind)
        #expect(UKFormats.isWellFormedPhone(read.number, kind: read.kind))
    }

    @Test("not phone numbers", arguments: [
        "01732 2270", "call us", "N/A", "ext 1234", "1732 227000", "12345", "+33 1 23 45 67 89", "0630 123 4567", "07700 9001234",
        "01732 227000 ask for Jo", "",
    ])
    func notPhones(input: String) { #expect(UKFormats.readPhone(input) == nil) }

    @Test("several numbers in one field") func severalNumbers() throws {
        let read = try #require(UKFormats.readPhones("01732 227000 or 07904 862283"))
        #expect(read.map(\.number) == ["01732 227000", "07904 862283"])
        #expect(UKFormats.readPhones("01732 227000 or ask at reception") == nil)
    }

    @Test("times in feeds", arguments: [
        ("10:00", 600), ("10:00:00", 600), ("09:30:00Z", 570), ("09:30+01:00", 570), ("1970-01-01T10:15:00", 615), ("9:30", 570),
        ("10am", 600), ("10.30pm", 1350), ("12pm", 720), ("12am", 0), ("24:00", 1440),
    ])
    func times(input: String, minutes: Int) { #expect(ORUKSchedules.parseTime(input)?.minutes == minutes) }

    @Test("not times", arguments: ["25:00", "10", "ten", "10:7", "13pm", "10:00 till late", ""])
    func notTimes(input: String) { #expect(ORUKSchedules.parseTime(input) == nil) }

    @Test("days in byday", arguments: [
        ("TU", Weekday.tuesday, nil as Int?), ("2TU", .tuesday, 2), ("-1FR", .friday, -1), ("+1MO", .monday, 1), ("Tuesday", .tuesday, nil),
        ("wed", .wednesday, nil), ("Sundays", .sunday, nil),
    ])
    func days(input: String, day: Weekday, week: Int?) throws {
        let token = try #require(ORUKSchedules.dayToken(input))
        #expect(token.day == day)
        #expect(token.week == week)
    }

    @Test("areas: names, ONS codes, postcode districts, lists") func areas() {
        let areas = ORUKAreas(base: ORUKSupport.directory)
        #expect(areas.read(name: "England", uri: nil) == .area(.national, note: nil))
        #expect(areas.read(name: "UK", uri: nil) == .area(.national, note: nil))
        #expect(areas.read(name: "Anywhere", uri: "http://statistics.data.gov.uk/id/statistical-geography/K02000001") == .area(.national, note: nil))
        #expect(areas.read(name: nil, uri: "E07000111") == .area(.district, note: nil))
        #expect(areas.read(name: "Kent County Council", uri: nil) == .area(.kent, note: nil))
        #expect(areas.read(name: "Otford Parish Council", uri: nil) == .parishes(["Otford"]))
        #expect(areas.read(name: "Sevenoaks, Otford", uri: nil) == .parishes(["Sevenoaks", "Otford"]))
        #expect(areas.read(name: "TN8", uri: nil) == .parishes(ORUKSupport.directory.outcode("TN8")!.parishes))
        #expect(areas.read(name: "ME14", uri: nil) == .outside("ME14"))
        #expect(areas.read(name: "Bristol", uri: "E06000023") == .outside("Bristol (E06000023)"))
        #expect(areas.read(name: "Tonbridge and Malling", uri: "http://statistics.data.gov.uk/id/statistical-geography/E07000115") == .outside("Tonbridge and Malling (E07000115)"))
        #expect(areas.read(name: "Somewhere nice", uri: nil) == .unknown)
        if case .area(.kent, let note?) = areas.read(name: "South East", uri: "E12000008") { #expect(note.contains("South East")) } else { Issue.record() }
    }

    @Test("the bundled vocabulary table loads cleanly and maps only to real needs and circumstances") func vocabulary() throws {
        let file = try #require(ORUKSupport.bundledFiles.vocabularies.first { $0.path.hasSuffix(ORUKVocabulary.fileName) })
        let (vocabulary, findings) = ORUKVocabulary.load(file, taxonomy: ORUKSupport.directory.taxonomy)
        #expect(findings == [])
        #expect(vocabulary.entries.count > 40)
        for id in ["esdNeed:69", "esdNeeds:69", "need:69", "http://id.esd.org.uk/need/69"] {
            #expect(vocabulary.entry(id: id, name: nil)?.term == "Social inclusion", "\(id)")
        }
        #expect(vocabulary.entry(id: "69", name: nil, vocabulary: "esdNeeds")?.term == "Social inclusion")
        #expect(vocabulary.entry(id: "esdCircumstance:Gender_Female", name: nil)?.circumstances == [.woman])
        #expect(vocabulary.entry(id: nil, name: "low  INCOME")?.circumstances == [.lowIncome])
        #expect(vocabulary.entry(id: "esdNeed:99999", name: "Unheard of") == nil)
    }

    @Test("service-type words are read in text, as whole words, only from tables that say so") func serviceTypes() throws {
        let (vocabulary, findings) = ORUKVocabulary.load(ORUKSupport.bundledFiles.vocabularies, taxonomy: ORUKSupport.directory.taxonomy)
        #expect(findings == [])
        #expect(vocabulary.entries(inText: "Little Acorns Pre-School, Otford").map(\.entry.needs) == [["pregnancy-early-years"]])
        #expect(vocabulary.entries(inText: "The Men's Shed meets weekly").first?.phrase == "mens shed")
        #expect(vocabulary.entries(inText: "Scoutsville gymnastics").isEmpty)  // not whole words
        #expect(vocabulary.entries(inText: "Money and housing").isEmpty)  // esd terms are for taxonomy terms only
    }

    @Test("a vocabulary table with a wrong need or circumstance is refused, located") func badVocabulary() {
        let bytes = Array(#"{"terms": [{"term": "Debt", "needs": ["debts"], "source": "x"}, {"term": "Carer", "circumstances": ["carers"], "source": "x"}, {"term": "Money", "needs": ["cost-of-living"], "source": "x"}, {"term": "money", "needs": ["cost-of-living"], "source": "x"}]}"#.utf8)
        let (_, findings) = ORUKVocabulary.load(DirectoryFiles.File(path: "v.json", bytes: bytes), taxonomy: ORUKSupport.directory.taxonomy)
        let text = findings.map(\.description)
        #expect(text.contains { $0.hasPrefix("v.json:1: terms[0].needs[0]: error: unknown need \"debts\"") })
        #expect(text.contains { $0.contains("terms[1].circumstances[0]: error: unknown value \"carers\"") })
        #expect(text.contains { $0.contains("terms[3].term: error: \"money\" is listed twice") })
    }
}
