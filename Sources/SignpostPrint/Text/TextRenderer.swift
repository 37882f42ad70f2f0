import SignpostCore

/// Plain UTF-8 text wrapped at 72 columns, for pasting into a parish newsletter.
public enum TextRenderer {
    public static let width = 72

    public static func render(_ list: PrintedList) -> String {
        var out: [String] = []
        out.append(list.title)
        out.append(String(repeating: "=", count: min(width, list.title.count)))
        if let subtitle = list.subtitle { out.append(contentsOf: wrap(subtitle, width: width)) }
        for line in list.handoutLines { out.append(contentsOf: wrap(line, width: width)) }
        if list.handout == nil { out.append(contentsOf: wrap(list.printedLine, width: width)) }
        for blank in PrintedList.handoutBlanks where list.handout != nil {
            out.append(blank + " " + String(repeating: "_", count: width - blank.count - 1))
        }
        if let box = list.numbers {
            out.append("")
            out.append("+" + String(repeating: "-", count: width - 2) + "+")
            func boxed(_ line: String) { out.append("| " + line + String(repeating: " ", count: max(0, width - 4 - line.count)) + " |") }
            boxed(box.heading.uppercased())
            for number in box.numbers {
                for line in wrap(PrintText.keepTogether(number.phone + "  " + number.what), width: width - 4, continuation: "    ") { boxed(line) }
            }
            out.append("+" + String(repeating: "-", count: width - 2) + "+")
        }
        if list.showsContents {
            out.append("")
            out.append("In this list:")
            for section in list.sections { out.append(contentsOf: wrap("- " + section.heading, width: width, continuation: "  ")) }
        }
        if list.entryCount == 0 { out.append(contentsOf: ["", "No services to list."]) }
        for section in list.sections {
            out.append("")
            out.append(section.heading)
            out.append(String(repeating: "-", count: min(width, section.heading.count)))
            if let note = section.note { out.append(contentsOf: wrap(note, width: width)) }
            for entry in section.entries {
                out.append("")
                out.append(contentsOf: wrap(entry.name, width: width))
                for f in entry.fields(entry.style(in: section.style)) {
                    out.append(contentsOf: f.label == nil ? wrap(f.text, width: width, indent: "  ") : field(f.label!, f.text))
                }
            }
        }
        out.append("")
        for line in PrintFooter.lines(largePrint: false) { out.append(contentsOf: wrap(PrintText.keepTogether(line), width: width)) }
        return out.joined(separator: "\n").replacingNonBreakingSpaces() + "\n"
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

extension String {
    /// Plain spaces again once wrapping is done: text output is pasted into other documents.
    func replacingNonBreakingSpaces() -> String { String(map { $0 == "\u{00A0}" ? " " : $0 }) }
}
