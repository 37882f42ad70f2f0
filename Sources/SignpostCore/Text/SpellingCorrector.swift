/// Reads a typo as the vocabulary word it was meant to be ("anxeity" → "anxiety"), so that the
/// caller can both match it and say so: "read ‘anxeity’ as ‘anxiety’".
///
/// Only a word that is neither a common English word (``CommonWords``, or the caller's other known
/// words such as place names) nor in the vocabulary, nor another form of either (same stem: such
/// a word already meets its vocabulary word by stem), is corrected: a real word is never changed,
/// even when it is a likely slip ("loose weight"). A word is corrected to a vocabulary word within
/// a Damerau–Levenshtein distance (adjacent transpositions count one) of 1, or 2 for words of 7
/// letters or more, where a distance of 2 must also keep the first and last letters ("excersise"
/// → "exercise", but not "sociable" → "social") and not drop two letters ("bruises" is never
/// "buses": two extra letters typed is rarer than a real word missing from the common list). Words of fewer than 4 letters ("owe", "pip"),
/// words with digits, and the 200 most common words as targets ("fod" is not read as "for") are
/// left out: at that size a near word is more often another word than a typo. Letters typed more
/// than once are tried single first ("soo" → "so", "loooonely" → "lonely").
///
/// Candidates come from a precomputed deletion index (every vocabulary word with up to two
/// letters deleted), so a look-up costs a few dozen hash probes whatever the vocabulary's size.
/// Among candidates at the same distance the choice is fixed: one that differs from the typed word
/// only by a doubled letter ("carrer" → "carer", "suport" → "support"), then one with the same
/// first letter, then one at least as long (letters are more often dropped than added), then the
/// one the vocabulary uses most, then the alphabetically first.
public struct SpellingCorrector: Sendable {
    /// A word read as another.
    public struct Correction: Sendable, Equatable {
        /// The word as typed (normalised).
        public var typed: String
        /// The vocabulary or common word it is read as.
        public var corrected: String
        /// Edits between them (for repeated letters, the letters dropped).
        public var distance: Int

        public init(typed: String, corrected: String, distance: Int) {
            self.typed = typed
            self.corrected = corrected
            self.distance = distance
        }

        /// "read ‘anxeity’ as ‘anxiety’".
        public var explanation: String { "read ‘\(typed)’ as ‘\(corrected)’" }
    }

    /// Vocabulary words, and how often the vocabulary used each (for breaking ties).
    private let words: [[UInt8]]
    private let weights: [Int]
    private let known: Set<String>
    /// The words and stems ``isKnown(_:)`` accepts (the known words and the common ones), in one
    /// table each: it is asked of every word a resident types.
    private let acceptedWords: WordTable<Bool>
    private let acceptedStems: WordTable<Bool>
    /// Deletion variants (up to two letters removed) → indices into `words`.
    /// Hashes of each target's deletion variants → targets (candidates are checked by distance).
    private let deletions: [UInt64: [Int32]]
    private let common: CommonWords

    /// Shortest word corrected.
    public static let minimumLength = 4

    /// Vocabulary words this common (by rank in ``CommonWords``) are never a correction.
    public static let commonestExcluded = 200

    /// The largest distance allowed for a typed word of `length` letters.
    public static func maxDistance(forLength length: Int) -> Int { length >= 7 ? 2 : 1 }

    /// `vocabulary`: the words (or phrases, split into words) to correct towards, such as every
    /// synonym phrase of the taxonomy; repeats count as weight.
    /// `alsoKnown`: more real words never to correct, such as the district's place names.
    public init(vocabulary: some Sequence<String>, commonWords: CommonWords, alsoKnown: some Sequence<String> = [String]()) {
        var index: [String: Int] = [:]
        var words: [[UInt8]] = []
        var weights: [Int] = []
        let tokeniser = Tokeniser()
        for entry in vocabulary {
            for token in tokeniser.tokenise(entry).tokens where token.isWord {
                let word = token.normalised
                if let at = index[word] {
                    weights[at] += 1
                } else {
                    index[word] = words.count
                    words.append(Array(word.utf8))
                    weights.append(1)
                }
            }
        }
        var deletions: [UInt64: [Int32]] = [:]
        for (i, word) in words.enumerated() where word.count >= SpellingCorrector.minimumLength - 2 {
            let text = String(decoding: word, as: UTF8.self)
            if let rank = commonWords.rank(of: text), rank < SpellingCorrector.commonestExcluded { continue }
            for key in SpellingCorrector.deletionKeys(of: word, upTo: 2) {
                deletions[key, default: []].append(Int32(i))
            }
        }
        self.words = words
        self.weights = weights
        let extra = alsoKnown.map { TextNormaliser.normaliseWord($0) }
        self.known = Set(index.keys).union(extra)
        let knownStems = Set(index.keys.map(EnglishStemmer.stem)).union(extra.map(EnglishStemmer.stem))
        acceptedWords = WordTable(known.union(commonWords.words).map { ($0, true) }, merge: { a, _ in a })
        acceptedStems = WordTable(knownStems.union(commonWords.allStems).map { ($0, true) }, merge: { a, _ in a })
        self.deletions = deletions
        self.common = commonWords
    }

    /// Whether the word needs no correction: common, in the vocabulary, or a form of either.
    public func isKnown(_ word: String) -> Bool { isKnown(word, stem: EnglishStemmer.stem(word)) }

    /// The same, given the word's stem (a token carries it), so it is not stemmed again.
    func isKnown(_ word: String, stem: String) -> Bool {
        // known ∪ common words, or the stem of either (CommonWords.containsForm).
        acceptedWords[word] != nil || acceptedStems[stem] != nil
    }

    /// The correction for one normalised word, or nil when it is known or nothing is close.
    public func correction(for word: String) -> Correction? { correction(for: word, stem: nil) }

    /// The same, given the word's stem when it is at hand.
    func correction(for word: String, stem: String?) -> Correction? {
        guard word.utf8.count >= 3, word.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 0x27 }),
            !isKnown(word, stem: stem ?? EnglishStemmer.stem(word))
        else {
            return nil
        }
        let bytes = Array(word.utf8)
        if let squashed = collapseDoubles(bytes) { return squashed }
        guard bytes.count >= SpellingCorrector.minimumLength else { return nil }
        let limit = SpellingCorrector.maxDistance(forLength: bytes.count)
        var best: (index: Int, distance: Int)? = nil
        var seen: Set<Int32> = []
        for key in SpellingCorrector.deletionKeys(of: bytes, upTo: limit) {
            guard let candidates = deletions[key] else { continue }
            for candidate in candidates where seen.insert(candidate).inserted {
                let target = words[Int(candidate)]
                // Never onto a short word ("PND", "ASD"): too many real words are one edit away.
                guard target.count >= SpellingCorrector.minimumLength, abs(target.count - bytes.count) <= limit,
                      let distance = SpellingCorrector.distance(bytes, target, limit: limit) else { continue }
                // Two edits only keep the word's ends: "snoring" is not a misspelt "smoking".
                if distance == 2
                    && (target.prefix(2) != bytes.prefix(2) || target.last != bytes.last || target.count == bytes.count - 2)
                {
                    continue
                }
                if let current = best {
                    if distance < current.distance || (distance == current.distance && prefer(Int(candidate), over: current.index, typed: bytes)) {
                        best = (Int(candidate), distance)
                    }
                } else {
                    best = (Int(candidate), distance)
                }
            }
        }
        guard let best else { return nil }
        return Correction(typed: word, corrected: String(decoding: words[best.index], as: UTF8.self), distance: best.distance)
    }

    /// Corrections for the word tokens of a text, by token index. A word typed Capitalised
    /// anywhere but at the start of a sentence is taken for a name ("Otford", "West Kent") and
    /// left alone. Each token's own ``Token/stem`` is used (the tokeniser's stem of its normalised form).
    public func corrections(in text: TokenisedText) -> [(token: Int, correction: Correction)] {
        var out: [(Int, Correction)] = []
        for (i, token) in text.tokens.enumerated() where token.isWord {
            if i > 0, SpellingCorrector.isCapitalised(text.original(i)) {
                let previous = text.tokens[i - 1]
                let sentenceStart = previous.isPunctuation && previous.normalised.contains(where: { ".!?".contains($0) })
                if !sentenceStart { continue }
            }
            if let correction = correction(for: token.normalised, stem: token.stem) { out.append((i, correction)) }
        }
        return out
    }

    static func isCapitalised(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, isUppercase(first) else { return false }
        return word.unicodeScalars.dropFirst().contains(where: isLowercase)
    }

    // ASCII answered directly; Unicode's properties (a table search) only for the rest.
    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 65 && s.value <= 90 : s.properties.isUppercase
    }

    @inline(__always) static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 97 && s.value <= 122 : s.properties.isLowercase
    }

    private func prefer(_ a: Int, over b: Int, typed: [UInt8]) -> Bool {
        let aDouble = SpellingCorrector.differByDoubledLetter(words[a], typed)
        let bDouble = SpellingCorrector.differByDoubledLetter(words[b], typed)
        if aDouble != bDouble { return aDouble }
        let aFirst = words[a].first == typed.first, bFirst = words[b].first == typed.first
        if aFirst != bFirst { return aFirst }
        let aLonger = words[a].count >= typed.count, bLonger = words[b].count >= typed.count
        if aLonger != bLonger { return aLonger }
        if weights[a] != weights[b] { return weights[a] > weights[b] }
        return words[a].lexicographicallyPrecedes(words[b])
    }

    /// Whether one word is the other with one letter doubled ("carer"/"carrer").
    static func differByDoubledLetter(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count && short[i] == long[i] { i += 1 }
        // long[i] is the extra letter: it must repeat its neighbour.
        guard (i > 0 && long[i] == long[i - 1]) || (i + 1 < long.count && long[i] == long[i + 1]) else { return false }
        return Array(long[(i + 1)...]) == Array(short[i...])
    }

    /// "soo" → "so", "loonely" → "lonely": a doubled letter typed single gives a known word.
    private func collapseDoubles(_ bytes: [UInt8]) -> Correction? {
        var positions: [Int] = []
        for i in 1..<bytes.count where bytes[i] == bytes[i - 1] { positions.append(i) }
        guard !positions.isEmpty, positions.count <= 4 else { return nil }
        // Every subset of the doubles dropped, fewest drops first.
        var best: [UInt8]? = nil
        var bestDrops = Int.max
        for mask in 1..<(1 << positions.count) {
            let drops = mask.nonzeroBitCount
            guard drops < bestDrops else { continue }
            var candidate: [UInt8] = []
            for (i, b) in bytes.enumerated() {
                if let k = positions.firstIndex(of: i), mask & (1 << k) != 0 { continue }
                candidate.append(b)
            }
            let text = String(decoding: candidate, as: UTF8.self)
            if known.contains(text) || common.contains(text) {
                best = candidate
                bestDrops = drops
            }
        }
        guard let best else { return nil }
        return Correction(typed: String(decoding: bytes, as: UTF8.self), corrected: String(decoding: best, as: UTF8.self), distance: bestDrops)
    }

    /// The word with every choice of up to `limit` letters deleted, the word itself included.
    /// Hashes of `word` with up to `limit` (at most 2) letters deleted, computed without building
    /// the variants: the index is built at every start-up, so it must be cheap.
    static func deletionKeys(of word: [UInt8], upTo limit: Int) -> Set<UInt64> {
        func hash(skipping a: Int, _ b: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for (k, byte) in word.enumerated() where k != a && k != b {
                h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return h
        }
        let n = word.count
        var keys: Set<UInt64> = [hash(skipping: -1, -1)]
        guard limit >= 1, n > 1 else { return keys }
        keys.reserveCapacity(1 + n + n * (n - 1) / 2)
        for i in 0..<n {
            keys.insert(hash(skipping: i, -1))
            if limit >= 2, n > 2 { for j in (i + 1)..<n { keys.insert(hash(skipping: i, j)) } }
        }
        return keys
    }

    static func deletionVariants(of word: [UInt8], upTo limit: Int) -> Set<[UInt8]> {
        var result: Set<[UInt8]> = [word]
        var frontier: Set<[UInt8]> = [word]
        for _ in 0..<limit {
            var next: Set<[UInt8]> = []
            for w in frontier where w.count > 1 {
                for i in w.indices {
                    var v = w
                    v.remove(at: i)
                    if result.insert(v).inserted { next.insert(v) }
                }
            }
            frontier = next
        }
        return result
    }

    /// The optimal-string-alignment (restricted Damerau–Levenshtein) distance between `a` and `b`,
    /// or nil when it is more than `limit`.
    public static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 { return m <= limit ? m : nil }
        if m == 0 { return n <= limit ? n : nil }
        var previous2 = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMin = current[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[m] <= limit ? previous[m] : nil
    }
}
