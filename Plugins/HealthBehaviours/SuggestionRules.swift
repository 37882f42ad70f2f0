import SignpostCore

extension HealthBehavioursModule {
    /// Needs worth suggesting from the resident's position.
    static let suggestionRules: [any Rule] = [
        NeedSuggestionRule(
            "health-behaviours.bmi-weight-loss", "Suggests weight-loss support at a BMI of 30 or more",
            references: ["HB4", "HB9"], suggests: "weight-loss", circumstances: [.bmi30Plus],
            because: "BMI 30 or more: the Why Weight course and Exercise on Referral can help (HB4, HB9).",
            examples: RuleExamples(
                triggering: [
                    RuleExample(
                        "BMI over 30, asking about exercise", .example(age: 52, needs: ["physical-activity"], circumstances: ["bmi-30-plus"]),
                        expect: .suggests("weight-loss"))
                ],
                nonTriggering: [RuleExample("no BMI said", .example(age: 52, needs: ["physical-activity"]))])
        ) { $0.has(.bmi30Plus) },

        NeedSuggestionRule(
            "health-behaviours.weight-activity", "Suggests being more active to a resident losing weight",
            references: ["HB4", "HB9"], suggests: "physical-activity", reads: ["weight-loss"], circumstances: [.bmi30Plus],
            because: "Being more active goes with losing weight (HB4, HB9).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("wants to lose weight", .example(age: 45, needs: ["weight-loss"]), expect: .suggests("physical-activity")),
                    RuleExample("BMI 32", .example(age: 45, needs: ["BMI 32"]), expect: .suggests("physical-activity")),
                ],
                nonTriggering: [RuleExample("asking about smoking", .example(age: 45, needs: ["stop-smoking"]))])
        ) { $0.needs("weight-loss") || $0.has(.bmi30Plus) },

        NeedSuggestionRule(
            "health-behaviours.smoking-in-pregnancy", "Suggests stop-smoking support to a pregnant smoker",
            references: ["HB1"], suggests: "stop-smoking", circumstances: [.smoker, .pregnant],
            because: "Stopping smoking in pregnancy protects the baby, and the support is free (HB1).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("pregnant and smoking", .example(age: 28, needs: ["healthy-eating"], circumstances: ["pregnant", "smoker"]), expect: .suggests("stop-smoking"))
                ],
                nonTriggering: [
                    RuleExample("pregnant, not smoking", .example(age: 28, needs: ["healthy-eating"], circumstances: ["pregnant"])),
                    RuleExample("smoking, not pregnant", .example(age: 28, needs: ["healthy-eating"], circumstances: ["smoker"])),
                ])
        ) { $0.has(.smoker) && $0.has(.pregnant) },

        NeedSuggestionRule(
            "health-behaviours.health-check", "Suggests an NHS health check to a 40- to 74-year-old with a weight or health worry",
            references: ["HB14", "HB21"], suggests: "health-check",
            reads: ["weight-loss", "long-term-condition", "diabetes"], circumstances: [.bmi30Plus, .longTermCondition],
            because: "Aged 40 to 74: a health check with blood pressure is worth having (HB14, HB21).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("58 and worried about diabetes", .example(age: 58, needs: ["diabetes"]), expect: .suggests("health-check")),
                    RuleExample("45 with a long-term condition", .example(age: 45, needs: ["loneliness"], circumstances: ["long-term-condition"]), expect: .suggests("health-check")),
                ],
                nonTriggering: [
                    RuleExample("30 and worried about diabetes", .example(age: 30, needs: ["diabetes"])),
                    RuleExample("58 and lonely", .example(age: 58, needs: ["loneliness"])),
                    RuleExample("age not known", .example(needs: ["diabetes"])),
                ])
        ) { r in
            guard let age = r.age, (40...74).contains(age) else { return false }
            return r.needsAny("weight-loss", "long-term-condition", "diabetes") || r.has(.bmi30Plus) || r.has(.longTermCondition)
        },

        NeedSuggestionRule(
            "health-behaviours.healthy-start", "Suggests Healthy Start to a pregnant woman or parent of an under-4 on a low income",
            references: ["HB17"], suggests: "pregnancy-early-years", circumstances: [.pregnant, .parentOfYoungChild, .lowIncome],
            because: "Pregnant or with a young child, on a low income: Healthy Start may help (HB17).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("pregnant on a low income", .example(age: 28, needs: ["healthy-eating"], circumstances: ["pregnant", "low-income"]), expect: .suggests("pregnancy-early-years")),
                    RuleExample("a toddler, low income", .example(age: 31, needs: ["cost-of-living"], circumstances: ["parent-of-young-child", "low-income"]), expect: .suggests("pregnancy-early-years")),
                ],
                nonTriggering: [
                    RuleExample("pregnant, income not said", .example(age: 28, needs: ["healthy-eating"], circumstances: ["pregnant"])),
                    RuleExample("low income, no young children", .example(age: 50, needs: ["cost-of-living"], circumstances: ["low-income"])),
                ])
        ) { ($0.has(.pregnant) || $0.has(.parentOfYoungChild)) && $0.has(.lowIncome) },
    ]
}
