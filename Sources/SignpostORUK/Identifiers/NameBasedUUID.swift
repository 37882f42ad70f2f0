/// Deterministic UUIDs (RFC 9562 version 5, SHA-1, name-based) so that every exported ORUK id is
/// the same on every run and on every machine, and anyone can recompute one:
/// `python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, "signpost:service/dial-a-ride"))'`.
public enum NameBasedUUID {
    /// RFC 9562's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    public static let urlNamespace: [UInt8] = [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ]

    /// The version-5 UUID of `name` in `namespace` (default: the URL namespace), lower-case.
    public static func make(_ name: String, namespace: [UInt8] = urlNamespace) -> String {
        var name = name
        let h = name.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: namespace.count + utf8.count) { message in
                for (i, byte) in namespace.enumerated() { message[i] = byte }
                for (i, byte) in utf8.enumerated() { message[namespace.count + i] = byte }
                return SHA1.words(UnsafeBufferPointer(message))
            }
        }
        return String(unsafeUninitializedCapacity: 36) { text in
            let hex: StaticString = "0123456789abcdef"
            var n = 0
            func put(_ byte: UInt8) {
                if n == 8 || n == 13 || n == 18 || n == 23 {
                    text[n] = UInt8(ascii: "-")
                    n += 1
                }
                text[n] = hex.utf8Start[Int(byte >> 4)]
                text[n + 1] = hex.utf8Start[Int(byte & 0x0F)]
                n += 2
            }
            let words = [h.0, h.1, h.2, h.3]
            for (i, word) in words.enumerated() {
                for shift in stride(from: 24, through: 0, by: -8) {
                    var byte = UInt8(truncatingIfNeeded: word >> UInt32(shift))
                    let index = i * 4 + (3 - shift / 8)
                    if index == 6 { byte = (byte & 0x0F) | 0x50 }  // version 5
                    if index == 8 { byte = (byte & 0x3F) | 0x80 }  // RFC 9562 variant
                    put(byte)
                }
            }
            return 36
        }
    }

    /// The UUID Signpost publishes for one of its records: `kind` is "service", "organization",
    /// "taxonomy-term"…, `key` our id (or a path below it, "dial-a-ride/phone/0").
    public static func signpost(_ kind: String, _ key: String) -> String { make("signpost:" + kind + "/" + key) }

    /// True for the 8-4-4-4-12 hexadecimal layout (any version).
    public static func isWellFormed(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count == 36 else { return false }
        for (i, c) in utf8.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                if c != UInt8(ascii: "-") { return false }
            } else if !((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) {
                return false
            }
        }
        return true
    }
}
