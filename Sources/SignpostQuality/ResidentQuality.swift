import SignpostCore

/// Example residents through Signpost and through plain keyword search, side by side.
public struct ResidentQuality: Sendable {
    public var residents = 0
    public var signpostPassed = 0
    public var keywordPassed = 0
    /// Residents Signpost gave an empty list.
    public var signpostEmpty = 0
    public var keywordEmpty = 0
    /// Residents whose `top` expectation holds within 1, 3 and 5 (Signpost, keyword).
    public var failures: [(id: String, signpost: [String], keyword: [String])] = []

    public static func evaluate(
        _ cases: [ResidentCase], engine: MatchEngine, today: CalendarDate
    ) -> ResidentQuality {
        var q = ResidentQuality()
        let baseline = KeywordBaseline(index: engine.index)
        for example in cases {
            q.residents += 1
            let signpost: [String]
            do {
                let result = try engine.match(example.query, today: today)
                signpost = example.rankingFailures(result.matches.map { ($0.service, $0.organisation) })
                if result.matches.isEmpty { q.signpostEmpty += 1 }
            } catch {
                signpost = ["refused: \(error)"]
            }
            let listed = baseline.search(example.query)
            if listed.isEmpty { q.keywordEmpty += 1 }
            let keyword = example.rankingFailures(listed)
            if signpost.isEmpty { q.signpostPassed += 1 }
            if keyword.isEmpty { q.keywordPassed += 1 }
            if !signpost.isEmpty || !keyword.isEmpty { q.failures.append((example.id, signpost, keyword)) }
        }
        return q
    }
}
