/// The number an officer rings to check a service, chosen from the record's phones by whose line
/// each is (`Phone.Role`): the service's own line (or one the source does not place) first, then
/// the organisation's line, then a stand-in (with what to ask for), then the organisation
/// record's phone. Numbers to ring come before numbers to text. With none: "no number: find
/// one", with the website and email to find it from.
public struct NumberToRing: Sendable, Hashable {
    /// Whose line the number is.
    public enum Whose: String, Sendable, Hashable {
        /// The service's own line, or a number the source does not place.
        case service
        /// The organisation's main line or switchboard (a phone with role `organisation`, or the
        /// organisation record's phone).
        case organisation
        /// Another body's number, used until the service's own is found.
        case standIn = "stand-in"
        /// No number anywhere in the record or its organisation's.
        case none
    }

    /// The number as dialled, with any extension ("01732 227000 ext. 123", "text 85258").
    public var number: String?
    public var whose: Whose
    /// What to ask for when it answers (a stand-in's `ask_for`).
    public var askFor: String?
    /// Without a number: the web addresses and emails to find one from (service's, then the
    /// organisation's).
    public var otherWays: [String]

    public init(number: String?, whose: Whose, askFor: String? = nil, otherWays: [String] = []) {
        self.number = number
        self.whose = whose
        self.askFor = askFor
        self.otherWays = otherWays
    }

    /// Chooses the number for `service`, whose organisation is `organisation` (if it has a record).
    public init(service: Service, organisation: Organisation?) {
        func rank(_ phone: Phone) -> Int {
            let role: Int
            switch phone.role {
            case .service?, nil: role = 0
            case .organisation?: role = 1
            case .standIn?: role = 2
            }
            return role * 2 + (phone.kind == .text ? 1 : 0)
        }
        // The lowest rank, and the first in file order (main number first) among equals.
        if let phone = service.phones.enumerated().min(by: { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) })?.element {
            let whose: Whose
            switch phone.role {
            case .service?, nil: whose = .service
            case .organisation?: whose = .organisation
            case .standIn?: whose = .standIn
            }
            self.init(number: phone.displayNumber, whose: whose, askFor: phone.askFor)
            return
        }
        if let phone = organisation?.phone {
            self.init(number: phone, whose: .organisation)
            return
        }
        var ways: [String] = []
        for way in [service.url, service.email, organisation?.website, organisation?.email] {
            if let way, !ways.contains(way) { ways.append(way) }
        }
        self.init(number: nil, whose: .none, otherWays: ways)
    }

    /// "01732 454108 (the service's own line)", "01732 227000 (stand-in: ask for the Health &
    /// Communities Team)", "no number: find one (https://…, info@…)".
    public var inWords: String {
        guard let number else {
            return "no number: find one" + (otherWays.isEmpty ? "" : " (" + otherWays.joined(separator: ", ") + ")")
        }
        switch whose {
        case .service: return number + " (the service's own line)"
        case .organisation: return number + " (the organisation's line: ask to be put through)"
        case .standIn: return number + " (stand-in" + (askFor.map { ": ask for " + $0 } ?? ": ask who runs it now") + ")"
        case .none: return number
        }
    }
}
