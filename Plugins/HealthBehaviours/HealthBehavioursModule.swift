import SignpostCore

/// Rules for Priority 2, Health Behaviours: weight (HB4, HB9), smoking and vaping (HB1, HB16),
/// health checks and diabetes (HB2, HB14, HB21), older people's exercise (HB7, HB8), walking
/// (HB15), and pregnancy and children (HB6, HB12, HB17, HB22).
public struct HealthBehavioursModule: RuleModule {
    public init() {}

    public let id = "health-behaviours"
    public let title = "Health Behaviours"
    public let priorityArea = PriorityArea.healthBehaviours
    public let actionPlanReferences: [ActionPlanReference] = [.HB1, .HB2, .HB4, .HB6, .HB7, .HB8, .HB9, .HB12, .HB14, .HB15, .HB16, .HB17, .HB21, .HB22]

    public func suggestions(for r: RuleResident) -> [RuleEffect] {
        var effects: [RuleEffect] = []
        if r.has(.bmi30Plus) && !r.needs("weight-loss") {
            effects.append(.suggestNeed(id: "weight-loss", reason: "BMI 30 or more: the Why Weight course and Exercise on Referral can help (HB4, HB9)."))
        }
        if (r.needs("weight-loss") || r.has(.bmi30Plus)) && !r.needs("physical-activity") {
            effects.append(.suggestNeed(id: "physical-activity", reason: "Being more active goes with losing weight (HB4, HB9)."))
        }
        if r.has(.smoker) && r.has(.pregnant) && !r.needs("stop-smoking") {
            effects.append(.suggestNeed(id: "stop-smoking", reason: "Stopping smoking in pregnancy protects the baby, and the support is free (HB1)."))
        }
        if let age = r.age, (40...74).contains(age),
            r.needsAny("weight-loss", "long-term-condition", "diabetes") || r.has(.bmi30Plus) || r.has(.longTermCondition),
            !r.needs("health-check")
        {
            effects.append(.suggestNeed(id: "health-check", reason: "Aged 40 to 74: a health check with blood pressure is worth having (HB14, HB21)."))
        }
        if (r.has(.pregnant) || r.has(.parentOfYoungChild)) && r.has(.lowIncome) && !r.needs("pregnancy-early-years") {
            effects.append(.suggestNeed(id: "pregnancy-early-years", reason: "Pregnant or with a young child, on a low income: Healthy Start may help (HB17)."))
        }
        return effects
    }

    public func effects(for r: RuleResident, service: Service) -> [RuleEffect] {
        var effects: [RuleEffect] = []
        if service.delivers(.HB4), r.needs("weight-loss") || r.suggestedNeeds.contains("weight-loss"), !r.isUnder(18) {
            effects.append(.adjust(by: 2, reason: "The council's weight-loss course for adults (HB4)."))
            if r.has(.bmi30Plus) {
                effects.append(.adjust(by: 4, reason: "With a BMI of 30 or more, Why Weight is the first step the plan recommends (HB4)."))
            }
        }
        if service.delivers(.HB9), service.eligibility.referral == .healthProfessional,
            r.has(.bmi30Plus) || r.has(.longTermCondition)
        {
            effects.append(.adjust(by: 1, reason: "Your GP can refer you; you get reduced membership when you finish (HB9)."))
        }
        let wantsToQuit = { r.needsAny("stop-smoking", "vaping") || r.suggestedNeeds.contains("stop-smoking") }
        if service.delivers(.HB1), wantsToQuit(), !r.isUnder(12) {
            effects.append(.adjust(by: 3, reason: "Free NHS stop-smoking support you can refer yourself to (HB1)."))
        }
        if service.delivers(.HB16), wantsToQuit(), r.isUnder(19) {
            effects.append(.adjust(by: 4, reason: "Vaping awareness work aimed at young people (HB16)."))
        }
        if service.delivers(.HB2), r.needs("diabetes") {
            effects.append(.adjust(by: 2, reason: "Helps spot and manage type 2 diabetes (HB2)."))
        }
        if service.delivers(.HB7), r.isAtLeast(65), r.has(.limitedMobility) || r.needs("falls-prevention") {
            effects.append(.adjust(by: 3, reason: "Chair-based exercise suits older people with limited mobility (HB7)."))
        }
        if service.delivers(.HB8), r.has(.longTermCondition) || r.needs("long-term-condition") {
            effects.append(.adjust(by: 2, reason: "Exercise designed around health conditions (HB8)."))
        }
        if service.delivers(.HB15), r.needs("physical-activity"), r.needs("loneliness") || r.has(.livesAlone) {
            effects.append(.adjust(by: 2, reason: "Walking groups are sociable as well as active (HB15)."))
        }
        if service.delivers(.HB17), r.has(.pregnant) || r.has(.parentOfYoungChild) {
            effects.append(.adjust(by: 3, reason: "Food and vitamins for pregnancy and under-4s (HB17)."))
        }
        if service.delivers(.HB6), service.meets("pregnancy-early-years"), r.has(.pregnant) {
            effects.append(.adjust(by: 2, reason: "Exercise support before and after birth (HB6)."))
        }
        if service.delivers(.HB12, .HB22), r.has(.parentOfYoungChild) || r.needs("children-activities") {
            effects.append(.adjust(by: 1, reason: "Activities to give children the best start (HB12, HB22)."))
        }
        return effects
    }

    public var examples: [RuleExample] { HealthBehavioursModule.documentedExamples }
}
