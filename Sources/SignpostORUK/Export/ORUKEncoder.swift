import SignpostCore

/// Turns Directory records into ORUK 3.0 objects, fully nested as `GET /services/{id}` returns
/// them. Optional fields Signpost does not know are omitted, never written as null; every id is a
/// name-based UUID of our own id, so exports are identical from run to run.
public struct ORUKEncoder: Sendable {
    public let directory: Directory
    /// Objects every service shares, built once: each organization, and each need's taxonomy term.
    private let organizations: [String: JSONValue]
    private let needTerms: [String: JSONValue]
    private let needTermIDs: [String: String]

    /// Builds the shared objects (one hash per organisation and need); keep one encoder per Directory.
    public init(directory: Directory) {
        self.directory = directory
        var organizations: [String: JSONValue] = [:]
        for org in directory.organisations where organizations[org.id] == nil {
            organizations[org.id] = Self.organization(org)
        }
        var terms: [String: JSONValue] = [:]
        var ids: [String: String] = [:]
        for need in directory.taxonomy.needs where terms[need.id] == nil {
            terms[need.id] = Self.needTerm(need.id, directory: directory)
            ids[need.id] = Self.needTermID(need.id)
        }
        self.organizations = organizations
        needTerms = terms
        needTermIDs = ids
    }

    /// The ORUK id of a service, from its Directory id.
    public static func serviceID(_ id: String) -> String { NameBasedUUID.signpost("service", id) }
    static func organizationID(_ id: String) -> String { NameBasedUUID.signpost("organization", id) }
    static func taxonomyID() -> String { NameBasedUUID.signpost("taxonomy", ORUKProfile.needsTaxonomyKey) }
    static func needTermID(_ need: String) -> String { NameBasedUUID.signpost("taxonomy-term", need) }
    static func domainTermID(_ domain: String) -> String { NameBasedUUID.signpost("taxonomy-term", "domain/" + domain) }

    /// One service, fully nested.
    public func service(_ s: Service) -> JSONValue {
        let uuid = Self.serviceID(s.id)
        var o = JSONObject()
        o.appendUnchecked("id", .string(uuid))
        o.appendUnchecked("organization_id", .string(Self.organizationID(s.organisationID)))
        o.appendUnchecked("name", .string(s.name))
        o.appendUnchecked("description", .string(s.description))
        if let url = s.url { o.appendUnchecked("url", .string(url)) }
        if let email = s.email { o.appendUnchecked("email", .string(email)) }
        o.appendUnchecked("status", "active")
        if let age = s.eligibility.minimumAge { o.appendUnchecked("minimum_age", JSONValue(age)) }
        if let age = s.eligibility.maximumAge { o.appendUnchecked("maximum_age", JSONValue(age)) }
        o.appendUnchecked("assured_date", .string(s.verified.description))
        o.appendUnchecked("last_modified", .string(s.verified.description + "T00:00:00Z"))
        let schedules = schedules(s, uuid)
        if !schedules.isEmpty { o.appendUnchecked("schedules", .array(schedules)) }
        o.appendUnchecked("service_areas", .array(serviceAreas(s, uuid)))
        if !s.locations.isEmpty {
            o.appendUnchecked("service_at_locations", .array(s.locations.enumerated().map { i, l in serviceAtLocation(s, uuid, i, l) }))
        }
        if !s.languages.isEmpty {
            o.appendUnchecked("languages", .array(
                s.languages.enumerated().map { i, name in
                    .object([
                        "id": .string(NameBasedUUID.signpost("language", s.id + "/" + String(i))),
                        "service_id": .string(uuid), "name": .string(name),
                    ])
                }))
        }
        if let organisation = organizations[s.organisationID] { o.appendUnchecked("organization", organisation) }
        if let label = ORUKProfile.costOptionLabel(s.cost.kind) {
            var cost: JSONObject = [
                "id": .string(NameBasedUUID.signpost("cost-option", s.id)), "service_id": .string(uuid),
                "option": .string(label),
            ]
            if s.cost.kind == .free { cost.appendUnchecked("amount", 0) }
            if let text = s.cost.description { cost.appendUnchecked("amount_description", .string(text)) }
            o.appendUnchecked("cost_options", [.object(cost)])
        }
        if !s.phones.isEmpty {
            o.appendUnchecked("phones", .array(
                s.phones.enumerated().map { i, p in Self.phone(p, id: NameBasedUUID.signpost("phone", s.id + "/" + String(i))) }))
        }
        o.appendUnchecked("attributes", .array(
            s.needs.map { need in
                .object([
                    "id": .string(NameBasedUUID.signpost("attribute", s.id + "/" + need)), "link_id": .string(uuid),
                    "link_type": "service", "taxonomy_term_id": .string(needTermIDs[need] ?? Self.needTermID(need)),
                    "taxonomy_term": needTerms[need] ?? Self.needTerm(need, directory: directory),
                ])
            }))
        o.appendUnchecked(ORUKProfile.extensionKey, .object(serviceExtension(s)))
        return .object(o)
    }

    /// The free-text schedule (description only), then each structured schedule as RRULE-style
    /// fields with its words as `description`, then each site's, tied to its `service_at_location`.
    private func schedules(_ s: Service, _ uuid: String) -> [JSONValue] {
        var out: [JSONValue] = []
        if let text = s.schedule {
            out.append(.object([
                "id": .string(NameBasedUUID.signpost("schedule", s.id)), "service_id": .string(uuid),
                "description": .string(text),
            ]))
        }
        for (i, schedule) in s.schedules.enumerated() {
            out.append(Self.schedule(schedule, id: NameBasedUUID.signpost("schedule", s.id + "/" + String(i)), serviceID: uuid, atLocation: nil))
        }
        for (l, location) in s.locations.enumerated() {
            for (i, schedule) in location.schedules.enumerated() {
                out.append(Self.schedule(
                    schedule, id: NameBasedUUID.signpost("schedule", s.id + "/location/" + String(l) + "/" + String(i)),
                    serviceID: uuid, atLocation: Self.serviceAtLocationID(s, l)))
            }
        }
        return out
    }

    /// One structured schedule: `freq` WEEKLY or MONTHLY, `byday` "TU,TH" or "1TU,3TU" (-1 the
    /// last), `opens_at`/`closes_at` as HH:MM UK local time, validity dates, words, notes.
    static func schedule(_ schedule: Schedule, id: String, serviceID: String, atLocation: String?) -> JSONValue {
        var o = JSONObject()
        o.appendUnchecked("id", .string(id))
        o.appendUnchecked("service_id", .string(serviceID))
        if let atLocation { o.appendUnchecked("service_at_location_id", .string(atLocation)) }
        if let from = schedule.validFrom { o.appendUnchecked("valid_from", .string(from.description)) }
        if let to = schedule.validTo { o.appendUnchecked("valid_to", .string(to.description)) }
        let monthly = schedule.frequency == .monthly && !schedule.weeksOfMonth.isEmpty
        o.appendUnchecked("freq", .string(monthly ? "MONTHLY" : "WEEKLY"))
        let byday: [String] = monthly
            ? schedule.days.flatMap { day in schedule.weeksOfMonth.map { String($0) + day.rruleCode } }
            : schedule.days.map(\.rruleCode)
        o.appendUnchecked("byday", .string(byday.joined(separator: ",")))
        o.appendUnchecked("description", .string(schedule.inWords))
        if let opens = schedule.opens { o.appendUnchecked("opens_at", .string(opens.description)) }
        if let closes = schedule.closes { o.appendUnchecked("closes_at", .string(closes.description)) }
        if let notes = schedule.notes { o.appendUnchecked("notes", .string(notes)) }
        return .object(o)
    }

    static func serviceAtLocationID(_ s: Service, _ i: Int) -> String {
        NameBasedUUID.signpost("service-at-location", s.id + "/" + String(i))
    }

    /// What ORUK cannot say about a service (docs/ORUK.md, "Extension fields").
    private func serviceExtension(_ s: Service) -> JSONObject {
        var x = JSONObject()
        x.appendUnchecked("id", .string(s.id))
        x.appendUnchecked("delivery", JSONValue(s.delivery.sorted().map(\.rawValue)))
        var e = JSONObject()
        if !s.eligibility.conditions.isEmpty { e.appendUnchecked("conditions", JSONValue(s.eligibility.conditions.map(\.rawValue))) }
        if s.eligibility.referral != .selfReferral { e.appendUnchecked("referral", .string(s.eligibility.referral.rawValue)) }
        if let notes = s.eligibility.notes { e.appendUnchecked("notes", .string(notes)) }
        if !e.isEmpty { x.appendUnchecked("eligibility", .object(e)) }
        if case .radius = s.area { x.appendUnchecked("service_area", s.area.directoryJSON) }
        if s.cost.kind == .unknown, let text = s.cost.description { x.appendUnchecked("cost", .object(["description": .string(text)])) }
        if s.locations.isEmpty && !s.accessibility.isEmpty { x.appendUnchecked("accessibility", JSONValue(s.accessibility)) }
        if !s.actionPlan.isEmpty { x.appendUnchecked("action_plan", JSONValue(s.actionPlan.map(\.code))) }
        x.appendUnchecked("source", .string(s.source))
        if !s.history.isEmpty { x.appendUnchecked("history", .array(s.history.map(\.directoryJSON))) }
        if s.kind != .service { x.appendUnchecked("kind", .string(s.kind.rawValue)) }
        return x
    }

    private func serviceAreas(_ s: Service, _ uuid: String) -> [JSONValue] {
        func area(_ i: Int, _ name: String, _ uri: String?) -> JSONValue {
            var a: JSONObject = [
                "id": .string(NameBasedUUID.signpost("service-area", s.id + "/" + String(i))), "service_id": .string(uuid),
                "name": .string(name),
            ]
            if let uri { a.appendUnchecked("uri", .string(uri)) }
            return .object(a)
        }
        switch s.area {
        case .parishes(let names): return names.enumerated().map { area($0, $1, nil) }
        case .radius(let km): return [area(0, "Within " + Format.kilometres(km) + " of its sites", nil)]
        default:
            let wide = ORUKProfile.wideAreas.first { $0.area == s.area }
            return [area(0, wide?.name ?? s.area.plainDescription, wide?.uri)]
        }
    }

    private func serviceAtLocation(_ s: Service, _ uuid: String, _ i: Int, _ l: ServiceLocation) -> JSONValue {
        let locationID = NameBasedUUID.signpost("location", [l.name, l.address, l.postcode, l.parish].map { $0 ?? "" }.joined(separator: "|"))
        var location = JSONObject()
        location.appendUnchecked("id", .string(locationID))
        location.appendUnchecked("location_type", "physical")
        if let name = l.name { location.appendUnchecked("name", .string(name)) }
        if let point = l.coordinate {
            location.appendUnchecked("latitude", .number(point.latitude))
            location.appendUnchecked("longitude", .number(point.longitude))
        }
        var x = JSONObject()
        if let address = l.address, let postcode = l.postcode {
            let (street, city) = Self.splitAddress(address)
            location.appendUnchecked("addresses", [
                .object([
                    "id": .string(NameBasedUUID.signpost("address", locationID)), "location_id": .string(locationID),
                    "address_1": .string(street), "city": .string(city), "state_province": "Kent",
                    "postal_code": .string(postcode), "country": "GB", "address_type": "physical",
                ])
            ])
        } else {
            // ORUK's address needs a street, town and postcode; a partial one stays ours.
            if let address = l.address { x.appendUnchecked("address", .string(address)) }
            if let postcode = l.postcode { x.appendUnchecked("postcode", .string(postcode)) }
        }
        if !s.accessibility.isEmpty {
            location.appendUnchecked("accessibility", .array(
                s.accessibility.enumerated().map { j, text in
                    .object([
                        "id": .string(NameBasedUUID.signpost("accessibility", s.id + "/" + String(i) + "/" + String(j))),
                        "location_id": .string(locationID), "description": .string(text),
                    ])
                }))
        }
        if let parish = l.parish { x.appendUnchecked("parish", .string(parish)) }
        if !x.isEmpty { location.appendUnchecked(ORUKProfile.extensionKey, .object(x)) }
        return .object([
            "id": .string(Self.serviceAtLocationID(s, i)),
            "service_id": .string(uuid), "location_id": .string(locationID), "location": .object(location),
        ])
    }

    /// "Hollybush Court, Hollybush Close, Sevenoaks" → ("Hollybush Court, Hollybush Close", "Sevenoaks").
    static func splitAddress(_ address: String) -> (street: String, city: String) {
        guard let comma = address.lastIndex(of: ",") else { return (address, "") }
        return (
            String(address[..<comma]).trimmingSpaces(),
            String(address[address.index(after: comma)...]).trimmingSpaces()
        )
    }

    /// A phone: `number`, `description`; core HSDS 3.0's `extension` (a number) and `type`
    /// ("text" for a number to text); `x_signpost.role` and `ask_for`.
    private static func phone(_ p: Phone, id: String) -> JSONValue {
        var o: JSONObject = ["id": .string(id), "number": .string(p.number)]
        if let d = p.description { o.appendUnchecked("description", .string(d)) }
        if let ext = p.extensionNumber {
            let number = Int(ext).flatMap { String($0) == ext ? $0 : nil }
            o.appendUnchecked("extension", number.map { .number(Double($0)) } ?? .string(ext))
        }
        if p.kind == .text { o.appendUnchecked("type", "text") }
        var x = JSONObject()
        if let role = p.role { x.appendUnchecked("role", .string(role.rawValue)) }
        if let askFor = p.askFor { x.appendUnchecked("ask_for", .string(askFor)) }
        if !x.isEmpty { o.appendUnchecked(ORUKProfile.extensionKey, .object(x)) }
        return .object(o)
    }

    /// An organization as nested in a service and listed at `/organizations`.
    public func organization(_ org: Organisation) -> JSONValue { organizations[org.id] ?? Self.organization(org) }

    static func organization(_ org: Organisation) -> JSONValue {
        var o = JSONObject()
        o.appendUnchecked("id", .string(Self.organizationID(org.id)))
        o.appendUnchecked("name", .string(org.name))
        o.appendUnchecked("description", .string(org.description))
        if let email = org.email { o.appendUnchecked("email", .string(email)) }
        if let website = org.website { o.appendUnchecked("website", .string(website)) }
        if let number = org.phone { o.appendUnchecked("phones", [Self.phone(Phone(number: number), id: NameBasedUUID.signpost("phone", "organization/" + org.id))]) }
        var x: JSONObject = ["id": .string(org.id)]
        if let address = org.address { x.appendUnchecked("address", .string(address)) }
        x.appendUnchecked("source", .string(org.source))
        o.appendUnchecked(ORUKProfile.extensionKey, .object(x))
        return .object(o)
    }

    /// The taxonomy term of a need: its label, its domain as parent, our id as `term`.
    public func needTerm(_ id: String) -> JSONValue { needTerms[id] ?? Self.needTerm(id, directory: directory) }

    static func needTerm(_ id: String, directory: Directory) -> JSONValue {
        let taxonomy = directory.taxonomy
        guard let need = taxonomy.need(id) else {
            return .object([
                "id": .string(Self.needTermID(id)), "name": .string(id), "description": .string(id),
                "taxonomy": .string(ORUKProfile.needsTaxonomyName), "taxonomy_id": .string(Self.taxonomyID()),
                "term": .string(id),
            ])
        }
        let domain = taxonomy.domain(need.domain)
        return .object([
            "id": .string(Self.needTermID(need.id)), "name": .string(need.label),
            "description": .string(need.label + " (" + (domain?.label ?? need.domain) + "; " + (directory.actionPlan.priorityArea(need.priorityArea)?.title ?? need.priorityArea) + ")"),
            "parent_id": .string(Self.domainTermID(need.domain)), "taxonomy": .string(ORUKProfile.needsTaxonomyName),
            "taxonomy_id": .string(Self.taxonomyID()), "term": .string(need.id),
        ])
    }

    /// Every term of the Signpost needs taxonomy: the domains (top level), then the needs.
    public func taxonomyTerms() -> [JSONValue] {
        let domains: [JSONValue] = directory.taxonomy.domains.map { d in
            .object([
                "id": .string(Self.domainTermID(d.id)), "name": .string(d.label),
                "description": .string(d.label + ". Marmot objective " + d.marmotObjective),
                "taxonomy": .string(ORUKProfile.needsTaxonomyName), "taxonomy_id": .string(Self.taxonomyID()),
                "term": .string("domain/" + d.id),
            ])
        }
        return domains + directory.taxonomy.needs.map { needTerm($0.id) }
    }

    /// The published taxonomy, with its terms.
    public func taxonomy() -> JSONValue {
        .object([
            "id": .string(Self.taxonomyID()), "name": .string(ORUKProfile.needsTaxonomyName),
            "description": "Needs a resident may bring to a social prescriber, grouped by wider determinant of health (Sevenoaks District Health & Wellbeing Partnership).",
            "version": .string(SignpostVersion.current), "taxonomy_terms": .array(taxonomyTerms()),
        ])
    }

    /// `GET /` of the publication.
    public static func apiDetails() -> JSONValue {
        .object([
            "version": .string(ORUKProfile.version), "profile": .string(ORUKProfile.profileURI),
            "openapi_url": .string(ORUKProfile.openAPIURL),
        ])
    }
}
