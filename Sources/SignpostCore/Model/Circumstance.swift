/// A resident's circumstance, from a fixed, documented list (README: "Circumstances").
///
/// Circumstances do double duty: they shape scoring (`no-car` makes distance count more) and they
/// are the vocabulary of service eligibility conditions (a carers' service lists `carer`).
/// None of them identifies a person.
public enum Circumstance: String, Sendable, CaseIterable, Hashable, Comparable {
    case noCar = "no-car"
    case noInternet = "no-internet"
    case lowIncome = "low-income"
    case unemployed = "unemployed"
    case carer = "carer"
    case pregnant = "pregnant"
    case livesAlone = "lives-alone"
    case limitedMobility = "limited-mobility"
    case hearingImpaired = "hearing-impaired"
    case hasGPReferral = "has-gp-referral"
    case disabled = "disabled"
    case visuallyImpaired = "visually-impaired"
    case longTermCondition = "long-term-condition"
    case diagnosedDementia = "diagnosed-dementia"
    case bmi30Plus = "bmi-30-plus"
    case parentOfYoungChild = "parent-of-young-child"
    case smoker = "smoker"
    case man = "man"
    case woman = "woman"

    /// What the circumstance means, as documented in the README.
    public var meaning: String {
        switch self {
        case .noCar: return "has no car: distance matters much more; home, phone and transport services are favoured"
        case .noInternet: return "has no internet access: online-only services are ruled out; phone and face-to-face favoured"
        case .lowIncome: return "on a low income or means-tested benefits: free and concessionary services rise"
        case .unemployed: return "out of work: employment and volunteering support rise"
        case .carer: return "an unpaid carer for someone else"
        case .pregnant: return "pregnant"
        case .livesAlone: return "lives alone"
        case .limitedMobility: return "finds walking or getting about difficult: home visits and transport favoured"
        case .hearingImpaired: return "deaf or hard of hearing: phone-only services are marked down"
        case .hasGPReferral: return "already has (or can get) a GP or health-professional referral"
        case .disabled: return "disabled (including learning disability)"
        case .visuallyImpaired: return "blind or partially sighted"
        case .longTermCondition: return "living with a long-term health condition (heart, lung, diabetes, arthritis…)"
        case .diagnosedDementia: return "has a dementia diagnosis (or cares for someone who has)"
        case .bmi30Plus: return "body mass index of 30 or more (also recognised from text such as \"BMI 34\")"
        case .parentOfYoungChild: return "parent or carer of a child under 5"
        case .smoker: return "currently smokes or vapes"
        case .man: return "a man or boy (for services offered to men only)"
        case .woman: return "a woman or girl (for services offered to women only)"
        }
    }

    public static func < (a: Circumstance, b: Circumstance) -> Bool { a.rawValue < b.rawValue }
}
