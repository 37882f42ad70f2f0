import SignpostCore

/// One compiled cue pattern of the lexicon: a sequence of word elements and gaps, matched against
/// a passage's tokens (their normalised form and stem, as the interpreter made them).
///
/// Element syntax (words as ``Token/normalised``): `word` matches the word or any word with the
/// same stem (`=word`: that word only); `a|b|c` any of them; `no+one` a phrase as one alternative
/// ("no+one|nobody"); `pre*` any word starting with `pre`; `_` any one word; `..` up to three
/// words, `..N` up to N. Gaps never cross the end of a sentence.
///
/// Words are compared as integers: the lexicon numbers every word, stem and prefix it uses
/// (``CueVocabulary``), and each passage's tokens are numbered once (``CueTokens``), so matching
/// hashes no strings.
struct CuePattern: Sendable {
    enum Element: Sendable {
        case word(words: [Int32], stems: [Int32], prefixes: UInt64, phrases: [[Int32]])
        case any
        case gap(Int)
    }

    let elements: [Element]
    /// The source text, for messages.
    let text: String
    /// For each word element, the bits its words, stems and phrase starts set in a
    /// ``CueTokens/present`` mask, and its prefixes: a pattern with an element no token can meet
    /// is never tried.
    let required: [Requirement]

    /// What one word element needs of a passage.
    struct Requirement: Sendable {
        var mask: CueMask
        var prefixes: UInt64
    }

    init?(_ text: String, vocabulary: inout CueVocabulary) {
        var elements: [Element] = []
        for part in text.split(separator: " ") {
            if part == "_" {
                elements.append(.any)
            } else if part.hasPrefix(".."), let n = part == ".." ? 3 : Int(part.dropFirst(2)) {
                elements.append(.gap(n))
            } else {
                var words: [Int32] = [], stems: [Int32] = [], prefixes: UInt64 = 0, phrases: [[Int32]] = []
                for alt in part.split(separator: "|") {
                    let w = String(alt)
                    if w.contains("+") {
                        phrases.append(w.split(separator: "+").map { vocabulary.word(String($0)) })
                    } else if w.hasSuffix("*") {
                        guard let bit = vocabulary.prefix(String(w.dropLast().drop { $0 == "=" })) else { return nil }
                        prefixes |= bit
                    } else if w.hasPrefix("=") {
                        words.append(vocabulary.word(String(w.dropFirst())))
                    } else {
                        words.append(vocabulary.word(w))
                        // Multi-letter words only: stems of contractions and tiny words overmatch.
                        if w.count > 3, w.allSatisfy(\.isLetter) { stems.append(vocabulary.stem(EnglishStemmer.stem(w))) }
                    }
                }
                elements.append(.word(words: words, stems: stems, prefixes: prefixes, phrases: phrases))
            }
        }
        guard let first = elements.first, case .word = first else { return nil }
        if case .gap = elements.last! { return nil }
        self.required = elements.compactMap { element in
            guard case .word(let words, let stems, let prefixes, let phrases) = element else { return nil }
            var mask = CueMask()
            for w in words + phrases.map({ $0[0] }) { mask.insert(word: w) }
            for s in stems { mask.insert(stem: s) }
            return Requirement(mask: mask, prefixes: prefixes)
        }
        self.elements = elements
        self.text = text
    }

    /// The first element's word and stem ids, prefixes and phrase starts (for the index).
    var first: (words: [Int32], stems: [Int32], prefixes: UInt64) {
        guard case .word(let w, let s, let p, let phrases) = elements[0] else { return ([], [], 0) }
        return (w + phrases.map { $0[0] }, s, p)
    }

    static func matches(_ element: Element, _ t: Int, _ tokens: CueTokens) -> Bool {
        switch element {
        case .any: return tokens.isWord[t]
        case .gap: return false
        case .word(let words, let stems, let prefixes, _):
            let w = tokens.word[t]
            if w >= 0 && words.contains(w) { return true }
            if prefixes & tokens.prefixes[t] != 0 { return true }
            let s = tokens.stem[t]
            return s >= 0 && tokens.isWord[t] && stems.contains(s)
        }
    }

    /// Whether every word element can be met by some token of the passage (a quick, sound filter).
    func isFeasible(in tokens: CueTokens) -> Bool {
        for r in required where !r.mask.intersects(tokens.present) && r.prefixes & tokens.anyPrefixes == 0 { return false }
        return true
    }

    /// Whether the pattern matches starting at `start`; the tokens matched (not gaps) are left in
    /// `matched`, which is emptied first (one buffer serves a whole scan).
    func match(at start: Int, in tokens: CueTokens, into matched: inout [Int]) -> Bool {
        matched.removeAll(keepingCapacity: true)
        return go(0, start, tokens, &matched)
    }

    private func go(_ e: Int, _ t: Int, _ tokens: CueTokens, _ matched: inout [Int]) -> Bool {
        if e == elements.count { return true }
        switch elements[e] {
        case .gap(let n):
            var k = t
            var skipped = 0
            while true {
                let mark = matched.count
                if go(e + 1, k, tokens, &matched) { return true }
                matched.removeSubrange(mark...)
                guard k < tokens.count, skipped < n, !tokens.endsSentence[k] else { return false }
                if tokens.isWord[k] { skipped += 1 }
                k += 1
            }
        case .word(_, _, _, let phrases):
            // A plain element must be the next token (only gaps skip words).
            let mark = matched.count
            if t < tokens.count, CuePattern.matches(elements[e], t, tokens) {
                matched.append(t)
                if go(e + 1, t + 1, tokens, &matched) { return true }
                matched.removeSubrange(mark...)
            }
            for phrase in phrases where t + phrase.count <= tokens.count {
                var ok = true
                for (k, w) in phrase.enumerated() where tokens.word[t + k] != w {
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
            guard t < tokens.count, tokens.isWord[t] else { return false }
            matched.append(t)
            return go(e + 1, t + 1, tokens, &matched)
        }
    }

    /// Whether a token ends a sentence (. ! ? ; …).
    static func endsSentence(_ token: Token) -> Bool {
        token.isPunctuation && token.normalised.contains { $0 == "." || $0 == "!" || $0 == "?" || $0 == ";" }
    }
}

/// Every word, stem and prefix the lexicon uses, numbered.
struct CueVocabulary: Sendable {
    private(set) var words: [String: Int32] = [:]
    private(set) var stems: [String: Int32] = [:]
    /// Prefixes and their bit, grouped by their first byte (a token checks only its own group).
    private(set) var prefixes: [UInt8: [Prefix]] = [:]

    struct Prefix: Sendable {
        var prefix: String
        /// The prefix's bytes (compared as bytes: `String.hasPrefix` is slow).
        var bytes: [UInt8]
        var bit: UInt64
    }
    private(set) var prefixCount = 0
    /// For each word id: the id of that word's stem, and its prefix bits (so a token whose word is
    /// known needs one lookup, not three). Filled by ``finish()``.
    private(set) var wordStem: [Int32] = []
    private(set) var wordPrefixes: [UInt64] = []

    /// Works out each word's stem and prefixes, once every pattern is read.
    mutating func finish() {
        wordStem = [Int32](repeating: -1, count: words.count)
        wordPrefixes = [UInt64](repeating: 0, count: words.count)
        for (w, id) in words {
            wordStem[Int(id)] = stems[EnglishStemmer.stem(w)] ?? -1
            wordPrefixes[Int(id)] = prefixBits(of: w)
        }
    }

    mutating func word(_ w: String) -> Int32 {
        if let id = words[w] { return id }
        let id = Int32(words.count)
        words[w] = id
        return id
    }

    mutating func stem(_ s: String) -> Int32 {
        if let id = stems[s] { return id }
        let id = Int32(stems.count)
        stems[s] = id
        return id
    }

    /// The bit of a prefix (nil past 64 prefixes, or for an empty one).
    mutating func prefix(_ p: String) -> UInt64? {
        guard let first = p.utf8.first else { return nil }
        if let known = prefixes[first]?.first(where: { $0.prefix == p }) { return known.bit }
        guard prefixCount < 64 else { return nil }
        let bit = UInt64(1) << UInt64(prefixCount)
        prefixCount += 1
        prefixes[first, default: []].append(Prefix(prefix: p, bytes: Array(p.utf8), bit: bit))
        return bit
    }

    /// The prefix bits a word has.
    func prefixBits(of word: String) -> UInt64 {
        guard let first = word.utf8.first, let group = prefixes[first] else { return 0 }
        var bits: UInt64 = 0
        for entry in group where word.utf8.starts(with: entry.bytes) { bits |= entry.bit }
        return bits
    }
}

/// A 256-bit set of word and stem ids (hashed): which the passage has, or an element needs.
struct CueMask: Sendable {
    var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ h: Int) {
        let bit = UInt64(1) << UInt64(h & 63)
        switch (h >> 6) & 3 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }
    mutating func insert(word id: Int32) { insert(Int(id) &* 2 &* 40503) }
    mutating func insert(stem id: Int32) { insert((Int(id) &* 2 &+ 1) &* 40503) }

    func intersects(_ other: CueMask) -> Bool {
        (bits.0 & other.bits.0) | (bits.1 & other.bits.1) | (bits.2 & other.bits.2) | (bits.3 & other.bits.3) != 0
    }
}

/// One passage's tokens as the lexicon's numbers: looked up once, then matched as integers.
struct CueTokens {
    let count: Int
    var word: [Int32]
    var stem: [Int32]
    var prefixes: [UInt64]
    var isWord: [Bool]
    var endsSentence: [Bool]
    /// Every word and stem id present, and every prefix bit.
    var present = CueMask()
    var anyPrefixes: UInt64 = 0

    init(_ tokens: [Token], _ vocabulary: CueVocabulary) {
        count = tokens.count
        word = [Int32](repeating: -1, count: count)
        stem = [Int32](repeating: -1, count: count)
        prefixes = [UInt64](repeating: 0, count: count)
        isWord = [Bool](repeating: false, count: count)
        endsSentence = [Bool](repeating: false, count: count)
        for i in 0..<count {
            let t = tokens[i]
            let id = vocabulary.words[t.normalised] ?? -1
            word[i] = id
            if case .word = t.kind {
                isWord[i] = true
                if id >= 0 {  // a known word: its stem and prefixes were worked out with the lexicon
                    stem[i] = vocabulary.wordStem[Int(id)]
                    prefixes[i] = vocabulary.wordPrefixes[Int(id)]
                } else {
                    stem[i] = vocabulary.stems[t.stem] ?? -1
                    prefixes[i] = vocabulary.prefixBits(of: t.normalised)
                }
            } else if case .number = t.kind {
                prefixes[i] = vocabulary.prefixBits(of: t.normalised)
            } else if case .money = t.kind {
                prefixes[i] = vocabulary.prefixBits(of: t.normalised)
            } else {
                endsSentence[i] = CuePattern.endsSentence(t)
            }
            if word[i] >= 0 { present.insert(word: word[i]) }
            if stem[i] >= 0 { present.insert(stem: stem[i]) }
            anyPrefixes |= prefixes[i]
        }
    }
}
