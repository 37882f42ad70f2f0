import SignpostCore

/// Sentence shaping for Easy Read: sentences of at most `maxWords` words, cut or broken only
/// between words, at a comma, colon or semicolon where there is one. Nothing is added but full
/// stops and capitals; words are only left out when a description is cut to its first part.
public enum EasyReadText {
    /// The longest sentence Easy Read guidance allows, in words.
    public static let maxWords = 15

    /// Words a kept part may not end on ("… for the families and"): dropped after a cut.
    static let danglingWords: Set<String> = [
        "a", "an", "and", "or", "the", "of", "to", "for", "with", "in", "on", "at", "by", "from", "who", "which", "that",
        "where", "including", "as", "your", "their", "its", "but", "so", "into", "across",
    ]

    /// Words a phrase can start with, where a long sentence without punctuation can be cut.
    static let phraseStarts: Set<String> = [
        "and", "or", "with", "including", "where", "which", "who", "that", "in", "for", "to", "at", "from", "by", "on", "across",
        "but", "so", "as",
    ]

    /// The words of `text`, as printed (non-breaking spaces join words, as they do on paper).
    public static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    }

    /// The number of words in `text`, counted as a reader counts them (a phone number is one word
    /// or more, as it is spaced: non-breaking spaces count as spaces).
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{00A0}" }).count
    }

    /// `text` as one sentence: a capital first and a full stop last.
    public static func sentence(_ text: String) -> String {
        var s = text.trimmingSpacesAndPunctuationAtEnd()
        guard let first = s.first else { return "" }
        s = first.uppercased() + s.dropFirst()
        return s + "."
    }

    /// The sentences of `text`, split after ". ", "? ", "! " and at "; " (each piece a sentence).
    public static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            current.append(c)
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            if (c == "." || c == "?" || c == "!" || c == ";") && next == " " && !endsWithAbbreviation(current) {
                out.append(current)
                current = ""
            }
            i += 1
        }
        out.append(current)
        return out.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.map(sentence)
    }

    /// "ext." and "e.g." end no sentence.
    static func endsWithAbbreviation(_ s: String) -> Bool {
        let last = s.split(separator: " ").last.map(String.init)?.lowercased() ?? ""
        return ["ext.", "e.g.", "i.e.", "no.", "st.", "approx."].contains(last)
    }

    /// The first part of `text` that makes a sentence of at most `maxWords` words: the first
    /// sentence, and when that is too long, cut at its last comma, colon or semicolon within the
    /// limit, else before a word that starts a phrase ("… who died | in the hospice's care"),
    /// else after `maxWords` words. Never cut inside a word; a cut drops a dangling "and" or "the".
    public static func shortened(_ text: String) -> String {
        let first = sentences(text).first ?? ""
        let w = words(first)
        guard wordCount(first) > maxWords else { return first }
        let limit = wordsWithin(w)
        let minimum = 4
        var cut: Int? = nil
        for k in stride(from: limit, through: minimum, by: -1) where [",", ":", ";"].contains(w[k - 1].last) {
            cut = k
            break
        }
        if cut == nil {
            for k in stride(from: min(limit, w.count - 1), through: minimum, by: -1) where phraseStarts.contains(w[k].lowercased()) {
                cut = k
                break
            }
        }
        var kept = Array(w[..<(cut ?? limit)])
        while kept.count > 1, danglingWords.contains(kept.last!.lowercased().droppingTrailing(",:;")) { kept.removeLast() }
        return sentence(kept.joined(separator: " "))
    }

    /// `text` as sentences of at most `maxWords` words each, with nothing left out: sentences
    /// longer than that are broken into parts at commas, colons or semicolons (or before a word
    /// that starts a phrase, or after `maxWords` words), each part on its own line.
    public static func brokenUp(_ text: String, firstPrefix: String = "") -> [String] {
        var out: [String] = []
        for (i, s) in sentences(text).enumerated() {
            out += parts(i == 0 ? firstPrefix + s : s)
        }
        return out
    }

    /// Where to break `words` after a comma, colon or semicolon, keeping at most `limit` words
    /// before the break: a break that leaves a part short enough to end on beats one that does
    /// not, a colon or semicolon beats a comma, and then the more even split wins.
    static func bestBreak(_ words: [Substring], limit: Int) -> Int? {
        var best: (k: Int, score: Int)? = nil
        guard limit >= 3 else { return nil }
        let total = wordCount(words.joined(separator: " "))
        for k in 3...limit {
            guard let mark = words[k - 1].last, [",", ":", ";"].contains(mark) else { continue }
            let before = wordCount(words[..<k].joined(separator: " "))
            let after = total - before
            var score = after <= maxWords ? 1000 : 0
            if mark != "," { score += 100 }
            score -= abs(before - after)
            if best == nil || score > best!.score { best = (k, score) }
        }
        return best?.k
    }

    /// How many of `words` fit in `maxWords` printed words (a word held together by non-breaking
    /// spaces counts as several).
    static func wordsWithin(_ words: [Substring]) -> Int {
        var fitting = 0
        var counted = 0
        for word in words {
            counted += wordCount(String(word))
            if counted > maxWords { break }
            fitting += 1
        }
        return fitting
    }

    /// One sentence broken into parts of at most `maxWords` words.
    static func parts(_ sentence: String) -> [String] {
        var rest = words(sentence)
        var out: [String] = []
        while wordCount(rest.joined(separator: " ")) > maxWords {
            let limit = max(1, wordsWithin(rest))
            var cut = bestBreak(rest, limit: limit)
            if cut == nil {
                for k in stride(from: min(limit, rest.count - 1), through: 3, by: -1) where phraseStarts.contains(rest[k].lowercased()) {
                    cut = k
                    break
                }
            }
            let k = cut ?? limit
            out.append(rest[..<k].joined(separator: " "))
            rest = Array(rest[k...])
        }
        if !rest.isEmpty { out.append(rest.joined(separator: " ")) }
        // Each part reads as a sentence: a capital first, and a full stop for a comma (a colon
        // stays: it leads into the next part).
        return out.enumerated().map { i, part in
            var p = i == 0 ? part : part.prefix(1).uppercased() + part.dropFirst()
            if i + 1 < out.count, p.hasSuffix(",") || p.hasSuffix(";") { p = String(p.dropLast()) + "." }
            return p
        }
    }
}

extension String {
    /// The text without trailing spaces, full stops, commas, colons or semicolons.
    func trimmingSpacesAndPunctuationAtEnd() -> String {
        var s = Substring(self)
        while let last = s.last, [" ", ".", ",", ":", ";", "\u{00A0}"].contains(last) { s = s.dropLast() }
        while let first = s.first, first == " " { s = s.dropFirst() }
        return String(s)
    }

    func droppingTrailing(_ set: String) -> String {
        var s = Substring(self)
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
