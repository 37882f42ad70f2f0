/// An Easy Read handout as one self-contained HTML file: the cover, then each service in a
/// section that starts a new printed page, in Easy Read sizes (20 pt body, 28 pt headings, the
/// number at 36 pt bold). Escaping is `HTMLRenderer`'s.
public enum EasyReadHTMLRenderer {
    public static func render(_ list: PrintedList) -> String {
        let handout = EasyReadHandout(list)
        let cover = handout.cover
        let e = HTMLRenderer.escape
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en-GB\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(e(cover.title))</title>")
        h.append("<style>")
        h.append("""
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: Arial, Helvetica, sans-serif; font-size: 20pt; line-height: 1.4; color: #000; background: #fff; max-width: 32em; margin: 1em auto; padding: 0 1em; text-align: left; }
            h1 { font-size: 32pt; margin: 0 0 0.4em; }
            h2 { font-size: 28pt; margin: 0 0 0.3em; }
            p { margin: 0 0 0.6em; }
            .number { font-size: 36pt; font-weight: bold; margin: 0.2em 0 0.3em; }
            .number a { color: #000; }
            .flag, .lead, .note { font-weight: bold; }
            .ring-first { font-size: 28pt; font-weight: bold; margin: 0; }
            .blank { border-bottom: 1px solid #000; min-height: 2em; }
            section.page { margin: 2em 0 0; padding-top: 1em; border-top: 3px solid #000; break-before: page; page-break-before: always; }
            aside.numbers { border: 3px solid #000; padding: 0.5em 1em; margin: 1em 0; }
            aside.numbers ul { list-style: none; padding: 0; margin: 0; }
            aside.numbers li { margin: 0 0 0.6em; }
            aside.numbers strong { font-size: 36pt; display: block; }
            footer { margin-top: 2em; border-top: 2px solid #000; padding-top: 0.5em; }
            @media print { body { margin: 0; max-width: none; } section.page { border-top: none; margin: 0; } a { text-decoration: none; } }
            """)
        h.append("</style>")
        h.append("</head>")
        h.append("<body>")
        h.append("<header>")
        h.append("<h1>\(e(cover.title))</h1>")
        for line in cover.lines { h.append("<p>\(e(line))</p>") }
        if let name = cover.ringFirst, let index = cover.ringFirstIndex {
            h.append("<p class=\"lead\">\(e(EasyReadCover.ringFirstLead))</p>")
            h.append("<p class=\"ring-first\"><a href=\"#service-\(index + 1)\">\(e(name))</a></p>")
        }
        if cover.isEmpty { h.append("<p>\(e(EasyReadCover.nothingToList))</p>") }
        for blank in cover.blanks { h.append("<p class=\"blank\">\(e(blank))</p>") }
        h.append("</header>")
        if let box = cover.numbers { h += HTMLRenderer.numbersAside(box) }
        h.append("<main>")
        for (i, page) in handout.pages.enumerated() {
            h.append("<section class=\"page\" id=\"service-\(i + 1)\">")
            if let flag = page.flag { h.append("<p class=\"flag\">\(e(flag))</p>") }
            h.append("<h2>\(e(page.name))</h2>")
            if let number = page.number {
                h.append("<p class=\"number\"><a href=\"\(HTMLRenderer.dialLink(number))\">\(e(PrintText.keepTogether(number)))</a></p>")
            }
            for note in page.numberNotes { h.append("<p class=\"note\">\(e(note))</p>") }
            for sentence in page.sentences { h.append("<p>\(e(sentence))</p>") }
            h.append("</section>")
        }
        h.append("</main>")
        h.append("<footer>")
        for line in PrintFooter.lines(largePrint: true) { h.append("<p>\(e(PrintText.keepTogether(line)))</p>") }
        h.append("</footer>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }
}
