/// How well a service fits what the resident asked for.

/// Points for each stated need the service meets.
struct StatedNeedsRule: ScoringRule {
    static let perNeed = RuleWeight("perStatedNeed", 10, "per need the resident stated that the service meets")
    static let ruleID = "fit.stated-needs"
    let id = StatedNeedsRule.ruleID
    let title = "Points for each need the resident stated that the service meets"
    var weights: [RuleWeight] { [Self.perNeed] }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        let met = c.statedNeedsMet
        if !met.isEmpty { out.add(Self.perNeed.points * Double(met.count), .meetsNeeds(met)) }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "one stated need met", .example(needs: ["loneliness"]), service: .example(needs: ["loneliness"]),
                    expect: .points(10)),
                RuleExample(
                    "two stated needs met", .example(needs: ["loneliness", "transport"]),
                    service: .example(needs: ["loneliness", "transport"]), expect: .points(20)),
            ],
            nonTriggering: [
                RuleExample(
                    "a service found only through a suggested need",
                    .example(age: 85, needs: ["loneliness"], circumstances: ["no-car", "limited-mobility"]),
                    service: .example(needs: ["transport"], delivery: [.transport]))
            ])
    }
}

/// A few points when what the service is mainly for (the first need in its record) is a need the
/// resident stated: a falls-prevention class before a general older people's service that also
/// lists falls.
struct MainPurposeRule: ScoringRule {
    static let points = RuleWeight("mainPurpose", 2, "when the service's main purpose is a stated need")
    let id = "fit.main-purpose"
    let title = "Points when what the service is mainly for is a need the resident stated"
    var weights: [RuleWeight] { [Self.points] }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard !c.statedNeedsMet.isEmpty, let first = service.needs.first, let need = r.taxonomy.ordinal(ofNeed: first),
            c.statedNeedsMet.contains(need)
        else { return }
        out.add(Self.points.points, .mainPurpose(need))
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "a falls class for someone who fell", .example(needs: ["falls-prevention"]),
                    service: .example(needs: ["falls-prevention", "physical-activity"]), expect: .points(2))
            ],
            nonTriggering: [
                RuleExample(
                    "an older people's service that also lists falls", .example(needs: ["falls-prevention"]),
                    service: .example(needs: ["loneliness", "falls-prevention"]))
            ])
    }
}

/// Fewer points for each suggested need the service meets.
struct SuggestedNeedsRule: ScoringRule {
    static let perNeed = RuleWeight("perSuggestedNeed", 4, "per suggested need the service meets")
    static let ruleID = "fit.suggested-needs"
    let id = SuggestedNeedsRule.ruleID
    let title = "Points for each need the rules suggested that the service meets"
    var weights: [RuleWeight] { [Self.perNeed] }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        let met = c.suggestedNeedsMet
        if !met.isEmpty { out.add(Self.perNeed.points * Double(met.count), .meetsSuggestedNeeds(met)) }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "transport suggested for an 85-year-old without a car",
                    .example(age: 85, needs: ["loneliness"], circumstances: ["no-car", "limited-mobility"]),
                    service: .example(needs: ["transport"], delivery: [.transport]), expect: .points(4))
            ],
            nonTriggering: [
                RuleExample(
                    "only stated needs met", .example(needs: ["loneliness"]), service: .example(needs: ["loneliness"]))
            ])
    }
}

/// A condition of the service that the resident meets (a carers' service for a carer).
struct ConditionsMetRule: ScoringRule {
    static let perCondition = RuleWeight("conditionMet", 2, "per eligibility condition the resident meets")
    let id = "fit.conditions-met"
    var vocabulary: RuleVocabulary { RuleVocabulary(readsServiceConditions: true) }
    let title = "Points when the service is meant for someone in the resident's position"
    var weights: [RuleWeight] { [Self.perCondition] }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard c.traits.hasConditions else { return }
        for condition in service.eligibility.conditions {
            if r.has(condition) {
                out.add(Self.perCondition.points, .conditionMet(condition))
            } else if !r.hasNot(condition), condition.madeLikelyBy.contains(where: { r.has($0) }) {
                // Likely but unconfirmed: half the points, below a confirmed fit.
                out.add(Self.perCondition.points / 2, .likelyConditionPoints(condition))
            }
        }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "a carers' service for a carer", .example(needs: ["carer-support"], circumstances: ["carer"]),
                    service: .example(needs: ["carer-support"], eligibility: Eligibility(conditions: [.carer])), expect: .points(2)),
                RuleExample(
                    "a grant for disabled people, for someone with limited mobility",
                    .example(needs: ["home-adaptations"], circumstances: ["limited-mobility"]),
                    service: .example(needs: ["home-adaptations"], eligibility: Eligibility(conditions: [.disabled])),
                    expect: .points(1)),
            ],
            nonTriggering: [
                RuleExample(
                    "a service for everyone", .example(needs: ["carer-support"], circumstances: ["carer"]),
                    service: .example(needs: ["carer-support"]))
            ])
    }
}

/// No age was given but the service has limits: say so.
struct AgeUnknownRule: ScoringRule {
    let id = "fit.check-age"
    let title = "Notes the age limits when the resident's age was not given"

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        if r.age == nil, c.traits.minimumAge != nil || c.traits.maximumAge != nil {
            out.note(.checkAge(min: c.traits.minimumAge, max: c.traits.maximumAge))
        }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "no age, an adults' course", .example(needs: ["weight-loss"]),
                    service: .example(needs: ["weight-loss"], eligibility: Eligibility(minimumAge: 18)), expect: .points(0))
            ],
            nonTriggering: [
                RuleExample(
                    "age given", .example(age: 40, needs: ["weight-loss"]),
                    service: .example(needs: ["weight-loss"], eligibility: Eligibility(minimumAge: 18))),
                RuleExample("no limits", .example(needs: ["weight-loss"]), service: .example(needs: ["weight-loss"])),
            ])
    }
}

/// The resident's own words in the service's name or description: the second signal beside the
/// taxonomy (BM25 over stems of the words the taxonomy did not read; a denied word, an idiom or
/// someone else's words never count). It orders services within a need, and lists services when
/// the taxonomy reads nothing.
struct ResidentWordsRule: ScoringRule {
    static let perUnit = RuleWeight("perRelevance", 1, "per unit of text relevance (BM25) of the resident's words")
    static let most = RuleWeight("maxResidentWords", 2, "the most the resident's words can add")
    let id = "fit.resident-words"
    let title = "Points when the resident's own words appear in what the service says about itself"
    var weights: [RuleWeight] { [Self.perUnit, Self.most] }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard let (relevance, words) = r.residentWords(inService: c.ordinal), relevance > 0 else { return }
        out.add(min(Self.most.points, Self.perUnit.points * relevance), .residentWords(words))
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "the resident's word is in the service's description",
                    .example(needs: ["loneliness", "need a rule example"]), service: .example(needs: ["loneliness"]),
                    expect: .raises)
            ],
            nonTriggering: [
                RuleExample(
                    "none of the resident's words are there", .example(needs: ["lonely"]),
                    service: .example(needs: ["loneliness"])),
                RuleExample(
                    "the word is denied", .example(needs: ["loneliness", "not a rule example"]),
                    service: .example(needs: ["loneliness"])),
            ])
    }
}
