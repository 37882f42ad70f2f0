import SignpostCore

extension HealthBehavioursModule {
    /// Points for services that deliver this priority area's actions to the residents they are for.
    static let scoringRules: [any Rule] = [
        ServicePointsRule(
            "health-behaviours.why-weight-adults", "Raises the council's adult weight-loss course for an adult who wants to lose weight",
            delivering: ["HB4"], weight: RuleWeight("whyWeight", 2, "an HB4 course for an adult wanting to lose weight"),
            reads: ["weight-loss"], because: "The council's weight-loss course for adults (HB4).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("an adult wanting to lose weight", .example(age: 45, needs: ["weight-loss"]), service: .example(needs: ["weight-loss"], actionPlan: ["HB4"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("a 15-year-old", .example(age: 15, needs: ["weight-loss"]), service: .example(needs: ["weight-loss"], actionPlan: ["HB4"])),
                    RuleExample("not about weight", .example(age: 45, needs: ["healthy-eating"]), service: .example(needs: ["weight-loss", "healthy-eating"], actionPlan: ["HB4"])),
                ])
        ) { _, r in r.wants("weight-loss") && !r.isUnder(18) },

        ServicePointsRule(
            "health-behaviours.why-weight-bmi", "Raises Why Weight further at a BMI of 30 or more, the first step the plan recommends",
            delivering: ["HB4"], weight: RuleWeight("whyWeightBMI", 4, "an HB4 course at a BMI of 30 or more"),
            reads: ["weight-loss"], circumstances: [.bmi30Plus],
            because: "With a BMI of 30 or more, Why Weight is the first step the plan recommends (HB4).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("BMI 34", .example(age: 52, needs: ["BMI 34"]), service: .example(needs: ["weight-loss"], actionPlan: ["HB4"]), expect: .points(4))
                ],
                nonTriggering: [
                    RuleExample("wants to lose weight, no BMI said", .example(age: 52, needs: ["weight-loss"]), service: .example(needs: ["weight-loss"], actionPlan: ["HB4"])),
                    RuleExample("BMI 34 at 16", .example(age: 16, needs: ["BMI 34"]), service: .example(needs: ["weight-loss"], actionPlan: ["HB4"])),
                ])
        ) { _, r in r.wants("weight-loss") && !r.isUnder(18) && r.has(.bmi30Plus) },

        ServicePointsRule(
            "health-behaviours.exercise-on-referral", "Raises GP-referred exercise for a resident with obesity or a long-term condition",
            delivering: ["HB9"], weight: RuleWeight("exerciseOnReferral", 1, "an HB9 GP-referral service at BMI 30+ or with a condition"),
            circumstances: [.bmi30Plus, .longTermCondition],
            because: "Your GP can refer you; you get reduced membership when you finish (HB9).",
            examples: RuleExamples(
                triggering: [
                    RuleExample(
                        "a long-term condition", .example(age: 60, needs: ["physical-activity"], circumstances: ["long-term-condition"]),
                        service: .example(needs: ["physical-activity"], eligibility: Eligibility(referral: .healthProfessional), actionPlan: ["HB9"]), expect: .points(1))
                ],
                nonTriggering: [
                    RuleExample(
                        "no condition", .example(age: 60, needs: ["physical-activity"]),
                        service: .example(needs: ["physical-activity"], eligibility: Eligibility(referral: .healthProfessional), actionPlan: ["HB9"])),
                    RuleExample(
                        "a self-referral HB9 service", .example(age: 60, needs: ["physical-activity"], circumstances: ["long-term-condition"]),
                        service: .example(needs: ["physical-activity"], actionPlan: ["HB9"])),
                ])
        ) { s, r in
            s.eligibility.referral == .healthProfessional && (r.has(.bmi30Plus) || r.has(.longTermCondition))
        },

        ServicePointsRule(
            "health-behaviours.stop-smoking", "Raises free NHS stop-smoking support for someone who wants to stop",
            delivering: ["HB1"], weight: RuleWeight("stopSmoking", 3, "an HB1 service for someone 12 or over who wants to stop"),
            reads: ["stop-smoking", "vaping"], because: "Free NHS stop-smoking support you can refer yourself to (HB1).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("wants to stop", .example(age: 40, needs: ["stop-smoking"]), service: .example(needs: ["stop-smoking"], actionPlan: ["HB1"]), expect: .points(3)),
                    RuleExample("pregnant smoker (suggested)", .example(age: 28, needs: ["healthy-eating"], circumstances: ["pregnant", "smoker"]), service: .example(needs: ["stop-smoking"], actionPlan: ["HB1"]), expect: .points(3)),
                ],
                nonTriggering: [
                    RuleExample("a 10-year-old", .example(age: 10, needs: ["vaping"]), service: .example(needs: ["stop-smoking", "vaping"], actionPlan: ["HB1"])),
                    RuleExample("not about smoking", .example(age: 40, needs: ["healthy-eating"]), service: .example(needs: ["stop-smoking", "healthy-eating"], actionPlan: ["HB1"])),
                ])
        ) { _, r in (r.wants("stop-smoking") || r.needs("vaping")) && !r.isUnder(12) },

        ServicePointsRule(
            "health-behaviours.pregnant-smoker-support", "Raises stop-smoking support further for a pregnant smoker",
            delivering: ["HB1"], weight: RuleWeight("smokingInPregnancy", 3, "an HB1 service for a pregnant smoker"),
            circumstances: [.pregnant, .smoker],
            because: "Stopping smoking is the most important thing for the baby's health, and free help is there in pregnancy (HB1).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("pregnant and smoking", .example(age: 29, needs: ["physical-activity"], circumstances: ["pregnant", "smoker"]), service: .example(needs: ["stop-smoking"], actionPlan: ["HB1"]), expect: .points(3))
                ],
                nonTriggering: [
                    RuleExample("pregnant, not a smoker", .example(age: 29, needs: ["physical-activity"], circumstances: ["pregnant"]), service: .example(needs: ["stop-smoking"], actionPlan: ["HB1"])),
                    RuleExample("a smoker, not pregnant", .example(age: 29, needs: ["stop-smoking"], circumstances: ["smoker"]), service: .example(needs: ["stop-smoking"], actionPlan: ["HB1"])),
                ])
        ) { _, r in r.has(.pregnant) && r.has(.smoker) },

        ServicePointsRule(
            "health-behaviours.young-people-vaping", "Raises vaping awareness work for young people under 19",
            delivering: ["HB16"], weight: RuleWeight("youngPeopleVaping", 4, "an HB16 service for someone under 19 who smokes or vapes"),
            reads: ["stop-smoking", "vaping"], because: "Vaping awareness work aimed at young people (HB16).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("a 15-year-old who vapes", .example(age: 15, needs: ["vaping"]), service: .example(needs: ["vaping"], actionPlan: ["HB16"]), expect: .points(4))
                ],
                nonTriggering: [
                    RuleExample("a 40-year-old who vapes", .example(age: 40, needs: ["vaping"]), service: .example(needs: ["vaping"], actionPlan: ["HB16"])),
                    RuleExample("age not known", .example(needs: ["vaping"]), service: .example(needs: ["vaping"], actionPlan: ["HB16"])),
                ])
        ) { _, r in (r.wants("stop-smoking") || r.needs("vaping")) && r.isUnder(19) },

        ServicePointsRule(
            "health-behaviours.diabetes", "Raises help to spot and manage type 2 diabetes for a resident asking about diabetes",
            delivering: ["HB2"], weight: RuleWeight("diabetes", 2, "an HB2 service for diabetes"),
            reads: ["diabetes"], because: "Helps spot and manage type 2 diabetes (HB2).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("worried about diabetes", .example(age: 58, needs: ["diabetes"]), service: .example(needs: ["diabetes"], actionPlan: ["HB2"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("a condition, not diabetes", .example(age: 58, needs: ["long-term-condition"]), service: .example(needs: ["diabetes", "long-term-condition"], actionPlan: ["HB2"]))
                ])
        ) { _, r in r.needs("diabetes") },

        ServicePointsRule(
            "health-behaviours.chair-exercise", "Raises chair-based exercise for over-65s with limited mobility or a falls worry",
            delivering: ["HB7"], weight: RuleWeight("chairExercise", 3, "an HB7 class for an over-65 with limited mobility or falls"),
            reads: ["falls-prevention"], circumstances: [.limitedMobility],
            because: "Chair-based exercise suits older people with limited mobility (HB7).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("81 with limited mobility", .example(age: 81, needs: ["physical-activity"], circumstances: ["limited-mobility"]), service: .example(needs: ["physical-activity"], actionPlan: ["HB7"]), expect: .points(3)),
                    RuleExample("70 and worried about falls", .example(age: 70, needs: ["falls-prevention"]), service: .example(needs: ["falls-prevention"], actionPlan: ["HB7"]), expect: .points(3)),
                ],
                nonTriggering: [
                    RuleExample("50 with limited mobility", .example(age: 50, needs: ["physical-activity"], circumstances: ["limited-mobility"]), service: .example(needs: ["physical-activity"], actionPlan: ["HB7"])),
                    RuleExample("81 and fit", .example(age: 81, needs: ["physical-activity"]), service: .example(needs: ["physical-activity"], actionPlan: ["HB7"])),
                ])
        ) { _, r in r.isAtLeast(65) && (r.has(.limitedMobility) || r.needs("falls-prevention")) },

        ServicePointsRule(
            "health-behaviours.condition-exercise", "Raises exercise designed around health conditions for a resident with one",
            delivering: ["HB8"], weight: RuleWeight("conditionExercise", 2, "an HB8 class for a resident with a long-term condition"),
            reads: ["long-term-condition"], circumstances: [.longTermCondition],
            because: "Exercise designed around health conditions (HB8).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("a long-term condition", .example(age: 66, needs: ["physical-activity"], circumstances: ["long-term-condition"]), service: .example(needs: ["physical-activity"], actionPlan: ["HB8"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("no condition", .example(age: 66, needs: ["physical-activity"]), service: .example(needs: ["physical-activity"], actionPlan: ["HB8"]))
                ])
        ) { _, r in (r.has(.longTermCondition) || r.needs("long-term-condition")) },

        ServicePointsRule(
            "health-behaviours.sociable-walks", "Raises walking groups for a resident who wants to be active and is lonely or lives alone",
            delivering: ["HB15"], weight: RuleWeight("sociableWalks", 2, "an HB15 walk for an active-minded, lonely resident"),
            reads: ["physical-activity", "loneliness"], circumstances: [.livesAlone],
            because: "Walking groups are sociable as well as active (HB15).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("active and lonely", .example(age: 60, needs: ["physical-activity", "loneliness"]), service: .example(needs: ["physical-activity"], actionPlan: ["HB15"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("active, with company", .example(age: 60, needs: ["physical-activity"]), service: .example(needs: ["physical-activity"], actionPlan: ["HB15"]))
                ])
        ) { _, r in r.needs("physical-activity") && (r.needs("loneliness") || r.has(.livesAlone)) },

        ServicePointsRule(
            "health-behaviours.healthy-start-food", "Raises food and vitamins for pregnancy and under-4s",
            delivering: ["HB17"], weight: RuleWeight("healthyStart", 3, "an HB17 service for a pregnant woman or parent of a young child"),
            circumstances: [.pregnant, .parentOfYoungChild], because: "Food and vitamins for pregnancy and under-4s (HB17).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("pregnant", .example(age: 28, needs: ["healthy-eating"], circumstances: ["pregnant"]), service: .example(needs: ["healthy-eating"], actionPlan: ["HB17"]), expect: .points(3))
                ],
                nonTriggering: [
                    RuleExample("no young children", .example(age: 50, needs: ["healthy-eating"]), service: .example(needs: ["healthy-eating"], actionPlan: ["HB17"]))
                ])
        ) { _, r in (r.has(.pregnant) || r.has(.parentOfYoungChild)) },

        ServicePointsRule(
            "health-behaviours.pregnancy-exercise", "Raises exercise support before and after birth for a pregnant woman",
            delivering: ["HB6"], weight: RuleWeight("pregnancyExercise", 2, "an HB6 pregnancy service for a pregnant woman"),
            reads: ["pregnancy-early-years"], circumstances: [.pregnant],
            because: "Exercise support before and after birth (HB6).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("pregnant", .example(age: 30, needs: ["physical-activity"], circumstances: ["pregnant"]), service: .example(needs: ["physical-activity", "pregnancy-early-years"], actionPlan: ["HB6"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("not pregnant", .example(age: 30, needs: ["physical-activity"]), service: .example(needs: ["physical-activity", "pregnancy-early-years"], actionPlan: ["HB6"]))
                ])
        ) { s, r in s.meets("pregnancy-early-years") && r.has(.pregnant) },

        ServicePointsRule(
            "health-behaviours.best-start", "Raises activities that give children the best start, for parents of young children",
            delivering: ["HB12", "HB22"], weight: RuleWeight("bestStart", 1, "an HB12/HB22 service for a young family"),
            reads: ["children-activities"], circumstances: [.parentOfYoungChild],
            because: "Activities to give children the best start (HB12, HB22).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("a parent of a toddler", .example(age: 30, needs: ["family-support"], circumstances: ["parent-of-young-child"]), service: .example(needs: ["family-support"], actionPlan: ["HB12"]), expect: .points(1)),
                    RuleExample("asking about children's activities", .example(age: 40, needs: ["children-activities"]), service: .example(needs: ["children-activities"], actionPlan: ["HB22"]), expect: .points(1)),
                ],
                nonTriggering: [
                    RuleExample("no children", .example(age: 40, needs: ["family-support"]), service: .example(needs: ["family-support"], actionPlan: ["HB12"]))
                ])
        ) { _, r in (r.has(.parentOfYoungChild) || r.needs("children-activities")) },
    ]
}
