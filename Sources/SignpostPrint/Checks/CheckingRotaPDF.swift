import SignpostCore

/// The checking rota as a PDF for officers to work through by phone, in the printed lists' large
/// clear print (Liberation Sans, 16 pt body, left-aligned, on A4, written by `PDFRenderer`): one block
/// per service, never split across pages, with the number to ring in bold first, what to
/// confirm as a list to tick, and the script to read.
public enum CheckingRotaPDF {
    /// The rota's first `limit` rows (every row when 0).
    public static func render(_ rota: CheckingRota, limit: Int) -> PDFRenderer.Output {
        let s = PDFRenderer.Sizes.officer
        let W = PDFRenderer.self
        let width = W.pageWidth - 2 * W.margin
        let indent = s.body
        let rows = rota.top(limit)
        var blocks: [PDFRenderer.Block] = []
        var header = W.wrap("Checking rota", font: .bold, size: s.title, width: width)
        header += W.wrap(
            "Made \(rota.today.longForm): \(rows.count) of \(rota.rows.count) services, most urgent first. Priority = years since last checked × residents reached (thousands, weighted for deprivation) × visibility (1, plus 0.5 on printed lists, plus 1 if an urgent contact).",
            font: .regular, size: s.body, width: width, spaceBefore: s.body * 0.3)
        header += W.wrap(
            "After each call: signpost checks record SERVICE --date YYYY-MM-DD --note \"what was confirmed\"", font: .regular,
            size: s.body, width: width, spaceBefore: s.body * 0.3)
        if rows.isEmpty { blocks.append(PDFRenderer.Block(lines: header)) }

        for (i, row) in rows.enumerated() {
            // The heading travels with the first service, so page one is never the heading alone.
            var lines = i == 0 ? header : []
            lines += W.wrap("\(row.rank). \(row.service.name)", font: .bold, size: s.name, width: width, spaceBefore: s.heading)
            lines += W.wrap(row.organisation + " (" + row.service.id + ")", font: .regular, size: s.body, width: width - indent, indent: indent)
            let ring = row.number.number.map { "Ring: " + W.keepTogether($0) } ?? "No number: find one"
            lines += W.wrap(ring, font: .bold, size: s.phone, width: width - indent, indent: indent, spaceBefore: s.body * 0.3)
            if let askFor = row.number.askFor {
                lines += W.wrap("Ask for: " + askFor, font: .regular, size: s.body, width: width - indent, indent: indent)
            } else if row.number.whose == .organisation {
                lines += W.wrap("The organisation's line: ask to be put through.", font: .regular, size: s.body, width: width - indent, indent: indent)
            }
            if !row.number.otherWays.isEmpty {
                lines += W.wrap("Look on: " + row.number.otherWays.joined(separator: ", "), font: .regular, size: s.body, width: width - indent, indent: indent)
            }
            lines += W.wrap(
                "Last checked \(row.service.verified.longForm) (\(row.ageInWords) ago). Priority \(Format.decimal(row.priority)).",
                font: .regular, size: s.body, width: width - indent, indent: indent)
            lines += W.wrap("Confirm:", font: .bold, size: s.body, width: width - indent, indent: indent, spaceBefore: s.body * 0.3)
            for item in row.confirm {
                lines += W.wrap("[  ] " + PrintText.keepTogether(item.inWords), font: .regular, size: s.body, width: width - 2 * indent, indent: 2 * indent)
            }
            lines += W.wrap("Say:", font: .bold, size: s.body, width: width - indent, indent: indent, spaceBefore: s.body * 0.3)
            for sentence in row.script {
                lines += W.wrap(PrintText.keepTogether(sentence), font: .regular, size: s.body, width: width - 2 * indent, indent: 2 * indent)
            }
            blocks.append(PDFRenderer.Block(lines: lines))
        }
        let footer = { (page: Int, count: Int) in
            W.wrap(
                "Page \(page) of \(count). Checking rota for council staff, made \(rota.today.longForm): not for residents.",
                font: .regular, size: s.footer, width: width)
        }
        let footerHeight = Double(footer(88, 88).count) * s.footer * W.lineSpacing + s.footer
        let pages = W.paginate(blocks, available: W.pageHeight - 2 * W.margin - footerHeight)
        return W.write(title: "Checking rota, \(rota.today.longForm)", printed: rota.today, pages: pages, sizes: s, footer: footer)
    }
}
