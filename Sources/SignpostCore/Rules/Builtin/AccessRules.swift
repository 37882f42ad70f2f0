/// Whether the way a service is delivered suits the resident: internet, mobility, hearing, sight.

/// No internet at home: phone and face-to-face services gain.
struct WithoutInternetRule: ScoringRule {
    static let bonus = RuleWeight("worksWithoutInternet", 1, "a phone or face-to-face service, for a resident with no internet")
    let id = "access.without-internet"
    let title = "Favours phone and face-to-face services for a resident with no internet"
    var weights: [RuleWeight] { [Self.bonus] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.noInternet]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        if r.has(.noInternet), c.traits.delivery.containsAny(.withoutInternet) {
            out.add(Self.bonus.points, .worksWithoutInternet)
        }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "no internet, a face-to-face service", .example(needs: ["digital-skills"], circumstances: ["no-internet"]),
                    service: .example(needs: ["digital-skills"]), expect: .points(1))
            ],
            nonTriggering: [
                RuleExample("online at home", .example(needs: ["digital-skills"]), service: .example(needs: ["digital-skills"]))
            ])
    }
}

/// Limited mobility: home visits and transport gain.
struct ComesToYouRule: ScoringRule {
    static let bonus = RuleWeight("comesToYou", 3, "a home-visit or transport service, for a resident with limited mobility")
    let id = "access.comes-to-you"
    let title = "Favours home visits and door-to-door transport for a resident with limited mobility"
    var weights: [RuleWeight] { [Self.bonus] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.limitedMobility]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        if r.has(.limitedMobility), c.traits.delivery.containsAny(.comingToYou) { out.add(Self.bonus.points, .comesToYou) }
    }

    var examples: RuleExamples {
        let visits = Service.example(needs: ["independent-living"], delivery: [.homeVisit], locations: [])
        return RuleExamples(
            triggering: [
                RuleExample(
                    "home visits, limited mobility", .example(needs: ["independent-living"], circumstances: ["limited-mobility"]),
                    service: visits, expect: .points(3))
            ],
            nonTriggering: [
                RuleExample("home visits, no mobility problem", .example(needs: ["independent-living"]), service: visits),
                RuleExample(
                    "in person, limited mobility", .example(needs: ["independent-living"], circumstances: ["limited-mobility"]),
                    service: .example(needs: ["independent-living"])),
            ])
    }
}

/// Deaf or hard of hearing: a phone-only service is harder.
struct PhoneOnlyHearingRule: ScoringRule {
    static let penalty = RuleWeight("phoneOnlyHearing", 3, "points lost by a phone-only service, for a resident with hearing loss")
    let id = "access.phone-only-hearing"
    let title = "Marks phone-only services down for a resident who is deaf or hard of hearing"
    var weights: [RuleWeight] { [Self.penalty] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.hearingImpaired]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        if r.has(.hearingImpaired), c.traits.delivery.isPhoneOnly { out.add(-Self.penalty.points, .phoneOnlyHearing) }
    }

    var examples: RuleExamples {
        let phone = Service.example(needs: ["anxiety-depression"], delivery: [.phone], locations: [])
        return RuleExamples(
            triggering: [
                RuleExample(
                    "a helpline for someone hard of hearing", .example(needs: ["anxiety-depression"], circumstances: ["hearing-impaired"]),
                    service: phone, expect: .points(-3))
            ],
            nonTriggering: [
                RuleExample("a helpline, hearing fine", .example(needs: ["anxiety-depression"]), service: phone),
                RuleExample(
                    "phone and face to face", .example(needs: ["anxiety-depression"], circumstances: ["hearing-impaired"]),
                    service: .example(needs: ["anxiety-depression"], delivery: [.phone, .inPerson])),
            ])
    }
}

/// A hearing loop, for a resident with hearing loss.
struct HearingLoopRule: ScoringRule {
    static let bonus = RuleWeight("hearingLoop", 1, "a venue with a hearing loop, for a resident with hearing loss")
    let id = "access.hearing-loop"
    let title = "Favours venues with a hearing loop for a resident who is deaf or hard of hearing"
    var weights: [RuleWeight] { [Self.bonus] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.hearingImpaired]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        if r.has(.hearingImpaired), c.traits.hearingLoop { out.add(Self.bonus.points, .hearingLoop) }
    }

    var examples: RuleExamples {
        let loop = Service.example(needs: ["social-activities"], accessibility: ["hearing loop"])
        return RuleExamples(
            triggering: [
                RuleExample(
                    "a loop, hard of hearing", .example(needs: ["social-activities"], circumstances: ["hearing-impaired"]),
                    service: loop, expect: .points(1))
            ],
            nonTriggering: [RuleExample("a loop, hearing fine", .example(needs: ["social-activities"]), service: loop)])
    }
}

/// Large print, for a resident with sight loss.
struct LargePrintRule: ScoringRule {
    static let bonus = RuleWeight("largePrint", 1, "a service offering large print, for a resident with sight loss")
    let id = "access.large-print"
    let title = "Favours services offering large print for a resident who is blind or partially sighted"
    var weights: [RuleWeight] { [Self.bonus] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.visuallyImpaired]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        if r.has(.visuallyImpaired), c.traits.largePrint { out.add(Self.bonus.points, .largePrint) }
    }

    var examples: RuleExamples {
        let print = Service.example(needs: ["social-activities"], accessibility: ["large print"])
        return RuleExamples(
            triggering: [
                RuleExample(
                    "large print, partially sighted", .example(needs: ["social-activities"], circumstances: ["visually-impaired"]),
                    service: print, expect: .points(1))
            ],
            nonTriggering: [RuleExample("large print, sight fine", .example(needs: ["social-activities"]), service: print)])
    }
}
