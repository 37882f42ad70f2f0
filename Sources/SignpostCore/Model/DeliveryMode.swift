/// How a service reaches people.
public enum DeliveryMode: String, Sendable, Hashable, CaseIterable, Comparable {
    case inPerson = "in-person"
    case phone = "phone"
    case online = "online"
    case homeVisit = "home-visit"
    /// The service provides the transport (door-to-door schemes such as Dial a Ride).
    case transport = "transport"

    /// Modes that need no travel from the resident.
    public var needsNoTravel: Bool { self != .inPerson }

    public static func < (a: DeliveryMode, b: DeliveryMode) -> Bool {
        DeliveryMode.allCases.firstIndex(of: a)! < DeliveryMode.allCases.firstIndex(of: b)!
    }
}
