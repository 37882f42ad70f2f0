/// One reason behind a match, an exclusion or a score change, kept as data and rendered as a
/// sentence a prescriber could say to the resident. Rendering is deferred, so ranking stays cheap:
/// building a reason allocates nothing (rule modules' texts are string literals).
public enum Reason: Sendable, Equatable {
    // Fit
    case meetsNeeds(NeedSet)
    case meetsSuggestedNeeds(NeedSet)
    case conditionMet(Circumstance)
    /// What the service is mainly for is a need the resident stated.
    case mainPurpose(Int)
    // Reach
    case runsWhereYouLive(place: String)
    case distance(km: Double, place: String?, approximate: Bool, noCar: Bool)
    case noTravel(DeliveryMode, suitsNoCar: Bool)
    case noSiteListed
    case servesOnlyPartOf(outcode: String)
    // Cost
    case free(lowIncome: Bool)
    case concessions(String?)
    case costsMoney(String?)
    case askAboutCost
    // Route and delivery
    case hasGPReferral
    case askGPToRefer
    case professionalReferral
    case worksWithoutInternet
    case comesToYou
    case phoneOnlyHearing
    case hearingLoop
    case largePrint
    case checkAge(min: Int?, max: Int?)
    case freshness(CalendarDate)
    // Exclusion
    case tooYoung(min: Int)
    case tooOld(max: Int)
    case outsideArea(area: ServiceArea, resident: String)
    case onlineOnlyNoInternet
    case conditionNotMet(Circumstance)
    /// The service has a condition nobody has said either way about.
    case checkCondition(Circumstance)
    /// A condition not stated, made likely by a fact that was.
    case likelyCondition(Circumstance, because: Circumstance)
    /// Points for a likely condition.
    case likelyConditionPoints(Circumstance)
    /// Held below the best match for what the resident asked: it meets only a suggested need.
    case belowStatedNeeds
    /// Moved up: the best match for stated needs that nothing above it meets.
    case firstForStatedNeed(NeedSet)
    /// The resident's own words appear in the service's name or description.
    case residentWords([String])
    /// A rule's own sentence (rule modules).
    case text(String)

    /// The sentence, with need labels from `taxonomy`.
    public func text(_ taxonomy: Taxonomy) -> String {
        switch self {
        case .meetsNeeds(let needs):
            let labels = needs.ordinals.map { Reason.lowercasedFirst(taxonomy.needs[$0].label) }
            return "Helps with " + Format.list(labels) + "."
        case .meetsSuggestedNeeds(let needs):
            let labels = needs.ordinals.map { Reason.lowercasedFirst(taxonomy.needs[$0].label) }
            return "Also helps with " + Format.list(labels) + ", suggested below."
        case .conditionMet(let c): return "It is " + c.eligibilityPhrase + ", which fits you."
        case .mainPurpose(let need):
            return "It is mainly for " + Reason.lowercasedFirst(taxonomy.needs[need].label) + "."
        case .runsWhereYouLive(let place): return "Runs in \(place), where you live."
        case .distance(let km, let place, let approximate, let noCar):
            var s = place.map { "Runs in \($0), " } ?? "Its nearest site is "
            s += (approximate ? "about " : "") + Format.kilometres(km) + " away"
            if noCar && km > 5 { s += ": a long way without a car" }
            return s + "."
        case .noTravel(let mode, let suitsNoCar):
            switch (mode, suitsNoCar) {
            case (.phone, false): return "Phone support, so no travel needed."
            case (.phone, true): return "Phone support, so no travel needed, which suits someone without a car."
            case (.homeVisit, false): return "Comes to your home, so no travel needed."
            case (.homeVisit, true): return "Comes to your home, so no travel needed, which suits someone without a car."
            case (.transport, false): return "Provides door-to-door transport."
            case (.transport, true): return "Provides door-to-door transport, which suits someone without a car."
            case (.online, false): return "Online, so no travel needed."
            case (.online, true): return "Online, so no travel needed, which suits someone without a car."
            case (.inPerson, _): return "In person."
            }
        case .noSiteListed: return "No meeting place is listed: ask where and when it runs."
        case .servesOnlyPartOf(let outcode):
            return "Serves only part of \(outcode): check it covers your village."
        case .free(let lowIncome): return lowIncome ? "Free, so cost is no barrier." : "Free."
        case .concessions(let detail): return "Concessions available" + (detail.map { ": " + $0 } ?? ".")
        case .costsMoney(let detail): return "It costs money" + (detail.map { ": " + $0 } ?? ".")
        case .askAboutCost: return "The cost is not known: ask before you go."
        case .hasGPReferral: return "It takes GP referrals, and you have one."
        case .askGPToRefer: return "Needs a referral: ask your GP to refer you."
        case .professionalReferral: return "Needs a referral from a professional, such as a social prescriber or social worker."
        case .worksWithoutInternet: return "Phone or face to face, so no internet needed."
        case .comesToYou: return "Comes to you, which helps with limited mobility."
        case .phoneOnlyHearing: return "Phone only, which may be hard with hearing loss."
        case .hearingLoop: return "Has a hearing loop."
        case .largePrint: return "Offers large print."
        case .checkAge(let min, let max):
            switch (min, max) {
            case (let lo?, let hi?): return "Check age: it is for people aged \(lo) to \(hi)."
            case (let lo?, nil): return "Check age: it is for people aged \(lo) and over."
            case (nil, let hi?): return "Check age: it is for people aged \(hi) and under."
            default: return "Check the age limits."
            }
        case .freshness(let date): return "Information checked \(date.monthAndYear)."
        case .tooYoung(let min): return "For people aged \(min) and over."
        case .tooOld(let max): return "For people aged \(max) and under."
        case .outsideArea(let area, let resident):
            return "Only for residents of \(area.plainDescription); you live in \(resident)."
        case .onlineOnlyNoInternet: return "Online only, and there is no internet access at home."
        case .conditionNotMet(let c): return "Only " + c.eligibilityPhrase + "."
        case .checkCondition(let c): return "Check: only " + c.eligibilityPhrase + " — does this apply?"
        case .likelyConditionPoints: return "Likely to fit someone in your position."
        case .likelyCondition(let c, let related):
            return "Likely eligible: it is " + c.eligibilityPhrase + ", and " + related.likelyPhrase
                + " often counts — check: the service decides."
        case .belowStatedNeeds:
            return "Listed after the best match for what was asked, as it meets only a suggested need."
        case .firstForStatedNeed(let needs):
            let labels = needs.ordinals.map { Reason.lowercasedFirst(taxonomy.needs[$0].label) }
            return "Listed early as the best match for " + Format.list(labels) + ", which nothing above it helps with."
        case .residentWords(let words):
            let quoted = words.map { "‘" + $0 + "’" }
            return (words.count == 1 ? "Your word " : "Your words ") + Format.list(quoted) + " "
                + (words.count == 1 ? "appears" : "appear") + " in what it says about itself."
        case .text(let text): return text
        }
    }

    static func lowercasedFirst(_ label: String) -> String {
        guard let first = label.first else { return label }
        if let ascii = first.asciiValue, !(65...90).contains(ascii) { return label }
        // Keep names and acronyms ("Men's", "BMI") as they are when the second letter is upper-case.
        let second = label.dropFirst().first
        if second?.isUppercase == true { return label }
        return first.lowercased() + label.dropFirst()
    }
}

extension Circumstance {
    /// The fact as a subject: "limited mobility", "a dementia diagnosis".
    var likelyPhrase: String {
        switch self {
        case .limitedMobility: return "limited mobility"
        case .visuallyImpaired: return "sight loss"
        case .hearingImpaired: return "hearing loss"
        case .diagnosedDementia: return "a dementia diagnosis"
        case .disabled: return "a disability"
        case .bmi30Plus: return "a BMI of 30 or more"
        case .unemployed: return "being out of work"
        default: return rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }

    /// How an eligibility condition reads: "for carers", "for men".
    public var eligibilityPhrase: String {
        switch self {
        case .noCar: return "for people without a car"
        case .noInternet: return "for people without internet access"
        case .lowIncome: return "for people on a low income or certain benefits"
        case .unemployed: return "for people out of work"
        case .carer: return "for unpaid carers"
        case .pregnant: return "for pregnant women"
        case .livesAlone: return "for people who live alone"
        case .limitedMobility: return "for people with limited mobility"
        case .hearingImpaired: return "for people who are deaf or hard of hearing"
        case .hasGPReferral: return "for people with a GP referral"
        case .disabled: return "for disabled people"
        case .visuallyImpaired: return "for blind or partially sighted people"
        case .longTermCondition: return "for people with a long-term health condition"
        case .diagnosedDementia: return "for people with a dementia diagnosis"
        case .bmi30Plus: return "for people with a BMI of 30 or more"
        case .parentOfYoungChild: return "for parents of young children"
        case .smoker: return "for people who smoke or vape"
        case .man: return "for men"
        case .woman: return "for women"
        }
    }
}
