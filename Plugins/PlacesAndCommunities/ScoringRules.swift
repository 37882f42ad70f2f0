import SignpostCore

extension PlacesAndCommunitiesModule {
    /// Points for services that deliver this priority area's actions to the residents they are for.
    static let scoringRules: [any Rule] = [
        ServicePointsRule(
            "places-and-communities.falls-prevention", "Raises falls prevention for an over-65 at risk of falling",
            delivering: ["PC1"], weight: RuleWeight("fallsPrevention", 3, "a PC1 service for an over-65 with a falls need"),
            reads: ["falls-prevention"], because: "Falls prevention for older residents is a partnership priority (PC1).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("79 after a fall", .example(age: 79, needs: ["falls-prevention"]), service: .example(needs: ["falls-prevention"], actionPlan: ["PC1"]), expect: .points(3))
                ],
                nonTriggering: [
                    RuleExample("50 after a fall", .example(age: 50, needs: ["falls-prevention"]), service: .example(needs: ["falls-prevention"], actionPlan: ["PC1"]))
                ])
        ) { _, r in r.wants("falls-prevention") && r.isAtLeast(65) },

        ServicePointsRule(
            "places-and-communities.staying-connected", "Raises support for over-65s to stay independent and connected, for the lonely or those living alone",
            delivering: ["PC2"], weight: RuleWeight("stayingConnected", 2, "a PC2 service for a lonely over-65"),
            reads: ["loneliness"], circumstances: [.livesAlone],
            because: "Support for over-65s to stay independent and connected (PC2).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("70 and lonely", .example(age: 70, needs: ["loneliness"]), service: .example(needs: ["loneliness"], actionPlan: ["PC2"]), expect: .points(2)),
                    RuleExample("80, living alone", .example(age: 80, needs: ["independent-living"], circumstances: ["lives-alone"]), service: .example(needs: ["independent-living"], actionPlan: ["PC2"]), expect: .points(2)),
                ],
                nonTriggering: [
                    RuleExample("40 and lonely", .example(age: 40, needs: ["loneliness"]), service: .example(needs: ["loneliness"], actionPlan: ["PC2"]))
                ])
        ) { _, r in r.isAtLeast(65) && (r.needs("loneliness") || r.has(.livesAlone)) },

        ServicePointsRule(
            "places-and-communities.scams", "Raises silver cafés on scams and fraud for a resident worried about scams",
            delivering: ["PC3"], weight: RuleWeight("scams", 2, "a PC3 service for scams"),
            reads: ["scams"], because: "Silver cafés on scams, phishing and fraud (PC3).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("worried about scams", .example(age: 72, needs: ["scams"]), service: .example(needs: ["scams"], actionPlan: ["PC3"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("wants to get online", .example(age: 72, needs: ["digital-skills"]), service: .example(needs: ["scams", "digital-skills"], actionPlan: ["PC3"]))
                ])
        ) { _, r in r.needs("scams") },

        ServicePointsRule(
            "places-and-communities.door-to-door-transport", "Raises door-to-door transport for someone without a car or with limited mobility who asks about getting about",
            delivering: ["PC7"], weight: RuleWeight("doorToDoor", 5, "a PC7 service for a transport need, no car or limited mobility"),
            reads: ["transport"], circumstances: [.noCar, .limitedMobility],
            because: "Door-to-door transport for people who cannot use ordinary buses (PC7).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("85, no car, cannot get to the shops", .example(age: 85, needs: ["transport"], circumstances: ["no-car"]), service: .example(needs: ["transport"], delivery: [.transport], actionPlan: ["PC7"]), expect: .points(5))
                ],
                nonTriggering: [
                    RuleExample("asks about transport, has a car", .example(age: 50, needs: ["transport"]), service: .example(needs: ["transport"], delivery: [.transport], actionPlan: ["PC7"])),
                    RuleExample("transport only suggested", .example(age: 85, needs: ["loneliness"], circumstances: ["no-car"]), service: .example(needs: ["transport"], delivery: [.transport], actionPlan: ["PC7"])),
                ])
        ) { _, r in (r.has(.noCar) || r.has(.limitedMobility)) && r.needs("transport") },

        ServicePointsRule(
            "places-and-communities.transport-to-services", "Raises door-to-door transport a little when it was suggested, to reach the other services",
            delivering: ["PC7"], weight: RuleWeight("transportToServices", 1, "a PC7 service when transport was suggested"),
            reads: ["transport"], circumstances: [.noCar, .limitedMobility],
            because: "Door-to-door transport could get you to the other services here (PC7).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("lonely at 85 with no car", .example(age: 85, needs: ["loneliness"], circumstances: ["no-car"]), service: .example(needs: ["transport"], delivery: [.transport], actionPlan: ["PC7"]), expect: .points(1))
                ],
                nonTriggering: [
                    RuleExample("asked about transport directly", .example(age: 85, needs: ["transport"], circumstances: ["no-car"]), service: .example(needs: ["transport"], delivery: [.transport], actionPlan: ["PC7"])),
                    RuleExample("lonely at 40 with a car", .example(age: 40, needs: ["loneliness"]), service: .example(needs: ["transport", "loneliness"], delivery: [.transport], actionPlan: ["PC7"])),
                ])
        ) { _, r in (r.has(.noCar) || r.has(.limitedMobility)) && !r.needs("transport") && r.wasSuggested("transport") },

        ServicePointsRule(
            "places-and-communities.mens-drop-ins", "Raises drop-ins designed for men, for a man who is anxious or low",
            delivering: ["PC8"], weight: RuleWeight("mensDropIns", 3, "a PC8 service for a man with anxiety or low mood"),
            reads: ["anxiety-depression", "mens-mental-health"], circumstances: [.man],
            because: "Drop-ins designed for men (PC8).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("a stressed man", .example(age: 45, needs: ["anxiety-depression"], circumstances: ["man"]), service: .example(needs: ["mens-mental-health"], actionPlan: ["PC8"]), expect: .points(3))
                ],
                nonTriggering: [
                    RuleExample("a stressed resident, sex not said", .example(age: 45, needs: ["anxiety-depression"]), service: .example(needs: ["mens-mental-health", "anxiety-depression"], actionPlan: ["PC8"]))
                ])
        ) { _, r in r.has(.man) && r.needsAny("anxiety-depression", "mens-mental-health") },

        ServicePointsRule(
            "places-and-communities.digital-inclusion", "Raises help getting online for a resident with no internet at home",
            delivering: ["PC10", "PC11", "PC12", "PC13"], weight: RuleWeight("digitalInclusion", 2, "a PC10–PC13 digital-skills service with no internet"),
            reads: ["digital-skills"], circumstances: [.noInternet],
            because: "Help for people with no internet at home (PC10–PC13).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("no internet", .example(age: 70, needs: ["digital-skills"], circumstances: ["no-internet"]), service: .example(needs: ["digital-skills"], actionPlan: ["PC12"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("online at home", .example(age: 70, needs: ["digital-skills"]), service: .example(needs: ["digital-skills"], actionPlan: ["PC12"])),
                    RuleExample("a PC11 service that is not about getting online", .example(age: 70, needs: ["loneliness"], circumstances: ["no-internet"]), service: .example(needs: ["loneliness"], actionPlan: ["PC11"])),
                ])
        ) { s, r in s.meets("digital-skills") && r.has(.noInternet) },

        ServicePointsRule(
            "places-and-communities.families-in-poverty", "Raises support for families in poverty, for a low-income family",
            delivering: ["PC15"], weight: RuleWeight("familiesInPoverty", 2, "a PC15 service for a low-income family"),
            reads: ["family-support", "pregnancy-early-years", "cost-of-living"], circumstances: [.lowIncome],
            because: "Support for families in poverty (PC15).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("a family on a low income", .example(age: 32, needs: ["family-support"], circumstances: ["low-income"]), service: .example(needs: ["family-support"], actionPlan: ["PC15"]), expect: .points(2))
                ],
                nonTriggering: [
                    RuleExample("a family, income not said", .example(age: 32, needs: ["family-support"]), service: .example(needs: ["family-support"], actionPlan: ["PC15"]))
                ])
        ) { _, r in r.has(.lowIncome) && r.needsAny("family-support", "pregnancy-early-years", "cost-of-living") },
    ]
}
