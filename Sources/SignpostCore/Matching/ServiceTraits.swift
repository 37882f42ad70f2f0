/// Circumstances as bits, for checks that run once per candidate.
public struct CircumstanceSet: Sendable, Hashable {
    var bits: UInt32 = 0

    public init() {}

    public init(_ circumstances: some Sequence<Circumstance>) {
        for c in circumstances { insert(c) }
    }

    public mutating func insert(_ c: Circumstance) { bits |= c.bit }
    public func contains(_ c: Circumstance) -> Bool { bits & c.bit != 0 }
    /// Whether every circumstance in `other` is also here.
    public func isSuperset(of other: CircumstanceSet) -> Bool { bits & other.bits == other.bits }
    public var isEmpty: Bool { bits == 0 }
    /// The circumstances in the set.
    public var members: [Circumstance] { Circumstance.allCases.filter(contains) }
}

/// Delivery modes as bits.
struct DeliverySet: Sendable, Hashable {
    var bits: UInt8 = 0

    init(_ modes: Set<DeliveryMode>) {
        for m in modes { bits |= DeliverySet.bit(m) }
    }

    static func bit(_ m: DeliveryMode) -> UInt8 {
        switch m {
        case .inPerson: return 1
        case .phone: return 2
        case .online: return 4
        case .homeVisit: return 8
        case .transport: return 16
        }
    }
    func contains(_ m: DeliveryMode) -> Bool { bits & DeliverySet.bit(m) != 0 }
    func containsAny(_ modes: DeliverySet) -> Bool { bits & modes.bits != 0 }
    var isOnlineOnly: Bool { bits == DeliverySet.bit(.online) }
    var isPhoneOnly: Bool { bits == DeliverySet.bit(.phone) }

    static let withoutInternet = DeliverySet([.phone, .inPerson, .homeVisit, .transport])
    static let comingToYou = DeliverySet([.homeVisit, .transport])
}

/// The facts about a service that eligibility and scoring read for every candidate, packed small
/// so the hot loop never copies a whole `Service`.
struct ServiceTraits: Sendable {
    var delivery: DeliverySet
    var cost: Cost.Kind
    var referral: ReferralRoute
    var minimumAge: Int?
    var maximumAge: Int?
    var conditions: CircumstanceSet
    var hasConditions: Bool
    var verifiedDay: Int
    var hearingLoop: Bool
    var largePrint: Bool

    init(_ service: Service) {
        delivery = DeliverySet(service.delivery)
        cost = service.cost.kind
        referral = service.eligibility.referral
        minimumAge = service.eligibility.minimumAge
        maximumAge = service.eligibility.maximumAge
        conditions = CircumstanceSet(service.eligibility.conditions)
        hasConditions = !service.eligibility.conditions.isEmpty
        verifiedDay = service.verified.daysSinceEpoch
        hearingLoop = service.accessibility.contains { $0.lowercased().contains("hearing loop") }
        largePrint = service.accessibility.contains { $0.lowercased().contains("large print") }
    }
}

extension Circumstance {
    /// A distinct bit per circumstance (a switch, so no hashing in the hot loop).
    var bit: UInt32 {
        switch self {
        case .noCar: return 1 << 0
        case .noInternet: return 1 << 1
        case .lowIncome: return 1 << 2
        case .unemployed: return 1 << 3
        case .carer: return 1 << 4
        case .pregnant: return 1 << 5
        case .livesAlone: return 1 << 6
        case .limitedMobility: return 1 << 7
        case .hearingImpaired: return 1 << 8
        case .hasGPReferral: return 1 << 9
        case .disabled: return 1 << 10
        case .visuallyImpaired: return 1 << 11
        case .longTermCondition: return 1 << 12
        case .diagnosedDementia: return 1 << 13
        case .bmi30Plus: return 1 << 14
        case .parentOfYoungChild: return 1 << 15
        case .smoker: return 1 << 16
        case .man: return 1 << 17
        case .woman: return 1 << 18
        }
    }
}
