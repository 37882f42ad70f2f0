import Testing
@testable import SignpostCore

/// How free text is split into words before interpretation.
@Suite("Need text words")
struct NeedWordsTests {
    @Test("words are lower-cased; punctuation splits; apostrophes stay inside; contractions restored", arguments: [
        ("Lonely, since my HUSBAND died", ["lonely", "since", "my", "husband", "died"]),
        ("can’t afford the gym", ["can't", "afford", "the", "gym"]),
        ("cant sleep", ["can't", "sleep"]),
        // Accents are folded, typed precomposed or as a combining mark (found by fuzzing).
        ("café club", ["cafe", "club"]),
        ("cafe\u{301} club", ["cafe", "club"]),
        // A mark that is not an accent on a Latin letter ends the word.
        ("f'gs\u{599}B", ["f'gs", "b"]),
    ])
    func words(text: String, expected: [String]) {
        #expect(NeedInterpreter.words(of: text) == expected)
    }
}
