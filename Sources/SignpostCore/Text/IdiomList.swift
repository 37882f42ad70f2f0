/// Phrases that must not be read literally: "my back is killing me" is pain, not a threat; "I
/// could murder a cuppa" wants tea; "dying to get out more" is keen to. The list is data (one
/// idiom a line, ``standardText``); the matcher finds them in a ``TokenisedText`` and says which
/// tokens to mask, so that neither need matching nor negation reads them ("don't shoot me" holds
/// no denial). Only the idiom's own words are masked: "dying to [get out more]" keeps the need.
///
/// Line format: `pattern = meaning`. A pattern is normalised words (as ``Token/normalised``:
/// "i'm", digits for numbers) separated by spaces, where `a|the` is either word, `*` is any one
/// word, `~` is any one word that does not name a person, `~'s` any such word ending in 's
/// ("back's", not "husband's": "my husband's killing me" may be a disclosure, never hyperbole to
/// mask), and `...` is up to three words. Words in [brackets] are the ones masked; with no
/// brackets, all are. `#` starts a comment line.
public struct IdiomList: Sendable {
    /// One idiom of the list.
    public struct Idiom: Sendable, Equatable {
        public var pattern: String
        public var meaning: String
    }

    /// One idiom found in a text.
    public struct Match: Sendable, Equatable {
        /// Index into ``IdiomList/idioms``.
        public var idiom: Int
        /// The tokens the whole pattern matched.
        public var tokens: Range<Int>
        /// The tokens to mask.
        public var masked: [Int]
        public var meaning: String
    }

    enum Element: Sendable, Equatable {
        case word(Set<String>)
        case endingWith(String)
        case any
        case thing
        case thingEndingWith(String)
        case gap
    }

    /// Words naming a person, which `~` never matches.
    static let personWords: Set<String> = {
        let base = [
            "he", "she", "they", "him", "her", "them", "who", "husband", "wife", "partner", "boyfriend", "girlfriend",
            "dad", "mum", "mam", "mom", "father", "mother", "son", "daughter", "brother", "sister", "man", "woman",
            "bloke", "someone", "somebody", "ex", "kids", "kid", "boy", "girl", "lad", "neighbour", "landlord", "people",
            "everyone", "hubby", "fella", "stepdad", "uncle",
        ]
        return Set(base + base.map { $0 + "'s" } + ["they're", "he'd", "she'd", "they'd"])
    }()

    struct Compiled: Sendable {
        var elements: [Element]
        var masked: [Bool]
    }

    public let idioms: [Idiom]
    /// Lines of the text that could not be read, with why.
    public let problems: [String]
    private let compiled: [Compiled]
    /// First-element words → idioms that can start with them (others are tried everywhere).
    private let byFirstWord: [String: [Int]]
    private let anywhere: [Int]
    /// Per idiom, its literal elements (the word sets it must find), numbered across the list:
    /// an idiom can match only a text holding a word of each, so most texts are ruled out
    /// with one look-up per token.
    private let requirements: [Range<Int>]
    /// Each word of a literal element → the elements (numbered as in `requirements`) it meets.
    private let meets: WordTable<[Int32]>
    private let requirementCount: Int

    /// Parses the list format described above.
    public init(text: String) {
        var idioms: [Idiom] = []
        var compiled: [Compiled] = []
        var problems: [String] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                problems.append("line \(number + 1): no “=” between pattern and meaning")
                continue
            }
            let pattern = line[..<equals].trimmingCharacters(in: .whitespaces)
            let meaning = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let parsed = IdiomList.compile(pattern) else {
                problems.append("line \(number + 1): pattern “\(pattern)” has no word to match")
                continue
            }
            idioms.append(Idiom(pattern: pattern, meaning: meaning))
            compiled.append(parsed)
        }
        var byFirst: [String: [Int]] = [:]
        var anywhere: [Int] = []
        for (i, c) in compiled.enumerated() {
            if case .word(let words) = c.elements[0] {
                for w in words { byFirst[w, default: []].append(i) }
            } else {
                anywhere.append(i)
            }
        }
        self.idioms = idioms
        self.compiled = compiled
        self.problems = problems
        self.byFirstWord = byFirst
        self.anywhere = anywhere
        var requirements: [Range<Int>] = []
        var meets: [(String, [Int32])] = []
        var count = 0
        for c in compiled {
            let start = count
            for case .word(let words) in c.elements {
                for w in words { meets.append((w, [Int32(count)])) }
                count += 1
            }
            requirements.append(start..<count)
        }
        self.requirements = requirements
        self.meets = WordTable(meets, merge: +)
        requirementCount = count
    }

    static func compile(_ pattern: String) -> Compiled? {
        var elements: [Element] = []
        var masked: [Bool] = []
        var inBrackets = false
        var anyBracket = false
        for rawPart in pattern.split(separator: " ") {
            var part = Substring(rawPart)
            var opens = false, closes = false
            if part.hasPrefix("[") { opens = true; part = part.dropFirst() }
            if part.hasSuffix("]") { closes = true; part = part.dropLast() }
            if opens { inBrackets = true; anyBracket = true }
            guard !part.isEmpty else { return nil }
            if part == "*" {
                elements.append(.any)
            } else if part == "~" {
                elements.append(.thing)
            } else if part == "..." {
                elements.append(.gap)
            } else if part.hasPrefix("*") {
                elements.append(.endingWith(String(part.dropFirst())))
            } else if part.hasPrefix("~") {
                elements.append(.thingEndingWith(String(part.dropFirst())))
            } else {
                elements.append(.word(Set(part.split(separator: "|").map(String.init))))
            }
            masked.append(inBrackets)
            if closes { inBrackets = false }
        }
        guard elements.contains(where: { if case .word = $0 { return true } else { return false } }) else { return nil }
        if !anyBracket { masked = masked.map { _ in true } }
        return Compiled(elements: elements, masked: masked)
    }

    /// The idioms in a text, longest first where two overlap; each token belongs to one match.
    public func matches(in text: TokenisedText) -> [Match] {
        let tokens = text.tokens
        var met = [Bool](repeating: false, count: requirementCount)
        for token in tokens where !token.isPunctuation {
            guard let elements = meets[token.normalised] else { continue }
            for e in elements { met[Int(e)] = true }
        }
        let possible = requirements.map { range in range.allSatisfy { met[$0] } }
        guard possible.contains(true) else { return [] }
        var found: [Match] = []
        var taken = [Bool](repeating: false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            var best: (idiom: Int, end: Int, masked: [Int])? = nil
            var candidates = anywhere
            if tokens[i].kind != .punctuation, let starting = byFirstWord[tokens[i].normalised] { candidates += starting }
            for c in candidates where possible[c] {
                if let (end, masked) = match(compiled[c], tokens, at: i), end > (best?.end ?? i) {
                    best = (c, end, masked)
                }
            }
            if let best, !taken[i] {
                found.append(Match(idiom: best.idiom, tokens: i..<best.end, masked: best.masked, meaning: idioms[best.idiom].meaning))
                for k in i..<best.end { taken[k] = true }
                i = best.end
            } else {
                i += 1
            }
        }
        return found
    }

    /// The tokens every idiom in the text masks.
    public func maskedTokens(in text: TokenisedText) -> Set<Int> {
        Set(matches(in: text).flatMap(\.masked))
    }

    /// Matches `pattern` at token `start`: where it ends and the tokens it masks.
    private func match(_ pattern: Compiled, _ tokens: [Token], at start: Int) -> (Int, [Int])? {
        func go(_ e: Int, _ t: Int, _ masked: [Int]) -> (Int, [Int])? {
            if e == pattern.elements.count { return (t, masked) }
            let mask = pattern.masked[e]
            switch pattern.elements[e] {
            case .gap:
                var k = t
                var gapMasked = masked
                for _ in 0...3 {
                    if let done = go(e + 1, k, gapMasked) { return done }
                    guard k < tokens.count, !tokens[k].isPunctuation else { return nil }
                    if mask { gapMasked.append(k) }
                    k += 1
                }
                return nil
            default:
                guard t < tokens.count, !tokens[t].isPunctuation else { return nil }
                let w = tokens[t].normalised
                let ok: Bool
                switch pattern.elements[e] {
                case .word(let words): ok = words.contains(w)
                case .endingWith(let suffix): ok = w.hasSuffix(suffix)
                case .any: ok = true
                case .thing: ok = !IdiomList.personWords.contains(w)
                case .thingEndingWith(let suffix): ok = w.hasSuffix(suffix) && !IdiomList.personWords.contains(w)
                case .gap: ok = false
                }
                guard ok else { return nil }
                return go(e + 1, t + 1, mask ? masked + [t] : masked)
            }
        }
        return go(0, start, [])
    }

    /// The bundled list.
    public static let standard = IdiomList(text: standardText)

    /// The bundled list's text: hyperbole about killing, dying and murder that is not a risk, and
    /// figures of speech whose words would otherwise read as a need (weight, stone, sick, mad).
    public static let standardText = """
        # Idioms that must not be read literally. pattern = meaning (see IdiomList for the format).
        # Killing, dying, murder, death: hyperbole, not a risk. Never after a person ("he's killing me").
        ~ is|are|was|were [killing me] = hurts a lot, or is very hard (hyperbole, not a threat)
        ~'s [killing me] = hurts a lot, or is very hard (hyperbole, not a threat)
        [dying|dieing] for a|an|some = craving
        [dying|dieing] to = very keen to
        [dying of] boredom = very bored (hyperbole)
        [died|die of] embarrassment|shame = very embarrassed (hyperbole)
        [killed|killing|kill] myself|me laughing = laughed a lot (hyperbole)
        [out of my mind with] boredom|worry = very bored or worried
        could|i'd|id|would [murder] a|an|some = really wants
        ~ is|was [murder] = awful (hyperbole)
        ~'s [murder] = awful (hyperbole)
        [kill for] = badly wants
        it'd|it'll|would|it [kill me] to = would be very hard
        [be the death of me] = wearing me down (hyperbole)
        [the death of me] = wearing me down (hyperbole)
        [a killer] = very hard or steep
        [a death trap] = dangerous (not a death)
        [dead on my feet] = exhausted
        [dead] tired|beat|bored = very
        [don't shoot me] = don't judge me
        [kill 2 birds with 1 stone] = do two things at once
        bored|scared|worried|frightened [to death] = very
        bored [stiff] = very bored (not physical stiffness)
        # Driving me mad: exasperation, not a mental-health word.
        [driving|drives|drove me mad|crazy|insane|nuts|potty|barmy|bonkers|spare] = exasperating
        [driving|drives me up the wall] = exasperating
        [driving|drives me round the bend|twist] = exasperating
        [driving|drives me to an early grave] = wearing me down (hyperbole)
        [drowning in] = overwhelmed by (not in danger)
        [up to my eyes in] = overwhelmed by
        # Wanting and feeling.
        [give my right arm] for = badly want
        packed in [like sardines] = crowded
        [over the moon] = delighted
        [under the weather] = a bit unwell
        # Not listed: "end of my tether", "at breaking point", "can't take any more": they can be
        # hyperbole, but they also open disclosures ("at the end of my tether with his care, I'm
        # scared I'll lose it with him"), so they are always read literally.
        i'm [hanging] = hungover
        i am [hanging] = hungover
        [so hungry i could eat a horse] = just hungry, not short of food
        [i could eat a horse] = just hungry, not short of food
        [touch wood] = hoping it stays so
        [good as gold] = well behaved
        [sharp as a tack] = mentally sharp
        [no bother] = easily
        [sick of] = fed up with (not ill)
        [sick and tired of] = fed up with (not ill)
        [sick to death of] = fed up with (not ill)
        [pain in the neck|backside|bum|arse] = annoying
        [piece of cake] = easy
        cost|costs [an arm and a leg] = a lot of money
        [pull my|his|her|our weight] = do a fair share (not body weight)
        [a weight off my mind] = a relief
        [heart of gold] = kind
        [break a leg] = good luck
        [killing time] = passing the time
        [on my last legs] = worn out
        [head over heels] = very much in love
        [cold feet] = second thoughts
        [a stone's throw] = very near (not body weight)
        [over the hill] = getting old (hyperbole)
        """
}
