/// How a resident gets in: by themselves, through their GP, or through another professional.

/// GP referral: a small plus when the resident has one, a minus (never an exclusion) when not.
struct GPReferralRule: ScoringRule {
    static let held = RuleWeight("gpReferralHeld", 1, "a GP-referral service, for a resident who has (or can get) a referral")
    static let needed = RuleWeight("gpReferralNeeded", 2, "points lost by a GP-referral service, for a resident without one yet")
    let id = "referral.gp"
    let title = "A service that needs a GP referral stays in the list, lower, saying to ask the GP"
    var weights: [RuleWeight] { [Self.held, Self.needed] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.hasGPReferral]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard c.traits.referral == .healthProfessional else { return }
        if r.has(.hasGPReferral) {
            out.add(Self.held.points, .hasGPReferral)
        } else {
            out.add(-Self.needed.points, .askGPToRefer)
        }
    }

    var examples: RuleExamples {
        let gp = Service.example(needs: ["long-term-condition"], eligibility: Eligibility(referral: .healthProfessional))
        return RuleExamples(
            triggering: [
                RuleExample("no referral yet", .example(needs: ["long-term-condition"]), service: gp, expect: .points(-2)),
                RuleExample(
                    "a referral in hand", .example(needs: ["long-term-condition"], circumstances: ["has-gp-referral"]),
                    service: gp, expect: .points(1)),
            ],
            nonTriggering: [
                RuleExample("self-referral", .example(needs: ["long-term-condition"]), service: .example(needs: ["long-term-condition"]))
            ])
    }
}

/// Referral by a social worker or link worker.
struct ProfessionalReferralRule: ScoringRule {
    static let penalty = RuleWeight("professionalReferral", 1, "points lost by a service that needs a professional's referral")
    let id = "referral.professional"
    let title = "Marks down, slightly, a service that needs a professional's referral"
    var weights: [RuleWeight] { [Self.penalty] }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        if c.traits.referral == .otherProfessional { out.add(-Self.penalty.points, .professionalReferral) }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "a social-worker referral", .example(needs: ["family-support"]),
                    service: .example(needs: ["family-support"], eligibility: Eligibility(referral: .otherProfessional)),
                    expect: .points(-1))
            ],
            nonTriggering: [
                RuleExample("self-referral", .example(needs: ["family-support"]), service: .example(needs: ["family-support"]))
            ])
    }
}
