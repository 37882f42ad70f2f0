/// Text from other publishers' feeds made plain: HTML becomes text (block elements become line
/// breaks, list items "- ", entities decoded, scripts, styles and comments dropped), so nothing
/// marked up reaches a printed list. Text with no `<` or `&` is returned untouched (the fast path:
/// most fields, and every field of Signpost's own export).
enum FeedText {
    struct Cleaned {
        var text: String
        /// Tags and entities converted (0: the text was already plain).
        var conversions: Int
    }

    /// The plain text of `raw`; nil when nothing is left (a description of only `<p><br></p>`).
    static func plain(_ raw: String) -> Cleaned? {
        var needsWork = false
        for byte in raw.utf8 where byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {
            needsWork = true
            break
        }
        guard needsWork else { return Cleaned(text: raw, conversions: 0) }
        var text = raw
        var total = 0
        // Twice at most: feeds that escape their HTML ("&lt;p&gt;") reveal tags once decoded.
        for _ in 0..<2 {
            let (out, count, revealedTags) = convert(text)
            text = out
            total += count
            if !revealedTags { break }
        }
        // Only stray ampersands: the text was plain all along, and stays exactly as written.
        if total == 0 { return Cleaned(text: raw, conversions: 0) }
        let trimmed = text.trimmingSpaces()
        return trimmed.isEmpty ? nil : Cleaned(text: trimmed, conversions: total)
    }

    /// Elements that start a new line.
    private static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "tr", "table", "thead", "tbody", "tfoot",
        "section", "article", "header", "footer", "blockquote", "hr", "dl", "dt", "dd", "pre", "address", "figure",
        "figcaption", "main", "nav", "aside", "form", "fieldset", "legend", "details", "summary", "caption",
    ]
    /// Elements whose content is not text for people.
    private static let droppedElements: Set<String> = ["script", "style", "head", "title", "noscript", "template", "iframe", "object", "svg"]

    /// One pass: tags to structure, entities to characters, white space tidied.
    private static func convert(_ input: String) -> (String, Int, Bool) {
        let s = Array(input.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        var conversions = 0
        var revealed = false
        var i = 0
        var pendingSpace = false
        var pendingNewlines = 0
        var atLineStart = true

        func emit(_ scalar: Unicode.Scalar) {
            if pendingNewlines > 0 {
                if !out.isEmpty { out.append("\n") }
                pendingNewlines = 0
                pendingSpace = false
                atLineStart = true
            }
            if pendingSpace && !atLineStart { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
            atLineStart = false
        }
        func emit(_ text: String) { for scalar in text.unicodeScalars { emit(scalar) } }
        func newline() { pendingNewlines = 1 }

        while i < s.count {
            let c = s[i]
            if c == "<", i + 1 < s.count, isTagStart(s[i + 1]) {
                // A comment, a declaration or a tag; unterminated means it was text after all.
                if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    if let end = find(s, "-->", from: i + 4) {
                        i = end + 3
                        conversions += 1
                        continue
                    }
                } else if let end = tagEnd(s, from: i + 1) {
                    let (name, closing) = tagName(s, from: i + 1, to: end)
                    conversions += 1
                    i = end + 1
                    if droppedElements.contains(name) && !closing && s[end - 1] != "/" {
                        // Skip to the matching close tag (or the end).
                        i = findClose(s, name, from: i) ?? s.count
                        continue
                    }
                    if name == "li" && !closing {
                        newline()
                        emit("- ")
                        atLineStart = true
                        pendingSpace = false
                    } else if blockElements.contains(name) {
                        newline()
                    } else if name == "td" || name == "th" {
                        pendingSpace = true
                    }
                    continue
                }
            }
            if c == "&", let (decoded, length) = entity(s, at: i) {
                conversions += 1
                i += length
                if decoded == "\u{00A0}" || decoded == " " {
                    pendingSpace = true
                } else {
                    if decoded == "<" { revealed = revealed || (i < s.count && isTagStart(s[i])) }
                    emit(decoded)
                }
                continue
            }
            switch c {
            case " ", "\t", "\u{00A0}", "\u{200B}": pendingSpace = true
            case "\n", "\r": newline()
            default:
                if c.value < 0x20 { pendingSpace = true } else { emit(c) }
            }
            i += 1
        }
        return (String(out), conversions, revealed)
    }

    private static func isTagStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "/" || c == "!" || c == "?"
    }

    /// The index of the `>` closing a tag that starts after `<`, honouring quoted attributes.
    private static func tagEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var quote: Unicode.Scalar? = nil
        var i = start
        let limit = min(s.count, start + 4096)
        while i < limit {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return i
            } else if c == "<" {
                return nil
            }
            i += 1
        }
        return nil
    }

    private static func tagName(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> (String, Bool) {
        var i = start
        let closing = s[i] == "/"
        if closing { i += 1 }
        var name = ""
        while i < end, (s[i] >= "a" && s[i] <= "z") || (s[i] >= "A" && s[i] <= "Z") || (s[i] >= "0" && s[i] <= "9") {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        return (name.lowercased(), closing)
    }

    private static func find(_ s: [Unicode.Scalar], _ needle: String, from start: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard n.count <= s.count else { return nil }
        var i = start
        while i + n.count <= s.count {
            if s[i] == n[0] && Array(s[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }

    /// The index just after `</name ...>`, case-insensitively.
    private static func findClose(_ s: [Unicode.Scalar], _ name: String, from start: Int) -> Int? {
        var i = start
        while i + 1 < s.count {
            if s[i] == "<", s[i + 1] == "/", let end = tagEnd(s, from: i + 1), tagName(s, from: i + 1, to: end).0 == name {
                return end + 1
            }
            i += 1
        }
        return nil
    }

    /// A character reference at `i` ("&amp;", "&#39;", "&#x2019;") and its length, or nil.
    private static func entity(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        var name = ""
        while j < s.count, j - i <= 32, s[j] != ";" {
            let c = s[j]
            guard (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "#" else { return nil }
            name.unicodeScalars.append(c)
            j += 1
        }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
        let length = j - i + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            // Windows-1252 punctuation sent as numeric references (&#146; for ’).
            if (0x80...0x9F).contains(value), let mapped = windows1252[value] { return (mapped, length) }
            return (scalar, length)
        }
        guard let scalar = namedEntities[name] ?? namedEntities[name.lowercased()] else { return nil }
        return (scalar, length)
    }

    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x85: "\u{2026}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}",
        0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}", 0x99: "\u{2122}",
    ]

    /// The named references met in UK feeds (HTML 5 names; the rest are left as written).
    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "pound": "£", "euro": "€",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "deg": "\u{00B0}",
        "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}", "times": "\u{00D7}", "divide": "\u{00F7}",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â",
        "auml": "ä", "iacute": "í", "icirc": "î", "iuml": "ï", "oacute": "ó", "ocirc": "ô", "ouml": "ö",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "ccedil": "ç", "ntilde": "ñ", "Eacute": "É", "szlig": "ß",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "shy": "\u{00AD}", "ensp": " ", "emsp": " ", "thinsp": " ",
        "zwsp": "\u{200B}", "rarr": "\u{2192}", "larr": "\u{2190}", "check": "\u{2713}", "dagger": "\u{2020}",
        "sect": "\u{00A7}", "para": "\u{00B6}", "cent": "\u{00A2}", "yen": "\u{00A5}", "iexcl": "\u{00A1}",
        "iquest": "\u{00BF}", "prime": "\u{2032}", "Prime": "\u{2033}", "minus": "\u{2212}", "plusmn": "\u{00B1}",
    ]
}
