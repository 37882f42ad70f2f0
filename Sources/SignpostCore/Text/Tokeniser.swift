/// Splits what a resident typed into ``Token``s, normalising as it goes (see ``TextNormaliser``):
/// each token keeps its range in the original text, its normalised form and its stem.
///
/// Words are letters with inner apostrophes ("can't", "money's"), and digits after letters ("m25");
/// digits start a number ("40", "2.5", "1,200") and split from letters typed straight after them
/// ("20mg" → 20, "mg"); "£60" is one money token; punctuation that can end a clause is kept as
/// tokens; hyphens and slashes between words split them but set ``Token/joinsNext``; number words
/// are merged into one number token ("twenty-five" → 25).
public struct Tokeniser: Sendable {
    public init() {}

    public func tokenise(_ text: String) -> TokenisedText {
        var scanner = Scanner(text: text)
        scanner.run()
        var tokens = scanner.tokens
        Tokeniser.mergeNumberWords(&tokens)
        Tokeniser.mergePence(&tokens)
        return TokenisedText(text: text, tokens: tokens)
    }

    /// Number words → one number token each run ("twenty-five" → 25, "forty" → 40).
    static func mergeNumberWords(_ tokens: inout [Token]) {
        guard tokens.contains(where: { $0.isWord && (NumberWords.isNumberWord($0.normalised)) }) else { return }
        let words = tokens.map { $0.isWord ? $0.normalised : "" }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            // Only a number word, or "a"/"an" ("a hundred"), can start one: parse nothing else.
            if tokens[i].isWord, NumberWords.mayStartNumber(words[i]), let (value, count) = NumberWords.parse(words, from: i),
               NumberWords.isNumberWord(words[i + count - 1]) || words[i + count - 1] == "half" {
                let last = tokens[i + count - 1]
                let text = Tokeniser.format(value)
                out.append(Token(kind: .number(value), range: tokens[i].range.lowerBound..<last.range.upperBound,
                                 normalised: text, stem: text, joinsNext: last.joinsNext))
                i += count
            } else {
                out.append(tokens[i])
                i += 1
            }
        }
        tokens = out
    }

    /// "60p": a number run straight on into "p" is money.
    static func mergePence(_ tokens: inout [Token]) {
        var i = 0
        while i + 1 < tokens.count {
            if case .number(let value) = tokens[i].kind, tokens[i].joinsNext, tokens[i + 1].normalised == "p",
               tokens[i].range.upperBound == tokens[i + 1].range.lowerBound {
                let pence = Int(value.rounded())
                let text = "\(pence)p"
                tokens[i] = Token(kind: .money(pence: pence), range: tokens[i].range.lowerBound..<tokens[i + 1].range.upperBound,
                                  normalised: text, stem: text, joinsNext: tokens[i + 1].joinsNext)
                tokens.remove(at: i + 1)
            }
            i += 1
        }
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// One pass over the text's scalars.
    struct Scanner {
        let text: String
        let scalars: String.UnicodeScalarView
        let utf8: String.UTF8View
        let end: String.Index
        var tokens: [Token] = []

        enum Mode { case none, word, number, money }
        var mode = Mode.none
        var start: String.Index
        var bytes: [UInt8] = []
        var extra = ""
        var stemScratch: [UInt8] = []

        init(text: String) {
            self.text = text
            scalars = text.unicodeScalars
            utf8 = text.utf8
            end = text.endIndex
            start = text.startIndex
            tokens.reserveCapacity(text.utf8.count / 4 + 4)
            bytes.reserveCapacity(24)
            stemScratch.reserveCapacity(24)
        }

        /// The scalar at `i` (a scalar boundary): ASCII straight from the UTF-8 byte.
        @inline(__always) func at(_ i: String.Index) -> Unicode.Scalar {
            let b = utf8[i]
            return b < 0x80 ? Unicode.Scalar(b) : scalars[i]
        }

        @inline(__always) func after(_ i: String.Index) -> String.Index {
            utf8[i] < 0x80 ? utf8.index(after: i) : scalars.index(after: i)
        }

        func scalar(at i: String.Index) -> Unicode.Scalar? { i < end ? at(i) : nil }

        func next(_ i: String.Index) -> Unicode.Scalar? {
            let j = after(i)
            return j < end ? at(j) : nil
        }

        static func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { $0.value >= 48 && $0.value <= 57 } ?? false }

        static func isWordScalar(_ s: Unicode.Scalar?) -> Bool {
            guard let s else { return false }
            let v = s.value
            if v < 0x80 {
                return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57)
            }
            return s.properties.isAlphabetic || (v >= 0x300 && v <= 0x36F)
        }

        mutating func run() {
            var i = text.startIndex
            while i < end {
                let s = at(i)
                let v = s.value
                let isLetter = v < 0x80 ? ((v >= 65 && v <= 90) || (v >= 97 && v <= 122)) : false
                let isDigit = v >= 48 && v <= 57

                if isDigit {
                    switch mode {
                    case .word, .number, .money: bytes.append(UInt8(v))
                    case .none: begin(.number, at: i); bytes.append(UInt8(v))
                    }
                } else if isLetter {
                    if mode == .number || mode == .money {
                        // "20mg": the number ends, joined to the word that follows.
                        flush(end: i, joinsNext: true)
                    }
                    if mode == .none { begin(.word, at: i) }
                    bytes.append(v <= 90 ? UInt8(v) + 32 : UInt8(v))
                } else if (v == 0x2E || v == 0x2C) && (mode == .number || mode == .money) && Scanner.isDigit(next(i)) {
                    // "2.5"; "1,200" (a comma before exactly three digits).
                    if v == 0x2E {
                        if !bytes.contains(0x2E) { bytes.append(0x2E) } else { flush(end: i, joinsNext: false) }
                    } else if isThousandsComma(i) {
                        // dropped from the value
                    } else {
                        flush(end: i, joinsNext: false)
                        punctuation(at: i)
                    }
                } else if TextNormaliser.isApostrophe(s) {
                    if mode == .word, Scanner.isWordScalar(next(i)), !(next(i).map(TextNormaliser.isApostrophe) ?? false) {
                        bytes.append(0x27)
                    } else if mode != .none {
                        flush(end: i, joinsNext: false)
                    }
                } else if TextNormaliser.isJoiner(s) {
                    if mode != .none {
                        if Scanner.isWordScalar(next(i)) {
                            flush(end: i, joinsNext: true)
                        } else {
                            flush(end: i, joinsNext: false)
                        }
                    } else if v == 0x2D, next(i).map({ $0 == " " || $0 == "-" }) ?? true {
                        punctuation(at: i)  // a spaced hyphen used as a dash
                    }
                } else if v == 0xA3 {  // £
                    flush(end: i, joinsNext: false)
                    if Scanner.isDigit(next(i)) {
                        begin(.money, at: i)
                    }
                } else if v == 0x26 {  // &
                    flush(end: i, joinsNext: false)
                    tokens.append(Token(kind: .word, range: i..<after(i), normalised: "and", stem: "and"))
                } else if Scanner.isClausePunctuation(v) {
                    flush(end: i, joinsNext: false)
                    punctuation(at: i)
                } else if v >= 0x80, Scanner.isWordScalar(s) {
                    if mode == .number || mode == .money { flush(end: i, joinsNext: true) }
                    if mode == .none { begin(.word, at: i) }
                    TextNormaliser.appendFolded(s, to: &bytes, extra: &extra)
                } else {
                    flush(end: i, joinsNext: false)
                }
                i = after(i)
            }
            flush(end: end, joinsNext: false)
        }

        static func isClausePunctuation(_ v: UInt32) -> Bool {
            switch v {
            case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x2026, 0x2013, 0x2014: return true
            default: return false
            }
        }

        /// Whether the comma at `i` sits between digits as a thousands separator ("1,200").
        func isThousandsComma(_ i: String.Index) -> Bool {
            var j = after(i)
            for _ in 0..<3 {
                guard j < end, Scanner.isDigit(at(j)) else { return false }
                j = after(j)
            }
            return !Scanner.isDigit(scalar(at: j))
        }

        mutating func begin(_ newMode: Mode, at i: String.Index) {
            mode = newMode
            start = i
            bytes.removeAll(keepingCapacity: true)
            extra = ""
        }

        /// Adds a punctuation token for the mark at `i`, or extends the one just before it ("...").
        mutating func punctuation(at i: String.Index) {
            let end = after(i)
            let v = at(i).value
            let mark = v == 0x2026 ? "..." : (v == 0x2013 || v == 0x2014) ? "-" : String(at(i))
            if let last = tokens.last, last.isPunctuation, last.range.upperBound == i {
                tokens[tokens.count - 1].range = last.range.lowerBound..<end
                tokens[tokens.count - 1].normalised += mark
                tokens[tokens.count - 1].stem = tokens[tokens.count - 1].normalised
            } else {
                tokens.append(Token(kind: .punctuation, range: i..<end, normalised: mark, stem: mark))
            }
        }

        mutating func flush(end: String.Index, joinsNext: Bool) {
            defer { mode = .none }
            switch mode {
            case .none:
                return
            case .word:
                // Apostrophes at the edges are quotes, not part of the word.
                while bytes.last == 0x27 { bytes.removeLast() }
                var lead = 0
                while lead < bytes.count && bytes[lead] == 0x27 { lead += 1 }
                if lead > 0 { bytes.removeFirst(lead) }
                guard !bytes.isEmpty || !extra.isEmpty else { return }
                TextNormaliser.squashRepeats(&bytes)
                var normalised = String(decoding: bytes, as: UTF8.self)
                var stem: String
                if extra.isEmpty {
                    if bytes.count <= 8, bytes.count >= 2, let full = TextNormaliser.contractionTable[normalised] {
                        normalised = full
                        stem = EnglishStemmer.stem(full)
                    } else {
                        stemScratch.removeAll(keepingCapacity: true)
                        stemScratch.append(contentsOf: bytes)
                        EnglishStemmer.stem(&stemScratch)
                        // Short words are mostly their own stem ("the", "she", "is"): no second string.
                        stem = stemScratch == bytes ? normalised : String(decoding: stemScratch, as: UTF8.self)
                    }
                } else {
                    normalised += extra
                    stem = normalised
                }
                tokens.append(Token(kind: .word, range: start..<end, normalised: normalised, stem: stem, joinsNext: joinsNext))
            case .number, .money:
                guard !bytes.isEmpty else { return }
                let digits = String(decoding: bytes, as: UTF8.self)
                let value = Double(digits) ?? 0
                if mode == .money {
                    let pence = Int((value * 100).rounded())
                    let text = "£" + digits
                    tokens.append(Token(kind: .money(pence: pence), range: start..<end, normalised: text, stem: text, joinsNext: joinsNext))
                } else {
                    let text = Tokeniser.format(value)
                    tokens.append(Token(kind: .number(value), range: start..<end, normalised: text, stem: text, joinsNext: joinsNext))
                }
            }
        }
    }
}

/// A text and its tokens.
public struct TokenisedText: Sendable, Equatable {
    public let text: String
    public let tokens: [Token]

    public init(text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
    }

    /// What the resident typed for one token.
    public func original(_ index: Int) -> Substring { text[tokens[index].range] }

    /// What the resident typed from the first to the last of some tokens, punctuation and spacing
    /// included, to quote back in an explanation.
    public func quote(_ indices: Range<Int>) -> Substring {
        guard !indices.isEmpty else { return "" }
        return text[tokens[indices.lowerBound].range.lowerBound..<tokens[indices.upperBound - 1].range.upperBound]
    }

    /// The hyphen- or slash-joined run starting at `index` read as one word ("check-up" →
    /// "checkup", stem "checkup"), or nil when the token joins nothing.
    public func compound(at index: Int) -> (tokens: Range<Int>, normalised: String, stem: String)? {
        guard index < tokens.count, tokens[index].joinsNext else { return nil }
        var end = index
        var text = tokens[index].normalised
        while end + 1 < tokens.count, tokens[end].joinsNext {
            end += 1
            text += tokens[end].normalised
        }
        return (index..<(end + 1), text, EnglishStemmer.stem(text))
    }
}
