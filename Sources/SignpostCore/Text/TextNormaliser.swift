import Foundation

/// How a resident's text is brought to one spelling before matching: lower-case, curly quotes and
/// apostrophes straightened, accents folded ("café" → "cafe"), "&" read as "and", letters repeated
/// beyond two squashed ("sooo" → "soo"; ``SpellingCorrector`` takes "soo" on to "so"), a dropped
/// apostrophe restored in common contractions ("cant" → "can't"), number words as digits ("forty a
/// day" → "40 a day", "twenty-five" → "25") and "£60" kept whole as money.
///
/// Hyphens and slashes split words but are remembered (``Token/joinsNext``): "check-up" is read
/// as "check up", and ``TokenisedText/compound(at:)`` gives "checkup" for matching a vocabulary
/// that writes it as one word.
///
/// The per-character and per-word steps live here; ``Tokeniser`` applies them while it splits.
public enum TextNormaliser {
    /// The whole text normalised: its tokens' normalised forms joined by single spaces.
    /// "I can’t afford £60 a week & I smoke forty a day!" → "i can't afford £60 a week and i smoke 40 a day !"
    public static func normalise(_ text: String) -> String {
        Tokeniser().tokenise(text).tokens.map(\.normalised).joined(separator: " ")
    }

    /// One word normalised: lower-cased, accents folded, apostrophes straightened, repeats
    /// squashed and a dropped contraction apostrophe restored. Characters that are not letters,
    /// digits or apostrophes are dropped.
    public static func normaliseWord(_ word: some StringProtocol) -> String {
        if word == "&" { return "and" }
        var bytes: [UInt8] = []
        var extra = ""
        for scalar in word.unicodeScalars {
            if !appendFolded(scalar, to: &bytes, extra: &extra) { continue }
        }
        squashRepeats(&bytes)
        let text = String(decoding: bytes, as: UTF8.self) + extra
        return contractions[text] ?? text
    }

    // MARK: - The steps

    /// Common contractions typed without their apostrophe, restored ("cant" → "can't"). Words that
    /// are also real words without one ("ill", "well", "were", "its", "hell") are left alone.
    public static let contractions: [String: String] = [
        "cant": "can't", "dont": "don't", "wont": "won't", "im": "i'm", "ive": "i've", "doesnt": "doesn't",
        "didnt": "didn't", "isnt": "isn't", "couldnt": "couldn't", "wasnt": "wasn't", "werent": "weren't",
        "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "arent": "aren't", "wouldnt": "wouldn't",
        "shouldnt": "shouldn't", "aint": "ain't", "youre": "you're", "theyre": "they're", "thats": "that's",
        "whats": "what's", "shes": "she's", "hes": "he's", "theres": "there's", "wouldve": "would've",
        "couldve": "could've", "shouldve": "should've", "theyve": "they've", "weve": "we've", "youve": "you've",
    ]

    /// ``contractions`` as a table, for the look-up made at every word the tokeniser reads.
    static let contractionTable = WordTable(contractions.map { ($0.key, $0.value) }, merge: { a, _ in a })

    /// Squashes a letter repeated more than twice to two ("sooo" → "soo", "helllp" → "hellp").
    /// Digits are left alone ("1000").
    public static func squashRepeats(_ bytes: inout [UInt8]) {
        guard bytes.count > 2 else { return }
        var write = 0
        var run = 0
        for read in bytes.indices {
            let b = bytes[read]
            if write > 0 && bytes[write - 1] == b && isLetter(b) {
                run += 1
                if run >= 2 { continue }
            } else {
                run = 0
            }
            bytes[write] = b
            write += 1
        }
        bytes.removeLast(bytes.count - write)
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    /// Apostrophe-like marks read as "'": ' ’ ‘ ʼ ′ `.
    @inline(__always) public static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC, 0x2032, 0x60: return true
        default: return false
        }
    }

    /// Hyphens and slashes that join the words either side when typed with no space.
    @inline(__always) public static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2F, 0x2010, 0x2011: return true
        default: return false
        }
    }

    /// Appends the folded, lower-case form of a letter or digit; returns false for anything else.
    /// ASCII goes to `bytes`; a letter with no ASCII folding (Greek, Cyrillic, …) goes, lower-cased,
    /// to `extra`; combining accents are dropped (folded) and count as letters.
    @discardableResult
    static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8], extra: inout String) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            let b = UInt8(v)
            if b >= 65 && b <= 90 { bytes.append(b + 32); return true }
            if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) { bytes.append(b); return true }
            if b == 0x27 { bytes.append(b); return true }
            return false
        }
        if isApostrophe(scalar) { bytes.append(0x27); return true }
        if v >= 0x300 && v <= 0x36F { return true }  // a combining accent: folded away
        if let folded = latinFolding(v) {
            bytes.append(contentsOf: folded.utf8)
            return true
        }
        guard scalar.properties.isAlphabetic else { return false }
        let lower = scalar.properties.lowercaseMapping
        // A precomposed letter outside the table: fold through its canonical decomposition.
        var decomposed = false
        for part in lower.decomposedLatinBase() {
            bytes.append(part)
            decomposed = true
        }
        if !decomposed { extra += lower }
        return true
    }

    /// Latin-1 and Latin Extended-A letters folded to ASCII ("é" → "e", "ß" → "ss", "æ" → "ae").
    static func latinFolding(_ v: UInt32) -> String? {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
        case 0xC6, 0xE6: return "ae"
        case 0xC7, 0xE7, 0x106...0x10D: return "c"
        case 0xD0, 0xF0, 0x10E...0x111: return "d"
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
        case 0x11C...0x123: return "g"
        case 0x124...0x127: return "h"
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return "i"
        case 0x134, 0x135: return "j"
        case 0x136, 0x137: return "k"
        case 0x139...0x142: return "l"
        case 0xD1, 0xF1, 0x143...0x148: return "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return "o"
        case 0x152, 0x153: return "oe"
        case 0x154...0x159: return "r"
        case 0xDF: return "ss"
        case 0x15A...0x161: return "s"
        case 0x162...0x167: return "t"
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return "u"
        case 0x174, 0x175: return "w"
        case 0xDD, 0xFD, 0xFF, 0x176...0x178: return "y"
        case 0x179...0x17E: return "z"
        case 0xDE, 0xFE: return "th"
        default: return nil
        }
    }
}

extension String {
    /// The ASCII letters of this string's canonical decomposition when every base letter is ASCII
    /// ("ǎ" → "a"); empty otherwise.
    fileprivate func decomposedLatinBase() -> [UInt8] {
        var out: [UInt8] = []
        for scalar in decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v >= 0x300 && v <= 0x36F { continue }
            guard v < 0x80, TextNormaliser.isLetter(UInt8(v)) else { return [] }
            out.append(UInt8(v) | 0x20)
        }
        return out
    }
}
