/// What a service costs the resident (ORUK `cost_option`).
public struct Cost: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case free
        /// Paid, with reduced or free places for some people.
        case concessions
        case paid
        /// The source does not say; residents should ask.
        case unknown
    }

    public var kind: Kind
    /// The amount or terms in words ("£2.50 a session; 50% off with a concession").
    public var description: String?

    public init(kind: Kind, description: String? = nil) {
        self.kind = kind
        self.description = description
    }

    /// "Free", "Concessions available", "Costs money", for printed lists.
    public var plainLabel: String {
        switch kind {
        case .free: return "Free"
        case .concessions: return "Concessions available"
        case .paid: return "Costs money"
        case .unknown: return "Ask about cost"
        }
    }
}
