#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A uniform latitude/longitude grid of points tagged with an integer (a service or parish
/// ordinal), for "what is within R km of here" without scanning everything.
public struct SpatialGrid: Sendable {
    /// Cell height in degrees of latitude (about 11 km).
    public static let cellDegrees = 0.1

    private var cells: [Int64: [Entry]] = [:]

    struct Entry: Sendable {
        var point: GeoPoint
        var tag: Int32
    }

    public init() {}

    private static func cellKey(_ latCell: Int, _ lonCell: Int) -> Int64 {
        (Int64(latCell) << 32) ^ Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: lonCell)))
    }

    private static func latCell(_ latitude: Double) -> Int { Int((latitude / cellDegrees).rounded(.down)) }
    private static func lonCell(_ longitude: Double) -> Int { Int((longitude / cellDegrees).rounded(.down)) }

    public mutating func insert(_ point: GeoPoint, tag: Int) {
        guard point.isValid else { return }
        let key = Self.cellKey(Self.latCell(point.latitude), Self.lonCell(point.longitude))
        cells[key, default: []].append(Entry(point: point, tag: Int32(tag)))
    }

    /// Calls `body` with each point within `radiusKm` of `center` and its distance.
    public func forEach(within radiusKm: Double, of center: GeoPoint, _ body: (Int, Double) -> Void) {
        forEach(within: radiusKm, of: center, where: { _ in true }, body)
    }

    /// Like `forEach(within:of:_:)`, but skips points whose tag fails `include` before measuring.
    public func forEach(
        within radiusKm: Double, of center: GeoPoint, where include: (Int) -> Bool, _ body: (Int, Double) -> Void
    ) {
        guard center.isValid, radiusKm.isFinite, radiusKm >= 0 else { return }
        let dLat = radiusKm / 111.0
        let cosLat = max(0.05, cos(center.latitude * Double.pi / 180))
        let dLon = min(180, radiusKm / (111.320 * cosLat))
        let lat0 = Self.latCell(center.latitude - dLat), lat1 = Self.latCell(center.latitude + dLat)
        let lon0 = Self.lonCell(center.longitude - dLon), lon1 = Self.lonCell(center.longitude + dLon)
        guard (lat1 - lat0 + 1) * (lon1 - lon0 + 1) <= 40_000 else { return }
        for la in lat0...lat1 {
            for lo in lon0...lon1 {
                guard let entries = cells[Self.cellKey(la, lo)] else { continue }
                for entry in entries where include(Int(entry.tag)) {
                    let d = center.distanceKm(to: entry.point)
                    if d <= radiusKm { body(Int(entry.tag), d) }
                }
            }
        }
    }

    /// The tag of the nearest point within `maxKm`, with its distance; rings of cells are searched
    /// outwards so the cost stays local.
    public func nearest(to center: GeoPoint, maxKm: Double) -> (tag: Int, km: Double)? {
        var best: (tag: Int, km: Double)? = nil
        var radius = 5.0
        while true {
            forEach(within: min(radius, maxKm), of: center) { tag, km in
                if best == nil || km < best!.km || (km == best!.km && tag < best!.tag) { best = (tag, km) }
            }
            if best != nil || radius >= maxKm { return best }
            radius *= 2
        }
    }
}
