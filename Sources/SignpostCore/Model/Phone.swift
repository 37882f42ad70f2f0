/// A phone number with what it is for ("Helpline", "Bookings").
public struct Phone: Sendable, Hashable {
    public var number: String
    public var description: String?

    public init(number: String, description: String? = nil) {
        self.number = number
        self.description = description
    }
}
