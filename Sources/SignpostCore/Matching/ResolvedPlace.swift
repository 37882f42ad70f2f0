/// Where a resident lives, resolved against the Directory.
public struct ResolvedPlace: Sendable, Equatable {
    public enum Precision: String, Sendable, Equatable {
        /// A named parish: measured from its centroid.
        case parish
        /// A postcode district: it may cover several parishes; measured from a derived point.
        case postcodeDistrict = "postcode-district"
        /// Coordinates: measured from the point itself; the parish is the nearest centroid.
        case coordinate
    }

    /// Parish ordinals the resident may live in (one, or several for a postcode district).
    public var parishes: [Int]
    public var point: GeoPoint
    public var precision: Precision
    /// How to name the place back to the user: "Edenbridge", "TN8 (Edenbridge, Cowden, …)".
    public var label: String
    /// The parish name when there is exactly one.
    public var parishName: String?
    /// The postcode district when the resident gave a postcode (never the full postcode).
    public var outcode: String?

    /// Resolves a query's place, or throws a helpful error.
    public static func resolve(_ place: ResidentQuery.Place, index: ServiceIndex) throws(SignpostError) -> ResolvedPlace {
        let directory = index.directory
        switch place {
        case .parish(let name):
            let p = try ParishResolver(directory: directory).ordinal(named: name)
            let parish = directory.parishes[p]
            return ResolvedPlace(
                parishes: [p], point: parish.centroid, precision: .parish, label: parish.name,
                parishName: parish.name, outcode: nil)
        case .postcode(let text):
            guard let code = UKFormats.outcode(of: text) else {
                throw SignpostError(.invalidInput, "that is not a UK postcode or postcode district (e.g. TN13 or TN13 1GP)")
            }
            guard let outcode = directory.outcode(code) else {
                throw SignpostError.withSuggestions(
                    .unknownPostcode, "that postcode district is not in the Directory's area",
                    NameMatching.suggestions(for: code, among: directory.outcodes.map(\.code)))
            }
            let ordinals = outcode.parishes.compactMap { directory.parishOrdinal(named: $0) }
            let names = ordinals.map { directory.parishes[$0].name }
            return ResolvedPlace(
                parishes: ordinals, point: outcode.centroid, precision: .postcodeDistrict,
                label: outcode.code + " (" + names.joined(separator: ", ") + ")",
                parishName: ordinals.count == 1 ? names.first : nil, outcode: outcode.code)
        case .coordinate(let point):
            guard point.isValid else {
                throw SignpostError(.invalidInput, "latitude must be within ±90 and longitude within ±180")
            }
            guard let nearest = index.nearestParish(to: point, maxKm: Self.maxKmFromParish) else {
                throw SignpostError(
                    .outsideDistrict,
                    "that location is more than \(Int(Self.maxKmFromParish)) km from every town and parish in the Directory")
            }
            let parish = directory.parishes[nearest.parish]
            return ResolvedPlace(
                parishes: [nearest.parish], point: point, precision: .coordinate, label: "near " + parish.name,
                parishName: parish.name, outcode: nil)
        }
    }

    /// How far coordinates may be from the nearest parish centroid and still count as in the area.
    public static let maxKmFromParish = 10.0
}
