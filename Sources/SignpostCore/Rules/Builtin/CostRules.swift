/// What it costs, against what the resident can afford.

/// Free services: more so on a low income.
struct FreeRule: ScoringRule {
    static let lowIncome = RuleWeight("freeLowIncome", 4, "a free service, for a resident on a low income")
    static let otherwise = RuleWeight("freeOtherwise", 0.5, "a free service, for anyone else")
    let id = "cost.free"
    let title = "Favours free services, strongly for residents on a low income"
    var weights: [RuleWeight] { [Self.lowIncome, Self.otherwise] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.lowIncome]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard c.traits.cost == .free else { return }
        let low = r.has(.lowIncome)
        out.add(low ? Self.lowIncome.points : Self.otherwise.points, .free(lowIncome: low))
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "free, on a low income", .example(needs: ["physical-activity"], circumstances: ["low-income"]),
                    service: .example(needs: ["physical-activity"]), expect: .points(4)),
                RuleExample("free", .example(needs: ["physical-activity"]), service: .example(needs: ["physical-activity"]), expect: .points(0.5)),
            ],
            nonTriggering: [
                RuleExample(
                    "paid", .example(needs: ["physical-activity"], circumstances: ["low-income"]),
                    service: .example(needs: ["physical-activity"], cost: Cost(kind: .paid)))
            ])
    }
}

/// Concessionary rates: worth points on a low income.
struct ConcessionsRule: ScoringRule {
    static let lowIncome = RuleWeight("concessionsLowIncome", 2, "concessions, for a resident on a low income")
    let id = "cost.concessions"
    let title = "Favours services with concessions for residents on a low income"
    var weights: [RuleWeight] { [Self.lowIncome] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.lowIncome]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard c.traits.cost == .concessions else { return }
        out.add(r.has(.lowIncome) ? Self.lowIncome.points : 0, .concessions(service.cost.description))
    }

    var examples: RuleExamples {
        let concessions = Service.example(needs: ["physical-activity"], cost: Cost(kind: .concessions, description: "Half price"))
        return RuleExamples(
            triggering: [
                RuleExample(
                    "concessions, on a low income", .example(needs: ["physical-activity"], circumstances: ["low-income"]),
                    service: concessions, expect: .points(2)),
                RuleExample("concessions: said, no points", .example(needs: ["physical-activity"]), service: concessions, expect: .points(0)),
            ],
            nonTriggering: [
                RuleExample("free", .example(needs: ["physical-activity"]), service: .example(needs: ["physical-activity"]))
            ])
    }
}

/// It costs money: a barrier on a low income.
struct PaidRule: ScoringRule {
    static let lowIncome = RuleWeight("paidLowIncome", 4, "points lost by a paid service, for a resident on a low income")
    let id = "cost.paid"
    let title = "Marks paid services down for residents on a low income"
    var weights: [RuleWeight] { [Self.lowIncome] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.lowIncome]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard c.traits.cost == .paid else { return }
        out.add(r.has(.lowIncome) ? -Self.lowIncome.points : 0, .costsMoney(service.cost.description))
    }

    var examples: RuleExamples {
        let paid = Service.example(needs: ["physical-activity"], cost: Cost(kind: .paid))
        return RuleExamples(
            triggering: [
                RuleExample(
                    "paid, on a low income", .example(needs: ["physical-activity"], circumstances: ["low-income"]),
                    service: paid, expect: .points(-4)),
                RuleExample("paid: said, no points", .example(needs: ["physical-activity"]), service: paid, expect: .points(0)),
            ],
            nonTriggering: [
                RuleExample(
                    "free", .example(needs: ["physical-activity"], circumstances: ["low-income"]),
                    service: .example(needs: ["physical-activity"]))
            ])
    }
}

/// The cost is not known: on a low income, say to ask.
struct UnknownCostRule: ScoringRule {
    let id = "cost.unknown"
    let title = "Tells a resident on a low income to ask about the cost when it is not known"
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.lowIncome]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        if c.traits.cost == .unknown && r.has(.lowIncome) { out.note(.askAboutCost) }
    }

    var examples: RuleExamples {
        let unknown = Service.example(needs: ["physical-activity"], cost: Cost(kind: .unknown))
        return RuleExamples(
            triggering: [
                RuleExample(
                    "cost unknown, low income", .example(needs: ["physical-activity"], circumstances: ["low-income"]),
                    service: unknown, expect: .points(0))
            ],
            nonTriggering: [
                RuleExample("cost unknown, income not a concern", .example(needs: ["physical-activity"]), service: unknown)
            ])
    }
}
