/// Stage 1 of matching: turns what the prescriber typed ("lonely since my husband died, had a fall
/// last month") into taxonomy needs, deterministically and explainably.
///
/// Each entry is an exact need id, or free text. Free text is tokenised and normalised
/// (``Tokeniser``); idioms that must not be read literally are masked (``IdiomList``); then, at
/// each word, the longest taxonomy phrase whose *stems* match there wins and consumes its words,
/// so one phrase covers its inflections ("drink", "drinking", "drinks"). A word that is not a
/// common English word may be read as a near spelling of a taxonomy word ("depresion"), and the
/// correction is shown. A phrase in the scope of a negation ("I don't smoke", "I gave up the
/// fags") is reported as denied and meets no need; a phrase about someone else ("my wife has MS")
/// is recorded as about them and never sets the resident's own circumstances. Quantities ("BMI
/// 34") are read as circumstances. Every other word is returned as `unrecognised`, never silently
/// dropped.
public struct NeedInterpreter: Sendable {
    struct Phrase: Sendable {
        var stems: [String]
        var words: [String]
        var text: String
        var needs: [Int]
        var circumstances: [Circumstance] = []
        /// Matched word for word, not by stem (a synonym written "=training": "trained" and
        /// "trains" are not it).
        var exact = false
    }

    /// How a taxonomy phrase is read: its tokens (punctuation left out), and whether it must match
    /// word for word (written with a leading `=`). Nil for a phrase with no words.
    public static func phraseTokens(_ text: String, tokeniser: Tokeniser = Tokeniser()) -> (tokens: [Token], exact: Bool)? {
        let exact = text.hasPrefix("=")
        let tokens = tokeniser.tokenise(exact ? String(text.dropFirst()) : text).tokens.filter { !$0.isPunctuation }
        return tokens.isEmpty ? nil : (tokens, exact)
    }

    /// The key two phrases share when the interpreter reads them as the same words.
    public static func phraseKey(_ text: String) -> String? {
        guard let (tokens, exact) = phraseTokens(text) else { return nil }
        return exact ? "=" + tokens.map(\.normalised).joined(separator: " ") : tokens.map(\.stem).joined(separator: " ")
    }

    private let taxonomy: Taxonomy
    /// First stem → phrases starting with it, longest first.
    private let phrasesByFirstStem: WordTable<[Phrase]>
    private let needIDs: [String: Int]
    private let corrector: SpellingCorrector?
    private let idioms: IdiomList

    public init(taxonomy: Taxonomy, idioms: IdiomList = .standard) {
        self.taxonomy = taxonomy
        self.idioms = idioms
        let tokeniser = Tokeniser()
        var byKey: [String: Phrase] = [:]
        var order: [String] = []
        var vocabulary: [String] = []
        func add(_ text: String, need: Int?, circumstance: Circumstance?) {
            guard let (tokens, exact) = NeedInterpreter.phraseTokens(text, tokeniser: tokeniser) else { return }
            let stems = tokens.map(\.stem)
            let words = tokens.map(\.normalised)
            let key = exact ? "=" + words.joined(separator: " ") : stems.joined(separator: " ")
            if byKey[key] == nil {
                byKey[key] = Phrase(
                    stems: stems, words: words, text: words.joined(separator: " "), needs: [], exact: exact)
                order.append(key)
            }
            if let need, !byKey[key]!.needs.contains(need) { byKey[key]!.needs.append(need) }
            if let circumstance, !byKey[key]!.circumstances.contains(circumstance) {
                byKey[key]!.circumstances.append(circumstance)
            }
        }
        for (ordinal, need) in taxonomy.needs.enumerated() {
            for synonym in need.synonyms {
                add(synonym, need: ordinal, circumstance: nil)
                vocabulary.append(synonym.hasPrefix("=") ? String(synonym.dropFirst()) : synonym)
            }
        }
        for entry in taxonomy.circumstancePhrases {
            for text in entry.phrases {
                add(text, need: nil, circumstance: entry.circumstance)
                vocabulary.append(text)
            }
        }
        // Connecting phrases carry no need but stop their words being read as one ("worried about
        // diabetes" is about diabetes, not anxiety). A longer synonym still wins ("worried about money").
        for connector in NeedInterpreter.connectors { add(connector, need: nil, circumstance: nil) }
        // Phrases the taxonomy says name no need ("car park"), read the same way.
        for phrase in taxonomy.neutralPhrases { add(phrase, need: nil, circumstance: nil) }
        var table: [String: [Phrase]] = [:]
        for key in order {
            let phrase = byKey[key]!
            table[phrase.stems[0], default: []].append(phrase)
        }
        for key in table.keys { table[key]!.sort { $0.stems.count > $1.stems.count } }
        phrasesByFirstStem = WordTable(table.map { ($0.key, $0.value) }, merge: { a, _ in a })
        var ids: [String: Int] = [:]
        for (i, need) in taxonomy.needs.enumerated() { ids[need.id] = i }
        needIDs = ids
        corrector =
            taxonomy.commonWords.count == 0
            ? nil
            : SpellingCorrector(
                vocabulary: vocabulary, commonWords: taxonomy.commonWords,
                alsoKnown: NeedInterpreter.stopWords.union(AttributionScope.relationWords))
    }

    // MARK: - Result

    /// One need found, and how.
    public struct Match: Sendable, Equatable {
        public enum Via: Sendable, Equatable {
            /// Given as a taxonomy id.
            case id
            /// A phrase in free text: the taxonomy phrase it matched.
            case phrase(String)
        }

        public var need: Int
        public var via: [Via]
        /// How each mention was read, in the resident's words.
        public var readings: [Reading] = []
        /// The person the need belongs to, when every mention of it is about someone else ("my
        /// wife has MS"); nil when it is the resident's own (or given as an id).
        public var about: AttributionScope.Person? = nil
    }

    /// How some of the resident's words were read.
    public struct Reading: Sendable, Equatable {
        public enum How: String, Sendable, Equatable {
            /// The words are a taxonomy phrase as written.
            case phrase
            /// The words share the phrase's stems ("drinking" for "drink").
            case stem
            /// A word was read as a near spelling ("depresion" as "depression").
            case correction
            /// A pattern with a number ("BMI 34").
            case pattern
        }

        /// The resident's words, as typed.
        public var typed: String
        /// The taxonomy phrase (or pattern) they were read as.
        public var phrase: String
        public var how: How
        public var corrections: [SpellingCorrector.Correction] = []

        /// "‘drinking too much’ (as ‘drink too much’)", for a person to read.
        public var explanation: String {
            var text = "‘\(typed)’"
            switch how {
            case .phrase: break
            case .stem: text += " (as ‘\(phrase)’)"
            case .correction: text += " (" + corrections.map(\.explanation).joined(separator: ", ") + ")"
            case .pattern: text += " (\(phrase))"
            }
            return text
        }
    }

    /// A need or circumstance the resident denied ("I don't smoke", "I'm not a carer"): it meets
    /// no need and sets no circumstance; a denied circumstance is known not to apply.
    public struct Denial: Sendable, Equatable {
        /// The needs the denied words would have meant.
        public var needs: [Int]
        public var circumstances: [Circumstance]
        /// The resident's words, the cue included ("I don't smoke").
        public var typed: String
        public var kind: NegationScope.Kind
    }

    /// A circumstance read from the text, with the words that implied it.
    public struct Inference: Sendable, Equatable {
        public var circumstance: Circumstance
        public var because: String
    }

    /// An idiom recognised and not read literally ("my back is killing me": pain, not a threat).
    public struct IdiomReading: Sendable, Equatable {
        public var typed: String
        public var meaning: String
    }

    public struct Result: Sendable, Equatable {
        /// Needs in the order first mentioned (the resident's own and other people's).
        public var needs: [Match]
        /// Needs and circumstances the resident denied, in order.
        public var denied: [Denial] = []
        /// Words that matched nothing and are not common function words, in order, without repeats.
        public var unrecognised: [String]
        public var inferred: [Inference]
        /// Idioms read as what they mean.
        public var idioms: [IdiomReading] = []
        /// Every free-text entry as read, for rules that read language.
        public var passages: [ReadWords.Passage] = []
        /// Content words that went into a reading.
        public var wordsRead = 0

        /// Circumstances the resident denied and did not also state.
        public var deniedCircumstances: [Circumstance] {
            var seen: Set<Circumstance> = Set(inferred.map(\.circumstance))
            var out: [Circumstance] = []
            for denial in denied {
                for c in denial.circumstances where seen.insert(c).inserted { out.append(c) }
            }
            return out
        }

        /// Needs denied and not also stated (ordinals), in order.
        public var deniedNeeds: [Int] {
            var seen = Set(needs.map(\.need))
            var out: [Int] = []
            for denial in denied {
                for n in denial.needs where seen.insert(n).inserted { out.append(n) }
            }
            return out
        }

        /// Whether most of the words typed were not understood (more unrecognised than read).
        public var mostlyNotUnderstood: Bool { unrecognised.count >= 2 && unrecognised.count > wordsRead }

        /// The passages as rules see them.
        public var readWords: ReadWords { ReadWords(passages: passages) }
    }

    // MARK: - Interpreting

    public func interpret(_ entries: [String]) -> Result {
        var state = State()
        for entry in entries {
            let trimmed = entry.trimmingSpaces().lowercased()
            if let id = needIDs[trimmed] {
                state.record(id, .id, reading: nil, about: nil)
                continue
            }
            read(ReadWords.Passage(reading: entry, idioms: idioms), into: &state)
        }
        for match in state.needs where match.about == nil {
            let need = taxonomy.needs[match.need]
            for circumstance in need.implies {
                let because: String
                if case .phrase(let text)? = match.via.first { because = text } else { because = need.id }
                state.infer(circumstance, because)
            }
        }
        return Result(
            needs: state.needs, denied: state.denied, unrecognised: state.unrecognised, inferred: state.inferred,
            idioms: state.idioms, passages: state.passages, wordsRead: state.wordsRead)
    }

    /// What is built up while reading the entries of one request.
    struct State {
        var needs: [Match] = []
        var position: [Int: Int] = [:]
        var denied: [Denial] = []
        var unrecognised: [String] = []
        var seenUnrecognised: Set<String> = []
        var inferred: [Inference] = []
        var idioms: [IdiomReading] = []
        var passages: [ReadWords.Passage] = []
        var wordsRead = 0

        mutating func record(_ need: Int, _ via: Match.Via, reading: Reading?, about: AttributionScope.Person?) {
            if let at = position[need] {
                if !needs[at].via.contains(via) { needs[at].via.append(via) }
                if let reading, !needs[at].readings.contains(reading) { needs[at].readings.append(reading) }
                // The resident's own mention wins over someone else's.
                if about == nil { needs[at].about = nil }
            } else {
                position[need] = needs.count
                needs.append(Match(need: need, via: [via], readings: reading.map { [$0] } ?? [], about: about))
            }
        }

        mutating func infer(_ circumstance: Circumstance, _ because: String) {
            if !inferred.contains(where: { $0.circumstance == circumstance }) {
                inferred.append(Inference(circumstance: circumstance, because: because))
            }
        }
    }

    private func read(_ passage: ReadWords.Passage, into state: inout State) {
        var passage = passage
        let text = passage.text
        let tokens = text.tokens
        var stems = tokens.map(\.stem)
        var words = tokens.map(\.normalised)
        var corrections: [Int: SpellingCorrector.Correction] = [:]
        if let corrector {
            for (t, correction) in corrector.corrections(in: text) where passage.isLiteral(t) {
                corrections[t] = correction
                stems[t] = EnglishStemmer.stem(correction.corrected)
                words[t] = correction.corrected
            }
        }
        var consumed = [Bool](repeating: false, count: tokens.count)
        for idiom in passage.idioms {
            state.idioms.append(IdiomReading(typed: String(text.quote(idiom.tokens)), meaning: idiom.meaning))
        }

        var i = 0
        while i < tokens.count {
            guard !tokens[i].isPunctuation, passage.isLiteral(i), let phrase = longestPhrase(at: i, stems, words, passage)
            else {
                i += 1
                continue
            }
            let range = i..<(i + phrase.stems.count)
            for k in range { consumed[k] = true }
            let fixes = range.compactMap { corrections[$0] }
            let exact = range.allSatisfy { tokens[$0].normalised == phrase.words[$0 - i] }
            let reading = Reading(
                typed: String(text.quote(range)), phrase: phrase.text,
                how: !fixes.isEmpty ? .correction : exact ? .phrase : .stem, corrections: fixes)
            i = range.upperBound
            if phrase.needs.isEmpty && phrase.circumstances.isEmpty { continue }  // a connector
            state.wordsRead += phrase.stems.count

            if let cue = denyingCue(of: range, needs: phrase.needs, passage) {
                let from = min(cue.tokens.lowerBound, range.lowerBound)
                // "I'm not a carer" denies the carer circumstance the need would imply.
                var circumstances = phrase.circumstances
                for need in phrase.needs {
                    for c in taxonomy.needs[need].implies where !circumstances.contains(c) { circumstances.append(c) }
                }
                state.denied.append(
                    Denial(
                        needs: phrase.needs, circumstances: circumstances,
                        typed: String(text.quote(from..<range.upperBound)), kind: cue.kind))
                continue
            }
            let about = someoneElse(in: range, passage)
            for need in phrase.needs {
                let whose = taxonomy.needs[need].othersMakeItOwn ? bereaved(about, before: range, passage) : about
                state.record(need, .phrase(phrase.text), reading: reading, about: whose)
            }
            if about == nil {
                for circumstance in phrase.circumstances { state.infer(circumstance, phrase.text) }
            }
        }

        // Numbers in context: "BMI 34" (only a text with a number can hold one).
        let hasNumber = tokens.contains { if case .number = $0.kind { true } else { false } }
        for quantity in hasNumber ? QuantityPatterns().find(in: text, attribution: passage.attribution) : [] {
            guard case .bmi(let value) = quantity.quantity, !quantity.tokens.contains(where: passage.isNegated),
                someoneElse(in: quantity.tokens, passage) == nil
            else { continue }
            for k in quantity.tokens { consumed[k] = true }
            if value >= 30 { state.infer(.bmi30Plus, String(text.quote(quantity.tokens)).lowercased()) }
        }

        // Words not understood: not read, not an idiom, not a function word, number, cue or person.
        var people = Set<Int>()
        for attribution in passage.attribution.attributions { people.formUnion(attribution.person.mention) }
        var cues = Set<Int>()
        for cue in passage.negation.cues { cues.formUnion(cue.tokens) }
        for (k, token) in tokens.enumerated() where token.isWord && !consumed[k] && passage.isLiteral(k) {
            let word = token.normalised
            guard NeedInterpreter.stopWordTable[word] == nil, !people.contains(k), !cues.contains(k),
                Double(word) == nil
            else { continue }
            if state.seenUnrecognised.insert(word).inserted { state.unrecognised.append(word) }
        }
        passage.readAsPhrase = Set(consumed.indices.filter { consumed[$0] })
        state.passages.append(passage)
    }

    /// The longest phrase whose stems match the words from token `start` (no punctuation or idiom
    /// word inside it).
    private func longestPhrase(
        at start: Int, _ stems: [String], _ words: [String], _ passage: ReadWords.Passage
    ) -> Phrase? {
        guard let candidates = phrasesByFirstStem[stems[start]] else { return nil }
        let tokens = passage.text.tokens
        for phrase in candidates where start + phrase.stems.count <= tokens.count {
            if phrase.exact, words[start] != phrase.words[0] { continue }
            var ok = true
            for k in 1..<max(1, phrase.stems.count) {
                let t = start + k
                let same = phrase.exact ? words[t] == phrase.words[k] : stems[t] == phrase.stems[k]
                if tokens[t].isPunctuation || !passage.isLiteral(t) || !same {
                    ok = false
                    break
                }
            }
            if ok { return phrase }
        }
        return nil
    }

    /// The cue that denies the phrase at `range`, if one does. A phrase holding its own cue stands
    /// ("no one to talk to", "don't see anyone"); "no"/"without" before a need whose lack is the
    /// need stands too ("no money").
    private func denyingCue(of range: Range<Int>, needs: [Int], _ passage: ReadWords.Passage) -> NegationScope.Cue? {
        for t in range {
            guard let cue = passage.negation.cue(for: t) else { continue }
            // A phrase holding its own cue stands ("no one to talk to") — but not a habit given
            // up: "stopped smoking" is no need, whichever phrase matched it.
            if cue.tokens.overlaps(range) { return cue.kind == .stopped ? cue : nil }
            if cue.kind == .absence, !needs.isEmpty, needs.allSatisfy({ taxonomy.needs[$0].lackIsNeed }) { return nil }
            return cue
        }
        // Having enough of what the need lacks denies it: "I get plenty of exercise", "I've got my
        // qualifications", "I'm perfectly independent".
        if !needs.isEmpty, needs.allSatisfy({ taxonomy.needs[$0].lackIsNeed }), range.allSatisfy(passage.negation.sufficient.contains) {
            return NegationScope.Cue(tokens: range, kind: .denial, scope: Array(range))
        }
        return nil
    }

    /// The person the words at `range` are about, unless the words act on the resident too ("my
    /// husband shouts at me" is the resident's own): a "me" or "us" inside them or just after.
    private func someoneElse(in range: Range<Int>, _ passage: ReadWords.Passage) -> AttributionScope.Person? {
        let tokens = passage.text.tokens
        for t in range {
            guard t < passage.attribution.aboutBy.count, let at = passage.attribution.aboutBy[t] else { continue }
            let near = range.lowerBound..<min(tokens.count, range.upperBound + 3)
            let actsOnSpeaker = near.contains {
                passage.attribution.aboutBy[$0] == at && AttributionScope.speakerObjects.contains(tokens[$0].normalised)
            }
            return actsOnSpeaker ? nil : passage.attribution.attributions[at].person
        }
        return nil
    }

    /// For a need such as grief, where the person spoken of may be the one lost: "my wife died" is
    /// the resident's grief; "Mum's not been out since Dad passed" is Mum's. When the words are
    /// about someone named just before them (the one who died), the need belongs to an earlier
    /// person in the passage, if any, else to the resident.
    private func bereaved(
        _ about: AttributionScope.Person?, before range: Range<Int>, _ passage: ReadWords.Passage
    ) -> AttributionScope.Person? {
        guard let about, about.mention.upperBound + 2 >= range.lowerBound else { return about }
        return passage.attribution.attributions.map(\.person).last { $0.mention.upperBound <= about.mention.lowerBound }
    }

    /// The words of a text as the interpreter reads them: normalised, punctuation left out.
    public static func words(of text: String) -> [String] {
        Tokeniser().tokenise(text).tokens.filter(\.isWord).map(\.normalised)
    }

    /// Phrases that introduce a need rather than name one.
    public static let connectors = [
        "worried about", "worry about", "worrying about", "worries about", "concerned about", "help with",
        "support with", "advice on", "advice about", "struggling with", "problems with", "trouble with",
    ]

    /// ``stopWords`` as a table, for the look-up made at every unread word.
    static let stopWordTable = WordTable(stopWords.map { ($0, true) }, merge: { a, _ in a })

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
        "she's", "he's", "i'd", "i'll", "we're", "they're", "you're", "that's", "there's", "we've", "they've",
        "let", "anything", "everything", "nothing", "never", "done", "gone", "say", "said",
        "says", "think", "know", "went", "come", "came", "back", "around", "round", "away", "down", "mate",
        "love", "bless", "oh", "yeah", "yes", "ok", "okay", "um", "er", "erm", "anyway", "proper",
        "morning", "night", "today", "tonight", "weekend",
    ]
}
