/// A set of needs by taxonomy ordinal, as two machine words: intersection and counting are a few
/// instructions, which keeps candidate filtering cheap at 100,000 services.
public struct NeedSet: Sendable, Hashable {
    /// Most needs a taxonomy may have (validation reports more as an error).
    public static let capacity = 128

    private var low: UInt64 = 0
    private var high: UInt64 = 0

    public init() {}

    public init(ordinals: some Sequence<Int>) {
        for ordinal in ordinals { insert(ordinal) }
    }

    public mutating func insert(_ ordinal: Int) {
        guard ordinal >= 0 && ordinal < Self.capacity else { return }
        if ordinal < 64 { low |= 1 << UInt64(ordinal) } else { high |= 1 << UInt64(ordinal - 64) }
    }

    public func contains(_ ordinal: Int) -> Bool {
        guard ordinal >= 0 && ordinal < Self.capacity else { return false }
        return ordinal < 64 ? low & (1 << UInt64(ordinal)) != 0 : high & (1 << UInt64(ordinal - 64)) != 0
    }

    public func intersection(_ other: NeedSet) -> NeedSet {
        var result = NeedSet()
        result.low = low & other.low
        result.high = high & other.high
        return result
    }

    public func union(_ other: NeedSet) -> NeedSet {
        var result = NeedSet()
        result.low = low | other.low
        result.high = high | other.high
        return result
    }

    /// The needs here that are not in `other`.
    public func subtracting(_ other: NeedSet) -> NeedSet {
        var result = NeedSet()
        result.low = low & ~other.low
        result.high = high & ~other.high
        return result
    }

    public func intersects(_ other: NeedSet) -> Bool { low & other.low != 0 || high & other.high != 0 }

    public var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }
    public var isEmpty: Bool { low == 0 && high == 0 }

    /// The ordinals in ascending order.
    public var ordinals: [Int] {
        var result: [Int] = []
        var l = low
        while l != 0 {
            result.append(l.trailingZeroBitCount)
            l &= l - 1
        }
        var h = high
        while h != 0 {
            result.append(64 + h.trailingZeroBitCount)
            h &= h - 1
        }
        return result
    }
}
