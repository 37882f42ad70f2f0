import SignpostCore

/// One service of an Easy Read handout, on a page of its own: the name as a large heading, the
/// number to ring very large, then short sentences. Every sentence is one of the entry's own
/// fields in other words ("Cost: Free." becomes "It is free."); nothing is added that the entry
/// does not say. Each sentence has at most `EasyReadText.maxWords` words.
public struct EasyReadPage: Sendable, Equatable {
    /// "Ring this one first." on the handout's first suggestion, nil on the others.
    public var flag: String?
    public var name: String
    /// "Ring 01732 744950" or "Text 85258", printed very large; nil for a walk-in entry.
    public var number: String?
    /// Whose number it is and whom to ask for ("Ask for Dial a Ride."), under the number.
    public var numberNotes: [String]
    /// What it is, who it is for, where, when, what it costs, when it was checked: each fact a
    /// sentence (a long fact broken into parts, one a line).
    public var sentences: [String]

    /// The flag on the handout's first suggestion.
    public static let ringFirst = "Ring this one first."

    public init(_ entry: PrintedList.Entry) {
        flag = entry.ringFirst ? Self.ringFirst : nil
        name = entry.name
        if entry.showsPhone, let phone = entry.phone {
            number = Self.numberLine(phone.number)
            numberNotes = phone.note.map { EasyReadText.brokenUp($0) } ?? []
        } else {
            number = nil
            numberNotes = []
        }
        var out: [String] = []
        let what = EasyReadText.shortened(entry.description)
        if !what.isEmpty { out.append(what) }
        if let whoFor = entry.whoFor { out += Self.whoSentences(whoFor) }
        out += Self.whereSentences(entry.whereText)
        if let when = entry.when { out += EasyReadText.brokenUp(when, firstPrefix: "When: ") }
        out += Self.costSentences(entry.cost)
        // How to start, unless it only says the referral again ("Ask your GP to refer you.").
        if let howToStart = entry.howToStart, !(howToStart.contains("refer") && out.contains { $0.hasSuffix(" to refer you.") }) {
            out += EasyReadText.brokenUp(howToStart)
        }
        if let web = entry.web { out.append("Website: " + web) }
        if let checked = entry.checked { out.append("We checked this in \(checked.monthAndYear).") }
        sentences = out.map(PrintText.keepTogether)
    }

    /// "Ring 01732 744950"; "Text 85258" for a text line.
    static func numberLine(_ number: String) -> String {
        if number.hasPrefix("text ") { return "Text " + number.dropFirst(5) }
        return "Ring " + number
    }

    /// Who it is for, from `Service.whoItIsFor`'s parts ("Aged 65 and over; unpaid carers;
    /// living in Swanley or Hextable; your GP refers you."): who in one sentence, where they
    /// must live in another, and the referral in a third.
    static func whoSentences(_ whoFor: String) -> [String] {
        let parts = whoFor.trimmingSpacesAndPunctuationAtEnd().components(separatedBy: "; ").map { $0.trimmingSpaces() }
        var ages: String? = nil
        var people: [String] = []
        var out: [String] = []
        var after: [String] = []
        for part in parts where !part.isEmpty {
            let lower = part.prefix(1).lowercased() + part.dropFirst()
            if lower.hasPrefix("aged ") {
                ages = lower
            } else if lower.hasPrefix("living in ") {
                after += EasyReadText.brokenUp("You need to live in " + lower.dropFirst("living in ".count))
            } else if lower.hasSuffix(" refers you") {
                after.append("You need " + lower.dropLast(" refers you".count) + " to refer you.")
            } else {
                people.append(lower)
            }
        }
        switch (people.isEmpty, ages) {
        case (true, let ages?): out += EasyReadText.brokenUp("It is for people " + ages)
        case (false, let ages?): out += EasyReadText.brokenUp("It is for " + people.joined(separator: ", ") + ", " + ages)
        case (false, nil): out += EasyReadText.brokenUp("It is for " + people.joined(separator: ", "))
        case (true, nil): break
        }
        return out + after
    }

    /// Where, in a sentence: "They come to your home.", "It is by phone.", or "Where: …".
    static func whereSentences(_ whereText: String) -> [String] {
        switch whereText {
        case "Comes to your home": return ["They come to your home."]
        case "By phone": return ["It is by phone."]
        case "Door-to-door transport": return ["It is door-to-door transport."]
        case "Online: ring the number to ask for help with it": return ["It is online.", "Ring the number to ask for help with it."]
        case "Ring to ask where it meets": return ["Ring to ask where it meets."]
        default: return EasyReadText.brokenUp(whereText, firstPrefix: "Where: ")
        }
    }

    /// What it costs, in one sentence: "It is free.", "It costs money, but some people pay
    /// less.", or "It costs money." / "Ask what it costs." followed by the first sentence of the
    /// cost's own words when there are any ("A fare is usually charged."): there the words say
    /// what the label cannot. Free and reduced costs say enough in the label.
    static func costSentences(_ cost: String) -> [String] {
        let labels: [(label: String, sentence: String, detail: Bool)] = [
            ("Free", "It is free.", false),
            ("Costs money", "It costs money.", true),
            ("Concessions available", "It costs money, but some people pay less.", false),
            ("Ask about cost", "Ask what it costs.", true),
        ]
        for (label, sentence, showsDetail) in labels where cost == label || cost.hasPrefix(label + ":") || cost.hasPrefix(label + ".") {
            let detail = EasyReadText.shortened(String(cost.dropFirst(label.count).drop { $0 == ":" || $0 == "." || $0 == " " }))
            return [sentence] + (showsDetail && !detail.isEmpty ? [detail] : [])
        }
        return cost.isEmpty ? [] : EasyReadText.brokenUp(cost, firstPrefix: "Cost: ")
    }
}
