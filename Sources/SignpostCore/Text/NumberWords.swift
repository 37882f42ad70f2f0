/// Numbers written as words, read as values: "forty" → 40, "twenty five" / "twenty-five" → 25,
/// "a hundred and ten" → 110, "two and a half" → 2.5, "a dozen" → 12.
///
/// "one" on its own is read as 1 only before a word that counts something ("one a day", "one
/// bottle", "one year"), so "no one", "the one bedroom" and "one of my friends" stay words.
public enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]

    /// Every number word, asked of every word the tokeniser makes: one table probe.
    static let numberWords = WordTable(
        (Array(units.keys) + Array(tens.keys) + ["hundred", "thousand", "dozen"]).map { ($0, true) }, merge: { a, _ in a })

    /// Words after which a lone "one" is a count.
    static let countedAfterOne: Set<String> = [
        "a", "an", "per", "every", "day", "days", "night", "nights", "week", "weeks", "month", "months", "year",
        "years", "stone", "pound", "pounds", "kg", "kilo", "bottle", "bottles", "pint", "pints", "glass", "can",
        "cans", "cigarette", "fag", "drink", "unit", "units", "hour", "hours",
    ]

    /// Whether `word` can begin or continue a number ("forty", "hundred", …).
    public static func isNumberWord(_ word: String) -> Bool {
        numberWords[word] != nil
    }

    /// Whether a number can start at `word` (a number word, or "a"/"an" as in "a hundred"):
    /// ``parse(_:from:)`` finds none anywhere else.
    static func mayStartNumber(_ word: String) -> Bool {
        word == "a" || word == "an" || isNumberWord(word)
    }

    /// The number spelled by the words starting at `start`, and how many words it took; nil when
    /// no number starts there.
    public static func parse(_ words: [String], from start: Int) -> (value: Double, count: Int)? {
        var total = 0
        var current = 0
        var i = start
        var used = 0  // words consumed into the number
        var sawNumber = false
        var lastWasTens = false
        var lastWasScale = false
        var fraction = 0.0
        func word(_ k: Int) -> String? { k < words.count ? words[k] : nil }

        while let w = word(i) {
            if let u = units[w] {
                if !sawNumber || lastWasScale || (lastWasTens && u < 10 && u > 0) {
                    current += u
                    sawNumber = true
                    lastWasTens = false
                    lastWasScale = false
                    i += 1
                    used = i - start
                    continue
                }
                break
            }
            if let t = tens[w] {
                if !sawNumber || lastWasScale {
                    current += t
                    sawNumber = true
                    lastWasTens = true
                    lastWasScale = false
                    i += 1
                    used = i - start
                    continue
                }
                break
            }
            if w == "a" || w == "an", !sawNumber, let next = word(i + 1),
               next == "hundred" || next == "thousand" || next == "dozen" {
                current = 1
                sawNumber = true
                i += 1
                continue
            }
            if (w == "hundred" || w == "thousand" || w == "dozen") && sawNumber {
                let scale = w == "hundred" ? 100 : w == "thousand" ? 1000 : 12
                if w == "thousand" {
                    total += max(current, 1) * scale
                    current = 0
                } else {
                    current = max(current, 1) * scale
                }
                lastWasScale = true
                lastWasTens = false
                i += 1
                used = i - start
                continue
            }
            if w == "and", sawNumber {
                // "two and a half"; "a hundred and ten".
                if word(i + 1) == "a", word(i + 2) == "half" {
                    fraction = 0.5
                    i += 3
                    used = i - start
                    break
                }
                if lastWasScale, let next = word(i + 1), units[next] != nil || tens[next] != nil {
                    i += 1
                    continue
                }
            }
            break
        }
        guard sawNumber, used > 0 else { return nil }
        // A lone "one" counts only before a counted thing.
        if used == 1, words[start] == "one", !(word(start + 1).map { countedAfterOne.contains($0) } ?? false) {
            return nil
        }
        return (Double(total + current) + fraction, used)
    }
}
