import SignpostCore

extension WiderDeterminantsModule {
    /// Points for services that deliver this priority area's actions to the residents they are for.
    static let scoringRules: [any Rule] = [
        ServicePointsRule(
            "wider-determinants.supportive-work", "Raises supportive work and volunteering for a resident with mental health issues looking for work",
            delivering: ["WDH1"], weight: RuleWeight("supportiveWork", 3, "a WDH1 service for an anxious or low resident seeking work"),
            reads: ["anxiety-depression", "employment", "volunteering"], circumstances: [.unemployed],
            because: "Supportive work and volunteering for people with mental health issues (WDH1).",
            examples: RuleExamples(
                triggering: [
                    RuleExample(
                        "anxious and out of work", .example(age: 30, needs: ["anxiety-depression"], circumstances: ["unemployed"]),
                        service: .example(needs: ["volunteering"], actionPlan: ["WDH1"]), expect: .points(3))
                ],
                nonTriggering: [
                    RuleExample(
                        "anxious, not seeking work", .example(age: 30, needs: ["anxiety-depression"]),
                        service: .example(needs: ["volunteering"], actionPlan: ["WDH1"])),
                    RuleExample(
                        "out of work, another service", .example(age: 30, needs: ["anxiety-depression"], circumstances: ["unemployed"]),
                        service: .example(needs: ["anxiety-depression"])),
                ])
        ) { s, r in
            r.needs("anxiety-depression") && (r.has(.unemployed) || r.needsAny("employment", "volunteering"))
        },

        ServicePointsRule(
            "wider-determinants.dementia-cafes", "Raises the dementia cafés the partnership promotes, for memory problems",
            delivering: ["WDH2"], weight: RuleWeight("dementiaCafes", 3, "a WDH2 service for dementia"),
            reads: ["dementia"], circumstances: [.diagnosedDementia],
            because: "Dementia cafés are what the partnership promotes for people with memory problems and their families (WDH2).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("asking about dementia", .example(age: 78, needs: ["dementia"]), service: .example(needs: ["dementia"], actionPlan: ["WDH2"]), expect: .points(3))
                ],
                nonTriggering: [
                    RuleExample("lonely, no dementia", .example(age: 78, needs: ["loneliness"]), service: .example(needs: ["dementia", "loneliness"], actionPlan: ["WDH2"]))
                ])
        ) { _, r in (r.needs("dementia") || r.has(.diagnosedDementia)) },

        ServicePointsRule(
            "wider-determinants.cost-of-living-support", "Raises the council's cost-of-living support for a resident on a low income",
            delivering: ["WD7"], weight: RuleWeight("costOfLivingSupport", 2, "a WD7 service for a resident on a low income"),
            circumstances: [.lowIncome], because: "Part of the council's cost-of-living support (WD7).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("low income", .example(needs: ["cost-of-living"], circumstances: ["low-income"]), service: .example(needs: ["cost-of-living"], actionPlan: ["WD7"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("no low income said", .example(needs: ["physical-activity"]), service: .example(needs: ["physical-activity"], actionPlan: ["WD7"]))
                ])
        ) { _, r in r.has(.lowIncome) },

        ServicePointsRule(
            "wider-determinants.leisure-concessions", "Raises concessionary leisure for an active-minded resident on a low income",
            delivering: ["WD8"], weight: RuleWeight("leisureConcessions", 2, "a WD8 service for physical activity on a low income"),
            reads: ["physical-activity"], circumstances: [.lowIncome],
            because: "Concessionary leisure rates for people on low incomes (WD8).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("wants to get fit on a low income", .example(needs: ["physical-activity"], circumstances: ["low-income"]), service: .example(needs: ["physical-activity"], actionPlan: ["WD8"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("on a low income, not about activity", .example(needs: ["cost-of-living"], circumstances: ["low-income"]), service: .example(needs: ["physical-activity", "cost-of-living"], actionPlan: ["WD8"]))
                ])
        ) { _, r in r.has(.lowIncome) && r.needs("physical-activity") },

        ServicePointsRule(
            "wider-determinants.free-open-days", "Raises free open days for a resident on a low income",
            delivering: ["WD10"], weight: RuleWeight("freeOpenDays", 1, "a WD10 service on a low income"),
            circumstances: [.lowIncome], because: "Free open days: try the facilities at no cost (WD10).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("low income", .example(needs: ["physical-activity"], circumstances: ["low-income"]), service: .example(needs: ["physical-activity"], actionPlan: ["WD10"]), expect: .points(1))
                ],
                nonTriggering: [
                    RuleExample("no low income said", .example(needs: ["physical-activity"]), service: .example(needs: ["physical-activity"], actionPlan: ["WD10"]))
                ])
        ) { _, r in r.has(.lowIncome) },

        ServicePointsRule(
            "wider-determinants.jobs-and-placements", "Raises local jobs, apprenticeships and placements for a resident looking for work",
            delivering: ["WD11", "WD12"], weight: RuleWeight("jobsAndPlacements", 3, "a WD11/WD12 employment service for a resident seeking work"),
            reads: ["employment"], circumstances: [.unemployed],
            because: "Local jobs, apprenticeships and placements for people looking for work (WD11, WD12).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("out of work", .example(age: 22, needs: ["employment"], circumstances: ["unemployed"]), service: .example(needs: ["employment"], actionPlan: ["WD11"]), expect: .points(3)),
                    RuleExample("asking about work", .example(age: 22, needs: ["employment"]), service: .example(needs: ["employment"], actionPlan: ["WD12"]), expect: .points(3)),
                ],
                nonTriggering: [
                    RuleExample("a WD11 service that is not about work", .example(age: 22, needs: ["physical-activity"], circumstances: ["unemployed"]), service: .example(needs: ["physical-activity"], actionPlan: ["WD11"]))
                ])
        ) { s, r in s.meets("employment") && (r.has(.unemployed) || r.needs("employment")) },

        ServicePointsRule(
            "wider-determinants.disability-placements", "Raises work placements set aside for disabled adults, for a disabled resident",
            delivering: ["WD12"], weight: RuleWeight("disabilityPlacements", 2, "a WD12 disability service for a disabled resident"),
            reads: ["disability-support"], circumstances: [.disabled],
            because: "Work placements set aside for disabled adults (WD12).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("disabled", .example(age: 22, needs: ["employment"], circumstances: ["disabled"]), service: .example(needs: ["employment", "disability-support"], actionPlan: ["WD12"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("not disabled", .example(age: 22, needs: ["employment"]), service: .example(needs: ["employment", "disability-support"], actionPlan: ["WD12"]))
                ])
        ) { s, r in s.meets("disability-support") && r.has(.disabled) },
    ]
}
