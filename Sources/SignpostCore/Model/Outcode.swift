/// A postcode district (the part before the space: `TN13`) with a representative point and the
/// parishes it touches. A full postcode resolves through its outcode.
public struct Outcode: Sendable, Hashable, Identifiable {
    public var code: String
    public var centroid: GeoPoint
    /// Parish names the outcode covers (within the district).
    public var parishes: [String]
    public var source: String

    public var id: String { code }

    public init(code: String, centroid: GeoPoint, parishes: [String], source: String) {
        self.code = code
        self.centroid = centroid
        self.parishes = parishes
        self.source = source
    }
}
