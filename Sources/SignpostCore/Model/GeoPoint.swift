#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A WGS84 latitude/longitude in degrees.
public struct GeoPoint: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Rough bounds of Great Britain, for places with nothing nearer to compare against.
    public static let greatBritain = (latitude: 49.8...60.9, longitude: -8.7...1.8)

    /// True inside `greatBritain`'s bounds.
    public var isInGreatBritain: Bool {
        GeoPoint.greatBritain.latitude.contains(latitude) && GeoPoint.greatBritain.longitude.contains(longitude)
    }

    /// Mean Earth radius used for great-circle distances.
    public static let earthRadiusKm = 6371.0088

    /// Great-circle (haversine) distance in kilometres.
    public func distanceKm(to other: GeoPoint) -> Double {
        let toRadians = Double.pi / 180
        let lat1 = latitude * toRadians
        let lat2 = other.latitude * toRadians
        let dLat = lat2 - lat1
        let dLon = (other.longitude - longitude) * toRadians
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1) * cos(lat2) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * GeoPoint.earthRadiusKm * asin(min(1, sqrt(a)))
    }

    /// Whether both coordinates are finite and on the globe.
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && abs(latitude) <= 90 && abs(longitude) <= 180
    }
}
