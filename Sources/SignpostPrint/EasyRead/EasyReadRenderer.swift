import SignpostCore

extension PDFRenderer.Sizes {
    /// Easy Read: 20 pt body, 28 pt headings and names, the number to ring at 36 pt bold, larger
    /// than anything else on its page.
    static let easyRead = PDFRenderer.Sizes(body: 20, title: 32, heading: 28, name: 28, phone: 36, footer: 16)
}

/// Writes an Easy Read handout as PDF with the printed lists' own writer (`PDFRenderer`): the
/// same wrapping with the embedded font's widths, the same tagged structure, outline and footer,
/// in Easy Read sizes. The cover comes first (the numbers to keep go on to page 2 when they do
/// not fit), then each service starts a page of its own: its name a heading (H2, in the
/// outline), its number very large, then one short sentence a line.
public enum EasyReadRenderer {
    public static func render(_ list: PrintedList) -> PDFRenderer.Output {
        let s = PDFRenderer.Sizes.easyRead
        // The Easy Read copy offers no large-print copy: its type is larger still.
        let footer = { (page: Int, count: Int) in PDFRenderer.footerLines(page: page, of: count, s, largePrint: true) }
        return PDFRenderer.write(title: EasyReadCover.title, printed: list.printed, pages: pages(list).all, sizes: s, footer: footer)
    }

    /// The laid-out pages: the cover's (one, or two when the numbers to keep do not fit under
    /// it), then each service's (one each, unless a service cannot fit on one page).
    static func pages(_ list: PrintedList) -> (cover: [[PDFRenderer.Line]], services: [[[PDFRenderer.Line]]], all: [[PDFRenderer.Line]]) {
        let s = PDFRenderer.Sizes.easyRead
        let handout = EasyReadHandout(list)
        let available = availableHeight(s)
        let services = handout.pages.map { PDFRenderer.paginate([block($0, s)], available: available) }
        // The cover says which page the first service is on, known once the cover is laid out:
        // lay out with a two-digit placeholder, then with the page found (digits are all one
        // width, so the cover breaks the same way).
        var cover = PDFRenderer.paginate(coverBlocks(handout.cover, s, ringFirstPage: 88), available: available)
        if let first = handout.cover.ringFirstIndex {
            let page = cover.count + services[..<first].reduce(0) { $0 + $1.count } + 1
            cover = PDFRenderer.paginate(coverBlocks(handout.cover, s, ringFirstPage: page), available: available)
        }
        return (cover, services, cover + services.flatMap { $0 })
    }

    /// The height of a page's text, above the footer and the gap over it.
    static func availableHeight(_ s: PDFRenderer.Sizes) -> Double {
        let footerLines = PDFRenderer.footerLines(page: 88, of: 88, s, largePrint: true).count
        let footerHeight = Double(footerLines) * s.footer * PDFRenderer.lineSpacing + s.footer
        return PDFRenderer.pageHeight - 2 * PDFRenderer.margin - footerHeight
    }

    static var width: Double { PDFRenderer.pageWidth - 2 * PDFRenderer.margin }

    /// The cover's blocks: the title and context lines, the service to ring first (linked to its
    /// page), the spaces to write in, and the numbers to keep in a box.
    static func coverBlocks(_ cover: EasyReadCover, _ s: PDFRenderer.Sizes, ringFirstPage: Int) -> [PDFRenderer.Block] {
        var lines = PDFRenderer.wrap(cover.title, font: .bold, size: s.title, width: width, tag: .title)
        for line in cover.lines { lines += PDFRenderer.wrap(line, font: .regular, size: s.body, width: width, spaceBefore: s.body * 0.5) }
        if let name = cover.ringFirst, let index = cover.ringFirstIndex {
            lines += PDFRenderer.wrap(EasyReadCover.ringFirstLead, font: .bold, size: s.body, width: width, spaceBefore: s.body)
            // The link goes to the service's heading: after the numbers box's heading, if any.
            let heading = (cover.numbers == nil ? 0 : 1) + index
            var named = PDFRenderer.wrap(name, font: .bold, size: s.heading, width: width)
            named += PDFRenderer.wrap(EasyReadCover.pageLine(ringFirstPage), font: .regular, size: s.body, width: width)
            for i in named.indices { named[i].link = .section(heading) }
            lines += named
        }
        if cover.isEmpty {
            lines += PDFRenderer.wrap(EasyReadCover.nothingToList, font: .regular, size: s.body, width: width, spaceBefore: s.body)
        }
        for blank in cover.blanks {
            lines += PDFRenderer.wrap(blank + " " + String(repeating: "_", count: 24), font: .regular, size: s.body, width: width, spaceBefore: s.body)
        }
        var blocks = [PDFRenderer.Block(lines: lines)]
        if let box = cover.numbers {
            // A blank line inside the box first: when the box starts a page (it seldom fits under
            // the cover's lines), the line at a page's top loses its space above, and the heading
            // would touch the rule.
            var lines = PDFRenderer.numbersBlock(box, s, width).lines
            let space = lines[0].spaceBefore
            lines[0].spaceBefore = 0
            lines.insert(
                PDFRenderer.Line(text: [], font: .regular, size: PDFRenderer.boxPadding, indent: 0, spaceBefore: space, box: 0, tag: .artifact),
                at: 0)
            blocks.append(PDFRenderer.Block(lines: lines))
        }
        return blocks
    }

    /// One service's page: the flag, the name, the number, its notes, then one sentence a paragraph.
    static func block(_ page: EasyReadPage, _ s: PDFRenderer.Sizes) -> PDFRenderer.Block {
        var lines: [PDFRenderer.Line] = []
        if let flag = page.flag { lines += PDFRenderer.wrap(flag, font: .bold, size: s.body, width: width) }
        lines += PDFRenderer.wrap(page.name, font: .bold, size: s.name, width: width, spaceBefore: s.body * 0.3, tag: .heading)
        if let number = page.number {
            lines += PDFRenderer.wrap(
                PrintText.keepTogether(number), font: .bold, size: s.phone, width: width, spaceBefore: s.body * 0.6)
        }
        for note in page.numberNotes { lines += PDFRenderer.wrap(note, font: .bold, size: s.body, width: width) }
        for sentence in page.sentences {
            lines += PDFRenderer.wrap(sentence, font: .regular, size: s.body, width: width, spaceBefore: s.body * 0.6)
        }
        return PDFRenderer.Block(lines: lines)
    }
}
