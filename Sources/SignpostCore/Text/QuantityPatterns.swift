/// Numbers that mean something for a need, read as typed values: "forty a day" (with smoking
/// words: cigarettes), "a bottle of wine a night", "6 pints a night", "£60 a week", "BMI 34",
/// "three stone overweight", "16 stone", "I'm 72", "my 8-year-old".
///
/// "N a day/night/week/month/year" (also "per", "every", "each", "daily", "nightly", "weekly") is
/// read by the words between the count and the period ("20 fags", "3 cans of lager", "60 quid"),
/// then by the sentence around it: smoking words make it cigarettes (a pack is 20), drink words
/// drinks, an amount of money money; otherwise it is a plain frequency ("twice a day"). Weights
/// are in stones (kilograms and pounds converted). Ages are the resident's ("I'm 72", "I am 72
/// years old", "aged 72") or someone else's, as ``AttributionScope`` reads them ("my husband,
/// 81", "my 8-year-old"), with the relation.
public struct QuantityPatterns: Sendable {
    public enum Period: String, Sendable, Equatable {
        case day, night, week, fortnight, month, year
    }

    public enum Quantity: Sendable, Equatable {
        /// Cigarettes smoked: "forty a day", "20 rollies a day", "a pack a day" (20).
        case cigarettes(count: Double, per: Period)
        /// Drinks: "a bottle of wine a night" (1, "bottle of wine"), "6 pints a night", "14 units a week".
        case drinks(count: Double, unit: String, per: Period)
        /// Money: "£60 a week" (6000 pence), "60 quid a month"; `per` is nil when no period follows.
        case money(pence: Int, per: Period?)
        /// Anything else counted per period: "twice a day".
        case frequency(count: Double, per: Period)
        /// "BMI 34", "bmi of 34.5", "my BMI's 41".
        case bmi(Double)
        /// A body weight: "16 stone", "16st 4lb", "95 kg" (in stones).
        case weight(stones: Double)
        /// Weight to lose: "three stone overweight", "need to lose 3 stone".
        case overweight(stones: Double)
        /// An age: the resident's (`relation` nil) or the person's named by the relation.
        case age(years: Int, relation: AttributionScope.Relation?)
    }

    public struct Match: Sendable, Equatable {
        public var quantity: Quantity
        /// The tokens read (quote them with ``TokenisedText/quote(_:)``).
        public var tokens: Range<Int>
    }

    public init() {}

    // MARK: - Words

    static let smokingWords: Set<String> = [
        "smoke", "smoking", "smoker", "smokes", "smoked", "fag", "fags", "cigarette", "cigarettes", "cig", "cigs", "ciggies",
        "ciggarettes", "roll", "rollies", "rollups", "tobacco", "baccy", "pack", "packs", "packet", "packets", "menthols",
    ]
    static let drinkWords: Set<String> = [
        "drink", "drinks", "drinking", "drank", "pint", "pints", "can", "cans", "bottle", "bottles", "wine", "beer",
        "beers", "lager", "cider", "vodka", "gin", "whisky", "whiskey", "rum", "spirits", "units", "unit", "glass",
        "glasses", "shots", "shot", "booze", "alcohol", "tinnies", "tins", "prosecco", "litre", "litres",
    ]
    static let moneyWords: Set<String> = ["quid", "pounds", "pound", "pence", "grand", "k"]
    static let packWords: Set<String> = ["pack", "packs", "packet", "packets"]
    static let periods: [String: Period] = [
        "day": .day, "days": .day, "night": .night, "nights": .night, "evening": .night, "week": .week,
        "weeks": .week, "fortnight": .fortnight, "month": .month, "months": .month, "year": .year, "years": .year,
    ]
    static let periodAdverbs: [String: Period] = ["daily": .day, "nightly": .night, "weekly": .week, "monthly": .month, "yearly": .year]
    static let notAges: Set<String> = [
        "weeks", "week", "months", "month", "days", "stone", "st", "foot", "feet", "ft", "kg", "pounds", "times", "minutes",
        "hours", "miles", "percent", "a", "per", "of", "quid", "pints", "cans", "units",
    ]

    /// The words a quantity can start at (besides a number or money): "bmi", "body" (mass
    /// index), the counts of ``count(at:_:_:)`` and "i'm"/"i" (an age).
    static let startWords = WordTable(
        ["bmi", "bmi's", "body", "once", "twice", "half", "a", "an", "one", "i'm", "i"].map { ($0, true) }, merge: { a, _ in a })

    // MARK: - Finding

    public func find(in text: TokenisedText) -> [Match] {
        find(in: text, attribution: AttributionScope().analyse(text))
    }

    /// The same, given the text's attribution already read (as a ``ReadWords/Passage`` holds it),
    /// so that it is not read twice.
    public func find(in text: TokenisedText, attribution: AttributionScope.Result) -> [Match] {
        let tokens = text.tokens
        let words = tokens.map(\.normalised)
        var matches: [Match] = []
        var used = [Bool](repeating: false, count: tokens.count)
        func record(_ quantity: Quantity, _ range: Range<Int>) {
            guard !range.contains(where: { used[$0] }) else { return }
            matches.append(Match(quantity: quantity, tokens: range))
            for k in range { used[k] = true }
        }
        func word(_ k: Int) -> String { k >= 0 && k < words.count && !tokens[k].isPunctuation ? words[k] : "" }
        func number(_ k: Int) -> Double? {
            guard k >= 0, k < tokens.count, case .number(let value) = tokens[k].kind else { return nil }
            return value
        }

        var i = 0
        while i < tokens.count {
            // Only a number, money or one of a few words can start a quantity.
            if !tokens[i].isNumberOrMoney && QuantityPatterns.startWords[words[i]] == nil {
                i += 1
                continue
            }
            // BMI 34 / bmi of 34 / BMI's 34 / body mass index of 34.
            let isBMI = word(i) == "bmi" || word(i) == "bmi's"
                || (word(i) == "body" && word(i + 1) == "mass" && word(i + 2) == "index")
            if isBMI {
                var k = word(i) == "body" ? i + 3 : i + 1
                while ["is", "of", "was", "about", "around", "over", "nearly", "at"].contains(word(k)) || (k < tokens.count && tokens[k].normalised == ":") { k += 1 }
                if let value = number(k), value >= 10, value <= 90 {
                    record(.bmi(value), i..<(k + 1))
                    i = k + 1
                    continue
                }
            }
            if let (quantity, end) = perPeriod(at: i, tokens, words) {
                record(quantity, i..<end)
                i = end
                continue
            }
            if let (quantity, end) = bodyWeight(at: i, tokens, words) {
                record(quantity, i..<end)
                i = end
                continue
            }
            // The resident's age: "I'm 72", "I am 72 (years old)", "I turned 60".
            let me = word(i) == "i'm" ? 1 : (word(i) == "i" && ["am", "turned", "turn"].contains(word(i + 1))) ? 2 : 0
            if me > 0 {
                var k = i + me
                while ["only", "just", "nearly", "almost", "now", "aged"].contains(word(k)) { k += 1 }
                if let value = number(k), value == value.rounded(), value >= 10, value < 120,
                   !QuantityPatterns.notAges.contains(word(k + 1)) {
                    var end = k + 1
                    if ["years", "year", "yrs"].contains(word(end)) { end += 1 }
                    if word(end) == "old" { end += 1 }
                    record(.age(years: Int(value), relation: nil), i..<end)
                    i = end
                    continue
                }
            }
            if case .money(let pence) = tokens[i].kind {
                record(.money(pence: pence, per: nil), i..<(i + 1))
            }
            i += 1
        }
        // Someone else's age, as the attribution layer reads it.
        for attribution in attribution.attributions {
            guard let age = attribution.person.age else { continue }
            let lastAgeToken = attribution.scope.first { number($0) == Double(age) }
            let end = max(attribution.person.mention.upperBound, (lastAgeToken ?? -1) + 1)
            let start = min(attribution.person.mention.lowerBound, lastAgeToken ?? Int.max)
            matches.append(Match(quantity: .age(years: age, relation: attribution.person.relation), tokens: start..<end))
        }
        return matches.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A count at `i`: a number, money, "a"/"an"/"one", "half a", "a couple of", "once", "twice",
    /// "N times"; its value and where it ends.
    func count(at i: Int, _ tokens: [Token], _ words: [String]) -> (value: Double, end: Int, isMoney: Bool)? {
        guard i < tokens.count else { return nil }
        switch tokens[i].kind {
        case .number(let value):
            if i + 1 < words.count, words[i + 1] == "times" { return (value, i + 2, false) }
            return (value, i + 1, false)
        case .money(let pence): return (Double(pence), i + 1, true)
        default: break
        }
        switch words[i] {
        case "once": return (1, i + 1, false)
        case "twice": return (2, i + 1, false)
        case "half" where i + 1 < words.count && (words[i + 1] == "a" || words[i + 1] == "an"): return (0.5, i + 2, false)
        case "a" where i + 2 < words.count && words[i + 1] == "couple" && words[i + 2] == "of": return (2, i + 3, false)
        case "a", "an", "one":
            // Only before a counted thing: "a bottle", "a pack" (not "a day" on its own).
            guard i + 1 < words.count, QuantityPatterns.drinkWords.contains(words[i + 1]) || QuantityPatterns.smokingWords.contains(words[i + 1])
            else { return nil }
            return (1, i + 1, false)
        default: return nil
        }
    }

    /// "(a|an|per|every|each) day", "daily": the period and where it ends.
    func period(at k: Int, _ words: [String], _ tokens: [Token]) -> (Period, Int)? {
        guard k < words.count, !tokens[k].isPunctuation else { return nil }
        if let p = QuantityPatterns.periodAdverbs[words[k]] { return (p, k + 1) }
        if ["a", "an", "per", "every", "each"].contains(words[k]), k + 1 < words.count, !tokens[k + 1].isPunctuation {
            let w = words[k + 1]
            // "a year" after "a" only in the singular: "every two weeks" is not read.
            if let p = QuantityPatterns.periods[w], !w.hasSuffix("s") || words[k] == "per" { return (p, k + 2) }
        }
        return nil
    }

    func perPeriod(at i: Int, _ tokens: [Token], _ words: [String]) -> (Quantity, Int)? {
        guard let (value, countEnd, isMoney) = count(at: i, tokens, words) else { return nil }
        // Up to four unit words between: "pints", "bottle of wine", "cans of strong lager".
        var k = countEnd
        var units: [String] = []
        while units.count <= 4 {
            if let (p, end) = period(at: k, words, tokens) {
                return (classify(value, isMoney: isMoney, units: units, per: p, sentence: sentenceWords(around: i, tokens, words)), end)
            }
            guard k < tokens.count, tokens[k].isWord, !NumberWords.isNumberWord(words[k]) else { return nil }
            units.append(words[k])
            k += 1
        }
        return nil
    }

    func classify(_ value: Double, isMoney: Bool, units: [String], per: Period, sentence: [String]) -> Quantity {
        if isMoney { return .money(pence: Int(value), per: per) }
        if let money = units.first(where: QuantityPatterns.moneyWords.contains) {
            let scale = money == "pence" ? 1.0 : money == "grand" || money == "k" ? 100_000 : 100
            return .money(pence: Int((value * scale).rounded()), per: per)
        }
        if units.contains(where: QuantityPatterns.packWords.contains) { return .cigarettes(count: value * 20, per: per) }
        if units.contains(where: QuantityPatterns.smokingWords.contains) { return .cigarettes(count: value, per: per) }
        if units.contains(where: QuantityPatterns.drinkWords.contains) {
            return .drinks(count: value, unit: units.joined(separator: " "), per: per)
        }
        if !units.isEmpty { return .frequency(count: value, per: per) }
        let smoking = sentence.contains(where: QuantityPatterns.smokingWords.contains)
        let drinking = sentence.contains(where: QuantityPatterns.drinkWords.contains)
        if smoking && !drinking { return .cigarettes(count: value, per: per) }
        if drinking && !smoking { return .drinks(count: value, unit: "drinks", per: per) }
        return .frequency(count: value, per: per)
    }

    /// The words of the sentence holding token `i`.
    func sentenceWords(around i: Int, _ tokens: [Token], _ words: [String]) -> [String] {
        func ends(_ k: Int) -> Bool { tokens[k].isPunctuation && tokens[k].normalised.contains { ".!?;".contains($0) } }
        var start = i
        while start > 0 && !ends(start - 1) { start -= 1 }
        var end = i
        while end < tokens.count && !ends(end) { end += 1 }
        return Array(words[start..<end])
    }

    /// "16 stone", "16st 4lb", "16 stone 4", "95 kg", "three stone overweight", "need to lose 3 stone".
    func bodyWeight(at i: Int, _ tokens: [Token], _ words: [String]) -> (Quantity, Int)? {
        guard case .number(let value) = tokens[i].kind, i + 1 < words.count else { return nil }
        var stones: Double
        var end: Int
        switch words[i + 1] {
        case "stone", "st", "stones":
            stones = value
            end = i + 2
            // "16 stone 4", "16st 4lb", "16 stone 4 pounds".
            if end < tokens.count, case .number(let pounds) = tokens[end].kind, pounds < 14 {
                stones += pounds / 14
                end += 1
                if end < words.count, ["lb", "lbs", "pounds", "pound"].contains(words[end]) { end += 1 }
            }
        case "kg", "kilos", "kilograms":
            stones = value / 6.35029318
            end = i + 2
        default:
            return nil
        }
        let before = i >= 2 ? words[(i - 2)..<i].joined(separator: " ") : ""
        if end < words.count, ["overweight", "heavier", "over"].contains(words[end]) {
            return (.overweight(stones: stones), end + 1)
        }
        if end + 1 < words.count, words[end] == "to", words[end + 1] == "lose" { return (.overweight(stones: stones), end + 2) }
        if before.hasSuffix("to lose") || before == "need lose" { return (.overweight(stones: stones), end) }
        if i >= 1, ["lost", "lose", "losing", "gained", "put"].contains(words[i - 1]) || before.hasSuffix("put on") {
            return nil  // a change, not a weight
        }
        return (.weight(stones: stones), end)
    }
}
