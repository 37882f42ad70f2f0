/// How a service is reached: the one definition of "needs no travel" the engine, printed lists,
/// gaps and the CLI share.
public enum ServiceReach {
    /// The delivery mode that spares the resident a journey, best first; nil when they must travel.
    static func noTravelMode(_ delivery: DeliverySet, hasInternet: Bool) -> DeliveryMode? {
        if delivery.contains(.transport) { return .transport }
        if delivery.contains(.homeVisit) { return .homeVisit }
        if delivery.contains(.phone) { return .phone }
        if hasInternet && delivery.contains(.online) { return .online }
        return nil
    }

    /// The same for a service's modes.
    public static func noTravelMode(_ modes: Set<DeliveryMode>, hasInternet: Bool) -> DeliveryMode? {
        noTravelMode(DeliverySet(modes), hasInternet: hasInternet)
    }
}
