import SignpostCore

/// Facts about the Open Referral UK 3.0 profile that Signpost's export and import rely on, in one
/// place. The field-by-field mapping is documented in docs/ORUK.md.
public enum ORUKProfile {
    /// `api_details.version`, as the ORUK 3.0 OpenAPI description names the profile.
    public static let version = "HSDS-UK-3.0"
    public static let profileURI = "https://openreferraluk.org/specifications/3.0/"
    public static let openAPIURL = "https://openreferraluk.org/specifications/3.0/openapi.json"

    /// The one extension member Signpost adds to a service, organization or location, carrying what
    /// ORUK cannot express. ORUK's schemas allow additional properties, so strict consumers still
    /// validate; everything in it is documented in docs/ORUK.md.
    public static let extensionKey = "x_signpost"

    /// `service.status` values (ORUK 3.0 `service.json` enum).
    public static let serviceStatuses = ["active", "inactive", "defunct", "temporarily closed"]
    /// `location.location_type` and `address.address_type` values.
    public static let locationTypes = ["physical", "postal", "virtual"]

    /// Names (and ONS GSS codes, as statistics.data.gov.uk URIs) for the wide service areas. Parish
    /// codes are not in the Directory yet, so parish areas carry names only.
    static let wideAreas: [(area: ServiceArea, name: String, uri: String?)] = [
        (.district, "Sevenoaks District", "http://statistics.data.gov.uk/id/statistical-geography/E07000111"),
        (.westKent, "West Kent", nil),
        (.kent, "Kent", "http://statistics.data.gov.uk/id/statistical-geography/E10000016"),
        (.national, "United Kingdom", "http://statistics.data.gov.uk/id/statistical-geography/K02000001"),
    ]

    /// The published taxonomy of Signpost needs.
    static let needsTaxonomyName = "Signpost needs"
    static let needsTaxonomyKey = "signpost-needs"
    /// `cost_option.option` labels Signpost writes, one per cost kind it can state.
    static func costOptionLabel(_ kind: Cost.Kind) -> String? {
        switch kind {
        case .free: return "Free"
        case .concessions: return "Concessions available"
        case .paid: return "Paid"
        case .unknown: return nil
        }
    }
}
