/// Forgiving comparison of place names and ids, and "did you mean" suggestions.
public enum NameMatching {
    /// Lower-cased, `&` read as "and", punctuation and hyphens as spaces, spaces collapsed:
    /// "Sundridge & Ide-Hill" → "sundridge and ide hill".
    public static func normalise(_ name: String) -> String {
        if let ascii = normaliseASCII(name) { return ascii }
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var lastWasSpace = true
        for scalar in name.unicodeScalars {
            if scalar == "&" {
                if !lastWasSpace { out.append(" ") }
                out.append("and ")
                lastWasSpace = true
                continue
            }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                lastWasSpace = false
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// The same rules over bytes, for the common all-ASCII case (no Unicode property lookups).
    private static func normaliseASCII(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count + 4)
        var lastWasSpace = true
        for b in name.utf8 {
            switch b {
            case 0x80...: return nil
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(b + 32)
                lastWasSpace = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(b)
                lastWasSpace = false
            case UInt8(ascii: "&"):
                if !lastWasSpace { bytes.append(0x20) }
                bytes.append(contentsOf: [UInt8(ascii: "a"), UInt8(ascii: "n"), UInt8(ascii: "d"), 0x20])
                lastWasSpace = true
            case UInt8(ascii: "'"): continue
            default:
                if !lastWasSpace {
                    bytes.append(0x20)
                    lastWasSpace = true
                }
            }
        }
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Levenshtein distance between two strings (by Unicode scalar).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Up to `limit` candidates closest to `input`: close spellings first, then names that
    /// start with or contain the input.
    public static func suggestions(for input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let key = normalise(input)
        guard !key.isEmpty else { return [] }
        var scored: [(score: Int, name: String)] = []
        for candidate in candidates {
            let normal = normalise(candidate)
            let distance = editDistance(key, normal)
            let threshold = max(2, normal.count / 3)
            if distance <= threshold {
                scored.append((distance, candidate))
            } else if normal.hasPrefix(key) || key.hasPrefix(normal) || normal.contains(key) {
                scored.append((threshold + 1, candidate))
            }
        }
        scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.name < $1.name }
        return scored.prefix(limit).map(\.name)
    }
}
