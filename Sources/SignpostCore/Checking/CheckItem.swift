/// One thing to confirm when checking a service, derived from what its record holds: the number
/// (always: confirmed, or asked for when there is none), opening times when the record gives
/// them, the venue when it lists one, eligibility when it limits who may come, the cost (asked
/// for when unknown), and always whether it is still running.
public struct CheckItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case number
        case times
        case venue
        case eligibility
        case cost
        case stillRunning = "still-running"
    }

    public var kind: Kind
    /// What the record says, in words; nil when it says nothing and the item is to be asked.
    public var onRecord: String?

    public init(kind: Kind, onRecord: String?) {
        self.kind = kind
        self.onRecord = onRecord
    }

    /// The items for `service`, in the order a call asks them (`number` is the one rung).
    public static func items(for service: Service, number: NumberToRing) -> [CheckItem] {
        var items = [CheckItem(kind: .stillRunning, onRecord: nil)]
        items.append(CheckItem(kind: .number, onRecord: service.phones.isEmpty ? nil : number.number))
        var times = service.schedules.map(\.inWords)
        for location in service.locations { times += location.schedules.map(\.inWords) }
        if let schedule = service.schedule { times.insert(schedule, at: 0) }
        if !times.isEmpty { items.append(CheckItem(kind: .times, onRecord: times.joined(separator: "; "))) }
        let venues = service.locations.map(\.singleLine).filter { !$0.isEmpty }
        if !venues.isEmpty { items.append(CheckItem(kind: .venue, onRecord: venues.joined(separator: "; "))) }
        if let eligibility = eligibilityInWords(service.eligibility) {
            items.append(CheckItem(kind: .eligibility, onRecord: eligibility))
        }
        var cost: String? = nil
        if service.cost.kind != .unknown {
            cost = service.cost.plainLabel + (service.cost.description.map { ": " + $0 } ?? "")
        }
        items.append(CheckItem(kind: .cost, onRecord: cost))
        return items
    }

    /// "aged 65 and over; only for carers; needs a GP referral; <notes>", or nil when anyone may come.
    static func eligibilityInWords(_ e: Eligibility) -> String? {
        var parts: [String] = []
        if let ages = e.agesInWords { parts.append(ages) }
        if !e.conditions.isEmpty { parts.append("only for " + Format.list(e.conditions.map(\.residentWords))) }
        switch e.referral {
        case .selfReferral: break
        case .healthProfessional: parts.append("needs a GP or health-professional referral")
        case .otherProfessional: parts.append("needs a professional's referral")
        }
        if let notes = e.notes { parts.append(notes) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The item's name in a list: "number", "opening times", "still running".
    public var label: String {
        switch kind {
        case .number: return "number"
        case .times: return "opening times"
        case .venue: return "venue"
        case .eligibility: return "eligibility"
        case .cost: return "cost"
        case .stillRunning: return "still running"
        }
    }

    /// "number: 01732 454108", "cost: not on record, ask", "still running".
    public var inWords: String {
        if kind == .stillRunning { return label }
        return label + ": " + (onRecord.map(Self.clause) ?? "not on record, ask")
    }

    /// The question to ask about it on the phone.
    public var question: String {
        switch (kind, onRecord) {
        case (.stillRunning, _): return "Is it still running?"
        case (.number, let n?): return "Is \(n) still the right number for residents to ring?"
        case (.number, nil): return "What number should residents ring?"
        case (.times, let t?): return "We say it runs: \(Self.sentence(t)) Is that still right?"
        case (.times, nil): return "When does it run?"
        case (.venue, let v?): return "Is it still at \(Self.clause(v))?"
        case (.venue, nil): return "Where does it meet?"
        case (.eligibility, let e?): return "We say who it is for: \(Self.clause(e)). Has that changed?"
        case (.eligibility, nil): return "Who can use it?"
        case (.cost, let c?): return "We have the cost as \(Self.clause(c)). Is that right?"
        case (.cost, nil): return "Does it cost anything?"
        }
    }

    /// Text ending in one full stop.
    static func sentence(_ text: String) -> String {
        let trimmed = clause(text)
        return trimmed + "."
    }

    /// Text without its closing full stop.
    static func clause(_ text: String) -> String {
        var t = text.trimmingSpaces()
        while t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
