import Foundation
import Testing
@testable import SignpostCore

/// Pins how the text layers read the package's own quality texts (Tests/QualityData: 434
/// phrases and 174 safeguarding statements): every token's kind, extent, normalised form, stem
/// and joins, every negation cue and what it denies, every person and the words about them,
/// every idiom and every quantity, as ``ReadingTranscript/passage(_:)`` writes them. The layers
/// are tuned for speed; this is what says a tuning changed no reading. It does not read the
/// Directory, so data changes never move it.
///
/// When a change to the reading is meant (or the quality texts change), regenerate: run
/// `swift test --filter ReadingFingerprint`, check the difference with
/// `signpost-bench --readings` before and after, and paste the fingerprint the failure prints.
@Suite("Text layers over the quality texts")
struct ReadingFingerprintTests {
    static let expected = "876a0bd7db33a609"

    static func texts(_ file: String, _ list: String, _ field: String) throws -> [String] {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/QualityData/" + file)
        let bytes = try [UInt8](Data(contentsOf: url))
        return try JSONParser.parse(bytes).value[list]?.arrayValue?.compactMap { $0[field]?.stringValue } ?? []
    }

    @Test("every reading is the one pinned")
    func fingerprint() throws {
        let texts = try Self.texts("phrases.json", "phrases", "phrase") + Self.texts("safeguarding.json", "statements", "text")
        #expect(texts.count > 500)
        let transcripts = texts.map { ReadingTranscript.passage(ReadWords.Passage(reading: $0)) }
        let actual = ReadingTranscript.fingerprint(transcripts)
        #expect(actual == Self.expected, "readings of \(texts.count) texts now fingerprint \(actual): if meant, see the suite's note")
    }
}
