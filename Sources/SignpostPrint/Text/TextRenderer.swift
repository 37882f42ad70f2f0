import SignpostCore

/// Plain UTF-8 text wrapped at 72 columns, for pasting into a parish newsletter.
public enum TextRenderer {
    public static let width = 72

    public static func render(_ list: PrintedList) -> String {
        var out: [String] = []
        out.append(list.title)
        out.append(String(repeating: "=", count: min(width, list.title.count)))
        if let subtitle = list.subtitle { out.append(contentsOf: wrap(subtitle, width: width)) }
        out.append(list.printedLine)
        if let checked = list.checkedLine { out.append(checked) }
        if let box = list.numbers {
            out.append("")
            out.append("+" + String(repeating: "-", count: width - 2) + "+")
            func boxed(_ line: String) { out.append("| " + line + String(repeating: " ", count: max(0, width - 4 - line.count)) + " |") }
            boxed(box.heading.uppercased())
            for number in box.numbers {
                for line in wrap(number.phone + "  " + number.what, width: width - 4, continuation: "    ") { boxed(line) }
            }
            out.append("+" + String(repeating: "-", count: width - 2) + "+")
        }
        if list.entryCount == 0 { out.append(contentsOf: ["", "No services to list."]) }
        for section in list.sections {
            out.append("")
            out.append(section.heading)
            out.append(String(repeating: "-", count: min(width, section.heading.count)))
            for entry in section.entries {
                out.append("")
                out.append(contentsOf: wrap(entry.name, width: width))
                if entry.showsPhone { out.append(contentsOf: field("Phone", entry.phone ?? "no phone number listed")) }
                for other in entry.otherPhones { out.append(contentsOf: field("Also", other)) }
                out.append(contentsOf: wrap(entry.description, width: width, indent: "  "))
                if let why = entry.why { out.append(contentsOf: field("Why", why)) }
                out.append(contentsOf: field("Where", entry.whereText))
                if let when = entry.when { out.append(contentsOf: field("When", when)) }
                out.append(contentsOf: field("Cost", entry.cost))
                out.append(contentsOf: field("How to start", entry.howToStart))
                if let web = entry.web { out.append(contentsOf: field("Web", web)) }
            }
        }
        out.append("")
        out.append(contentsOf: wrap(PrintFooter.helpLine + ".", width: width))
        out.append(contentsOf: wrap(PrintFooter.largePrintLine, width: width))
        return out.joined(separator: "\n") + "\n"
    }

    static func field(_ label: String, _ value: String) -> [String] {
        wrap(label + ": " + value, width: width, indent: "  ", continuation: "    ")
    }

    /// Greedy word wrap by character count; words longer than a line are broken.
    public static func wrap(_ text: String, width: Int, indent: String = "", continuation: String? = nil) -> [String] {
        let next = continuation ?? indent
        var lines: [String] = []
        var line = indent
        var lineLength = indent.count
        var empty = true
        for rawWord in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var word = Substring(rawWord)
            while true {
                let room = width - lineLength - (empty ? 0 : 1)
                if word.count <= room {
                    if !empty {
                        line += " "
                        lineLength += 1
                    }
                    line += word
                    lineLength += word.count
                    empty = false
                    break
                }
                if empty {
                    // Too long for a whole line: break it.
                    let cut = max(1, room)
                    line += word.prefix(cut)
                    lines.append(line)
                    word = word.dropFirst(cut)
                    line = next
                    lineLength = next.count
                    continue
                }
                lines.append(line)
                line = next
                lineLength = next.count
                empty = true
            }
        }
        if !empty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
