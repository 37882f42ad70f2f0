/// An Easy Read handout as plain UTF-8 text: the cover, then each service under a rule of its
/// own, one sentence a line, wrapped at `TextRenderer.width` columns with `TextRenderer.wrap`.
public enum EasyReadTextRenderer {
    public static func render(_ list: PrintedList) -> String {
        let handout = EasyReadHandout(list)
        let cover = handout.cover
        let width = TextRenderer.width
        var out: [String] = []
        func add(_ text: String, indent: String = "") { out += TextRenderer.wrap(text, width: width, indent: indent) }
        out.append(cover.title.uppercased())
        out.append(String(repeating: "=", count: min(width, cover.title.count)))
        for line in cover.lines { add(line) }
        if let name = cover.ringFirst {
            out.append("")
            add(EasyReadCover.ringFirstLead + " " + name + ".")
        }
        if cover.isEmpty { out += ["", EasyReadCover.nothingToList] }
        for blank in cover.blanks { out.append(blank + " " + String(repeating: "_", count: width - blank.count - 1)) }
        if let box = cover.numbers {
            out.append("")
            out.append(box.heading.uppercased())
            for number in box.numbers {
                out.append("")
                add(PrintText.keepTogether(number.phone), indent: "  ")
                add(number.what, indent: "  ")
            }
        }
        for page in handout.pages {
            out.append("")
            out.append(String(repeating: "=", count: width))
            if let flag = page.flag { add(flag) }
            add(page.name.uppercased())
            if let number = page.number { add(PrintText.keepTogether(number)) }
            for note in page.numberNotes { add(note) }
            out.append("")
            for sentence in page.sentences { add(sentence) }
        }
        out.append("")
        out.append(String(repeating: "=", count: width))
        for line in PrintFooter.lines(largePrint: true) { add(PrintText.keepTogether(line)) }
        return out.joined(separator: "\n").replacingNonBreakingSpaces() + "\n"
    }
}
