/// What the interpreter read from the resident's words, as rules that read language see it (the
/// safeguarding module's alerts, for one): every free-text entry tokenised, with which tokens are
/// denied, which are about someone else, and which belong to an idiom not meant literally.
///
/// Built once per match by ``NeedInterpreter``; rules never tokenise again.
public struct ReadWords: Sendable {
    /// One free-text entry as read.
    public struct Passage: Sendable, Equatable {
        /// The entry's tokens (words with their normalised form and stem, numbers, money, punctuation).
        public var text: TokenisedText
        /// Which tokens a cue denies ("not", "never", "gave up"…), and how.
        public var negation: NegationScope.Result
        /// Which tokens are about another person ("my wife has MS"), and who.
        public var attribution: AttributionScope.Result
        /// Idioms found ("my back is killing me"): their words are not read literally.
        public var idioms: [IdiomList.Match]
        /// Tokens inside an idiom's masked words.
        public var masked: Set<Int>
        /// Tokens the interpreter read as a taxonomy phrase (set once the passage is read).
        public var readAsPhrase: Set<Int> = []

        public init(
            text: TokenisedText, negation: NegationScope.Result, attribution: AttributionScope.Result,
            idioms: [IdiomList.Match], masked: Set<Int>
        ) {
            self.text = text
            self.negation = negation
            self.attribution = attribution
            self.idioms = idioms
            self.masked = masked
        }

        /// Reads one entry with the standard idiom list.
        public init(reading entry: String, idioms list: IdiomList = .standard) {
            let text = Tokeniser().tokenise(entry)
            let idioms = list.matches(in: text)
            let masked = Set(idioms.flatMap(\.masked))
            self.init(
                text: text, negation: NegationScope().analyse(text, masked: masked),
                attribution: AttributionScope().analyse(text), idioms: idioms, masked: masked)
        }

        /// Whether token `i` is meant literally (not part of an idiom).
        public func isLiteral(_ i: Int) -> Bool { masked.isEmpty || !masked.contains(i) }
        /// Whether token `i` is denied by a negation cue.
        public func isNegated(_ i: Int) -> Bool { negation.isNegated(i) }
        /// The other person token `i` is about, if any.
        public func person(for i: Int) -> AttributionScope.Person? { attribution.person(for: i) }
        /// Whether token `i` names another person ("my husband").
        public func namesPerson(_ i: Int) -> Bool { attribution.attributions.contains { $0.person.mention.contains(i) } }
    }

    /// The free-text entries, in order (empty when only need ids were given).
    public var passages: [Passage]

    public init(passages: [Passage] = []) { self.passages = passages }
    public static let none = ReadWords()
}
