/// A reference to an action of the Directory's action plan (`Directory/action-plan.json`): `HB4`,
/// `WDH2`, `PC11`. Codes are data, not a fixed list: a neighbouring district's plan can use its own.
///
/// A code is 1–8 ASCII capital letters and digits, packed into one machine word, so comparing two
/// references (the rule modules' hot path: "does this service deliver HB4?") is one instruction.
/// Whether a code exists is checked against the loaded plan by the validator (services, domains)
/// and by the rule registry (rules), never assumed.
public struct ActionPlanReference: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    private let packed: UInt64

    /// A reference from its code; nil unless 1–8 capital letters and digits.
    public init?(code: String) {
        let bytes = Array(code.utf8)
        guard (1...8).contains(bytes.count),
            bytes.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        var value: UInt64 = 0
        for b in bytes { value = value << 8 | UInt64(b) }
        packed = value << (8 * UInt64(8 - bytes.count))
    }

    /// A literal code in rule modules (`"HB4"`); a malformed literal is a programming error.
    public init(stringLiteral code: String) {
        guard let reference = ActionPlanReference(code: code) else {
            preconditionFailure("\"\(code)\" is not an action-plan code (1–8 capital letters and digits)")
        }
        self = reference
    }

    /// The code as written in the plan ("HB4").
    public var code: String {
        var bytes: [UInt8] = []
        var v = packed
        for _ in 0..<8 {
            let b = UInt8(v >> 56)
            if b == 0 { break }
            bytes.append(b)
            v <<= 8
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { code }

    /// The letters before the number ("WDH" of "WDH2").
    public var prefix: String { String(code.prefix { !$0.isNumber }) }
    /// The number after the letters (2 of "WDH2"), or 0.
    public var number: Int { Int(code.drop { !$0.isNumber }) ?? 0 }

    /// Letters first, then the number as a number: HB2 < HB10.
    public static func < (a: ActionPlanReference, b: ActionPlanReference) -> Bool {
        let (pa, pb) = (a.prefix, b.prefix)
        return pa != pb ? pa < pb : a.number < b.number
    }
}

extension Sequence<ActionPlanReference> {
    /// "HB4, HB9"
    public var codes: String { map(\.code).joined(separator: ", ") }
}
