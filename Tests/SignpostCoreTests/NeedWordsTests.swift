import Testing
@testable import SignpostCore

/// How free text is split into words before interpretation.
@Suite("Need text words")
struct NeedWordsTests {
    @Test("words are lower-cased; punctuation splits; apostrophes stay inside; contractions restored", arguments: [
        ("Lonely, since my HUSBAND died", ["lonely", "since", "my", "husband", "died"]),
        ("can’t afford the gym", ["can't", "afford", "the", "gym"]),
        ("cant sleep", ["can't", "sleep"]),
        // An accent typed as a separate combining mark stays in its word (found by fuzzing).
        ("cafe\u{301} club", ["café", "club"]),
        ("f'gs\u{599}B", ["f'gs\u{599}b"]),
    ])
    func words(text: String, expected: [String]) {
        #expect(NeedInterpreter.words(of: text) == expected)
    }
}
