import Foundation
import Testing
@testable import SignpostCore

@Suite("Spelling corrector")
struct SpellingCorrectorTests {
    static let small = SpellingCorrector(
        vocabulary: ["anxiety", "lonely", "loneliness", "weight", "food bank", "dementia", "carer", "career", "carer",
                     "bereavement", "exercise", "cigarettes"],
        commonWords: CommonWords(words: ["the", "so", "loose", "food", "and", "please", "lose"])
    )

    @Test("typos within distance read as the vocabulary word", arguments: [
        ("anxeity", "anxiety", 1), ("anxity", "anxiety", 1), ("lonley", "lonely", 1), ("wieght", "weight", 1),
        ("demensia", "dementia", 1), ("berevement", "bereavement", 1), ("excersise", "exercise", 2),
        ("ciggarettes", "cigarettes", 1), ("carrer", "carer", 1), ("lonelly", "lonely", 1), ("dementa", "dementia", 1),
        // Repeated letters collapse first.
        ("soo", "so", 1), ("loonely", "lonely", 1), ("pleease", "please", 1),
    ])
    func corrects(typed: String, expected: String, distance: Int) {
        let correction = Self.small.correction(for: typed)
        #expect(correction?.corrected == expected)
        #expect(correction?.distance == distance)
    }

    @Test("real words, short words and far words are left alone", arguments: [
        "loose", "the", "lonely", "food", "weights", "lonelier", "xy", "fod", "zzzzzzz", "cigarette's",
        // Two edits that change the first or last letter.
        "xnxietz", "lonelyzz",
    ])
    func leavesAlone(word: String) {
        #expect(Self.small.correction(for: word) == nil)
    }

    @Test("distance limits: 1 below 7 letters, 2 from 7")
    func limits() {
        #expect(SpellingCorrector.maxDistance(forLength: 6) == 1)
        #expect(SpellingCorrector.maxDistance(forLength: 7) == 2)
        // "lnly" is two edits from "lonely": too far for a 4-letter word.
        #expect(Self.small.correction(for: "lnly") == nil)
        #expect(SpellingCorrector.distance(Array("abcd".utf8), Array("abdc".utf8), limit: 2) == 1)
        #expect(SpellingCorrector.distance(Array("kitten".utf8), Array("sitting".utf8), limit: 3) == 3)
        #expect(SpellingCorrector.distance(Array("kitten".utf8), Array("sitting".utf8), limit: 2) == nil)
    }

    @Test("explains itself and works over tokens")
    func explanation() {
        let text = Tokeniser().tokenise("I get really bad anxeity, so lonley")
        let corrections = Self.small.corrections(in: text)
        #expect(corrections.map(\.token) == [4, 7])
        #expect(corrections.map(\.correction.explanation) == ["read ‘anxeity’ as ‘anxiety’", "read ‘lonley’ as ‘lonely’"])
        #expect(text.original(4) == "anxeity")
    }

    @Test("against the real taxonomy and common words")
    func taxonomy() {
        let corrector = TextFixtures.corrector
        #expect(corrector.correction(for: "lonley")?.corrected == "lonely")
        #expect(corrector.correction(for: "demensia")?.corrected == "dementia")
        #expect(corrector.correction(for: "loose") == nil)
        #expect(corrector.correction(for: "lovely") == nil)
        #expect(corrector.correction(for: "suport")?.corrected == "support")
        #expect(corrector.correction(for: "sociable") == nil)
        #expect(corrector.correction(for: "bruises") == nil)
        // A capitalised word mid-sentence is a name.
        let text = Tokeniser().tokenise("the bus from Otfrd. Lonley")
        #expect(corrector.corrections(in: text).map(\.correction.corrected) == ["lonely"])
    }

    /// The misspelt phrases: each note names the words meant ("misspelt: council, electric"). A
    /// meant word whose stem is in the taxonomy's vocabulary, and that the phrase does not already
    /// contain, should be met: by a correction, or by the typed word's own stem ("smokeing" and
    /// "smoking" share "smoke"). Real-word slips ("loose" for lose) are left alone by design and
    /// counted apart.
    @Test("shared misspelt phrases: typos read as the taxonomy words meant",
          .enabled(if: TextFixtures.hasSharedPhrases))
    func sharedMisspellings() {
        let corrector = TextFixtures.corrector
        let tokeniser = Tokeniser()
        let vocabularyStems = Set(TextFixtures.taxonomyPhrases.flatMap { tokeniser.tokenise($0).tokens.map(\.stem) })
        var wanted = 0, byCorrection = 0, byStem = 0, realWordSlips = 0, corrections = 0
        var wrong: [String] = []
        var missed: [String] = []
        for phrase in TextFixtures.phrases where phrase.notes.contains("misspelt") {
            let text = tokeniser.tokenise(phrase.text)
            let found = corrector.corrections(in: text)
            corrections += found.count
            let typedStems = Set(text.tokens.map(\.stem))
            let meant = Self.meantWords(phrase.notes)
            let meantStems = Set(meant.map(EnglishStemmer.stem))
            for word in meant {
                let stem = EnglishStemmer.stem(word)
                guard vocabularyStems.contains(stem) else { continue }
                if typedStems.contains(stem) && !found.contains(where: { EnglishStemmer.stem($0.correction.corrected) == stem }) {
                    // Already there as typed, or met by the typo's own stem.
                    if !text.tokens.contains(where: { $0.normalised == word }) && text.tokens.contains(where: { $0.stem == stem && $0.normalised != word }) {
                        wanted += 1
                        byStem += 1
                    }
                    continue
                }
                wanted += 1
                if found.contains(where: { EnglishStemmer.stem($0.correction.corrected) == stem }) {
                    byCorrection += 1
                } else if text.tokens.contains(where: { $0.isWord && corrector.isKnown($0.normalised) && SpellingCorrector.distance(Array($0.normalised.utf8), Array(word.utf8), limit: 2) != nil && !meant.contains($0.normalised) }) {
                    realWordSlips += 1
                    wanted -= 1
                } else {
                    missed.append("\(word) in “\(phrase.text)”")
                }
            }
            for (_, correction) in found where !meantStems.contains(EnglishStemmer.stem(correction.corrected)) {
                wrong.append(correction.explanation)
            }
        }
        print("SpellingCorrector on shared misspelt phrases: meant taxonomy words met \(TextFixtures.rate(byCorrection + byStem, wanted)) (\(byCorrection) by correction, \(byStem) by the typo's own stem); \(realWordSlips) real-word slips left alone; \(corrections) corrections, \(wrong.count) to a word the note does not name: \(wrong.joined(separator: ", ")); missed: \(missed.joined(separator: "; "))")
        #expect((byCorrection + byStem) * 10 >= wanted * 8)
    }

    /// "misspelt: council, electric, bailiffs; debt" → ["council", "electric", "bailiffs"];
    /// "'adaptions' for adaptations" → ["adaptations"].
    static func meantWords(_ notes: String) -> [String] {
        guard let range = notes.range(of: "misspelt") else { return [] }
        var rest = notes[range.upperBound...]
        if let colon = rest.firstIndex(of: ":") { rest = rest[rest.index(after: colon)...] } else { return [] }
        if let end = rest.firstIndex(where: { $0 == ";" || $0 == ")" }) { rest = rest[..<end] }
        var words: [String] = []
        for part in rest.split(separator: ",") {
            var piece = part.trimmingCharacters(in: .whitespaces)
            if let forRange = piece.range(of: " for ") { piece = String(piece[forRange.upperBound...]) }
            for token in Tokeniser().tokenise(piece).tokens where token.isWord { words.append(token.normalised) }
        }
        return words
    }
}
