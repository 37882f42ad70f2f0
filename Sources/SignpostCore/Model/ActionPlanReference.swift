/// An action of the Sevenoaks District Health & Wellbeing Partnership Action Plan 2024-25
/// (seed 003): WDH1–WDH6 and WD7–WD12 (Wider Determinants), HB1–HB22 (Health Behaviours),
/// PC1–PC17 (Places & Communities). Typed, so a rule cannot cite an action that does not exist.
public enum ActionPlanReference: String, Sendable, Hashable, CaseIterable, Comparable {
    case WDH1 = "WDH1"
    case WDH2 = "WDH2"
    case WDH3 = "WDH3"
    case WDH4 = "WDH4"
    case WDH5 = "WDH5"
    case WDH6 = "WDH6"
    case WD7 = "WD7"
    case WD8 = "WD8"
    case WD9 = "WD9"
    case WD10 = "WD10"
    case WD11 = "WD11"
    case WD12 = "WD12"
    case HB1 = "HB1"
    case HB2 = "HB2"
    case HB3 = "HB3"
    case HB4 = "HB4"
    case HB5 = "HB5"
    case HB6 = "HB6"
    case HB7 = "HB7"
    case HB8 = "HB8"
    case HB9 = "HB9"
    case HB10 = "HB10"
    case HB11 = "HB11"
    case HB12 = "HB12"
    case HB13 = "HB13"
    case HB14 = "HB14"
    case HB15 = "HB15"
    case HB16 = "HB16"
    case HB17 = "HB17"
    case HB18 = "HB18"
    case HB19 = "HB19"
    case HB20 = "HB20"
    case HB21 = "HB21"
    case HB22 = "HB22"
    case PC1 = "PC1"
    case PC2 = "PC2"
    case PC3 = "PC3"
    case PC4 = "PC4"
    case PC5 = "PC5"
    case PC6 = "PC6"
    case PC7 = "PC7"
    case PC8 = "PC8"
    case PC9 = "PC9"
    case PC10 = "PC10"
    case PC11 = "PC11"
    case PC12 = "PC12"
    case PC13 = "PC13"
    case PC14 = "PC14"
    case PC15 = "PC15"
    case PC16 = "PC16"
    case PC17 = "PC17"

    /// The priority area the action belongs to.
    public var priorityArea: PriorityArea {
        switch self {
        case .WDH1, .WDH2, .WDH3, .WDH4, .WDH5, .WDH6, .WD7, .WD8, .WD9, .WD10, .WD11, .WD12: return .widerDeterminants
        case .HB1, .HB2, .HB3, .HB4, .HB5, .HB6, .HB7, .HB8, .HB9, .HB10, .HB11, .HB12, .HB13, .HB14, .HB15, .HB16, .HB17, .HB18, .HB19, .HB20, .HB21, .HB22: return .healthBehaviours
        default: return .placesAndCommunities
        }
    }

    /// Position in the plan, 0–56: one bit each in `ActionPlanSet`.
    var ordinal: Int {
        switch self {
        case .WDH1: return 0
        case .WDH2: return 1
        case .WDH3: return 2
        case .WDH4: return 3
        case .WDH5: return 4
        case .WDH6: return 5
        case .WD7: return 6
        case .WD8: return 7
        case .WD9: return 8
        case .WD10: return 9
        case .WD11: return 10
        case .WD12: return 11
        case .HB1: return 12
        case .HB2: return 13
        case .HB3: return 14
        case .HB4: return 15
        case .HB5: return 16
        case .HB6: return 17
        case .HB7: return 18
        case .HB8: return 19
        case .HB9: return 20
        case .HB10: return 21
        case .HB11: return 22
        case .HB12: return 23
        case .HB13: return 24
        case .HB14: return 25
        case .HB15: return 26
        case .HB16: return 27
        case .HB17: return 28
        case .HB18: return 29
        case .HB19: return 30
        case .HB20: return 31
        case .HB21: return 32
        case .HB22: return 33
        case .PC1: return 34
        case .PC2: return 35
        case .PC3: return 36
        case .PC4: return 37
        case .PC5: return 38
        case .PC6: return 39
        case .PC7: return 40
        case .PC8: return 41
        case .PC9: return 42
        case .PC10: return 43
        case .PC11: return 44
        case .PC12: return 45
        case .PC13: return 46
        case .PC14: return 47
        case .PC15: return 48
        case .PC16: return 49
        case .PC17: return 50
        }
    }

    public static func < (a: ActionPlanReference, b: ActionPlanReference) -> Bool { a.ordinal < b.ordinal }
}

/// A set of action-plan references as one machine word, so "does this service deliver HB4?" is a
/// single instruction in the rule modules' hot path.
public struct ActionPlanSet: Sendable, Hashable {
    private var bits: UInt64 = 0

    public init() {}

    public init(_ references: some Sequence<ActionPlanReference>) {
        for r in references { insert(r) }
    }

    public mutating func insert(_ r: ActionPlanReference) { bits |= 1 << UInt64(r.ordinal) }
    public func contains(_ r: ActionPlanReference) -> Bool { bits & (1 << UInt64(r.ordinal)) != 0 }
    public func containsAny(_ other: ActionPlanSet) -> Bool { bits & other.bits != 0 }
    public var isEmpty: Bool { bits == 0 }
}
