import SignpostCore

/// The risks raised before any list, as a box at the top of the text output: for each risk, the
/// sentence for the prescriber, the resident's words that raised it, and who to call.
enum UrgentTextFormatter {
    static let width = 78

    /// The box's lines (none when no risk was raised).
    static func lines(_ urgent: [UrgentRisk]) -> [String] {
        guard !urgent.isEmpty else { return [] }
        let inner = width - 4
        var body: [String] = ["URGENT: SAFEGUARDING FIRST"]
        for risk in urgent {
            body.append("")
            body.append(contentsOf: wrap("\(risk.risk): \(risk.say)", inner))
            body.append(contentsOf: wrap("Words: " + risk.because.map { "“\($0)”" }.joined(separator: ", "), inner))
            for contact in risk.contacts {
                body.append(contentsOf: wrap("  \(contact.phone)  \(contact.name) (\(contact.when))", inner, indent: "      "))
            }
        }
        body.append("")
        body.append(contentsOf: wrap("Signpost prompts and informs: follow your organisation's safeguarding policy.", inner))
        var out = ["┌" + String(repeating: "─", count: width - 2) + "┐"]
        for line in body {
            out.append("│ " + line + String(repeating: " ", count: max(0, inner - line.count)) + " │")
        }
        out.append("└" + String(repeating: "─", count: width - 2) + "┘")
        return out
    }

    /// Words of `text` in lines of at most `width` characters.
    static func wrap(_ text: String, _ width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if candidate.count > width, !line.isEmpty {
                lines.append(line)
                line = indent + word
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
