import Testing
@testable import SignpostCore

/// The text layer over every shared example at once: properties that must hold for any input.
@Suite("Text layer over the shared examples", .enabled(if: TextFixtures.hasSharedPhrases))
struct SharedTextTests {
    static var allTexts: [String] { TextFixtures.phrases.map(\.text) + TextFixtures.statements.map(\.text) }

    @Test("tokens are in order, quote non-empty text and normalise to their own form")
    func tokens() {
        #expect(Self.allTexts.count == 480)
        let tokeniser = Tokeniser()
        for text in Self.allTexts {
            let tokenised = tokeniser.tokenise(text)
            var previousEnd = text.startIndex
            for (i, token) in tokenised.tokens.enumerated() {
                #expect(token.range.lowerBound >= previousEnd, "\(text)")
                #expect(!tokenised.original(i).isEmpty, "\(text)")
                previousEnd = token.range.upperBound
                if token.isWord, !token.normalised.contains(" ") {
                    // A word's own text normalises to the same form (number words aside).
                    #expect(TextNormaliser.normaliseWord(tokenised.original(i)) == token.normalised, "\(tokenised.original(i)) in \(text)")
                }
            }
        }
    }

    @Test("no idiom masks a word of a safeguarding disclosure")
    func idiomsNeverHideRisk() {
        let tokeniser = Tokeniser()
        let disclosures = TextFixtures.statements.filter { $0.risk != nil }
        var masking: [String] = []
        for statement in disclosures where !IdiomList.standard.matches(in: tokeniser.tokenise(statement.text)).isEmpty {
            masking.append(statement.text)
        }
        let safe = TextFixtures.statements.filter { $0.risk == nil }
        let safeMasked = safe.filter { !IdiomList.standard.matches(in: tokeniser.tokenise($0.text)).isEmpty }
        print("IdiomList on shared safeguarding statements: disclosures masked \(TextFixtures.rate(masking.count, disclosures.count)); statements that must not raise a concern with an idiom masked \(TextFixtures.rate(safeMasked.count, safe.count))")
        #expect(disclosures.count == 50)
        #expect(masking.isEmpty, "\(masking)")
    }

    @Test("corrections in safeguarding statements are few, and never rewrite a word of harm")
    func spellingLeavesStatements() {
        let tokeniser = Tokeniser()
        var corrections: [String] = []
        for statement in TextFixtures.statements {
            for (_, correction) in TextFixtures.corrector.corrections(in: tokeniser.tokenise(statement.text)) {
                corrections.append(correction.explanation)
            }
        }
        print("SpellingCorrector on shared safeguarding statements: \(corrections.count) corrections: \(corrections.joined(separator: ", "))")
        #expect(corrections.count <= 4)
        #expect(!corrections.contains { $0.contains("‘bruis") })
    }

    /// Reported, not asserted: many disclosures are phrased with a cue ("there's no point carrying
    /// on"), so a safeguarding check must read its own phrases with their cues, never drop a
    /// disclosure because a word of it is in a negation scope.
    @Test("negation inside safeguarding disclosures is reported")
    func negationInDisclosures() {
        let tokeniser = Tokeniser()
        let disclosures = TextFixtures.statements.filter { $0.risk != nil }
        let withCue = disclosures.filter { NegationScope().analyse(tokeniser.tokenise($0.text)).hasNegation }
        print("NegationScope on shared safeguarding disclosures: \(TextFixtures.rate(withCue.count, disclosures.count)) have a negated word: \(withCue.map(\.text).joined(separator: " | "))")
        #expect(disclosures.count == 50)
    }
}
