import Testing
@testable import SignpostORUK

@Suite("Name-based UUIDs")
struct NameBasedUUIDTests {
    @Test("SHA-1 matches the FIPS 180 test vectors", arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func sha1(message: String, hex: String) {
        let digest = SHA1.digest(Array(message.utf8)).map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
        #expect(digest == hex)
    }

    @Test("a million a's (many blocks)")
    func sha1Long() {
        let digest = SHA1.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(digest.prefix(4) == [0x34, 0xAA, 0x97, 0x3C])
    }

    @Test("version 5 UUIDs match Python's uuid.uuid5")
    func uuid5() {
        // python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))'
        let dns: [UInt8] = [0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]
        #expect(NameBasedUUID.make("python.org", namespace: dns) == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        // python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, "signpost:service/dial-a-ride"))'
        #expect(NameBasedUUID.signpost("service", "dial-a-ride") == "ebf4b7ac-e1ff-5f11-8c13-323d8d586fb0")
    }

    @Test("well-formed UUIDs", arguments: [
        ("ebf4b7ac-e1ff-5f11-8c13-323d8d586fb0", true), ("EBF4B7AC-E1FF-5F11-8C13-323D8D586FB0", true),
        ("ebf4b7ac-e1ff-5f11-8c13-323d8d586fb", false), ("ebf4b7ace1ff-5f11-8c13-323d8d586fb0-", false),
        ("zbf4b7ac-e1ff-5f11-8c13-323d8d586fb0", false), ("", false),
    ])
    func wellFormed(text: String, expected: Bool) {
        #expect(NameBasedUUID.isWellFormed(text) == expected)
    }
}
