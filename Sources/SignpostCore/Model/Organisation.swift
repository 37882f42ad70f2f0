/// An organisation that provides services (ORUK/HSDS `organization`).
public struct Organisation: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    /// Website (HSDS `website`).
    public var website: String?
    public var phone: String?
    public var email: String?
    /// Postal address as one line ("34 St John's Road, Sevenoaks TN13 3LW").
    public var address: String?
    public var source: String

    public init(
        id: String, name: String, description: String, website: String? = nil, phone: String? = nil,
        email: String? = nil, address: String? = nil, source: String
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.website = website
        self.phone = phone
        self.email = email
        self.address = address
        self.source = source
    }
}
