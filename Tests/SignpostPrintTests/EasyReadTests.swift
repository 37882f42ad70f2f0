import Foundation
import SignpostCore
import SignpostTestSupport
import Testing
@testable import SignpostPrint

/// The Easy Read handout (issue 18, item 9): the same handout as the other formats, one service a
/// page, short sentences, the number in the largest type, nothing said that the entry does not
/// say, and an accessible PDF. Built from the frozen fixture Directory; every expectation is
/// computed from the handouts it gives.
@Suite("Printed lists: Easy Read")
struct EasyReadTests {
    static let index = ServiceIndex(directory: LoadedDirectories.fixture)

    /// Residents of three parishes, with needs that give handouts of different lengths.
    static let residents: [(parish: String, needs: [String])] = [
        ("Edenbridge", ["lonely since my wife died", "can't get to the shops"]),
        ("Swanley", ["money worries", "looking after my mum"]),
        ("Sevenoaks", ["feeling low"]),
    ]

    static func handout(_ parish: String, _ needs: [String]) throws -> PrintedList {
        let engine = try MatchEngine(index: index, registry: .coreOnly)
        let result = try engine.match(
            ResidentQuery(place: .parish(parish), age: 78, needs: needs, circumstances: []), today: PrintSupport.today)
        return PrintSupport.fixtureBuilder.handout(for: result, showNeeds: false, today: PrintSupport.today)
    }

    /// The fixture's handouts, and one from the bundled Directory, whose urgent contacts give the
    /// numbers to keep (the fixture has none).
    static func handouts() throws -> [PrintedList] {
        let bundled = try MatchEngine(index: PrintSupport.index, registry: .coreOnly).match(
            ResidentQuery(place: .parish("Edenbridge"), age: 78, needs: residents[0].needs, circumstances: []), today: PrintSupport.today)
        return try residents.map { try handout($0.parish, $0.needs) }
            + [PrintSupport.builder.handout(for: bundled, showNeeds: true, today: PrintSupport.today)]
    }

    /// Every entry of every parish's list, and of the handouts: the sentences must hold for all.
    static func allEntries() throws -> [PrintedList.Entry] {
        var entries: [PrintedList.Entry] = []
        for parish in LoadedDirectories.fixture.parishes {
            entries += try PrintSupport.fixtureBuilder.parishList(parish: parish.name, today: PrintSupport.today).sections.flatMap(\.entries)
        }
        return entries + (try handouts()).flatMap { $0.sections.flatMap(\.entries) }
    }

    static func text(_ line: PDFRenderer.Line) -> String { WinAnsi.decode(line.text) }

    // MARK: Sentences

    @Test("every sentence has at most 15 words, and every page at least three")
    func shortSentences() throws {
        let entries = try Self.allEntries()
        #expect(!entries.isEmpty)
        for entry in entries {
            let page = EasyReadPage(entry)
            #expect(page.sentences.count >= 3, "\(entry.name): \(page.sentences)")
            for sentence in page.sentences + page.numberNotes {
                #expect(EasyReadText.wordCount(sentence) <= EasyReadText.maxWords, "\(entry.name): \(sentence)")
                #expect(!sentence.isEmpty && !sentence.first!.isLowercase, "\(entry.name): \(sentence)")
            }
        }
    }

    @Test("a description is cut between words, at a comma where there is one; a long fact is broken, not cut")
    func cutting() {
        let long = "Door-to-door minibus transport, booked in advance, for people who cannot use ordinary buses, run with volunteer drivers."
        #expect(EasyReadText.shortened(long) == "Door-to-door minibus transport, booked in advance, for people who cannot use ordinary buses.")
        let noCommas = "Counselling and support for the families and carers of people who died in the hospice's care every week of the year."
        let cut = EasyReadText.shortened(noCommas)
        #expect(EasyReadText.wordCount(cut) <= 15 && !cut.hasSuffix(" the.") && !cut.hasSuffix(" and."))
        let original = Set(EasyReadText.words(noCommas))
        for word in EasyReadText.words(cut).dropLast() { #expect(original.contains(word), "\(word)") }
        #expect(EasyReadText.shortened("It is short.") == "It is short.")
        // Broken up, every word is still there, in order.
        let when = "At the Brewhouse Café, Knole Park: every second Wednesday of the month, 10am to 12pm. Other cafés: during opening hours (not given)."
        let parts = EasyReadText.brokenUp(when, firstPrefix: "When: ")
        #expect(parts.allSatisfy { EasyReadText.wordCount($0) <= 15 })
        func bare(_ s: String) -> [String] { EasyReadText.words(s).map { $0.lowercased().filter { $0.isLetter || $0.isNumber } } }
        #expect(bare(parts.joined(separator: " ")) == bare("When: " + when))
        #expect(parts.first == "When: At the Brewhouse Café, Knole Park:", "break at the colon, not two words from the end")
    }

    @Test("facts in plain words: who it is for, where, the cost, when it was checked")
    func rephrasing() {
        #expect(EasyReadPage.whoSentences("Aged 65 and over.") == ["It is for people aged 65 and over."])
        #expect(
            EasyReadPage.whoSentences("Aged 18 and over; unpaid carers; living in Swanley or Hextable; your GP or another health professional refers you.")
                == ["It is for unpaid carers, aged 18 and over.", "You need to live in Swanley or Hextable.", "You need your GP or another health professional to refer you."])
        #expect(EasyReadPage.costSentences("Free") == ["It is free."])
        #expect(EasyReadPage.costSentences("Free: Free; firefighters never ask for payment.") == ["It is free."])
        #expect(EasyReadPage.costSentences("Concessions available: Concessionary rates apply.") == ["It costs money, but some people pay less."])
        #expect(EasyReadPage.costSentences("Ask about cost: A fare is usually charged; ask when booking.") == ["Ask what it costs.", "A fare is usually charged."])
        #expect(EasyReadPage.whereSentences("Comes to your home") == ["They come to your home."])
        #expect(EasyReadPage.numberLine("text 85258") == "Text 85258")
        var entry = PrintedList.Entry(
            name: "Test", phone: .init(number: "01732 744950"), description: "A group for people who feel low or worried.",
            whereText: "By phone", cost: "Free", checked: CalendarDate(year: 2024, month: 4, day: 1))
        entry.ringFirst = true
        let page = EasyReadPage(entry)
        #expect(page.flag == "Ring this one first." && page.number == "Ring 01732 744950")
        #expect(page.sentences == ["A group for people who feel low or worried.", "It is by phone.", "It is free.", "We checked this in April 2024."])
    }

    // MARK: PDF pages

    @Test("one service a page: the cover (and the numbers to keep, when they do not fit), then each service")
    func onePerPage() throws {
        for list in try Self.handouts() {
            let entries = list.sections.flatMap(\.entries)
            #expect(!entries.isEmpty)
            let laid = EasyReadRenderer.pages(list)
            #expect((1...2).contains(laid.cover.count), "the numbers to keep take page 2 at most")
            #expect(laid.services.allSatisfy { $0.count == 1 }, "every service fits its page")
            let output = EasyReadRenderer.render(list)
            #expect(output.pages == laid.cover.count + entries.count)
            // Each service page starts with its name as a heading (after the flag on the first).
            for (entry, pages) in zip(entries, laid.services) {
                let headings = pages[0].filter { $0.tag == .heading && $0.startsElement }
                #expect(headings.count == 1)
                #expect(pages[0].filter { $0.tag == .heading }.map(Self.text).joined(separator: " ") == entry.name)
            }
            // The cover names the date, the parish, the service to ring first, and every number to keep.
            let coverText = laid.cover.flatMap { $0 }.map(Self.text).joined(separator: " ")
            #expect(coverText.hasPrefix(EasyReadCover.title))
            #expect(coverText.contains(list.printed.longForm))
            if let parish = list.handout?.parish { #expect(coverText.contains(parish)) }
            let first = try #require(entries.firstIndex(where: { $0.ringFirst }))
            #expect(coverText.contains(entries[first].name))
            #expect(coverText.contains("It is on page \(laid.cover.count + first + 1)."))
            for number in list.numbers?.numbers ?? [] { #expect(coverText.contains(number.phone), "\(number.phone)") }
        }
    }

    @Test("the number is in the largest type on its page; Easy Read sizes")
    func largestType() throws {
        let s = PDFRenderer.Sizes.easyRead
        #expect(s.body >= 20 && s.heading >= 28 && s.name >= 28 && s.phone >= 36)
        for list in try Self.handouts() {
            let laid = EasyReadRenderer.pages(list)
            for (entry, pages) in zip(list.sections.flatMap(\.entries), laid.services) {
                let lines = pages[0]
                let largest = lines.map(\.size).max()!
                // "Ring 01732 744950", or "Text 85258" for a text line.
                let dialled = entry.phone.map { EasyReadPage.numberLine($0.number) } ?? "no number"
                let numberLines = lines.filter { Self.text($0) == dialled }
                if entry.phone != nil {
                    #expect(numberLines.count == 1, "\(entry.name)")
                    #expect(numberLines.allSatisfy { $0.size == largest && $0.size >= 36 && $0.font == .bold }, "\(entry.name)")
                    #expect(lines.filter { $0.size == largest }.allSatisfy { Self.text($0) == dialled })
                }
                #expect(lines.allSatisfy { $0.size >= s.body }, "body text at 20 pt or more")
            }
            // In the numbers to keep, each number is in the box's largest type too.
            let box = laid.cover.flatMap { $0 }.filter { $0.box != nil && !$0.text.isEmpty }
            let numbers = Set((list.numbers?.numbers ?? []).map(\.phone))
            for line in box where numbers.contains(Self.text(line)) { #expect(line.size == box.map(\.size).max()) }
        }
    }

    /// The words an Easy Read page puts round an entry's own: nothing that could be a fact.
    static let linkingWords: Set<String> = [
        "ring", "text", "this", "one", "first", "it", "is", "for", "people", "you", "need", "to", "live", "in", "refer", "where",
        "when", "we", "checked", "free", "costs", "money", "but", "some", "pay", "less", "ask", "what", "they", "come", "your", "home",
        "by", "phone", "door-to-door", "transport", "online", "the", "number", "help", "with", "website",
    ]

    static func normalisedWords(_ text: String) -> Set<String> {
        Set(
            text.replacingOccurrences(of: "\u{00A0}", with: " ").lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" })
                .map { $0.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "&" || $0 == "£" } }
                .filter { !$0.isEmpty })
    }

    @Test("a service page says nothing its entry does not: every word is the entry's own, a linking word, or the footer's")
    func noInventedFacts() throws {
        for list in try Self.handouts() {
            let laid = EasyReadRenderer.pages(list)
            let footer = Self.normalisedWords(PrintFooter.helpLine + " Page of " + String(laid.all.count))
            for (entry, pages) in zip(list.sections.flatMap(\.entries), laid.services) {
                let own = [
                    entry.name, entry.phone?.number, entry.phone?.note, entry.description, entry.whoFor, entry.whereText, entry.when,
                    entry.cost, entry.howToStart, entry.web, entry.checked?.monthAndYear,
                ].compactMap { $0 }.joined(separator: " ")
                let allowed = Self.normalisedWords(own).union(Self.linkingWords).union(footer)
                let printed = Self.normalisedWords(pages.flatMap { $0 }.map(Self.text).joined(separator: " "))
                #expect(printed.subtracting(allowed).isEmpty, "\(entry.name): \(printed.subtracting(allowed).sorted())")
                // And no action-plan code or a reason meant for the prescriber's screen.
                if let why = entry.why { #expect(!pages.flatMap { $0 }.map(Self.text).joined(separator: " ").contains(why)) }
            }
        }
    }

    @Test("the PDF as written: page N of M and the help line on every page, pages in the text in order", .enabled(if: PrintSupport.tool("pdftotext") != nil))
    func pdfText() throws {
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = try Self.handout("Edenbridge", Self.residents[0].needs)
        let output = EasyReadRenderer.render(list)
        let file = try AccessiblePDFTests.write(output.bytes, "easy-read.pdf", in: folder)
        for page in 1...output.pages {
            let text = try PrintSupport.run(PrintSupport.tool("pdftotext")!, ["-f", "\(page)", "-l", "\(page)", "-layout", file, "-"]).output
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("Page \(page) of \(output.pages). For help call Sevenoaks District Council on 01732 227000."), "page \(page)")
            #expect(!flat.contains("available in large print"))
        }
        let laid = EasyReadRenderer.pages(list)
        for (i, entry) in list.sections.flatMap(\.entries).enumerated() {
            let page = laid.cover.count + i + 1
            let text = try PrintSupport.run(PrintSupport.tool("pdftotext")!, ["-f", "\(page)", "-l", "\(page)", file, "-"]).output
            #expect(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(entry.name), "\(entry.name) on page \(page)")
        }
    }

    // MARK: Structure

    @Test("tagged like the other lists: title H1, each service an H2 in the outline, marked content all claimed, the cover's link to the first service's page")
    func structure() throws {
        let list = try Self.handouts().last!
        let boxHeadings = list.numbers == nil ? 0 : 1
        #expect(boxHeadings == 1, "the bundled Directory has numbers to keep")
        let entries = list.sections.flatMap(\.entries)
        let doc = try AccessiblePDFTests.Document(EasyReadRenderer.render(list).bytes)
        let catalog = try #require(doc.numbers(containing: "/Type /Catalog").first.flatMap { doc.objects[$0] })
        #expect(catalog.contains("/Lang (en-GB)") && catalog.contains("/MarkInfo << /Marked true >>"))
        #expect(catalog.contains("/DisplayDocTitle true") && catalog.contains("/Outlines "))
        let types = doc.numbers(containing: "/Type /StructElem").map { doc.objects[$0]!.components(separatedBy: "/S /")[1].prefix { $0.isLetter || $0.isNumber } }
        #expect(types.first == "Document")
        #expect(types.filter { $0 == "H1" }.count == 1)
        // The numbers to keep's heading and one heading a service.
        #expect(types.filter { $0 == "H2" }.count == boxHeadings + entries.count)
        let outline = try #require(doc.numbers(containing: "/Type /Outlines").first.flatMap { doc.objects[$0] })
        #expect(outline.contains("/Count \(1 + boxHeadings + entries.count) "))
        // Every MCID on every page is in order and claimed by the tree (as AccessiblePDFTests checks the lists).
        for page in doc.pages {
            let used = try doc.contentMCIDs(page: page)
            #expect(!used.isEmpty && used == Array(0..<used.count))
        }
        // The cover's "ring this one first" goes to that service's page.
        let first = try #require(entries.firstIndex(where: { $0.ringFirst }))
        let cover = EasyReadRenderer.pages(list).cover.count
        let links = doc.numbers(containing: "/Subtype /Link")
        #expect(!links.isEmpty)
        for link in links { #expect(doc.objects[link]!.contains("/S /GoTo /D [\(doc.pages[cover + first]) 0 R /XYZ")) }
    }

    @Test(
        "scripts/check-pdf-accessibility passes an Easy Read handout",
        .enabled(if: ["qpdf", "pdffonts", "pdfinfo", "python3"].allSatisfy { PrintSupport.tool($0) != nil }))
    func accessibilityScript() throws {
        let hasPikepdf = try PrintSupport.run(PrintSupport.tool("python3")!, ["-c", "import pikepdf"]).status == 0
        guard hasPikepdf else { return }
        let folder = try PrintSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (i, list) in try Self.handouts().enumerated() {
            _ = try AccessiblePDFTests.write(EasyReadRenderer.render(list).bytes, "easy-read-\(i).pdf", in: folder)
        }
        let script = PrintSupport.packageRoot.appendingPathComponent("scripts/check-pdf-accessibility").path
        let result = try PrintSupport.run("/bin/bash", [script, folder.path])
        #expect(result.status == 0, "\(result.output)")
    }

    // MARK: HTML and text

    @Test("HTML and text carry the same pages: one section a service, the number as a link, every sentence")
    func htmlAndText() throws {
        for list in try Self.handouts() {
            let handout = EasyReadHandout(list)
            let html = EasyReadHTMLRenderer.render(list)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"en-GB\">"))
            #expect(html.components(separatedBy: "<section class=\"page\"").count - 1 == handout.pages.count)
            #expect(html.contains("font-size: 36pt") && html.contains("break-before: page"))
            let text = EasyReadTextRenderer.render(list)
            for page in handout.pages {
                if let number = page.number {
                    #expect(html.contains(">\(HTMLRenderer.escape(PrintText.keepTogether(number)))</a>"))
                    #expect(text.contains(number))
                }
                for sentence in page.sentences {
                    #expect(html.contains("<p>\(HTMLRenderer.escape(sentence))</p>"))
                    #expect(text.replacingOccurrences(of: "\n", with: " ").contains(sentence.replacingOccurrences(of: "\u{00A0}", with: " ")))
                }
            }
            for line in text.split(separator: "\n") { #expect(line.count <= TextRenderer.width) }
            #expect(PrintFormat.pdf.renderEasyRead(list).pages == EasyReadRenderer.render(list).pages)
        }
    }

    @Test("an empty handout is a cover that says so")
    func empty() throws {
        var list = try Self.handout("Edenbridge", ["lonely"])
        list.sections[0].entries = []
        let laid = EasyReadRenderer.pages(list)
        #expect(laid.services.isEmpty)
        #expect(laid.cover.flatMap { $0 }.map(Self.text).contains(EasyReadCover.nothingToList))
        #expect(EasyReadRenderer.render(list).pages == laid.cover.count)
    }
}
