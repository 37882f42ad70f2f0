import Testing
@testable import SignpostCore

@Suite("Idiom list")
struct IdiomListTests {
    /// The normalised words masked in a text.
    static func masked(_ text: String) -> [String] {
        let tokenised = Tokeniser().tokenise(text)
        let masked = IdiomList.standard.maskedTokens(in: tokenised)
        return tokenised.tokens.indices.filter(masked.contains).map { tokenised.tokens[$0].normalised }
    }

    @Test("the bundled list parses cleanly")
    func parses() {
        #expect(IdiomList.standard.problems.isEmpty, "\(IdiomList.standard.problems)")
        #expect(IdiomList.standard.idioms.count > 40)
    }

    @Test("idioms are masked, and only their own words", arguments: [
        ("My back is killing me today.", ["killing", "me"]),
        ("my back's killing me", ["killing", "me"]),
        ("I'm dying for a cuppa", ["dying"]),
        ("I could murder a coffee", ["murder"]),
        ("The kids are driving me mad", ["driving", "me", "mad"]),
        ("I'm dying to get out more and meet people.", ["dying"]),
        ("over the moon with the new flat", ["over", "the", "moon"]),
        ("I'm so hungry I could eat a horse.", ["so", "hungry", "i", "could", "eat", "a", "horse"]),
        ("I'm hanging today", ["hanging"]),
        ("The heating bill will be the death of me.", ["be", "the", "death", "of", "me"]),
        ("That hill up from the station's a killer", ["a", "killer"]),
        ("Don't shoot me, but I haven't done any exercise", ["don't", "shoot", "me"]),
        ("My grandson's bored stiff in the holidays", ["stiff"]),
        ("I need to pull my weight at home", ["pull", "my", "weight"]),
        ("kill two birds with one stone", ["kill", "2", "birds", "with", "1", "stone"]),
        ("The traffic through Westerham is murder", ["murder"]),
        ("As a bloke it'd kill me to sit in a circle", ["kill", "me"]),
    ])
    func masks(text: String, expected: [String]) {
        #expect(Self.masked(text) == expected)
    }

    @Test("literal words, and anything about a person, are never masked", arguments: [
        "My husband is dying", "I want to kill myself", "he's killing me", "my husband's killing me",
        "She is killing me slowly", "I'm worried I'll die", "I'm losing weight", "I weigh 16 stone",
        "I feel sick", "I'm going mad with worry",
    ])
    func literal(text: String) {
        #expect(Self.masked(text).isEmpty, "\(Self.masked(text))")
    }

    @Test("a list of one's own, with its problems reported")
    func custom() {
        let list = IdiomList(text: "# mine\n[raining cats and dogs] = heavy rain\nno equals sign here\n[ ] = nothing\n")
        #expect(list.idioms.count == 1)
        #expect(list.problems.count == 2)
        let text = Tokeniser().tokenise("it's raining cats and dogs")
        #expect(list.matches(in: text).map(\.meaning) == ["heavy rain"])
        #expect(list.matches(in: text).first?.tokens == 1..<5)
    }

    @Test("every shared idiom phrase is matched but the one left literal on purpose",
          .enabled(if: TextFixtures.hasSharedPhrases))
    func sharedIdioms() {
        let idioms = TextFixtures.phrases.filter { $0.notes.hasPrefix("idiom") }
        let tokeniser = Tokeniser()
        var misses: [String] = []
        for phrase in idioms where IdiomList.standard.matches(in: tokeniser.tokenise(phrase.text)).isEmpty {
            misses.append(phrase.text)
        }
        // Phrases outside the idiom group that mask something (should be few, and harmless).
        let others = TextFixtures.phrases.filter { !$0.notes.hasPrefix("idiom") }
            .filter { !IdiomList.standard.matches(in: tokeniser.tokenise($0.text)).isEmpty }
        print("IdiomList: shared idiom phrases matched \(TextFixtures.rate(idioms.count - misses.count, idioms.count)); missed: \(misses.joined(separator: " | ")). Other phrases with an idiom masked: \(others.count) (\(others.map(\.text).joined(separator: " | ")))")
        // "at the end of my tether" is never masked: it also opens safeguarding disclosures.
        #expect(misses == ["I'm at the end of my tether with this laptop."])
    }
}
