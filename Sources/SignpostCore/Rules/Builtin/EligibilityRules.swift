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

/// An eligibility condition (carer, disabled, man …) the resident does not have.
struct ConditionsRule: EligibilityRule {
    let id = "eligibility.conditions"
    var vocabulary: RuleVocabulary { RuleVocabulary(readsServiceConditions: true) }
    let title = "Rules a service out when the resident does not meet one of its conditions (carers, men, disabled people …)"

    func check(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout EligibilityOutput) {
        guard c.traits.hasConditions, !r.facts.yes.isSuperset(of: c.traits.conditions) else { return }
        for condition in service.eligibility.conditions where !r.has(condition) {
            out.exclude(.conditionNotMet(condition))
        }
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "a carers' group for someone lonely who is not a carer", .example(needs: ["loneliness"], circumstances: ["woman"]),
                    service: .example(needs: ["loneliness"], eligibility: Eligibility(conditions: [.carer])), expect: .excludes)
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
