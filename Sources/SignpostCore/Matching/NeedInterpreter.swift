/// Stage 1 of matching: turns what the prescriber typed ("lonely since my husband died, had a fall
/// last month") into taxonomy needs, deterministically and explainably.
///
/// Each entry is an exact need id, or free text. Free text is split into words; at each word the
/// longest synonym phrase starting there wins and consumes its words; common function words are
/// skipped; every other word is returned as `unrecognised`, never silently dropped. "BMI 34" is
/// also read as the `bmi-30-plus` circumstance. Negation ("not lonely") is not understood.
public struct NeedInterpreter: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var text: String
        var needs: [Int]
        var circumstances: [Circumstance] = []
    }

    private let taxonomy: Taxonomy
    /// First word → phrases starting with it, longest first.
    private let phrasesByFirstWord: [String: [Phrase]]
    private let needIDs: [String: Int]

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var byText: [String: Phrase] = [:]
        var order: [String] = []
        for (ordinal, need) in taxonomy.needs.enumerated() {
            for synonym in need.synonyms {
                let words = NeedInterpreter.words(of: synonym)
                guard !words.isEmpty else { continue }
                let key = words.joined(separator: " ")
                if byText[key] == nil {
                    byText[key] = Phrase(words: words, text: key, needs: [])
                    order.append(key)
                }
                if !byText[key]!.needs.contains(ordinal) { byText[key]!.needs.append(ordinal) }
            }
        }
        for entry in taxonomy.circumstancePhrases {
            for text in entry.phrases {
                let words = NeedInterpreter.words(of: text)
                guard !words.isEmpty else { continue }
                let key = words.joined(separator: " ")
                if byText[key] == nil {
                    byText[key] = Phrase(words: words, text: key, needs: [])
                    order.append(key)
                }
                if !byText[key]!.circumstances.contains(entry.circumstance) {
                    byText[key]!.circumstances.append(entry.circumstance)
                }
            }
        }
        // Connecting phrases carry no need but stop their words being read as one ("worried about
        // diabetes" is about diabetes, not anxiety). A longer synonym still wins ("worried about money").
        for connector in NeedInterpreter.connectors {
            let words = NeedInterpreter.words(of: connector)
            let key = words.joined(separator: " ")
            if byText[key] == nil {
                byText[key] = Phrase(words: words, text: key, needs: [])
                order.append(key)
            }
        }
        var table: [String: [Phrase]] = [:]
        for key in order {
            let phrase = byText[key]!
            table[phrase.words[0], default: []].append(phrase)
        }
        for key in table.keys { table[key]!.sort { $0.words.count > $1.words.count } }
        phrasesByFirstWord = table
        var ids: [String: Int] = [:]
        for (i, need) in taxonomy.needs.enumerated() { ids[need.id] = i }
        needIDs = ids
    }

    /// One need found, and how.
    public struct Match: Sendable, Equatable {
        public enum Via: Sendable, Equatable {
            /// Given as a taxonomy id.
            case id
            /// A phrase in free text, as matched (lower-cased).
            case phrase(String)
        }

        public var need: Int
        public var via: [Via]
    }

    /// A circumstance read from the text, with the words that implied it.
    public struct Inference: Sendable, Equatable {
        public var circumstance: Circumstance
        public var because: String
    }

    public struct Result: Sendable, Equatable {
        /// Needs in the order first mentioned.
        public var needs: [Match]
        /// Words that matched nothing and are not common function words, in order, without repeats.
        public var unrecognised: [String]
        public var inferred: [Inference]
        /// Every word of the free text, in order (for rules that read language).
        public var words: [String] = []
    }

    public func interpret(_ entries: [String]) -> Result {
        var needs: [Match] = []
        var position: [Int: Int] = [:]
        var unrecognised: [String] = []
        var seenUnrecognised: Set<String> = []
        var inferred: [Inference] = []
        var allWords: [String] = []

        func record(_ need: Int, _ via: Match.Via) {
            if let at = position[need] {
                if !needs[at].via.contains(via) { needs[at].via.append(via) }
            } else {
                position[need] = needs.count
                needs.append(Match(need: need, via: [via]))
            }
        }
        func infer(_ circumstance: Circumstance, _ because: String) {
            if !inferred.contains(where: { $0.circumstance == circumstance }) {
                inferred.append(Inference(circumstance: circumstance, because: because))
            }
        }

        for entry in entries {
            let trimmed = entry.trimmingSpaces().lowercased()
            if let id = needIDs[trimmed] {
                record(id, .id)
                continue
            }
            let words = NeedInterpreter.words(of: entry)
            allWords += words
            var i = 0
            while i < words.count {
                let word = words[i]
                var matched: Phrase? = nil
                if let candidates = phrasesByFirstWord[word] {
                    for phrase in candidates where i + phrase.words.count <= words.count {
                        var ok = true
                        for k in 1..<max(1, phrase.words.count) where words[i + k] != phrase.words[k] {
                            ok = false
                            break
                        }
                        if ok {
                            matched = phrase
                            break
                        }
                    }
                }
                if let phrase = matched {
                    for need in phrase.needs { record(need, .phrase(phrase.text)) }
                    for circumstance in phrase.circumstances { infer(circumstance, phrase.text) }
                    i += phrase.words.count
                    // "BMI 34": the number after the phrase is part of it.
                    if phrase.words.last == "bmi", i < words.count, let value = Int(words[i]) {
                        if value >= 30 { infer(.bmi30Plus, "bmi " + words[i]) }
                        i += 1
                    }
                    continue
                }
                if let id = needIDs[word] {
                    record(id, .id)
                } else if !NeedInterpreter.stopWords.contains(word) && Int(word) == nil {
                    if seenUnrecognised.insert(word).inserted { unrecognised.append(word) }
                }
                i += 1
            }
        }
        for match in needs {
            let need = taxonomy.needs[match.need]
            for circumstance in need.implies {
                let because: String
                if case .phrase(let text)? = match.via.first { because = text } else { because = need.id }
                infer(circumstance, because)
            }
        }
        return Result(needs: needs, unrecognised: unrecognised, inferred: inferred, words: allWords)
    }

    /// Lower-cased words: letters, digits and inner apostrophes; curly apostrophes straightened;
    /// a few common contractions typed without an apostrophe restored ("cant" → "can't").
    public static func words(of text: String) -> [String] {
        if let ascii = asciiWords(of: text) { return ascii }
        var words: [String] = []
        var current = ""
        func flush() {
            while current.hasSuffix("'") { current.removeLast() }
            while current.hasPrefix("'") { current.removeFirst() }
            if !current.isEmpty { words.append(contractions[current] ?? current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "’" || scalar == "‘" {
                current.append("'")
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark, !current.isEmpty {
                // An accent typed as a separate mark ("cafe\u{301}") belongs to its word.
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// `words(of:)` over bytes for all-ASCII text (no Unicode property lookups); nil otherwise.
    private static func asciiWords(of text: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(16)
        func flush() {
            while current.last == UInt8(ascii: "'") { current.removeLast() }
            var start = 0
            while start < current.count && current[start] == UInt8(ascii: "'") { start += 1 }
            if start < current.count {
                let word = String(decoding: current[start...], as: UTF8.self)
                words.append(contractions[word] ?? word)
            }
            current.removeAll(keepingCapacity: true)
        }
        for b in text.utf8 {
            switch b {
            case 0x80...: return nil
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(b + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"):
                current.append(b)
            default: flush()
            }
        }
        flush()
        return words
    }

    /// Phrases that introduce a need rather than name one.
    public static let connectors = [
        "worried about", "worry about", "worrying about", "worries about", "concerned about", "help with",
        "support with", "advice on", "advice about", "struggling with", "problems with", "trouble with",
    ]

    static let contractions: [String: String] = [
        "cant": "can't", "dont": "don't", "wont": "won't", "im": "i'm", "ive": "i've", "doesnt": "doesn't",
        "didnt": "didn't", "isnt": "isn't", "couldnt": "couldn't",
    ]

    /// Common words that carry no need on their own; they are skipped rather than reported.
    public static let stopWords: Set<String> = [
        "a", "about", "after", "again", "all", "also", "always", "am", "an", "and", "any", "anymore", "anyone",
        "are", "as", "at", "be", "because", "been", "before", "being", "bit", "both", "but", "by", "can", "can't",
        "cannot", "could", "couldn't", "day", "days", "did", "didn't", "do", "does", "doesn't", "doing", "don't",
        "during", "each", "else", "even", "ever", "every", "feel", "feeling", "feels", "felt", "few", "for",
        "from", "get", "gets", "getting", "go", "goes", "going", "got", "had", "has", "have", "having", "he",
        "help", "her", "here", "him", "his", "how", "i", "i'm", "i've", "if", "in", "into", "is", "isn't", "it",
        "it's", "its", "just", "keep", "last", "lately", "less", "like", "little", "lot", "lots", "made", "make",
        "many", "may", "me", "might", "month", "months", "more", "most", "much", "must", "my", "myself", "need",
        "needs", "needed", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or",
        "other", "our", "out", "over", "own", "past", "quite", "rather", "really", "recently", "same", "she",
        "should", "since", "so", "some", "someone", "something", "sometimes", "still", "such", "support",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things", "this",
        "those", "through", "time", "times", "to", "too", "two", "under", "until", "up", "us", "very", "want",
        "wanted", "wants", "was", "we", "week", "weeks", "well", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "without", "won't", "would", "year", "years", "yet",
        "you", "your", "lives", "live", "living", "aged", "age", "old", "new", "mr", "mrs", "ms", "miss",
    ]
}
