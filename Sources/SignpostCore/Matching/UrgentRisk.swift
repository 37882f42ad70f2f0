/// One risk raised before any list, as shown and as `urgent` in the JSON: the risk id, the
/// resident's words that raised it, one sentence for the prescriber, and who to call (from
/// `Directory/urgent-contacts.json`). Several rules raising the same risk make one entry.
public struct UrgentRisk: Sendable {
    /// The risk id a rule raised ("domestic-abuse").
    public var risk: String
    /// The resident's words that raised it, as typed, each once.
    public var because: [String]
    /// For the prescriber, in a sentence (the first raising rule's).
    public var say: String
    public var contacts: [UrgentContacts.Contact]
    /// The rules that raised it, and their module (nil for a built-in rule).
    public var rules: [String]
    public var module: String?

    /// The alerts grouped by risk, in the order `contacts` lists risks (then first raised).
    public static func grouping(_ alerts: [MatchResult.RuleReason], contacts: UrgentContacts) -> [UrgentRisk] {
        var out: [UrgentRisk] = []
        for alert in alerts {
            guard case .alert(let risk, let words) = alert.kind else { continue }
            if let at = out.firstIndex(where: { $0.risk == risk }) {
                for w in words where !out[at].because.contains(w) { out[at].because.append(w) }
                if !out[at].rules.contains(alert.rule) { out[at].rules.append(alert.rule) }
            } else {
                var seen: [String] = []
                for w in words where !seen.contains(w) { seen.append(w) }
                out.append(
                    UrgentRisk(
                        risk: risk, because: seen, say: alert.text, contacts: contacts.contacts(for: risk), rules: [alert.rule],
                        module: alert.module))
            }
        }
        let order = out.enumerated().map { (contacts.rank(of: $0.element.risk), $0.offset) }
        return order.sorted { $0 < $1 }.map { out[$0.1] }
    }
}

extension UrgentRisk {
    /// `{"risk", "because", "say", "contacts"}`: the contract other programs rely on.
    public func write(to o: inout JSONStream) {
        o.beginObject()
        o.member("risk", risk)
        o.member("because", because)
        o.member("say", say)
        o.arrayMember("contacts")
        for contact in contacts { contact.write(to: &o) }
        o.endArray()
        o.endObject()
    }
}

extension UrgentContacts.Contact {
    /// `{"name", "phone", "when", "url"}` (url null when there is none).
    public func write(to o: inout JSONStream) {
        o.beginObject()
        o.member("name", name)
        o.member("phone", phone)
        o.member("when", when)
        if let url { o.member("url", url) } else {
            o.key("url")
            o.value(.null)
        }
        o.endObject()
    }
}
