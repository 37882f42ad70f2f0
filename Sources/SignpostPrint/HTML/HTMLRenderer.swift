import SignpostCore

/// One self-contained HTML file (no external assets): semantic headings and lists, readable on
/// screen and laid out for A4 when printed.
public enum HTMLRenderer {
    public static func render(_ list: PrintedList, largePrint: Bool) -> String {
        let base = largePrint ? 18 : 14
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en-GB\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(escape(list.title))</title>")
        h.append("<style>")
        h.append("""
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: Arial, Helvetica, sans-serif; font-size: \(base)pt; line-height: 1.4; color: #000; background: #fff; max-width: 46em; margin: 1em auto; padding: 0 1em; text-align: left; }
            h1 { font-size: \(base + 10)pt; margin: 0 0 0.3em; }
            h2 { font-size: \(base + 4)pt; margin: 1.4em 0 0.4em; border-bottom: 2px solid #000; }
            h3 { font-size: \(base + 2)pt; margin: 0 0 0.2em; }
            ul.services { list-style: none; padding: 0; margin: 0; }
            li.service { margin: 0 0 1.1em; break-inside: avoid; page-break-inside: avoid; }
            .phone { font-size: \(base + 2)pt; font-weight: bold; margin: 0 0 0.2em; }
            dl { margin: 0.3em 0 0; }
            dt { font-weight: bold; float: left; clear: left; margin-right: 0.4em; }
            dd { margin: 0 0 0.1em 0; }
            aside.numbers { border: 3px solid #000; padding: 0.5em 1em; margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
            aside.numbers h2 { border: none; margin: 0 0 0.3em; }
            aside.numbers ul { list-style: none; padding: 0; margin: 0; }
            aside.numbers li { margin: 0 0 0.3em; }
            footer { margin-top: 2em; border-top: 2px solid #000; padding-top: 0.5em; }
            nav.contents ul { padding-left: 1.2em; }
            .flag { font-weight: bold; border: 2px solid #000; display: inline-block; padding: 0 0.3em; }
            .blank { border-bottom: 1px solid #000; min-height: 2em; margin: 0.3em 0; }
            .note { margin: 0 0 0.6em; }
            @media print { body { margin: 0; max-width: none; } a { color: #000; text-decoration: none; } }
            """)
        h.append("</style>")
        h.append("</head>")
        h.append("<body>")
        h.append("<header>")
        h.append("<h1>\(escape(list.title))</h1>")
        if let subtitle = list.subtitle { h.append("<p>\(escape(subtitle))</p>") }
        for line in list.handoutLines { h.append("<p>\(escape(line))</p>") }
        if list.handout == nil { h.append("<p>\(escape(list.printedLine))</p>") }
        for blank in PrintedList.handoutBlanks where list.handout != nil {
            h.append("<p class=\"blank\">\(escape(blank))</p>")
        }
        h.append("</header>")
        if let box = list.numbers { h += numbersAside(box) }
        if list.showsContents {
            h.append("<nav class=\"contents\" aria-label=\"Contents\">")
            h.append("<h2>In this list</h2>")
            h.append("<ul>")
            for (i, section) in list.sections.enumerated() {
                h.append("<li><a href=\"#section-\(i + 1)\">\(escape(section.heading))</a></li>")
            }
            h.append("</ul>")
            h.append("</nav>")
        }
        h.append("<main>")
        if list.entryCount == 0 { h.append("<p>No services to list.</p>") }
        for (i, section) in list.sections.enumerated() {
            h.append("<section id=\"section-\(i + 1)\">")
            h.append("<h2>\(escape(section.heading))</h2>")
            if let note = section.note { h.append("<p class=\"note\">\(escape(note))</p>") }
            h.append("<ul class=\"services\">")
            for entry in section.entries {
                h.append("<li class=\"service\">")
                if let file = entry.file {
                    h.append("<h3><a href=\"\(escape(file))\">\(escape(entry.name))</a></h3>")
                } else {
                    h.append("<h3>\(escape(entry.name))</h3>")
                }
                var facts: [String] = []
                for f in entry.fields(entry.style(in: section.style)) {
                    switch f.kind {
                    case .flag: h.append("<p class=\"flag\">\(escape(f.text))</p>")
                    case .phone:
                        h.append("<p class=\"phone\">Phone: <a href=\"\(dialLink(f.text))\">\(escape(f.text))</a></p>")
                    case .plain: h.append("<p>\(escape(f.text))</p>")
                    case .labelled: facts.append("<dt>\(escape(f.label ?? "")):</dt><dd>\(escape(f.text))</dd>")
                    }
                }
                if !facts.isEmpty { h.append("<dl>" + facts.joined() + "</dl>") }
                h.append("</li>")
            }
            h.append("</ul>")
            h.append("</section>")
        }
        h.append("</main>")
        h.append("<footer>")
        for line in PrintFooter.lines(largePrint: largePrint) { h.append("<p>\(escape(PrintText.keepTogether(line)))</p>") }
        h.append("</footer>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ s: String) -> String { HTMLText.escape(s) }

    /// The link that rings or texts a number as printed: "sms:85258" for "text 85258" (or "Text
    /// 85258"); "tel:01732227000" for "01732 227000 ext. 123" (the number, not the extension).
    static func dialLink(_ printed: String) -> String {
        let scheme = printed.lowercased().hasPrefix("text ") ? "sms:" : "tel:"
        return scheme + (printed.split(separator: " ext.", maxSplits: 1).first ?? "").filter { $0.isNumber }
    }

    /// The numbers to keep as an aside: each number in bold, then what it is for.
    static func numbersAside(_ box: NumbersBox) -> [String] {
        ["<aside class=\"numbers\">", "<h2>\(escape(box.heading))</h2>", "<ul>"]
            + box.numbers.map { "<li><strong>\(escape(PrintText.keepTogether($0.phone)))</strong> \(escape($0.what))</li>" }
            + ["</ul>", "</aside>"]
    }
}
