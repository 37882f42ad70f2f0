import Foundation
import SignpostCore
import Testing
@testable import Safeguarding

/// The cue lexicon is data: every line must read, and every `#name` must name a class.
@Suite("Safeguarding: the cue lexicon")
struct SafeguardingLexiconTests {
    @Test("every line of the bundled lexicon reads")
    func reads() {
        #expect(CueLexicon.standard.problems.isEmpty, "\(CueLexicon.standard.problems)")
        #expect(CueLexicon.standard.lines.count > 300)
    }

    @Test("a bad line is reported with its number, not dropped silently")
    func badLine() {
        let lexicon = CueLexicon(text: "domestic-abuse: hits me\nno target here\nchild-at-risk: .. gap first\nadult-at-risk: x && #nothing")
        #expect(lexicon.problems.count == 3, "\(lexicon.problems)")
        #expect(lexicon.problems.contains { $0.hasPrefix("line 2") })
    }

    @Test("detection reads the interpreter's words: negation, idioms, a past event that is over", arguments: [
        ("he hits me", true), ("he's never hit me", false), ("my back is killing me", false),
        ("I was in an abusive relationship years ago but I'm happily remarried", false),
        ("I tried once years ago and lately I feel the same again", true),
        ("I've stopped eating, there's no point", true),
    ])
    func detection(text: String, raises: Bool) {
        let words = ReadWords(passages: [ReadWords.Passage(reading: text)])
        let found = RiskDetector().detect(words)
        #expect(found.isEmpty != raises, "\(text): \(found)")
    }
}
