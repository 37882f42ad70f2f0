import SignpostCore

extension WiderDeterminantsModule {
    /// Needs worth suggesting from the resident's position.
    static let suggestionRules: [any Rule] = [
        NeedSuggestionRule(
            "wider-determinants.out-of-work", "Suggests work support to a resident who is out of work",
            references: ["WD11", "WD12"], suggests: "employment", circumstances: [.unemployed],
            because: "Out of work: local jobs, apprenticeships and placements may help (WD11, WD12).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("out of work and lonely", .example(needs: ["loneliness"], circumstances: ["unemployed"]), expect: .suggests("employment"))
                ],
                nonTriggering: [
                    RuleExample("in work", .example(needs: ["loneliness"])),
                    RuleExample("already asking about work", .example(needs: ["employment"], circumstances: ["unemployed"])),
                ])
        ) { $0.has(.unemployed) },

        NeedSuggestionRule(
            "wider-determinants.low-income", "Suggests cost-of-living help to a resident on a low income",
            references: ["WD7"], suggests: "cost-of-living", reads: ["food-and-essentials"], circumstances: [.lowIncome],
            because: "On a low income: cost-of-living help may also apply (WD7).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("low income, wants to get fit", .example(needs: ["physical-activity"], circumstances: ["low-income"]), expect: .suggests("cost-of-living"))
                ],
                nonTriggering: [
                    RuleExample("no money worries said", .example(needs: ["physical-activity"])),
                    RuleExample("already asking about food", .example(needs: ["food-and-essentials"], circumstances: ["low-income"])),
                ])
        ) { $0.has(.lowIncome) && !$0.needs("food-and-essentials") },

        NeedSuggestionRule(
            "wider-determinants.supportive-volunteering", "Suggests volunteering to a resident who is low and out of work",
            references: ["WDH1"], suggests: "volunteering", reads: ["anxiety-depression"], circumstances: [.unemployed],
            because: "Supportive volunteering helps many people with mental health issues back towards work (WDH1).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("anxious and out of work", .example(age: 30, needs: ["anxiety-depression"], circumstances: ["unemployed"]), expect: .suggests("volunteering"))
                ],
                nonTriggering: [
                    RuleExample("anxious, in work", .example(age: 30, needs: ["anxiety-depression"])),
                    RuleExample("out of work, not low", .example(age: 30, needs: ["employment"], circumstances: ["unemployed"])),
                ])
        ) { $0.needs("anxiety-depression") && $0.has(.unemployed) },

        NeedSuggestionRule(
            "wider-determinants.dementia-diagnosis", "Suggests dementia support after a diagnosis",
            references: ["WDH2"], suggests: "dementia", circumstances: [.diagnosedDementia],
            because: "A dementia diagnosis: dementia cafés and helplines are being promoted (WDH2).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("diagnosed, asking about company", .example(age: 80, needs: ["loneliness"], circumstances: ["diagnosed-dementia"]), expect: .suggests("dementia"))
                ],
                nonTriggering: [
                    RuleExample("no diagnosis", .example(age: 80, needs: ["loneliness"]))
                ])
        ) { $0.has(.diagnosedDementia) },

        NeedSuggestionRule(
            "wider-determinants.dementia-carer", "Suggests carers' support to someone caring for a person with dementia",
            references: ["WDH2"], suggests: "carer-support", reads: ["dementia"], circumstances: [.carer, .diagnosedDementia],
            because: "Caring for someone with dementia: support for the carer too (WDH2).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("a carer asking about dementia", .example(age: 78, needs: ["dementia"], circumstances: ["carer"]), expect: .suggests("carer-support")),
                    RuleExample("a carer, diagnosis in the household", .example(age: 78, needs: ["loneliness"], circumstances: ["carer", "diagnosed-dementia"]), expect: .suggests("carer-support")),
                ],
                nonTriggering: [
                    RuleExample("asking about dementia, not a carer", .example(age: 78, needs: ["dementia"])),
                    RuleExample("a carer, no dementia", .example(age: 60, needs: ["loneliness"], circumstances: ["carer"])),
                ])
        ) { $0.has(.carer) && ($0.needs("dementia") || $0.has(.diagnosedDementia)) },

        NeedSuggestionRule(
            "wider-determinants.someone-elses-need",
            "Suggests carers' support when the need the resident describes is a partner's, parent's or other relative's",
            references: ["WDH2"], suggests: "carer-support",
            because: "The need is someone else's: support for whoever looks after them may help too.",
            examples: RuleExamples(
                triggering: [
                    RuleExample("my husband has dementia", .example(needs: ["my husband has dementia"]), expect: .suggests("carer-support")),
                    RuleExample("Mum keeps falling", .example(needs: ["my mum keeps having falls"]), expect: .suggests("carer-support")),
                ],
                nonTriggering: [
                    RuleExample("the resident's own need", .example(needs: ["I have dementia"])),
                    RuleExample("a child's need (family support, not carers')", .example(needs: ["my son is lonely"])),
                ])
        ) { r in
            guard let person = r.someoneElsesNeed else { return false }
            return [.partner, .parent, .grandparent, .sibling, .relative, .someone].contains(person.relation)
        },
    ]
}
