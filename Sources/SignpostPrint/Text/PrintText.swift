/// Text shaping shared by every printed format.
public enum PrintText {
    /// Non-breaking spaces inside phone numbers ("01732 227000", "116 123") and postcodes
    /// ("TN13 3LW"), so that no format breaks one across lines.
    public static func keepTogether(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return text }
        var out = String(words[0])
        for i in 1..<words.count {
            let before = words[i - 1], after = words[i]
            let joins =
                (before.last?.isNumber == true && after.first?.isNumber == true)
                || (isOutwardCode(before) && isInwardCode(after))
            out += (joins ? "\u{00A0}" : " ") + after
        }
        return out
    }

    /// "TN13", "BR8", "SW1A": one or two letters, a digit, then a digit or letter.
    static func isOutwardCode(_ word: Substring) -> Bool {
        let c = Array(word)
        guard (2...4).contains(c.count), c[0].isUppercase, c[0].isASCII else { return false }
        var i = 1
        if c[i].isUppercase { i += 1 }
        guard i < c.count, c[i].isASCII, c[i].isNumber else { return false }
        i += 1
        if i < c.count, c[i].isASCII, c[i].isNumber || c[i].isUppercase { i += 1 }
        return i == c.count
    }

    /// "3LW": a digit and two letters, perhaps followed by punctuation.
    static func isInwardCode(_ word: Substring) -> Bool {
        let c = Array(word.prefix { $0.isLetter || $0.isNumber })
        return c.count == 3 && c[0].isASCII && c[0].isNumber && c[1].isUppercase && c[2].isUppercase
    }

    /// The first sentence of a description (up to ". " or the end), for brief entries.
    public static func firstSentence(_ text: String) -> String {
        let chars = Array(text)
        for i in chars.indices.dropLast() where chars[i] == "." && chars[i + 1] == " " {
            return String(chars[...i])
        }
        return text
    }

    /// The first sentence, cut to its main clause when it runs past `maxLength` characters: a
    /// long sentence is cut before a colon, semicolon or dash, or before a trailing ", with …",
    /// ", including …", ", plus …", ", from …", ", where …", ", which …" or ", so …" clause,
    /// never mid-phrase. "Free support from trained volunteers after someone close to you has
    /// died: a national freephone helpline, …" → "Free support from trained volunteers after
    /// someone close to you has died." A sentence with no such place is kept whole.
    public static func mainClause(_ text: String, maxLength: Int = 100) -> String {
        let sentence = firstSentence(text)
        guard sentence.count > maxLength else { return sentence }
        func places(_ marks: [String]) -> [String.Index] {
            marks.flatMap { mark -> [String.Index] in
                var found: [String.Index] = []
                var from = sentence.startIndex
                while let r = sentence.range(of: mark, range: from..<sentence.endIndex) {
                    found.append(r.lowerBound)
                    from = r.upperBound
                }
                return found
            }.sorted()
        }
        // The earliest place far enough in, outside any brackets.
        func usable(_ at: String.Index) -> Bool {
            let head = sentence[..<at]
            return head.count >= minimumClause && head.filter { $0 == "(" }.count == head.filter { $0 == ")" }.count
        }
        let strong = places([":", ";", " – ", " - "]).first(where: usable)
        let weak = places([", with ", ", including ", ", plus ", ", from ", ", where ", ", which ", ", so "]).first(where: usable)
        guard let cut = strong ?? weak else { return sentence }
        var head = String(sentence[..<cut])
        while head.last == " " || head.last == "," { head.removeLast() }
        return head + "."
    }

    /// The shortest main clause `mainClause` keeps, in characters.
    static let minimumClause = 30
}
