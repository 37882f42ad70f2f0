/// One word, number, amount of money or punctuation mark of what a resident typed, with where it
/// was in their text (so an explanation can quote their own words) and the forms matching uses.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters (and digits after a letter: "m25", "tn13"), with inner apostrophes.
        case word
        /// Digits ("40", "2.5", "1,200") or number words ("forty", "twenty-five", "a hundred").
        case number(Double)
        /// "£60", "£1.50", "60p": the amount in pence.
        case money(pence: Int)
        /// A run of , . ; : ! ? ( ) [ ] … or a dash: where a clause can end.
        case punctuation
    }

    public var kind: Kind
    /// The token's extent in the original text: `text[range]` is what the resident typed.
    public var range: Range<String.Index>
    /// Lower-case, accents folded, apostrophes straight, letters repeated beyond two squashed
    /// ("sooo" → "soo"), an apostrophe restored in a common contraction ("cant" → "can't"), "&" as
    /// "and"; numbers as digits ("40"), money as "£60", punctuation as typed ("…" as "...").
    public var normalised: String
    /// The Porter2 stem of `normalised` for words; `normalised` itself for everything else.
    public var stem: String
    /// Joined to the next token by a hyphen or slash with no space ("check-up", "8-year-old",
    /// "and/or"), or by running straight on from digits to letters ("20mg").
    public var joinsNext: Bool

    public init(kind: Kind, range: Range<String.Index>, normalised: String, stem: String, joinsNext: Bool = false) {
        self.kind = kind
        self.range = range
        self.normalised = normalised
        self.stem = stem
        self.joinsNext = joinsNext
    }

    public var isWord: Bool { kind == .word }
    public var isPunctuation: Bool { kind == .punctuation }
    var isNumberOrMoney: Bool {
        switch kind {
        case .number, .money: return true
        case .word, .punctuation: return false
        }
    }

    /// The value of a number token, or of a money token in pounds.
    public var numericValue: Double? {
        switch kind {
        case .number(let value): return value
        case .money(let pence): return Double(pence) / 100
        default: return nil
        }
    }
}
