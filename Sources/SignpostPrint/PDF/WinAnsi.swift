/// Text in WinAnsiEncoding (Windows-1252), the encoding the standard fonts are declared with, so
/// that £, é, ’ and – print as themselves. Characters it cannot hold fall back to their base
/// letter when they have one ("ő" → "o"), else to "?"; control characters become spaces.
enum WinAnsi {
    static let special: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
        // Common look-alikes.
        0x2212: 0x2D, 0x2010: 0x2D, 0x2011: 0x2D, 0x202F: 0xA0, 0x2009: 0x20,
    ]

    /// The Unicode scalars WinAnsi code `code` stands for: the character itself, and for 0xA0 and
    /// 0xAD also space and hyphen (the glyph names WinAnsiEncoding gives those codes). Empty for
    /// control codes and the five unassigned codes.
    static func unicode(_ code: Int) -> [UInt32] {
        switch code {
        case 0x20...0x7E: return [UInt32(code)]
        case 0xA0: return [0xA0, 0x20]
        case 0xAD: return [0xAD, 0x2D]
        case 0xA1...0xFF: return [UInt32(code)]
        case 0x80...0x9F: return fromHighCodes[UInt8(code)].map { [$0] } ?? []
        default: return []
        }
    }

    /// 0x80–0x9F back to Unicode (the first entries of `special`, without the look-alikes).
    static let fromHighCodes: [UInt8: UInt32] = {
        var map: [UInt8: UInt32] = [:]
        for (scalar, code) in special where (0x80...0x9F).contains(code) { map[code] = scalar }
        return map
    }()

    static func encode(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { out.append(byte(for: scalar)) }
        return out
    }

    static func byte(for scalar: Unicode.Scalar) -> UInt8 {
        let v = scalar.value
        switch v {
        case 0x20...0x7E: return UInt8(v)
        case 0xA0...0xFF: return UInt8(v)
        case 0x00...0x1F, 0x7F...0x9F: return 0x20
        default:
            if let mapped = special[v] { return mapped }
            // The base letter, when the character is a Latin letter with marks.
            if let base = LatinBase.base(of: scalar) { return UInt8(base.value) }
            return UInt8(ascii: "?")
        }
    }
}

/// Base letters for Latin Extended-A (U+0100–U+017F), which WinAnsi lacks.
enum LatinBase {
    static let extendedA: [Character] = Array(
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
    )

    static func base(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = Int(scalar.value)
        guard (0x100...0x17F).contains(v), v - 0x100 < extendedA.count else { return nil }
        return extendedA[v - 0x100].unicodeScalars.first
    }
}
