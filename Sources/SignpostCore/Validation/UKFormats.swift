/// Checks for UK phone numbers and postcodes as they appear in service records.
public enum UKFormats {
    /// Whether `text` is a well-formed UK phone number: `0` (or `+44`) then 9 or 10 digits, spaces
    /// allowed between groups, starting with a dialling prefix that exists (01, 02, 03, 05, 07, 08, 09).
    public static func isWellFormedPhone(_ text: String) -> Bool {
        var digits: [UInt8] = []
        var bytes = Array(text.utf8)[...]
        if bytes.starts(with: Array("+44".utf8)) {
            digits.append(UInt8(ascii: "0"))
            bytes = bytes.dropFirst(3)
            while bytes.first == 0x20 { bytes = bytes.dropFirst() }
            if bytes.first == UInt8(ascii: "0") { return false }  // +44 0… is a common mistake
        }
        var lastWasSpace = false
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                digits.append(byte)
                lastWasSpace = false
            } else if byte == 0x20 {
                if lastWasSpace || digits.isEmpty { return false }
                lastWasSpace = true
            } else {
                return false
            }
        }
        guard !lastWasSpace, digits.count == 10 || digits.count == 11, digits[0] == UInt8(ascii: "0") else {
            return false
        }
        switch digits[1] {
        case UInt8(ascii: "1"), UInt8(ascii: "2"), UInt8(ascii: "3"), UInt8(ascii: "5"), UInt8(ascii: "7"),
            UInt8(ascii: "8"), UInt8(ascii: "9"):
            // Only 01 and 08 numbers come in 10 digits.
            return digits.count == 11 || digits[1] == UInt8(ascii: "1") || digits[1] == UInt8(ascii: "8")
        default:
            return false
        }
    }

    /// Short national numbers that are real public lines, dialled as they are: 999 and 112
    /// (emergency), 111 (NHS), 101 (police, not an emergency), 105 (power cuts), 159 (Stop Scams UK),
    /// 116 then three digits (harmonised European helplines: 116 123 Samaritans, 116 111 Childline),
    /// and Childline's 0800 1111.
    public static func isShortNationalNumber(_ text: String) -> Bool {
        let digits = text.filter { $0 != " " }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), !text.hasPrefix(" "), !text.hasSuffix(" "), !text.contains("  ")
        else { return false }
        if ["999", "112", "111", "101", "105", "159", "08001111"].contains(digits) { return true }
        return digits.count == 6 && digits.hasPrefix("116")
    }

    /// Whether `text` is a five-digit SMS short code ("85258"), for numbers that are texted.
    public static func isTextShortCode(_ text: String) -> Bool {
        text.utf8.count == 5 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && !text.hasPrefix("0")
    }

    /// Whether `text` is a number a Directory phone of `kind` may hold: a full UK number
    /// (`isWellFormedPhone`), a short national number to ring, or a short code to text.
    public static func isWellFormedPhone(_ text: String, kind: Phone.Kind) -> Bool {
        if isWellFormedPhone(text) { return true }
        switch kind {
        case .voice: return isShortNationalNumber(text)
        case .text: return isTextShortCode(text) || isShortNationalNumber(text)
        }
    }

    /// The postcode in canonical form ("TN13 3LW"), or nil when it is not a well-formed UK postcode.
    /// Accepts any case and a missing or doubled space.
    public static func canonicalPostcode(_ text: String) -> String? {
        let compact = text.uppercased().filter { $0 != " " }
        guard (5...7).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        let inward = compact.suffix(3)
        let outward = String(compact.dropLast(3))
        guard isWellFormedOutcode(outward) else { return nil }
        let inwardChars = Array(inward)
        guard inwardChars[0].isNumber, inwardChars[1].isLetter, inwardChars[2].isLetter,
            !"CIKMOV".contains(inwardChars[1]), !"CIKMOV".contains(inwardChars[2])
        else { return nil }
        return outward + " " + inward
    }

    /// Whether `text` is a well-formed outward code (A9, A99, AA9, AA99, A9A, AA9A).
    public static func isWellFormedOutcode(_ text: String) -> Bool {
        let c = Array(text.uppercased())
        guard (2...4).contains(c.count), c[0].isASCII, c[0].isLetter else { return false }
        let shape = String(c.map { $0.isNumber ? "9" : ($0.isASCII && $0.isLetter ? "A" : "?") })
        return ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].contains(shape)
    }

    /// The outward code of a full postcode or an outward code on its own ("tn13 3lw" → "TN13").
    public static func outcode(of text: String) -> String? {
        let trimmed = text.trimmingSpaces().uppercased()
        if isWellFormedOutcode(trimmed) { return trimmed }
        guard let canonical = canonicalPostcode(trimmed) else { return nil }
        return String(canonical.prefix { $0 != " " })
    }

    /// Whether an email address looks deliverable (one `@`, a dot in the domain, no spaces).
    public static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(" ") else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }

    /// Whether a web address is absolute http(s).
    public static func isWebAddress(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && text.count > 10 && !text.contains(" ")
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines (no Foundation needed).
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
