/// Who to call when a rule raises a risk before any list, and the numbers every printed list
/// keeps: read from `Directory/urgent-contacts.json`. The core knows risks only as ids that rules
/// raise and this file lists; it never knows what any risk means.
public struct UrgentContacts: Sendable, Equatable {
    /// One number to call (or text).
    public struct Contact: Sendable, Equatable {
        public var id: String
        /// As the prescriber reads it ("Samaritans").
        public var name: String
        /// As dialled ("116 123", "999"; a text short code for texting services).
        public var phone: String
        /// When it answers, or when to use it ("24 hours a day").
        public var when: String
        public var url: String?
        /// The same contact in words for the resident, which never repeat what was disclosed.
        public var resident: String
        /// The service record the facts come from, if any.
        public var service: String?
        /// Texted, not rung (a text short code such as 85258).
        public var isText: Bool

        public init(
            id: String, name: String, phone: String, when: String, url: String? = nil, resident: String,
            service: String? = nil, isText: Bool = false
        ) {
            self.isText = isText
            self.id = id
            self.name = name
            self.phone = phone
            self.when = when
            self.url = url
            self.resident = resident
            self.service = service
        }
    }

    /// Every usable contact (those with a sourced number), in file order.
    public var contacts: [Contact]
    /// Risk ids, in the order urgent risks are shown, each with its contacts' ids.
    public var risks: [(risk: String, contacts: [String])]
    /// Ids of the contacts every printed list keeps on its first page.
    public var keepIDs: [String]

    public init(contacts: [Contact] = [], risks: [(risk: String, contacts: [String])] = [], keep: [String] = []) {
        self.contacts = contacts
        self.risks = risks
        self.keepIDs = keep
    }

    public static let none = UrgentContacts()

    public func contact(_ id: String) -> Contact? { contacts.first { $0.id == id } }

    /// The contacts for a risk, in the file's order (none for a risk the file does not list).
    public func contacts(for risk: String) -> [Contact] {
        (risks.first { $0.risk == risk }?.contacts ?? []).compactMap(contact)
    }

    /// Where a risk comes in the order of showing (unlisted risks last).
    public func rank(of risk: String) -> Int { risks.firstIndex { $0.risk == risk } ?? risks.count }

    /// The "Numbers to keep" of a printed list.
    public var keep: [Contact] { keepIDs.compactMap(contact) }

    public static func == (a: UrgentContacts, b: UrgentContacts) -> Bool {
        a.contacts == b.contacts && a.keepIDs == b.keepIDs && a.risks.map(\.risk) == b.risks.map(\.risk)
            && a.risks.map(\.contacts) == b.risks.map(\.contacts)
    }
}
