import Testing
@testable import SignpostCore

@Suite("English (Porter2) stemmer")
struct EnglishStemmerTests {
    static let pairs: [(word: String, stem: String)] = snowballEnglishSample.split(separator: "\n").map {
        let parts = $0.split(separator: " ", omittingEmptySubsequences: false)
        return (String(parts[0]), String(parts[1]))
    }

    @Test("agrees with the Snowball reference output on every sampled word")
    func reference() {
        #expect(Self.pairs.count >= 1_800)
        var wrong: [String] = []
        for (word, stem) in Self.pairs where EnglishStemmer.stem(word) != stem {
            wrong.append("\(word) → \(EnglishStemmer.stem(word)), expected \(stem)")
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong: \(wrong.prefix(30).joined(separator: "; "))")
    }

    @Test("exceptional forms and the rules they guard", arguments: [
        // exception1: special and invariant words.
        ("skis", "ski"), ("skies", "sky"), ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"),
        ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"), ("idly", "idl"), ("gently", "gentl"),
        ("ugly", "ugli"), ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        // -ying after one consonant; step 1b's whole-word exceptions.
        ("dying", "die"), ("lying", "lie"), ("tying", "tie"), ("vying", "vie"), ("flying", "fli"),
        ("inning", "inning"), ("outing", "outing"), ("canning", "canning"), ("herring", "herring"),
        ("earring", "earring"), ("evening", "evening"), ("proceed", "proceed"), ("exceed", "exceed"),
        ("succeed", "succeed"), ("agreed", "agre"),
        // R1 prefixes.
        ("generous", "generous"), ("generate", "generat"), ("communism", "communism"), ("arsenal", "arsenal"),
        ("universe", "univers"), ("pasted", "paste"), ("pasting", "paste"),
        // Words residents type.
        ("lonely", "lone"), ("loneliness", "loneli"), ("worried", "worri"), ("worrying", "worri"),
        ("smoking", "smoke"), ("smoker", "smoker"), ("drinking", "drink"), ("falls", "fall"), ("fell", "fell"),
        ("anxious", "anxious"), ("anxiety", "anxieti"), ("depressed", "depress"), ("depression", "depress"),
        ("caring", "care"), ("carer", "carer"), ("benefits", "benefit"), ("bereavement", "bereav"),
        ("archaeologist", "archaeolog"), ("hopeful", "hope"), ("hoping", "hope"), ("hopped", "hop"),
        ("can't", "can't"), ("money's", "money"), ("kids'", "kid"), ("'tis", "tis"), ("a", "a"), ("by", "by"),
        ("Lonely", "lone"), ("café", "café"),
    ])
    func exceptional(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }
}
