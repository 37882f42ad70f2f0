import SignpostCore

/// Free text, however odd, is interpreted deterministically and matched without a crash;
/// words reported as unrecognised are words of the text; over-long text is refused by the limits.
enum NeedsTextProperty {
    static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        let text = String(decoding: bytes, as: UTF8.self)
        let interpreter = FuzzFixtures.engine.interpreter
        let first = interpreter.interpret([text])
        try require(first == interpreter.interpret([text]), "interpretation is not deterministic")
        // Unrecognised words are the text's own words (as the interpreter splits it), never invented.
        let words = Set(NeedInterpreter.words(of: text))
        for word in first.unrecognised {
            try require(words.contains(word), "unrecognised word \"\(word)\" is not a word of the text")
        }
        let query = ResidentQuery(place: .parish("Sevenoaks"), age: 70, needs: [text], circumstances: [])
        let result: MatchResult
        do throws(SignpostError) {
            result = try FuzzFixtures.engine.match(query, today: FuzzFixtures.today)
        } catch {
            // Refusals are fine when they are the documented ones.
            try require(
                error.kind == .limitExceeded || error.kind == .invalidInput || error.kind == .unknownNeed,
                "unexpected refusal: \(error.kind)")
            return
        }
        try require(result.matches.count <= query.limit, "more matches than the limit")
        // Best first, except a service moved up as the best match for a stated need, which says so.
        for (a, b) in zip(result.matches, result.matches.dropFirst()) where a.score < b.score {
            try require(
                a.reasons.contains { if case .firstForStatedNeed = $0.reason { true } else { false } },
                "matches are not ranked best first")
        }

    }
}
