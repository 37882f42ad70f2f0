import Foundation
import SignpostCore
import Testing
@testable import SignpostPrint

/// What makes a parish list short without losing a way in: main clauses, programmes printed
/// inside their venue, brief entries for what is far or by phone, and the numbers box beside
/// its text.
@Suite("Printed lists: short and still complete")
struct CompactListTests {
    static let lists = ResidentListTests.lists

    /// A long first sentence is cut at its main clause; a short one, or one with nowhere safe to
    /// cut, is kept whole.
    static let mainClauseExamples: [(description: String, printed: String)] = [
        ("Free support from trained volunteers after someone close to you has died: a national freephone helpline, CruseChat online, and one-to-one or group support.",
         "Free support from trained volunteers after someone close to you has died."),
        ("Gym, swimming and exercise classes in Edenbridge, with concession rates for people who might not otherwise afford them and for children in care.",
         "Gym, swimming and exercise classes in Edenbridge."),
        ("Short and whole. A second sentence.", "Short and whole."),
        ("Help (for carers: and the people they look after, at home and in the community) that is long enough to be cut somewhere past the limit.",
         "Help (for carers: and the people they look after, at home and in the community) that is long enough to be cut somewhere past the limit."),
        ("Tiny: then a very long clause that goes on and on past the limit of one hundred characters without any other place to cut it.",
         "Tiny: then a very long clause that goes on and on past the limit of one hundred characters without any other place to cut it."),
    ]

    @Test("a description prints its main clause", arguments: mainClauseExamples)
    func mainClause(_ example: (description: String, printed: String)) {
        #expect(PrintText.mainClause(example.description) == example.printed)
    }

    @Test("every printed description is a whole first sentence or its main clause, never cut mid-phrase")
    func descriptionsAreClauses() {
        let byName = Dictionary(PrintSupport.directory.services.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for (parish, list) in Self.lists {
            for entry in list.sections.flatMap(\.entries) {
                guard let service = byName[entry.name] else { continue }
                let sentence = PrintText.firstSentence(service.description)
                #expect(entry.description == PrintText.mainClause(service.description), "\(parish): \(entry.name)")
                #expect(sentence.hasPrefix(String(entry.description.dropLast())), "\(parish): \(entry.name)")
            }
        }
    }

    @Test("programmes at a venue print inside the venue's entry, with a pointer under any other heading")
    func venues() {
        let byName = Dictionary(PrintSupport.directory.services.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var folded = 0
        for (parish, list) in Self.lists {
            let entries = list.sections.flatMap { section in section.entries.map { (section: section.heading, entry: $0) } }
            for (heading, venue) in entries where !venue.alsoHere.isEmpty {
                guard let service = byName[venue.name] else {
                    Issue.record("\(parish): \(venue.name) is not a service")
                    continue
                }
                #expect(service.locations.count == 1 && service.locations[0].name == service.name, "\(parish): \(venue.name) is a venue")
                for name in venue.alsoHere {
                    folded += 1
                    #expect(byName[name]?.organisationID == service.organisationID, "\(parish): \(name) is run by the venue's organisation")
                    // Not printed again in full: at most a pointer to the venue, under another heading.
                    for (otherHeading, other) in entries where other.name == name {
                        #expect(other.seeAlso?.contains(venue.name) == true && otherHeading != heading, "\(parish): \(name) under \(otherHeading)")
                        #expect(other.fields(other.style(in: .full)).count == 1, "a pointer is one line")
                    }
                }
            }
        }
        #expect(folded > 0, "the Directory has programmes held at leisure centres")
    }

    @Test("in full: what is within reach or comes to the resident; everything else briefly, without 'Where: By phone'")
    func briefAndFull() throws {
        let byName = Dictionary(PrintSupport.directory.services.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for (parish, list) in Self.lists {
            let p = try ParishResolver(directory: PrintSupport.directory).ordinal(named: parish)
            for section in list.sections where section.style == .full {
                for entry in section.entries where entry.seeAlso == nil {
                    guard let service = byName[entry.name], let s = PrintSupport.directory.services.firstIndex(where: { $0.name == entry.name })
                    else { continue }
                    let km = PrintSupport.index.nearestSite(service: s, from: PrintSupport.directory.parishes[p].centroid)?.km
                    let comes = service.delivery.contains(.homeVisit) || service.delivery.contains(.transport)
                    let full = comes || (km.map { $0 <= PrintedListBuilder.nearbyKm } ?? false)
                    #expect(entry.style(in: .full) == (full ? .full : .brief), "\(parish): \(entry.name)")
                    let lines = entry.fields(entry.style(in: .full)).map(\.line)
                    #expect(!lines.contains("Where: By phone"), "\(parish): \(entry.name)")
                }
            }
        }
    }

    @Test("the numbers box puts each number beside what it is for, on one baseline")
    func numbersBeside() throws {
        let box = try #require(Self.lists.first?.list.numbers)
        let block = PDFRenderer.numbersBlock(box, .standard, PDFRenderer.pageWidth - 2 * PDFRenderer.margin)
        let numbers = block.lines.filter { !$0.advances }
        #expect(numbers.count == box.numbers.count)
        #expect(numbers.allSatisfy { $0.font == .bold && $0.tag == .listItem })
        // Drawn where the line after it is drawn.
        let pages = PDFRenderer.place([block.lines], sizes: .standard, footer: { _, _ in [] })
        let placed = pages[0].lines
        for (i, line) in placed.enumerated() where !line.line.advances {
            #expect(abs(line.baseline - placed[i + 1].baseline) < 0.01)
            #expect(placed[i + 1].x > line.x + PDFFont.bold.width(line.line.text, size: line.size))
        }
    }

    @Test("a brief entry's number sits to the right of its name, on the name's last line, inside the margin")
    func rows() throws {
        let list = try PrintSupport.list("Edenbridge")
        let blocks = PDFRenderer.layout(list, .standard, sectionPages: nil)
        let placed = PDFRenderer.place(blocks.map(\.lines), sizes: .standard, footer: { _, _ in [] }).flatMap(\.lines)
        var rows = 0
        for (i, line) in placed.enumerated() where line.line.placement == .besidePrevious {
            rows += 1
            let name = placed[i - 1]
            #expect(name.line.tag == .entryName && abs(name.baseline - line.baseline) < 0.01)
            #expect(name.x + name.line.font.width(name.line.text, size: name.size) < line.x, "the name ends before its number")
            let right = line.x + line.line.font.width(line.line.text, size: line.size)
            #expect(abs(right - (PDFRenderer.pageWidth - PDFRenderer.margin)) < 1, "right-aligned at the margin")
        }
        let brief = list.sections.flatMap(\.entries).filter { $0.style(in: .full) == .brief && $0.phone != nil }.count
        #expect(rows >= brief && brief > 0)
    }
}
