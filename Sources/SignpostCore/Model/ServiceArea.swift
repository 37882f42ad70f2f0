/// Where a service's users must live.
public enum ServiceArea: Sendable, Hashable {
    /// Residents of the listed parishes (names as in the Directory's parish table).
    case parishes([String])
    /// Anyone living within `km` of one of the service's sites.
    case radius(km: Double)
    /// Anyone in Sevenoaks District.
    case district
    /// Anyone in West Kent (which includes the whole district).
    case westKent
    /// Anyone in Kent.
    case kent
    /// Anyone in the UK (national helplines and schemes).
    case national

    /// The area in words: "Swanley, Hextable", "the whole district".
    public var plainDescription: String {
        switch self {
        case .parishes(let names): return names.joined(separator: ", ")
        case .radius(let km): return "within \(Format.kilometres(km)) of its sites"
        case .district: return "the whole of Sevenoaks District"
        case .westKent: return "West Kent"
        case .kent: return "Kent"
        case .national: return "the whole country"
        }
    }

    /// The area's kind as written in Directory files.
    public var kindName: String {
        switch self {
        case .parishes: return "parishes"
        case .radius: return "radius"
        case .district: return "district"
        case .westKent: return "west-kent"
        case .kent: return "kent"
        case .national: return "national"
        }
    }
}
