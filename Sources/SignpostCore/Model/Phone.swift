/// A phone number with what it is for ("Helpline", "Bookings"), whose line it is, and whether it
/// is rung or texted.
public struct Phone: Sendable, Hashable {
    /// Whose line a number is.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// The service's own line.
        case service
        /// The organisation's main line or switchboard, which puts callers through.
        case organisation
        /// Another body's number, used until the service's own is found; `askFor` says what to ask for.
        case standIn = "stand-in"
    }

    /// How the number is used.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Rung (the default).
        case voice
        /// Texted: an SMS line or short code ("text SHOUT to 85258").
        case text
    }

    /// The number as dialled in the UK: "01732 227000", "116 123", "85258" for a text short code.
    public var number: String
    public var description: String?
    /// Whose line it is; nil when the source does not say.
    public var role: Role?
    /// For a stand-in number: what to ask for when it answers ("the Health & Communities Team").
    public var askFor: String?
    public var kind: Kind
    /// An extension to ask for or dial after the number ("123"), digits only.
    public var extensionNumber: String?

    public init(
        number: String, description: String? = nil, role: Role? = nil, askFor: String? = nil, kind: Kind = .voice,
        extensionNumber: String? = nil
    ) {
        self.number = number
        self.description = description
        self.role = role
        self.askFor = askFor
        self.kind = kind
        self.extensionNumber = extensionNumber
    }

    /// The number as it should be shown: "01732 227000 ext. 123", "text 85258".
    public var displayNumber: String {
        var text = kind == .text ? "text " + number : number
        if let extensionNumber { text += " ext. " + extensionNumber }
        return text
    }
}
