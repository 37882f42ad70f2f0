/// SHA-1 (FIPS 180-4), only to derive name-based UUIDs (RFC 9562 version 5). Not for security:
/// Signpost hashes its own record ids, never secrets. Exports hash a dozen names per service, so
/// this works in place: no allocation beyond the message and the result.
enum SHA1 {
    typealias Words = (UInt32, UInt32, UInt32, UInt32, UInt32)

    static func digest(_ message: [UInt8]) -> [UInt8] {
        let h = message.withUnsafeBufferPointer { words($0) }
        var out = [UInt8](repeating: 0, count: 20)
        for (i, word) in [h.0, h.1, h.2, h.3, h.4].enumerated() {
            out[i * 4] = UInt8(truncatingIfNeeded: word >> 24)
            out[i * 4 + 1] = UInt8(truncatingIfNeeded: word >> 16)
            out[i * 4 + 2] = UInt8(truncatingIfNeeded: word >> 8)
            out[i * 4 + 3] = UInt8(truncatingIfNeeded: word)
        }
        return out
    }

    /// The digest as five big-endian words.
    static func words(_ m: UnsafeBufferPointer<UInt8>) -> Words {
        var h: Words = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                do {
                    let full = m.count / 64
                    for block in 0..<full { compress(&h, w, UnsafeBufferPointer(rebasing: m[(block * 64)..<(block * 64 + 64)])) }
                    // The last partial block, the 0x80 marker, zeros and the bit length: one or two blocks.
                    let rest = m.count - full * 64
                    let tailCount = rest < 56 ? 64 : 128
                    for i in 0..<tailCount { tail[i] = 0 }
                    for i in 0..<rest { tail[i] = m[full * 64 + i] }
                    tail[rest] = 0x80
                    let bits = UInt64(m.count) &* 8
                    for i in 0..<8 { tail[tailCount - 1 - i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i))) }
                    compress(&h, w, UnsafeBufferPointer(rebasing: tail[0..<64]))
                    if tailCount == 128 { compress(&h, w, UnsafeBufferPointer(rebasing: tail[64..<128])) }
                }
            }
        }
        return h
    }

    @inline(__always)
    private static func compress(
        _ h: inout Words, _ w: UnsafeMutableBufferPointer<UInt32>, _ block: UnsafeBufferPointer<UInt8>
    ) {
        for i in 0..<16 {
            let b = i * 4
            w[i] = UInt32(block[b]) << 24 | UInt32(block[b + 1]) << 16 | UInt32(block[b + 2]) << 8 | UInt32(block[b + 3])
        }
        for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
        var (a, b, c, d, e) = h
        for i in 0..<80 {
            let f: UInt32
            let k: UInt32
            switch i {
            case 0..<20: f = (b & c) | (~b & d); k = 0x5A82_7999
            case 20..<40: f = b ^ c ^ d; k = 0x6ED9_EBA1
            case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1B_BCDC
            default: f = b ^ c ^ d; k = 0xCA62_C1D6
            }
            let t = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
            e = d
            d = c
            c = rotl(b, 30)
            b = a
            a = t
        }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e)
    }

    @inline(__always) private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
}
