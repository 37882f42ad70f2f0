/// A place where a service is delivered (ORUK `location` with its `address`).
public struct ServiceLocation: Sendable, Hashable {
    /// The site's name ("White Oak Leisure Centre").
    public var name: String?
    /// Street address as one line, without the postcode.
    public var address: String?
    public var postcode: String?
    /// The parish the site is in, when it is in the district.
    public var parish: String?
    /// Exact coordinates when a source gives them; otherwise the engine uses the parish centroid.
    public var coordinate: GeoPoint?
    /// When this site is open, when it differs from the service as a whole.
    public var schedules: [Schedule]

    public init(
        name: String? = nil, address: String? = nil, postcode: String? = nil, parish: String? = nil,
        coordinate: GeoPoint? = nil, schedules: [Schedule] = []
    ) {
        self.name = name
        self.address = address
        self.postcode = postcode
        self.parish = parish
        self.coordinate = coordinate
        self.schedules = schedules
    }

    /// "White Oak Leisure Centre, Hilda May Avenue, Swanley BR8 7BT" (whatever parts are known).
    public var singleLine: String {
        var parts: [String] = []
        if let name { parts.append(name) }
        if let address { parts.append(address) }
        var line = parts.joined(separator: ", ")
        if let postcode { line += line.isEmpty ? postcode : " " + postcode }
        if line.isEmpty, let parish { line = parish }
        return line
    }
}
