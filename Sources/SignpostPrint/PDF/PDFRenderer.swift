import SignpostCore

/// Lays a printed list out on A4 pages and writes it as PDF: clear print (left-aligned Liberation
/// Sans, embedded; body 14 pt, or 18 pt in large print), text wrapped with the font's real
/// widths, no entry split across pages, brief entries set as phone-book rows, and a footer on
/// every page (page N of M, the council's number, the large-print note). Text is written top to
/// bottom, so extracted text reads in order.
public enum PDFRenderer {
    /// Type sizes in points.
    struct Sizes {
        var body: Double
        var title: Double
        var heading: Double
        var name: Double
        var phone: Double
        var footer: Double

        /// 14 pt body: RNIB's preferred size for older readers.
        static let standard = Sizes(body: 14, title: 22, heading: 18, name: 15, phone: 16, footer: 12)
        /// 18 pt body: RNIB's large print.
        static let large = Sizes(body: 18, title: 28, heading: 23, name: 19, phone: 21, footer: 16)
        /// 16 pt body: the officers' checking rota, clear print at arm's length by the phone.
        static let officer = Sizes(body: 16, title: 26, heading: 21, name: 17, phone: 18, footer: 16)
    }

    static let pageWidth = 595.28
    static let pageHeight = 841.89
    static let margin = 56.7  // 2 cm
    static let lineSpacing = 1.3

    public struct Output: Sendable {
        public var bytes: [UInt8]
        public var pages: Int
    }

    public static func render(_ list: PrintedList, largePrint: Bool) -> Output {
        let sizes = largePrint ? Sizes.large : Sizes.standard
        let footer = { (page: Int, count: Int) in footerLines(page: page, of: count, sizes, largePrint: largePrint) }
        // Room for the widest footer any page will have, and a gap above it.
        let footerHeight = Double(footer(88, 88).count) * sizes.footer * lineSpacing + sizes.footer
        let available = pageHeight - 2 * margin - footerHeight
        // The contents list gives page numbers, known only once the list is paginated: lay out
        // with a two-digit placeholder, then again with the pages found (digits are all one width,
        // so the second layout breaks the same way).
        var pages = paginate(layout(list, sizes, sectionPages: nil), available: available)
        if list.showsContents {
            let found = sectionPages(pages)
            pages = paginate(layout(list, sizes, sectionPages: found), available: available)
        }
        return write(title: list.title, printed: list.printed, pages: pages, sizes: sizes, footer: footer)
    }

    // MARK: Layout

    /// The page (from 1) each section heading falls on: the n-th `.heading` line marked with
    /// `sectionIndex` n.
    static func sectionPages(_ pages: [[Line]]) -> [Int] {
        var found: [Int: Int] = [:]
        for (p, lines) in pages.enumerated() {
            for line in lines where line.startsElement {
                if let n = line.sectionIndex, found[n] == nil { found[n] = p + 1 }
            }
        }
        return (0..<(found.keys.max().map { $0 + 1 } ?? 0)).map { found[$0] ?? 0 }
    }

    static func layout(_ list: PrintedList, _ s: Sizes, sectionPages: [Int]?) -> [Block] {
        let width = pageWidth - 2 * margin
        var blocks: [Block] = []
        var headings = 0  // `.heading` elements so far, for links to them
        var header = wrap(list.title, font: .bold, size: s.title, width: width, tag: .title)
        if let subtitle = list.subtitle {
            header += wrap(subtitle, font: .regular, size: s.body, width: width, spaceBefore: s.body * 0.3)
        }
        for line in list.handoutLines { header += wrap(line, font: .regular, size: s.body, width: width, spaceBefore: s.body * 0.3) }
        if list.handout == nil {
            header += wrap(list.printedLine, font: .regular, size: s.body, width: width, spaceBefore: s.body * 0.3)
        } else {
            // The spaces to write in side by side (one under the other in large print).
            let blanks = PrintedList.handoutBlanks.map { $0 + " " + String(repeating: "_", count: 20) }
            header += wrap(blanks.joined(separator: "    "), font: .regular, size: s.body, width: width, spaceBefore: s.body)
        }
        if list.entryCount == 0 {
            header += wrap("No services to list.", font: .regular, size: s.body, width: width, spaceBefore: s.body)
        }
        blocks.append(Block(lines: header))
        if let box = list.numbers {
            blocks.append(numbersBlock(box, s, width))
            headings += 1
        }
        var firstSectionHeading = headings
        if list.showsContents {
            // Clear of the box's rule when it follows the numbers to keep.
            let space = s.heading * 0.9 + (list.numbers == nil ? 0 : boxPadding)
            var lines = wrap("In this list", font: .bold, size: s.heading, width: width, spaceBefore: space, tag: .heading)
            headings += 1
            firstSectionHeading = headings
            for (i, section) in list.sections.enumerated() {
                let page = sectionPages.map { i < $0.count ? String($0[i]) : "88" } ?? "88"
                var item = wrap(
                    section.heading + ", page\u{00A0}" + page, font: .regular, size: s.body, width: width - s.body, indent: s.body,
                    tag: .listItem)
                for j in item.indices { item[j].link = .section(firstSectionHeading + i) }
                lines += item
            }
            blocks.append(Block(lines: lines))
        }

        let indent = s.body
        for (n, section) in list.sections.enumerated() {
            var heading = wrap(section.heading, font: .bold, size: s.heading, width: width, spaceBefore: s.heading * 0.9, tag: .heading)
            heading[0].sectionIndex = n
            headings += 1
            if let note = section.note { heading += wrap(note, font: .regular, size: s.body, width: width) }
            for (i, entry) in section.entries.enumerated() {
                var lines: [Line] = []
                // A heading travels with its first entry, so it is never left alone at a page foot.
                if i == 0 { lines += heading }
                let fields = entry.fields(entry.style(in: section.style))
                // A brief entry is a row, as in a phone book: its number on the right of the name.
                // (Only when the number leaves the name at least half the line.)
                var rowNumber = entry.style(in: section.style) == .brief ? fields.first(where: { $0.kind == .phone }) : nil
                let numberWidth = rowNumber.map { PDFFont.bold.width(WinAnsi.encode($0.text), size: s.phone) } ?? 0
                if numberWidth > width / 2 { rowNumber = nil }
                let nameWidth = rowNumber == nil ? width : width - numberWidth - s.body
                var name = wrap(entry.name, font: .bold, size: s.name, width: nameWidth, spaceBefore: s.body * 0.7, tag: .entryName)
                if let file = entry.file { for j in name.indices { name[j].link = .file(file) } }
                lines += name
                if let rowNumber {
                    var number = wrap(rowNumber.text, font: .bold, size: s.phone, width: numberWidth + 1, indent: width - numberWidth)
                    number[0].placement = .besidePrevious
                    lines += number.prefix(1)
                }
                for field in fields {
                    switch field.kind {
                    case .flag:
                        lines += wrap(field.text, font: .bold, size: s.body, width: width - indent, indent: indent)
                    case .phone:
                        if rowNumber != nil { continue }
                        lines += wrap("Phone: " + field.text, font: .bold, size: s.phone, width: width - indent, indent: indent)
                    case .plain, .labelled:
                        lines += wrap(field.line, font: .regular, size: s.body, width: width - indent, indent: indent)
                    }
                }
                blocks.append(Block(lines: lines, continues: i == 0 ? nil : section.heading))
            }
        }
        return blocks
    }

    /// Padding inside the numbers box, in points.
    static let boxPadding = 8.0

    /// The numbers to keep, as one block of lines drawn inside a box (kept on the first page):
    /// each number in bold, with what it is for beside it, in a column to its right.
    static func numbersBlock(_ box: NumbersBox, _ s: Sizes, _ width: Double) -> Block {
        let inner = width - 2 * boxPadding
        var lines = wrap(box.heading, font: .bold, size: s.heading, width: inner, indent: boxPadding, spaceBefore: s.body + boxPadding, tag: .heading)
        let numbers = box.numbers.map { keepTogether($0.phone) }
        let column = (numbers.map { PDFFont.bold.width(WinAnsi.encode($0), size: s.phone) }.max() ?? 0) + s.body
        // Too wide a number column leaves too little beside it: then the text goes below.
        let beside = column < inner / 2
        let gap = s.body * 0.4
        for (number, entry) in zip(numbers, box.numbers) {
            // The number and what it is for are one list item.
            var item = wrap(number, font: .bold, size: s.phone, width: inner, indent: boxPadding, spaceBefore: gap, tag: .listItem)
            let textIndent = beside ? boxPadding + column : boxPadding + s.body
            var what = wrap(entry.what, font: .regular, size: s.body, width: inner - (textIndent - boxPadding), indent: textIndent, tag: .listItem)
            what[0].startsElement = false
            if beside, item.count == 1 {
                // Drawn on the first text line's baseline: that line drops by the difference in size.
                item[0].placement = .besideNext
                what[0].spaceBefore = gap + s.phone - s.body
            }
            lines += item + what
        }
        for i in lines.indices { lines[i].box = 0 }
        return Block(lines: lines)
    }

    static func field(_ label: String, _ value: String, _ s: Sizes, _ width: Double, _ indent: Double) -> [Line] {
        wrap(label + ": " + value, font: .regular, size: s.body, width: width - indent, indent: indent)
    }

    /// Greedy word wrap with the font's glyph widths; a word wider than the line is broken.
    static func wrap(
        _ text: String, font: PDFFont, size: Double, width: Double, indent: Double = 0, spaceBefore: Double = 0,
        tag: StructureTag = .paragraph
    ) -> [Line] {
        let spaceWidth = font.width([0x20], size: size)
        var lines: [Line] = []
        var current: [UInt8] = []
        var currentWidth = 0.0
        func flush() {
            lines.append(
                Line(
                    text: current, font: font, size: size, indent: indent, spaceBefore: lines.isEmpty ? spaceBefore : 0,
                    tag: tag, startsElement: lines.isEmpty))
            current = []
            currentWidth = 0
        }
        for word in WinAnsi.encode(text).split(separator: 0x20, omittingEmptySubsequences: true) {
            var word = Array(word)
            var wordWidth = font.width(word, size: size)
            if !current.isEmpty && currentWidth + spaceWidth + wordWidth > width { flush() }
            // A word wider than the line is broken; at least one byte goes on each line, so a
            // line narrower than any glyph still ends.
            while wordWidth > width && !word.isEmpty {
                // Break an over-long word at the last byte that fits.
                var cut = 0
                var w = 0.0
                while cut < word.count {
                    let next = font.width([word[cut]], size: size)
                    if w + next > width && cut > 0 { break }
                    w += next
                    cut += 1
                }
                if !current.isEmpty { flush() }
                current = Array(word[..<cut])
                currentWidth = w
                flush()
                word = Array(word[cut...])
                wordWidth = font.width(word, size: size)
            }
            if word.isEmpty { continue }
            if !current.isEmpty {
                current.append(0x20)
                currentWidth += spaceWidth
            }
            current += word
            currentWidth += wordWidth
        }
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// Fills pages with whole blocks; a block taller than a page is split by lines (the only way
    /// it can be printed at all).
    static func paginate(_ blocks: [Block], available: Double) -> [[Line]] {
        var pages: [[Line]] = [[]]
        var used = 0.0
        for block in blocks {
            var lines = block.lines
            if used > 0 && used + block.height > available {
                pages.append([])
                used = 0
            }
            // A page that starts inside a section says which section it is.
            if used == 0, let heading = block.continues, let first = lines.first {
                var repeated = wrap(heading + " (continued)", font: .bold, size: first.size + 3, width: pageWidth - 2 * margin, tag: .artifact)
                repeated[repeated.count - 1].spaceBefore = 0
                lines = repeated + lines
            }
            for var line in lines {
                if used == 0 { line.spaceBefore = 0 }
                if used > 0 && used + line.height > available {
                    pages.append([])
                    used = 0
                    line.spaceBefore = 0
                }
                pages[pages.count - 1].append(line)
                used += line.height
            }
        }
        return pages
    }

    /// The footer of one page, wrapped: page N of M, the council's help number, the large-print note.
    static func footerLines(page: Int, of count: Int, _ sizes: Sizes, largePrint: Bool) -> [Line] {
        let width = pageWidth - 2 * margin
        let lines = PrintFooter.lines(largePrint: largePrint)
        var out = wrap(PrintText.keepTogether("Page \(page) of \(count). " + lines[0]), font: .regular, size: sizes.footer, width: width, tag: .artifact)
        for line in lines.dropFirst() {
            out += wrap(PrintText.keepTogether(line), font: .regular, size: sizes.footer, width: width, tag: .artifact)
        }
        return out
    }

    /// A phone number that never breaks across lines (spaces made non-breaking).
    static func keepTogether(_ phone: String) -> String {
        String(phone.map { $0 == " " ? "\u{00A0}" : $0 })
    }

}

/// Number formatting for PDF content and dates.
enum PDFFormat {
    /// At most two decimals, no exponent.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return sign + String(magnitude / 100) + (fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction))
    }

    /// `D:YYYYMMDD000000Z`.
    static func date(_ d: CalendarDate) -> String {
        let ymd = d.description.filter { $0 != "-" }
        return "D:" + ymd + "000000Z"
    }
}
