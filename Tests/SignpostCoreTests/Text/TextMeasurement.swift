import Foundation
import Testing
@testable import SignpostCore

/// A measurement to run by hand, not a timed test (timings on a shared machine are noise):
///
///     SIGNPOST_MEASURE_TEXT=1 swift test -c release --filter TextMeasurement
///
/// It prints the time per 30-word note for tokenising (with stemming) and negation, and for the
/// other text steps, best of five runs.
@Suite("Text measurement", .enabled(if: ProcessInfo.processInfo.environment["SIGNPOST_MEASURE_TEXT"] != nil))
struct TextMeasurement {
    static let note = "Lonely since my husband died last year, not sleeping and I can't afford the heating, "
        + "I don't smoke but I drink a bottle of wine a night, my back is killing me and I'm 72."

    static func measure(_ label: String, iterations: Int = 100_000, _ body: () -> Int) {
        var best = Duration.seconds(1_000)
        var sink = 0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            for _ in 0..<iterations { sink &+= body() }
            best = min(best, ContinuousClock.now - start)
        }
        let micros = Double(best.components.seconds) * 1e6 + Double(best.components.attoseconds) / 1e12
        print("TextMeasurement: \(label): \(String(format: "%.2f", micros / Double(iterations))) µs per note (best of 5 × \(iterations); \(sink % 2))")
    }

    @Test("time per 30-word note")
    func perNote() {
        let words = Self.note.split(whereSeparator: { $0 == " " }).count
        print("TextMeasurement: note of \(words) words, \(Self.note.utf8.count) bytes")
        let tokeniser = Tokeniser()
        let negation = NegationScope()
        let noteWords = tokeniser.tokenise(Self.note).tokens.filter(\.isWord).map(\.normalised)
        Self.measure("stemming alone, the note's \(noteWords.count) words") {
            noteWords.reduce(0) { $0 + EnglishStemmer.stem($1).utf8.count }
        }
        Self.measure("tokenise + stem") { tokeniser.tokenise(Self.note).tokens.count }
        Self.measure("tokenise + stem + negation") {
            let text = tokeniser.tokenise(Self.note)
            return negation.analyse(text).cues.count
        }
        let idioms = IdiomList.standard
        let attribution = AttributionScope()
        let quantities = QuantityPatterns()
        let corrector = TextFixtures.corrector
        Self.measure("tokenise + idioms + negation + attribution + quantities + spelling", iterations: 20_000) {
            let text = tokeniser.tokenise(Self.note)
            let masked = idioms.maskedTokens(in: text)
            return negation.analyse(text, masked: masked).cues.count + attribution.analyse(text).attributions.count
                + quantities.find(in: text).count + corrector.corrections(in: text).count
        }
    }

}
