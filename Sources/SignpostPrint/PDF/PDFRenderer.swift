import SignpostCore

/// Lays a printed list out on A4 pages and writes it as PDF: clear print (left-aligned
/// Helvetica, body 12 pt, or 16 pt in large print), text wrapped with Helvetica's real widths,
/// no entry split across pages, and a footer on every page (page N of M, the council's number,
/// the large-print note). Text is written top to bottom, so extracted text reads in order.
public enum PDFRenderer {
    /// Type sizes in points.
    struct Sizes {
        var body: Double
        var title: Double
        var heading: Double
        var name: Double
        var phone: Double
        var footer: Double

        static let standard = Sizes(body: 12, title: 20, heading: 16, name: 13, phone: 14, footer: 12)
        static let large = Sizes(body: 16, title: 26, heading: 21, name: 17, phone: 18, footer: 16)
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
        let blocks = layout(list, sizes)
        // Room for the widest footer any page will have, and a gap above it.
        let footerHeight = Double(footerLines(page: 88, of: 88, sizes).count) * sizes.footer * lineSpacing + sizes.footer
        let pages = paginate(blocks, available: pageHeight - 2 * margin - footerHeight)
        return write(title: list.title, printed: list.printed, pages: pages, sizes: sizes) { footerLines(page: $0, of: $1, sizes) }
    }

    // MARK: Layout

    static func layout(_ list: PrintedList, _ s: Sizes) -> [Block] {
        let width = pageWidth - 2 * margin
        var blocks: [Block] = []
        var header = wrap(list.title, font: .bold, size: s.title, width: width)
        if let subtitle = list.subtitle {
            header += wrap(subtitle, font: .regular, size: s.body, width: width, spaceBefore: s.body * 0.3)
        }
        header += wrap(list.printedLine, font: .regular, size: s.body, width: width, spaceBefore: s.body * 0.3)
        if let checked = list.checkedLine { header += wrap(checked, font: .regular, size: s.body, width: width) }
        if list.entryCount == 0 {
            header += wrap("No services to list.", font: .regular, size: s.body, width: width, spaceBefore: s.body)
        }
        blocks.append(Block(lines: header))
        if let box = list.numbers { blocks.append(numbersBlock(box, s, width)) }

        let indent = s.body
        for section in list.sections {
            let heading = wrap(section.heading, font: .bold, size: s.heading, width: width, spaceBefore: s.heading * 0.9)
            for (i, entry) in section.entries.enumerated() {
                var lines: [Line] = []
                // A heading travels with its first entry, so it is never left alone at a page foot.
                if i == 0 { lines += heading }
                lines += wrap(entry.name, font: .bold, size: s.name, width: width, spaceBefore: s.body * 0.7)
                if entry.showsPhone {
                    lines += wrap(
                        entry.phone.map { "Phone: " + keepTogether($0) } ?? "No phone number listed", font: .bold,
                        size: s.phone, width: width - indent, indent: indent)
                }
                for other in entry.otherPhones {
                    lines += wrap("Also: " + other, font: .regular, size: s.body, width: width - indent, indent: indent)
                }
                lines += wrap(entry.description, font: .regular, size: s.body, width: width - indent, indent: indent)
                if let why = entry.why { lines += field("Why", why, s, width, indent) }
                lines += field("Where", entry.whereText, s, width, indent)
                if let when = entry.when { lines += field("When", when, s, width, indent) }
                lines += field("Cost", entry.cost, s, width, indent)
                lines += field("How to start", entry.howToStart, s, width, indent)
                if let web = entry.web { lines += field("Web", web, s, width, indent) }
                blocks.append(Block(lines: lines))
            }
        }
        return blocks
    }

    /// Padding inside the numbers box, in points.
    static let boxPadding = 8.0

    /// The numbers to keep, as one block of lines drawn inside a box (kept on the first page).
    static func numbersBlock(_ box: NumbersBox, _ s: Sizes, _ width: Double) -> Block {
        let inner = width - 2 * boxPadding
        var lines = wrap(box.heading, font: .bold, size: s.heading, width: inner, indent: boxPadding, spaceBefore: s.body + boxPadding)
        for number in box.numbers {
            lines += wrap(keepTogether(number.phone), font: .bold, size: s.phone, width: inner, indent: boxPadding, spaceBefore: s.body * 0.3)
            lines += wrap(number.what, font: .regular, size: s.body, width: inner - s.body, indent: boxPadding + s.body)
        }
        for i in lines.indices { lines[i].box = 0 }
        return Block(lines: lines)
    }

    static func field(_ label: String, _ value: String, _ s: Sizes, _ width: Double, _ indent: Double) -> [Line] {
        wrap(label + ": " + value, font: .regular, size: s.body, width: width - indent, indent: indent)
    }

    /// Greedy word wrap with Helvetica's glyph widths; a word wider than the line is broken.
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
            while wordWidth > width {
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
            if used > 0 && used + block.height > available {
                pages.append([])
                used = 0
            }
            for var line in block.lines {
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
    static func footerLines(page: Int, of count: Int, _ sizes: Sizes) -> [Line] {
        let width = pageWidth - 2 * margin
        return wrap("Page \(page) of \(count). \(keepNumbersTogether(PrintFooter.helpLine)).", font: .regular, size: sizes.footer, width: width)
            + wrap(keepNumbersTogether(PrintFooter.largePrintLine), font: .regular, size: sizes.footer, width: width)
    }

    /// A phone number that never breaks across lines (spaces made non-breaking).
    static func keepTogether(_ phone: String) -> String {
        String(phone.map { $0 == " " ? "\u{00A0}" : $0 })
    }

    /// Non-breaking spaces inside "01732 227000"-style numbers in running text.
    static func keepNumbersTogether(_ text: String) -> String {
        var out: [Character] = []
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            if ch == " ", i > 0, i + 1 < chars.count, chars[i - 1].isNumber, chars[i + 1].isNumber {
                out.append("\u{00A0}")
            } else {
                out.append(ch)
            }
        }
        return String(out)
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
