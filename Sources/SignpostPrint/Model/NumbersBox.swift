import SignpostCore

/// The boxed numbers on the first page of a printed list: "Numbers to keep" (999, NHS 111,
/// Samaritans, the domestic-abuse helpline, the council) on every parish list, and on a
/// resident's handout the same box with any numbers for what was raised, in words for the
/// resident that never repeat what they said.
public struct NumbersBox: Sendable, Equatable {
    public struct Number: Sendable, Equatable {
        /// As dialled ("116 123"; "text 85258" for a text line).
        public var phone: String
        /// Who it is and when to call, for the resident.
        public var what: String

        public init(phone: String, what: String) {
            self.phone = phone
            self.what = what
        }
    }

    public var heading: String
    public var numbers: [Number]

    public init(heading: String, numbers: [Number]) {
        self.heading = heading
        self.numbers = numbers
    }

    public static let heading = "Numbers to keep"

    /// The box from the Directory's urgent contacts: the numbers every list keeps, then `extra`
    /// (each number once). Nil when there are none.
    public static func from(_ contacts: UrgentContacts, adding extra: [UrgentContacts.Contact] = []) -> NumbersBox? {
        var seen: Set<String> = []
        var numbers: [Number] = []
        for contact in contacts.keep + extra where seen.insert(contact.phone).inserted {
            numbers.append(Number(phone: (contact.isText ? "text " : "") + contact.phone, what: contact.name + ". " + contact.resident + "."))
        }
        return numbers.isEmpty ? nil : NumbersBox(heading: heading, numbers: numbers)
    }
}
