/// One service on the checking rota: how urgent its check is and why, the number to ring, what
/// to confirm and what to say.
public struct CheckingRow: Sendable {
    /// 1 for the most urgent.
    public var rank: Int
    public var service: Service
    /// The organisation's name (its id when it has no record).
    public var organisation: String
    /// Days from `verified` to the rota's date (0 when `verified` is that day or later).
    public var ageDays: Int
    /// `ageDays` ÷ 365.
    public var staleness: Double
    /// Σ over the parishes served of residents × deprivation multiplier, ÷ 1000.
    public var reach: Double
    /// How many of the Directory's parishes it serves.
    public var parishesServed: Int
    /// On the printed parish lists: it serves a parish and has a way in that is not the internet.
    public var onPrintedLists: Bool
    /// Named by a contact in `urgent-contacts.json`.
    public var inUrgentContacts: Bool
    /// 1, plus 0.5 on printed lists, plus 1 in the urgent contacts.
    public var visibility: Double
    /// staleness × reach × visibility, to two decimals: the rota is in this order.
    public var priority: Double
    public var number: NumberToRing
    public var confirm: [CheckItem]
    /// The phone script, sentence by sentence.
    public var script: [String]

    /// "1 year 3 months", "8 months", "12 days".
    public var ageInWords: String {
        let months = ageDays * 12 / 365
        guard months > 0 else { return "\(ageDays) day\(ageDays == 1 ? "" : "s")" }
        let years = months / 12, rest = months % 12
        var parts: [String] = []
        if years > 0 { parts.append("\(years) year\(years == 1 ? "" : "s")") }
        if rest > 0 { parts.append("\(rest) month\(rest == 1 ? "" : "s")") }
        return parts.joined(separator: " ")
    }

    /// "printed lists, urgent contacts", or "neither".
    public var visibilityInWords: String {
        var parts: [String] = []
        if onPrintedLists { parts.append("printed lists") }
        if inUrgentContacts { parts.append("urgent contacts") }
        return parts.isEmpty ? "neither printed nor urgent" : parts.joined(separator: ", ")
    }
}
