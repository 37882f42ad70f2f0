/// Recently checked information, as a small tie-breaker.
struct FreshnessRule: ScoringRule {
    static let most = RuleWeight("freshness", 0.5, "the most a freshly checked record gains; it falls to zero over three years")
    static let horizonDays = 1095.0
    let id = "data.freshness"
    let title = "Breaks ties in favour of information checked more recently"
    var weights: [RuleWeight] { [Self.most] }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        let ageDays = max(0, r.todayDay - c.traits.verifiedDay)
        let points = Self.most.points * max(0, 1 - Double(ageDays) / Self.horizonDays)
        // Older than the horizon gains nothing and says nothing here: every listed service
        // carries its checked date anyway.
        if points > 0 { out.add(points, .freshness(CalendarDate(daysSinceEpoch: c.traits.verifiedDay))) }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "checked recently", .example(needs: ["loneliness"]),
                    service: .example(needs: ["loneliness"], verified: CalendarDate(year: 2026, month: 6, day: 1)!), expect: .raises)
            ],
            nonTriggering: [
                RuleExample(
                    "checked more than three years ago", .example(needs: ["loneliness"]),
                    service: .example(needs: ["loneliness"], verified: CalendarDate(year: 2020, month: 1, day: 1)!))
            ])
    }
}
