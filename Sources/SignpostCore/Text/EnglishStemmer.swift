/// The Porter2 stemmer (Snowball's "English" algorithm), written out by hand: "worried", "worries"
/// and "worrying" all become "worri", so a resident's words meet the taxonomy's whichever form
/// either side used.
///
/// It follows the current Snowball definition, including its exceptional forms: the invariant and
/// special words (`skies` → `sky`, `news`, `only` → `onli`), the prefixes that fix region R1
/// (`gener`, `commun`, `arsen`, `past`, `univers`, `later`, `emerg`, `organ`), `dying`/`lying`/
/// `tying`/`vying` → `die`/`lie`/`tie`/`vie`, the words left alone in step 1b (`inning`, `outing`,
/// `canning`, `herring`, `earring`, `evening`, `proceed`, `exceed`, `succeed`), doubled letters
/// kept in `add`/`ebb`/`odd`, and `-ogist` → `-og`.
///
/// Input is a single word, lower-case, with straight apostrophes (``TextNormaliser`` gives that).
/// ASCII capitals are lower-cased; a word with any other non-ASCII letter is returned unchanged.
/// The result is a matching key, not a word: `happy` → `happi`.
public enum EnglishStemmer {
    /// The stem of `word`.
    public static func stem(_ word: String) -> String {
        var buffer = [UInt8]()
        buffer.reserveCapacity(word.utf8.count + 2)
        for byte in word.utf8 {
            if byte >= 0x80 { return word }
            buffer.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        }
        stem(&buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Stems lower-case ASCII bytes in place (the form ``Tokeniser`` works in).
    public static func stem(_ w: inout [UInt8]) {
        if w.count >= 3 && w.count <= 6, exceptionFirstLetters.contains(w[0]),
           let special = exceptions.first(where: { Word.same(w, $0.word) }) {
            w = special.stem.withUTF8Buffer { Array($0) }
            return
        }
        if w.count < 3 { return }
        var word = Word(w)
        w = []
        word.run()
        w = word.b
    }

    // MARK: - The algorithm

    private static let apostrophe = UInt8(ascii: "'")

    private static let exceptionFirstLetters = ASCIISet(exceptions.map { $0.word.withUTF8Buffer { $0[0] } })

    /// Whole words with a fixed stem (checked before anything else): Snowball's `exception1`.
    /// Fifteen words: compared in turn, which is quicker than hashing the word.
    private static let exceptions: [(word: StaticString, stem: StaticString)] = [
        ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"), ("early", "earli"),
        ("only", "onli"), ("singly", "singl"), ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
        ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ]

    /// A word being stemmed: its bytes and the starts of regions R1 and R2.
    private struct Word {
        var b: [UInt8]
        var p1 = 0
        var p2 = 0

        init(_ bytes: [UInt8]) { b = bytes }

        static let y = UInt8(ascii: "y"), Y = UInt8(ascii: "Y")

        /// a e i o u y (not `Y`, which marks a consonant y).
        @inline(__always) static func isVowel(_ c: UInt8) -> Bool {
            switch c {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                 UInt8(ascii: "y"):
                return true
            default: return false
            }
        }

        /// A non-vowel other than w, x and Y.
        @inline(__always) static func isNonVowelWXY(_ c: UInt8) -> Bool {
            !isVowel(c) && c != UInt8(ascii: "w") && c != UInt8(ascii: "x") && c != Y
        }

        /// Whether `bytes` are exactly `text`. The suffixes and words the algorithm names are
        /// `StaticString`s: compared in place, with no array to allocate or reference-count.
        /// (`withUTF8Buffer`, not `utf8Start`: a one-letter literal is stored as a scalar.)
        static func same(_ bytes: [UInt8], _ text: StaticString) -> Bool {
            text.withUTF8Buffer { p in
                guard bytes.count == p.count else { return false }
                for i in 0..<p.count where bytes[i] != p[i] { return false }
                return true
            }
        }

        func ends(with suffix: StaticString) -> Bool {
            suffix.withUTF8Buffer { p in
                let n = b.count, k = p.count
                guard k <= n else { return false }
                var i = 0
                while i < k {
                    if b[n - k + i] != p[i] { return false }
                    i += 1
                }
                return true
            }
        }

        /// Whether the word starts with `prefix`.
        func isPrefix(_ prefix: StaticString) -> Bool {
            prefix.withUTF8Buffer { p in
                guard p.count <= b.count else { return false }
                for i in 0..<p.count where b[i] != p[i] { return false }
                return true
            }
        }

        /// Whether the bytes before `end` are exactly `prefix`.
        func isExactly(_ prefix: StaticString, before end: Int) -> Bool {
            prefix.withUTF8Buffer { p in
                guard end == p.count else { return false }
                for i in 0..<end where b[i] != p[i] { return false }
                return true
            }
        }

        mutating func replaceSuffix(length: Int, with replacement: StaticString) {
            b.removeLast(length)
            replacement.withUTF8Buffer { b.append(contentsOf: $0) }
        }

        /// Whether the word up to `end` ends in a short syllable (or in "past").
        func endsShortSyllable(at end: Int) -> Bool {
            if end >= 3, Word.isNonVowelWXY(b[end - 1]), Word.isVowel(b[end - 2]), !Word.isVowel(b[end - 3]) {
                return true
            }
            if end == 2, !Word.isVowel(b[1]), Word.isVowel(b[0]) { return true }
            if end >= 4, b[end - 4] == UInt8(ascii: "p"), b[end - 3] == UInt8(ascii: "a"),
               b[end - 2] == UInt8(ascii: "s"), b[end - 1] == UInt8(ascii: "t") {
                return true
            }
            return false
        }

        /// Whether a vowel occurs before `end`.
        func hasVowel(before end: Int) -> Bool {
            var i = 0
            while i < end {
                if Word.isVowel(b[i]) { return true }
                i += 1
            }
            return false
        }

        mutating func run() {
            prelude()
            markRegions()
            step1a()
            step1b()
            step1c()
            step2()
            step3()
            step4()
            step5()
            for i in b.indices where b[i] == Word.Y { b[i] = Word.y }
        }

        /// Drops a leading apostrophe; marks a consonant y (initial, or after a vowel) as Y.
        mutating func prelude() {
            if b.first == EnglishStemmer.apostrophe { b.removeFirst() }
            if b.first == Word.y { b[0] = Word.Y }
            var i = 1
            while i < b.count {
                if b[i] == Word.y && Word.isVowel(b[i - 1]) { b[i] = Word.Y }
                i += 1
            }
        }

        static let regionPrefixes: [StaticString] = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ"]
        static let prefixFirstLetters = ASCIISet(regionPrefixes.map { $0.withUTF8Buffer { $0[0] } })

        /// R1 starts after the first non-vowel that follows a vowel (or after a listed prefix);
        /// R2 is the same rule applied again inside R1.
        mutating func markRegions() {
            let n = b.count
            p1 = n
            p2 = n
            func afterVowelThenNonVowel(from start: Int) -> Int? {
                var i = start
                while i < n && !Word.isVowel(b[i]) { i += 1 }
                guard i < n else { return nil }
                i += 1
                while i < n && Word.isVowel(b[i]) { i += 1 }
                guard i < n else { return nil }
                return i + 1
            }
            var start: Int? = nil
            if n >= 4 && Word.prefixFirstLetters.contains(b[0]) {
                for prefix in Word.regionPrefixes where prefix.utf8CodeUnitCount <= n && isPrefix(prefix) {
                    start = prefix.utf8CodeUnitCount
                    break
                }
            }
            if start == nil { start = afterVowelThenNonVowel(from: 0) }
            guard let r1 = start else { return }
            p1 = r1
            if let r2 = afterVowelThenNonVowel(from: r1) { p2 = r2 }
        }


        mutating func step1a() {
            if ends(with: "'s'") {
                b.removeLast(3)
            } else if ends(with: "'s") {
                b.removeLast(2)
            } else if b.last == EnglishStemmer.apostrophe {
                b.removeLast()
            }
            let n = b.count
            if ends(with: "sses") {
                b.removeLast(2)
            } else if ends(with: "ied") || ends(with: "ies") {
                replaceSuffix(length: 3, with: n - 3 > 1 ? "i" : "ie")
            } else if ends(with: "us") || ends(with: "ss") {
                return
            } else if ends(with: "s") {
                // Delete s if a vowel occurs before the letter just before it.
                if n >= 2 && hasVowel(before: n - 2) { b.removeLast() }
            }
        }

        static let eedExceptions: [StaticString] = ["proc", "exc", "succ"]
        static let ingExceptions: [StaticString] = ["inn", "out", "cann", "herr", "earr", "even"]
        static let doubles = ASCIISet("bdfgmnprt".utf8)

        mutating func step1b() {
            let n = b.count
            var suffix = 0
            var isEed = false
            var isIng = false
            if ends(with: "eedly") {
                suffix = 5
                isEed = true
            } else if ends(with: "ingly") {
                suffix = 5
            } else if ends(with: "edly") {
                suffix = 4
            } else if ends(with: "eed") {
                suffix = 3
                isEed = true
            } else if ends(with: "ing") {
                suffix = 3
                isIng = true
            } else if ends(with: "ed") {
                suffix = 2
            } else {
                return
            }
            let start = n - suffix
            if isEed {
                for exception in Word.eedExceptions where isExactly(exception, before: start) { return }
                if start >= p1 { replaceSuffix(length: suffix, with: "ee") }
                return
            }
            if isIng {
                // dying → die, lying → lie, tying → tie, vying → vie.
                if start == 2 && b[1] == Word.y && !Word.isVowel(b[0]) {
                    replaceSuffix(length: 4, with: "ie")
                    return
                }
                for exception in Word.ingExceptions where isExactly(exception, before: start) { return }
            }
            guard hasVowel(before: start) else { return }
            b.removeLast(suffix)
            let m = b.count
            if m >= 2 {
                let last = b[m - 1], before = b[m - 2]
                let at = before == UInt8(ascii: "a") && last == UInt8(ascii: "t")
                let bl = before == UInt8(ascii: "b") && last == UInt8(ascii: "l")
                let iz = before == UInt8(ascii: "i") && last == UInt8(ascii: "z")
                if at || bl || iz {
                    b.append(UInt8(ascii: "e"))
                    return
                }
                if last == before && Word.doubles.contains(last) {
                    // Keep "add", "ebb", "odd" and the like whole.
                    let aeo = m == 3 && (b[0] == UInt8(ascii: "a") || b[0] == UInt8(ascii: "e") || b[0] == UInt8(ascii: "o"))
                    if !aeo { b.removeLast() }
                    return
                }
            }
            if p1 == m && endsShortSyllable(at: m) { b.append(UInt8(ascii: "e")) }
        }

        mutating func step1c() {
            let n = b.count
            guard n >= 3, b[n - 1] == Word.y || b[n - 1] == Word.Y, !Word.isVowel(b[n - 2]) else { return }
            b[n - 1] = UInt8(ascii: "i")
        }

        enum Condition { case none, precededByL, validLI, r2, precededBySOrT }

        struct Rule {
            var suffix: StaticString
            var replacement: StaticString
            var condition: Condition
            init(_ suffix: StaticString, _ replacement: StaticString, _ condition: Condition = .none) {
                self.suffix = suffix
                self.replacement = replacement
                self.condition = condition
            }
            var length: Int { suffix.utf8CodeUnitCount }
        }

        /// Rules by their suffix's last letter, longest suffix first, so the first that matches
        /// is the longest.
        static func sorted(_ rules: [Rule]) -> [[Rule]] {
            let ordered = rules.enumerated().sorted {
                $0.element.length != $1.element.length ? $0.element.length > $1.element.length : $0.offset < $1.offset
            }.map(\.element)
            var byLast = [[Rule]](repeating: [], count: 128)
            for rule in ordered { byLast[Int(rule.suffix.withUTF8Buffer { $0[$0.count - 1] })].append(rule) }
            return byLast
        }

        static let step2Rules = sorted([
            Rule("tional", "tion"), Rule("enci", "ence"), Rule("anci", "ance"), Rule("abli", "able"),
            Rule("entli", "ent"), Rule("izer", "ize"), Rule("ization", "ize"), Rule("ational", "ate"),
            Rule("ation", "ate"), Rule("ator", "ate"), Rule("alism", "al"), Rule("aliti", "al"), Rule("alli", "al"),
            Rule("fulness", "ful"), Rule("ousli", "ous"), Rule("ousness", "ous"), Rule("iveness", "ive"),
            Rule("iviti", "ive"), Rule("biliti", "ble"), Rule("bli", "ble"), Rule("ogist", "og"),
            Rule("ogi", "og", .precededByL), Rule("fulli", "ful"), Rule("lessli", "less"), Rule("li", "", .validLI),
        ])

        static let step3Rules = sorted([
            Rule("tional", "tion"), Rule("ational", "ate"), Rule("alize", "al"), Rule("icate", "ic"),
            Rule("iciti", "ic"), Rule("ical", "ic"), Rule("ful", ""), Rule("ness", ""), Rule("ative", "", .r2),
        ])

        static let step4Rules = sorted(
            ([
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
                "ive", "ize",
            ] as [StaticString]).map { Rule($0, "") } + [Rule("ion", "", .precededBySOrT)]
        )

        static let validLI = ASCIISet("cdeghkmnrt".utf8)

        /// Applies the rule with the longest matching suffix, if its region (R1 or R2) and
        /// condition allow; a shorter suffix is never tried instead.
        mutating func applyLongest(_ table: [[Rule]], region: Int) {
            guard let last = b.last, last < 128 else { return }
            for rule in table[Int(last)] where ends(with: rule.suffix) {
                let start = b.count - rule.length
                guard start >= region else { return }
                switch rule.condition {
                case .none: break
                case .precededByL: guard start >= 1, b[start - 1] == UInt8(ascii: "l") else { return }
                case .validLI: guard start >= 1, Word.validLI.contains(b[start - 1]) else { return }
                case .r2: guard start >= p2 else { return }
                case .precededBySOrT:
                    guard start >= 1, b[start - 1] == UInt8(ascii: "s") || b[start - 1] == UInt8(ascii: "t") else {
                        return
                    }
                }
                replaceSuffix(length: rule.length, with: rule.replacement)
                return
            }
        }

        mutating func step2() { applyLongest(Word.step2Rules, region: p1) }
        mutating func step3() { applyLongest(Word.step3Rules, region: p1) }
        mutating func step4() { applyLongest(Word.step4Rules, region: p2) }

        mutating func step5() {
            let n = b.count
            guard n >= 1 else { return }
            let start = n - 1
            if b[start] == UInt8(ascii: "e") {
                if start >= p2 || (start >= p1 && !endsShortSyllable(at: start)) { b.removeLast() }
            } else if b[start] == UInt8(ascii: "l") {
                if start >= p2 && start >= 1 && b[start - 1] == UInt8(ascii: "l") { b.removeLast() }
            }
        }
    }
}

/// A set of ASCII bytes as a 128-bit mask: membership is one shift and test, where a
/// `Set<UInt8>` hashes.
struct ASCIISet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ bytes: some Sequence<UInt8>) {
        for b in bytes where b < 128 {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
    }

    @inline(__always) func contains(_ b: UInt8) -> Bool {
        b < 64 ? low & (1 << UInt64(b)) != 0 : b < 128 && high & (1 << UInt64(b - 64)) != 0
    }
}
