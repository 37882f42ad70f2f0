/// The hard rules built into the engine: a service is ruled out only for a reason the resident
/// could be told.

/// A stated age outside the service's range.
struct AgeRangeRule: EligibilityRule {
    let id = "eligibility.age"
    let title = "Rules a service out when the resident's stated age is outside its age range"

    func check(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout EligibilityOutput) {
        guard let age = r.age else { return }
        if let min = c.traits.minimumAge, age < min { out.exclude(.tooYoung(min: min)) }
        if let max = c.traits.maximumAge, age > max { out.exclude(.tooOld(max: max)) }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "15 is too young for an adults' course", .example(age: 15, needs: ["weight-loss"]),
                    service: .example(needs: ["weight-loss"], eligibility: Eligibility(minimumAge: 18)), expect: .excludes),
                RuleExample(
                    "30 is too old for a youth service", .example(age: 30, needs: ["vaping"]),
                    service: .example(needs: ["vaping"], eligibility: Eligibility(maximumAge: 18)), expect: .excludes),
            ],
            nonTriggering: [
                RuleExample(
                    "an age inside the range", .example(age: 40, needs: ["weight-loss"]),
                    service: .example(needs: ["weight-loss"], eligibility: Eligibility(minimumAge: 18))),
                RuleExample(
                    "no age given: nothing is ruled out on a guess", .example(needs: ["weight-loss"]),
                    service: .example(needs: ["weight-loss"], eligibility: Eligibility(minimumAge: 18))),
            ])
    }
}

/// The resident lives outside the service's area.
struct ServiceAreaRule: EligibilityRule {
    let id = "eligibility.service-area"
    let title = "Rules a service out when it does not serve where the resident lives"

    func check(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout EligibilityOutput) {
        if !c.servesResident { out.exclude(.outsideArea(area: service.area, resident: r.place.label)) }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "a Swanley-only service for a resident of Edenbridge", .example(parish: "Edenbridge", needs: ["loneliness"]),
                    service: .example(needs: ["loneliness"], area: .parishes(["Swanley"]), locations: [ServiceLocation(parish: "Swanley")]),
                    expect: .excludes)
            ],
            nonTriggering: [
                RuleExample(
                    "a district-wide service", .example(parish: "Edenbridge", needs: ["loneliness"]),
                    service: .example(needs: ["loneliness"])),
                RuleExample(
                    "a parish service for its own parish", .example(parish: "Swanley", needs: ["loneliness"]),
                    service: .example(needs: ["loneliness"], area: .parishes(["Swanley"]), locations: [ServiceLocation(parish: "Swanley")])),
            ])
    }
}

/// Online only, for a resident with no internet at home.
struct OnlineOnlyRule: EligibilityRule {
    let id = "eligibility.online-only"
    let title = "Rules out online-only services for a resident with no internet access"
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.noInternet]) }

    func check(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout EligibilityOutput) {
        if c.traits.delivery.isOnlineOnly && r.has(.noInternet) { out.exclude(.onlineOnlyNoInternet) }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "an online hub for someone with no internet", .example(needs: ["loneliness"], circumstances: ["no-internet"]),
                    service: .example(needs: ["loneliness"], delivery: [.online], locations: []), expect: .excludes)
            ],
            nonTriggering: [
                RuleExample(
                    "the same hub for someone who is online", .example(needs: ["loneliness"]),
                    service: .example(needs: ["loneliness"], delivery: [.online], locations: [])),
                RuleExample(
                    "online or by phone: usable without internet", .example(needs: ["loneliness"], circumstances: ["no-internet"]),
                    service: .example(needs: ["loneliness"], delivery: [.online, .phone], locations: [])),
            ])
    }
}

/// An eligibility condition (carer, disabled, man …): ruled out only when it is known not to
/// apply; when nobody said, the service stays, marked to check (confirmed fits rank above it).
struct ConditionsRule: EligibilityRule {
    let id = "eligibility.conditions"
    var vocabulary: RuleVocabulary { RuleVocabulary(readsServiceConditions: true) }
    let title = "Rules a service out when one of its conditions (carers, men, disabled people …) is known not to apply, and asks when it is not known"

    func check(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout EligibilityOutput) {
        guard c.traits.hasConditions, !r.facts.yes.isSuperset(of: c.traits.conditions) else { return }
        for condition in service.eligibility.conditions where !r.has(condition) {
            if Self.knownNot(condition, r) {
                out.exclude(.conditionNotMet(condition))
            } else if let related = condition.madeLikelyBy.first(where: { r.has($0) }) {
                out.ask(.likelyCondition(condition, because: related))
            } else {
                out.ask(.checkCondition(condition))
            }
        }
    }

    /// Said not to apply, or ruled out by its opposite (a woman for a men's group).
    static func knownNot(_ condition: Circumstance, _ r: RuleContext) -> Bool {
        switch condition {
        case .man: return r.hasNot(.man) || r.has(.woman)
        case .woman: return r.hasNot(.woman) || r.has(.man)
        default: return r.hasNot(condition)
        }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "a carers' group for someone who says they are not a carer",
                    .example(needs: ["loneliness", "I'm not a carer"]),
                    service: .example(needs: ["loneliness"], eligibility: Eligibility(conditions: [.carer])), expect: .excludes),
                RuleExample(
                    "a men's group for a woman", .example(needs: ["loneliness"], circumstances: ["woman"]),
                    service: .example(needs: ["loneliness"], eligibility: Eligibility(conditions: [.man])), expect: .excludes),
                RuleExample(
                    "a grant for disabled people, for someone with limited mobility: likely, to check",
                    .example(needs: ["home-adaptations"], circumstances: ["limited-mobility"]),
                    service: .example(needs: ["home-adaptations"], eligibility: Eligibility(conditions: [.disabled])),
                    expect: .asks),
                RuleExample(
                    "a carers' group when nobody said whether they care for someone",
                    .example(needs: ["loneliness"]),
                    service: .example(needs: ["loneliness"], eligibility: Eligibility(conditions: [.carer])), expect: .asks),
            ],
            nonTriggering: [
                RuleExample(
                    "a carers' service for a carer", .example(needs: ["carer-support"], circumstances: ["carer"]),
                    service: .example(needs: ["carer-support"], eligibility: Eligibility(conditions: [.carer]))),
                RuleExample(
                    "a service with no conditions", .example(needs: ["carer-support"]),
                    service: .example(needs: ["carer-support"])),
            ])
    }
}
