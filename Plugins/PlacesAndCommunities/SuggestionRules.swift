import SignpostCore

extension PlacesAndCommunitiesModule {
    /// Needs worth suggesting from the resident's position.
    static let suggestionRules: [any Rule] = [
        NeedSuggestionRule(
            "places-and-communities.falls-risk", "Suggests falls prevention to an over-65 with limited mobility",
            references: ["PC1"], suggests: "falls-prevention", circumstances: [.limitedMobility],
            because: "Over 65 with limited mobility: strength and balance classes help prevent falls (PC1).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("85 with limited mobility", .example(age: 85, needs: ["transport"], circumstances: ["limited-mobility"]), expect: .suggests("falls-prevention"))
                ],
                nonTriggering: [
                    RuleExample("50 with limited mobility", .example(age: 50, needs: ["transport"], circumstances: ["limited-mobility"])),
                    RuleExample("85 and walking well", .example(age: 85, needs: ["transport"])),
                ])
        ) { $0.isAtLeast(65) && $0.has(.limitedMobility) },

        NeedSuggestionRule(
            "places-and-communities.living-alone", "Suggests company to an over-75 who lives alone",
            references: ["PC2"], suggests: "loneliness", circumstances: [.livesAlone],
            because: "Over 75 and living alone: worth asking about company and social activities (PC2).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("79 and living alone", .example(age: 79, needs: ["falls-prevention"], circumstances: ["lives-alone"]), expect: .suggests("loneliness"))
                ],
                nonTriggering: [
                    RuleExample("60 and living alone", .example(age: 60, needs: ["falls-prevention"], circumstances: ["lives-alone"])),
                    RuleExample("79, living with family", .example(age: 79, needs: ["falls-prevention"])),
                ])
        ) { $0.isAtLeast(75) && $0.has(.livesAlone) },

        NeedSuggestionRule(
            "places-and-communities.no-internet", "Suggests help getting online to a resident with no internet",
            references: ["PC10", "PC11", "PC12", "PC13"], suggests: "digital-skills", circumstances: [.noInternet],
            because: "No internet at home: free help getting online is available (PC10–PC13).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("lonely with no internet", .example(age: 70, needs: ["loneliness"], circumstances: ["no-internet"]), expect: .suggests("digital-skills"))
                ],
                nonTriggering: [RuleExample("online at home", .example(age: 70, needs: ["loneliness"]))])
        ) { $0.has(.noInternet) },

        NeedSuggestionRule(
            "places-and-communities.mens-mental-health", "Suggests men's mental-health drop-ins to a man who is anxious or low",
            references: ["PC8"], suggests: "mens-mental-health", reads: ["anxiety-depression"], circumstances: [.man],
            because: "Men's mental health drop-ins run in the district (PC8).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("a stressed man", .example(age: 45, needs: ["anxiety-depression"], circumstances: ["man"]), expect: .suggests("mens-mental-health"))
                ],
                nonTriggering: [
                    RuleExample("a stressed woman", .example(age: 45, needs: ["anxiety-depression"], circumstances: ["woman"])),
                    RuleExample("a man asking about work", .example(age: 45, needs: ["employment"], circumstances: ["man"])),
                ])
        ) { $0.has(.man) && $0.needs("anxiety-depression") },

        NeedSuggestionRule(
            "places-and-communities.door-to-door", "Suggests door-to-door transport to someone without a car who cannot easily get about",
            references: ["PC7"], suggests: "transport", circumstances: [.noCar, .limitedMobility],
            because: "Getting to services without a car can be the hardest part: door-to-door transport (PC7).",
            examples: RuleExamples(
                triggering: [
                    RuleExample("no car, limited mobility", .example(age: 60, needs: ["loneliness"], circumstances: ["no-car", "limited-mobility"]), expect: .suggests("transport")),
                    RuleExample("82 with no car", .example(age: 82, needs: ["loneliness"], circumstances: ["no-car"]), expect: .suggests("transport")),
                ],
                nonTriggering: [
                    RuleExample("no car, 40 and walking well", .example(age: 40, needs: ["loneliness"], circumstances: ["no-car"])),
                    RuleExample("limited mobility, has a car", .example(age: 60, needs: ["loneliness"], circumstances: ["limited-mobility"])),
                ])
        ) { $0.has(.noCar) && ($0.has(.limitedMobility) || $0.isAtLeast(80)) },
    ]
}
