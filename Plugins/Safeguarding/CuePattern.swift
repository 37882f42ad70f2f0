import SignpostCore

/// One compiled cue pattern of the lexicon: a sequence of word elements and gaps, matched against
/// a passage's tokens (their normalised form and stem, as the interpreter made them).
///
/// Element syntax (words as ``Token/normalised``): `word` matches the word or any word with the
/// same stem (`=word`: that word only); `a|b|c` any of them; `no+one` a phrase as one alternative
/// ("no+one|nobody"); `pre*` any word starting with `pre`; `_` any one word; `..` up
/// to three words, `..N` up to N. Gaps never cross the end of a sentence.
struct CuePattern: Sendable {
    enum Element: Sendable {
        case word(words: Set<String>, stems: Set<String>, prefixes: [String], phrases: [[String]])
        case any
        case gap(Int)
    }

    let elements: [Element]
    /// The source text, for messages.
    let text: String

    init?(_ text: String) {
        var elements: [Element] = []
        for part in text.split(separator: " ") {
            if part == "_" {
                elements.append(.any)
            } else if part.hasPrefix(".."), let n = part == ".." ? 3 : Int(part.dropFirst(2)) {
                elements.append(.gap(n))
            } else {
                var words: Set<String> = [], stems: Set<String> = [], prefixes: [String] = [], phrases: [[String]] = []
                for alt in part.split(separator: "|") {
                    let w = String(alt)
                    if w.contains("+") {
                        phrases.append(w.split(separator: "+").map(String.init))
                    } else if w.hasSuffix("*") {
                        prefixes.append(String(w.dropLast().drop { $0 == "=" }))
                    } else if w.hasPrefix("=") {
                        words.insert(String(w.dropFirst()))
                    } else {
                        words.insert(w)
                        // Multi-letter words only: stems of contractions and tiny words overmatch.
                        if w.count > 3, w.allSatisfy(\.isLetter) { stems.insert(EnglishStemmer.stem(w)) }
                    }
                }
                elements.append(.word(words: words, stems: stems, prefixes: prefixes, phrases: phrases))
            }
        }
        guard let first = elements.first, case .word = first else { return nil }
        if case .gap = elements.last! { return nil }
        self.elements = elements
        self.text = text
    }

    /// The first element's exact words and stems (for the index), and its prefixes.
    var firstWords: (words: Set<String>, stems: Set<String>, prefixes: [String]) {
        guard case .word(let w, let s, let p, let phrases) = elements[0] else { return ([], [], []) }
        return (w.union(phrases.map { $0[0] }), s, p)
    }

    static func matches(_ element: Element, _ token: Token) -> Bool {
        switch element {
        case .any: return token.isWord
        case .gap: return false
        case .word(let words, let stems, let prefixes, _):
            guard !token.isPunctuation else { return words.contains(token.normalised) }
            if words.contains(token.normalised) || (!stems.isEmpty && stems.contains(token.stem)) { return true }
            for p in prefixes where token.normalised.hasPrefix(p) { return true }
            return false
        }
    }

    /// The tokens matched (not gaps) when the pattern matches starting at `start`, else nil.
    func match(at start: Int, in tokens: [Token]) -> [Int]? {
        var matched: [Int] = []
        return go(0, start, tokens, &matched) ? matched : nil
    }

    private func go(_ e: Int, _ t: Int, _ tokens: [Token], _ matched: inout [Int]) -> Bool {
        if e == elements.count { return true }
        switch elements[e] {
        case .gap(let n):
            var k = t
            var skipped = 0
            while true {
                let mark = matched.count
                if go(e + 1, k, tokens, &matched) { return true }
                matched.removeSubrange(mark...)
                guard k < tokens.count, skipped < n, !CuePattern.endsSentence(tokens[k]) else { return false }
                if tokens[k].isWord { skipped += 1 }
                k += 1
            }
        case .word(_, _, _, let phrases):
            // A plain element must be the next token (only gaps skip words).
            let mark = matched.count
            if t < tokens.count, CuePattern.matches(elements[e], tokens[t]) {
                matched.append(t)
                if go(e + 1, t + 1, tokens, &matched) { return true }
                matched.removeSubrange(mark...)
            }
            for phrase in phrases where t + phrase.count <= tokens.count {
                var ok = true
                for (k, w) in phrase.enumerated() where tokens[t + k].normalised != w {
                    ok = false
                    break
                }
                guard ok else { continue }
                matched.append(contentsOf: t..<(t + phrase.count))
                if go(e + 1, t + phrase.count, tokens, &matched) { return true }
                matched.removeSubrange(mark...)
            }
            return false
        case .any:
            guard t < tokens.count, tokens[t].isWord else { return false }
            matched.append(t)
            return go(e + 1, t + 1, tokens, &matched)
        }
    }

    /// Whether a token ends a sentence (. ! ? ; …).
    static func endsSentence(_ token: Token) -> Bool {
        token.isPunctuation && token.normalised.contains { $0 == "." || $0 == "!" || $0 == "?" || $0 == ";" }
    }
}
