import Foundation

/// Forgiving reading of UK phone numbers as other publishers write them, for imports: the
/// international and bracketed forms, separators, an extension, a text line, several numbers in
/// one field. What is not a number is still refused; nothing is guessed.
extension UKFormats {
    /// A number read from free text.
    public struct ReadPhone: Sendable, Hashable {
        /// The number in the Directory's form ("01732 227000", "116 123", "85258").
        public var number: String
        public var extensionNumber: String?
        public var kind: Phone.Kind
        /// For "text SHOUT to 85258": the word to send.
        public var keyword: String?
        /// True when the digits were rewritten, not only re-spaced (+44, (0), brackets, an extension).
        public var rewritten: Bool
    }

    /// Every number in `text` ("01732 227000 or 07700 900123"), or nil when any part is not a
    /// UK number (then none is taken: a half-read field would mislead).
    public static func readPhones(_ text: String) -> [ReadPhone]? {
        if let one = readPhone(text) { return [one] }
        let lowered = text.lowercased()
        for separator in [" or ", "/", ",", ";", " and ", " / "] where lowered.contains(separator) {
            let parts = splitCaseInsensitive(text, separator)
            guard parts.count > 1 else { continue }
            let read = parts.map { readPhone($0) }
            if read.allSatisfy({ $0 != nil }) { return read.map { $0! } }
        }
        return nil
    }

    /// One number from free text, or nil when it is not a UK number.
    public static func readPhone(_ raw: String) -> ReadPhone? {
        var text = raw.trimmingSpaces()
        // Stray quotes around the value ("\"+44 1234 234567\"").
        while let first = text.first, let last = text.last, text.count >= 2,
            (first == "\"" && last == "\"") || (first == "'" && last == "'")
        {
            text = String(text.dropFirst().dropLast()).trimmingSpaces()
        }
        // Only ASCII is a number's text (after the non-breaking spaces and dashes publishers paste).
        text = String(text.map { ch -> Character in
            switch ch {
            case "\u{00A0}", "\u{2007}", "\u{202F}": return " "
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": return "-"
            default: return ch
            }
        })
        guard !text.isEmpty, text.utf8.count <= 80, text.allSatisfy(\.isASCII) else { return nil }
        var rewritten = false

        // "Text SHOUT to 85258", "SMS 07700 900123", "text: 85258".
        var kind = Phone.Kind.voice
        var keyword: String? = nil
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if let first = words.first?.lowercased().trimmingCharacters(in: ":"), ["text", "sms", "txt"].contains(first) {
            kind = .text
            var rest = Array(words.dropFirst())
            if let to = rest.firstIndex(where: { $0.lowercased() == "to" }), to <= 2 {
                let before = rest[..<to].joined(separator: " ")
                if !before.isEmpty, before.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) { keyword = before }
                rest = Array(rest[(to + 1)...])
            }
            text = rest.joined(separator: " ")
            rewritten = true
        } else if let first = words.first?.lowercased().trimmingCharacters(in: ":."),
            ["tel", "telephone", "phone", "call", "freephone", "t", "helpline"].contains(first), words.count > 1,
            words[0].hasSuffix(":") || words[0].hasSuffix(".") || ["telephone", "freephone", "call", "helpline", "phone"].contains(first)
        {
            text = words.dropFirst().joined(separator: " ")
        }

        // An extension at the end: "ext 123", "ext. 123", "extension 123", "x123".
        var extensionNumber: String? = nil
        let lower = text.lowercased()
        for marker in ["extension", "ext.", "ext", "x"] {
            guard let range = lower.range(of: marker, options: .backwards) else { continue }
            let after = lower[range.upperBound...].trimmingCharacters(in: " .:")
            let before = lower[..<range.lowerBound]
            guard !after.isEmpty, after.count <= 6, after.allSatisfy({ $0.isASCII && $0.isNumber }),
                before.last.map({ $0 == " " || $0.isNumber || $0 == "," || $0 == "(" }) ?? false
            else { continue }
            extensionNumber = after
            // ASCII only (checked above), so offsets in the lower-cased copy are offsets in `text`.
            text = String(text.prefix(before.count)).trimmingCharacters(in: " ,(")
            rewritten = true
            break
        }

        // International forms: +44, 0044, +44 (0), +44 0.
        var body = Substring(text)
        var international = false
        if body.hasPrefix("+44") {
            body = body.dropFirst(3)
            international = true
        } else if body.hasPrefix("0044") {
            body = body.dropFirst(4)
            international = true
        }
        if international {
            body = body.drop { $0 == " " }
            if body.hasPrefix("(0)") { body = body.dropFirst(3) } else if body.hasPrefix("0") { body = body.dropFirst() }
            rewritten = true
        }
        // Brackets, hyphens and dots are separators; anything else but digits and spaces is not a number.
        var cleaned = international ? "0" : ""
        var lastWasSpace = false
        for ch in body {
            if ch.isASCII && ch.isNumber {
                cleaned.append(ch)
                lastWasSpace = false
            } else if ch == " " || ch == "-" || ch == "." || ch == "(" || ch == ")" {
                if ch == "(" || ch == ")" { rewritten = true }
                if !lastWasSpace && !cleaned.isEmpty && cleaned != "0" {
                    cleaned.append(" ")
                    lastWasSpace = true
                }
            } else {
                return nil
            }
        }
        cleaned = cleaned.trimmingSpaces()
        let digits = cleaned.filter { $0 != " " }
        guard !digits.isEmpty else { return nil }

        let number: String
        if isWellFormedPhone(cleaned) {
            number = cleaned.contains(" ") ? cleaned : groupedNational(digits)
        } else if isShortNationalNumber(digits) {
            number = digits == "08001111" ? "0800 1111" : digits.count == 6 ? "116 " + digits.dropFirst(3) : digits
        } else if kind == .text && isTextShortCode(digits) {
            number = digits
        } else {
            return nil
        }
        return ReadPhone(number: number, extensionNumber: extensionNumber, kind: kind, keyword: keyword, rewritten: rewritten)
    }

    /// A full national number in its usual groups: "020 7946 0000", "0121 496 0000",
    /// "01732 227000", "0300 123 1220", "07904 862283".
    static func groupedNational(_ digits: String) -> String {
        let d = Array(digits)
        func groups(_ sizes: [Int]) -> String {
            var out: [String] = []
            var i = 0
            for size in sizes where i < d.count {
                out.append(String(d[i..<min(d.count, i + size)]))
                i += size
            }
            if i < d.count { out[out.count - 1] += String(d[i...]) }
            return out.joined(separator: " ")
        }
        guard d.count == 11 else { return d.count == 10 ? groups([5, 5]) : digits }
        switch d[1] {
        case "2": return groups([3, 4, 4])
        case "1" where d[2] == "1" || d[3] == "1": return groups([4, 3, 4])
        case "1", "7": return groups([5, 6])
        default: return groups([4, 3, 4])
        }
    }

    private static func splitCaseInsensitive(_ text: String, _ separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: separator, options: .caseInsensitive) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        guard let first = firstIndex(where: { !chars.contains($0) }) else { return "" }
        let last = lastIndex(where: { !chars.contains($0) })!
        return String(self[first...last])
    }
}
