/// Everything the interpreter read from some words, written out as plain lines: each token (its
/// kind, where it was typed, normalised form, stem and joins), the negation cues and what they
/// deny, the people the words are about, the idioms masked, the quantities, and — for a whole
/// reading — the needs, denials, inferences, unrecognised words and idioms.
///
/// Two transcripts are equal exactly when the two readings are, so a change meant only to make
/// reading faster can be checked by comparing transcripts (or their ``fingerprint(_:)``) of the
/// same phrases before and after: `signpost-bench --readings` prints them for the quality files.
public enum ReadingTranscript {
    /// The text layers of one passage: tokens, negation, attribution, idioms and quantities.
    public static func passage(_ passage: ReadWords.Passage) -> String {
        var out: [String] = []
        let text = passage.text
        let utf8 = text.text.utf8
        for (i, token) in text.tokens.enumerated() {
            let from = utf8.distance(from: utf8.startIndex, to: token.range.lowerBound)
            let to = utf8.distance(from: utf8.startIndex, to: token.range.upperBound)
            out.append(
                "token \(i) \(kind(token.kind)) \(from)..<\(to) \(token.normalised) \(token.stem)"
                    + (token.joinsNext ? " joins" : ""))
        }
        for cue in passage.negation.cues {
            out.append("cue \(range(cue.tokens)) \(cue.kind) scope \(cue.scope)")
        }
        out.append("negated " + optionals(passage.negation.negatedBy))
        for a in passage.attribution.attributions {
            let p = a.person
            out.append(
                "person \(p.relation.rawValue) \(p.word) age \(p.age.map(String.init) ?? "-") \(p.gender) "
                    + "mention \(range(p.mention)) scope \(a.scope)" + (a.involvesSpeaker ? " speaker" : ""))
        }
        out.append("about " + optionals(passage.attribution.aboutBy))
        for idiom in passage.idioms {
            out.append("idiom \(idiom.idiom) \(range(idiom.tokens)) masks \(idiom.masked) \(idiom.meaning)")
        }
        out.append("masked \(passage.masked.sorted())")
        for quantity in QuantityPatterns().find(in: text, attribution: passage.attribution) {
            out.append("quantity \(range(quantity.tokens)) \(quantity.quantity)")
        }
        if !passage.readAsPhrase.isEmpty { out.append("read \(passage.readAsPhrase.sorted())") }
        return out.joined(separator: "\n")
    }

    /// A whole reading: needs (by id, with how each was read and whose), denials, inferences,
    /// unrecognised words, idioms, the count of words read, then every passage.
    public static func reading(_ result: NeedInterpreter.Result, taxonomy: Taxonomy) -> String {
        var out: [String] = []
        for match in result.needs {
            out.append(
                "need \(taxonomy.needs[match.need].id) via \(match.via)"
                    + (match.about.map { " about \($0.relation.rawValue) \($0.word) \(range($0.mention))" } ?? ""))
            for reading in match.readings { out.append("  reading \(reading.how.rawValue) \(reading.explanation)") }
        }
        for denial in result.denied {
            out.append(
                "denied \(denial.needs.map { taxonomy.needs[$0].id }) \(denial.circumstances.map(\.rawValue)) "
                    + "\(denial.kind) ‘\(denial.typed)’")
        }
        for inference in result.inferred { out.append("inferred \(inference.circumstance.rawValue) because \(inference.because)") }
        out.append("unrecognised \(result.unrecognised)")
        for idiom in result.idioms { out.append("idiom ‘\(idiom.typed)’ \(idiom.meaning)") }
        out.append("words read \(result.wordsRead)")
        for passage in result.passages { out.append(self.passage(passage)) }
        return out.joined(separator: "\n")
    }

    /// A 64-bit FNV-1a hash of some transcripts, in hex: the same on every run and platform
    /// (unlike `Hasher`), to pin a large set of readings in a test.
    public static func fingerprint(_ transcripts: some Sequence<String>) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for transcript in transcripts {
            for byte in transcript.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            h = (h ^ 0x0A) &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private static func kind(_ kind: Token.Kind) -> String {
        switch kind {
        case .word: return "word"
        case .number(let value): return "number(\(value))"
        case .money(let pence): return "money(\(pence))"
        case .punctuation: return "punct"
        }
    }

    private static func range(_ r: Range<Int>) -> String { "\(r.lowerBound)..<\(r.upperBound)" }

    private static func optionals(_ values: [Int?]) -> String {
        values.map { $0.map(String.init) ?? "-" }.joined(separator: " ")
    }
}
