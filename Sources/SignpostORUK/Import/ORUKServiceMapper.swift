import SignpostCore

/// Maps one ORUK service object to a Directory service and its organisation, field by field as
/// docs/ORUK.md describes. What cannot be mapped is reported, never silently dropped: a field
/// with bad data is an error (the field is left out), a field Signpost has no place for is a
/// warning, and a service that cannot stand (no id, no name, no need, no area) is skipped with an error.
struct ORUKServiceMapper {
    let base: Directory
    let options: ORUKImportOptions
    let organizations: [String: ORUKRecord]
    private let interpreter: NeedInterpreter
    private let needByTermID: [String: String]
    private let needByLabel: [String: String]

    init(base: Directory, options: ORUKImportOptions, organizations: [String: ORUKRecord]) {
        self.base = base
        self.options = options
        self.organizations = organizations
        interpreter = NeedInterpreter(taxonomy: base.taxonomy)
        var byTerm: [String: String] = [:]
        var byLabel: [String: String] = [:]
        for need in base.taxonomy.needs {
            byTerm[ORUKEncoder.needTermID(need.id)] = need.id
            byLabel[NameMatching.normalise(need.label)] = need.id
        }
        needByTermID = byTerm
        needByLabel = byLabel
    }

    struct Mapped {
        var service: Service
        var organisation: Organisation
        /// Where the service is in the feed (the object itself is not kept).
        var source: RecordSource
        var path: String
    }

    /// Join keys and ids that carry no information of their own once the object is nested.
    static let joinKeys: Set<String> = [
        "id", "service_id", "location_id", "link_id", "link_type", "contact_id", "organization_id",
        "service_at_location_id", "taxonomy_term_id", "parent_id", "taxonomy_id", "phone_id",
    ]

    func map(_ record: ORUKRecord, ids: inout ORUKIdentifiers, sink: FindingSink) -> Mapped? {
        let r = ObjectReader(object: record.object, path: record.path, source: record.source, sink: sink, leniency: .feed)
        func skip(_ why: String) -> Mapped? {
            sink.add(record.source.finding(.error, record.path, "service skipped: " + why))
            return nil
        }
        guard let uuid = r.string("id", required: true) else { return skip("it has no id") }
        guard let name = r.string("name", required: true) else { return skip("it has no name") }
        if let status = r.string("status"), status != "active" {
            sink.add(record.source.finding(.warning, r.fieldPath("status"), "service skipped: its status is \"\(status)\""))
            return nil
        }
        let x = r.object(ORUKProfile.extensionKey)
        let id = ids.serviceID(uuid: uuid, preferred: x?.string("id"), name: name, at: x.map { $0.fieldPath("id") } ?? r.fieldPath("id"), source: record.source, sink: sink)

        guard let organisation = mapOrganisation(r, record: record, ids: &ids, sink: sink) else {
            return skip("it has no organization (give \"organization\", or an \"organization_id\" listed in organizations.json)")
        }
        var description = r.string("description")
        if description == nil {
            r.warning("description", "no description: the service's name is used")
            description = name
        }
        let url = checked(r, "url", UKFormats.isWebAddress, "is not a web address")
        let email = checked(r, "email", UKFormats.isPlausibleEmail, "is not a well-formed email address")
        var eligibility = Eligibility(minimumAge: r.int("minimum_age", range: 0...120), maximumAge: r.int("maximum_age", range: 0...120))
        if let low = eligibility.minimumAge, let high = eligibility.maximumAge, low > high {
            r.error("minimum_age", "minimum_age \(low) is greater than maximum_age \(high): both left out")
            eligibility.minimumAge = nil
            eligibility.maximumAge = nil
        }
        let assured = date(r, "assured_date")
        let modified = date(r, "last_modified")
        let verified = assured ?? modified ?? {
            r.warning("assured_date", "no assured_date or last_modified: verified set to the feed's date, \(options.feedDate)")
            return options.feedDate
        }()
        let schedule = mapSchedules(r)
        let languages = (r.objects("languages") ?? []).compactMap { l -> String? in
            defer { reportUnmapped(l) }
            return l.string("name") ?? l.string("code")
        }
        let cost = mapCost(r, extensionDescription: x?.object("cost").flatMap { c in defer { c.finish() }; return c.string("description") })
        var phones = mapPhones(r)
        for contact in r.objects("contacts") ?? [] {
            phones += mapPhones(contact)
            _ = contact.string("name")
            _ = contact.string("title")
        }
        var locations: [ServiceLocation] = []
        var accessibility: [String] = []
        for sal in r.objects("service_at_locations") ?? [] {
            if let location = sal.object("location"), let mapped = mapLocation(location, accessibility: &accessibility) {
                locations.append(mapped)
            }
            reportUnmapped(sal)
        }
        var needs = mapAttributes(r)

        // The extension: what ORUK cannot say, written by Signpost's own export.
        var area: ServiceArea? = nil
        var delivery: Set<DeliveryMode>? = nil
        var actionPlan: [ActionPlanReference] = []
        var source: String? = nil
        if let x {
            if let modes = x.enumerations("delivery", DeliveryMode.self), !modes.isEmpty { delivery = Set(modes) }
            if let e = x.object("eligibility") {
                eligibility.conditions = e.enumerations("conditions", Circumstance.self) ?? []
                eligibility.referral = e.enumeration("referral", ReferralRoute.self) ?? .selfReferral
                eligibility.notes = e.string("notes")
                e.finish()
            }
            area = x.object("service_area").flatMap(ServiceDecoding.decodeArea)
            accessibility += x.strings("accessibility") ?? []
            actionPlan = x.references("action_plan") ?? []
            source = x.string("source")
            x.finish()
        }
        if area == nil {
            area = mapAreas(r, hasLocations: !locations.isEmpty)
        } else {
            _ = r.value("service_areas", required: false)
        }
        guard let area else {
            return skip(
                "no service area Signpost recognises (name a parish, \"Sevenoaks District\", \"West Kent\", \"Kent\" or \"United Kingdom\", or import with --default-area)")
        }
        if needs.isEmpty { needs = needsFromText(name + ". " + (description ?? ""), r) }
        guard !needs.isEmpty else {
            return skip("no attribute or phrase in its name and description maps to a Signpost need, so no resident could be matched to it")
        }
        let modes = delivery ?? {
            var modes: Set<DeliveryMode> = []
            if !locations.isEmpty { modes.insert(.inPerson) }
            if !phones.isEmpty { modes.insert(.phone) }
            if modes.isEmpty && url != nil { modes.insert(.online) }
            return modes.isEmpty ? [.inPerson] : modes
        }()
        reportUnmapped(r)

        var seenAccessibility = Set<String>()
        let service = Service(
            id: id, name: name, organisationID: organisation.id, description: description ?? name, needs: needs,
            eligibility: eligibility, area: area, cost: cost, delivery: modes, locations: locations, phones: phones,
            email: email, url: url, schedule: schedule,
            accessibility: accessibility.filter { seenAccessibility.insert($0).inserted }, languages: languages,
            actionPlan: actionPlan,
            source: source ?? "Open Referral UK feed: \(options.feedName) (service \(uuid))", verified: verified)
        return Mapped(service: service, organisation: organisation, source: record.source, path: record.path)
    }

    // MARK: - Fields

    private func checked(_ r: ObjectReader, _ key: String, _ test: (String) -> Bool, _ problem: String) -> String? {
        guard let text = r.string(key) else { return nil }
        guard test(text) else {
            r.error(key, "\"\(text)\" \(problem): left out")
            return nil
        }
        return text
    }

    /// A date, or the date part of a date-time ("2023-03-15T10:30:45Z").
    private func date(_ r: ObjectReader, _ key: String) -> CalendarDate? {
        guard let text = r.string(key) else { return nil }
        guard let date = CalendarDate(iso: String(text.prefix(10))) else {
            r.error(key, "expected a date (YYYY-MM-DD or a date-time), found \"\(text)\"")
            return nil
        }
        return date
    }

    private func mapSchedules(_ r: ObjectReader) -> String? {
        var parts: [String] = []
        for s in r.objects("schedules") ?? [] {
            if let text = s.string("description") {
                parts.append(text)
            } else {
                let days = s.string("byday")
                let opens = s.string("opens_at")
                let closes = s.string("closes_at")
                let times = [opens, closes].compactMap { $0.map { String($0.prefix(5)) } }.joined(separator: "–")
                let text = [days, times.isEmpty ? nil : times].compactMap { $0 }.joined(separator: " ")
                if !text.isEmpty { parts.append(text) }
            }
            reportUnmapped(s)
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private func mapCost(_ r: ObjectReader, extensionDescription: String?) -> Cost {
        var kinds: [Cost.Kind] = []
        var descriptions: [String] = []
        for option in r.objects("cost_options") ?? [] {
            let label = option.string("option")
            let amount = option.double("amount")
            let text = option.string("amount_description")
            let lower = (label ?? "").lowercased()
            let kind: Cost.Kind
            if let known = Cost.Kind.allCases.first(where: { ORUKProfile.costOptionLabel($0) == label }) {
                kind = known
            } else if lower.contains("concession") || lower.contains("discount") {
                kind = .concessions
            } else if lower.contains("free") || amount == 0 {
                kind = .free
            } else if let amount, amount > 0 {
                kind = .paid
            } else {
                kind = .unknown
            }
            kinds.append(kind)
            var parts: [String] = []
            if kind != .free || text != nil, let label, ORUKProfile.costOptionLabel(kind) != label { parts.append(label) }
            if let amount, amount > 0, !(text ?? "").contains("£") { parts.append("£" + Format.decimal(amount)) }
            if let text { parts.append(text) }
            if !parts.isEmpty { descriptions.append(parts.joined(separator: ": ")) }
            _ = option.string("valid_from")
            _ = option.string("valid_to")
            reportUnmapped(option)
        }
        let distinct = Set(kinds)
        let kind: Cost.Kind
        if distinct.isEmpty {
            kind = .unknown
        } else if distinct.count == 1 {
            kind = distinct.first!
        } else {
            kind = distinct.contains(.free) || distinct.contains(.concessions) ? .concessions : .paid
        }
        let description = descriptions.isEmpty ? extensionDescription : descriptions.joined(separator: "; ")
        return Cost(kind: kind, description: description)
    }

    private func mapPhones(_ r: ObjectReader) -> [Phone] {
        (r.objects("phones") ?? []).compactMap { p in
            defer { reportUnmapped(p) }
            guard let number = p.string("number", required: true) else { return nil }
            guard UKFormats.isWellFormedPhone(number) else {
                p.error("number", "\"\(number)\" is not a well-formed UK phone number: left out")
                return nil
            }
            return Phone(number: number, description: p.string("description"))
        }
    }

    private func mapLocation(_ l: ObjectReader, accessibility: inout [String]) -> ServiceLocation? {
        defer { reportUnmapped(l) }
        let type = l.string("location_type")
        if type == "virtual" { return nil }
        var location = ServiceLocation(name: l.string("name"))
        let latitude = l.double("latitude")
        let longitude = l.double("longitude")
        if let latitude, let longitude {
            if GeoPoint(latitude: latitude, longitude: longitude).isInGreatBritain {
                location.coordinate = GeoPoint(latitude: latitude, longitude: longitude)
            } else {
                l.error("latitude", "\(latitude), \(longitude) is not in Great Britain: coordinates left out")
            }
        }
        var city: String? = nil
        if let address = (l.objects("addresses") ?? []).first {
            let street = address.string("address_1")
            city = address.string("city")
            location.address = [street, city].compactMap { $0 }.joined(separator: ", ")
            if location.address == "" { location.address = nil }
            if let postcode = address.string("postal_code") {
                if let canonical = UKFormats.canonicalPostcode(postcode) {
                    location.postcode = canonical
                } else {
                    address.error("postal_code", "\"\(postcode)\" is not a well-formed UK postcode: left out")
                }
            }
            for key in ["state_province", "country", "address_type", "region", "attention"] { _ = address.string(key) }
            reportUnmapped(address)
        }
        for a in l.objects("accessibility") ?? [] {
            if let text = a.string("description") ?? a.string("accessibility") { accessibility.append(text) }
            _ = a.string("details")
            _ = a.string("url")
            reportUnmapped(a)
        }
        if let x = l.object(ORUKProfile.extensionKey) {
            if let parish = x.string("parish") { location.parish = parish }
            if let address = x.string("address") { location.address = address }
            if let postcode = x.string("postcode") { location.postcode = postcode }
            x.finish()
        } else if let city, let parish = base.parish(named: city) {
            location.parish = parish.name
        } else if let outcode = location.postcode.flatMap(UKFormats.outcode(of:)).flatMap(base.outcode), outcode.parishes.count == 1 {
            location.parish = outcode.parishes[0]
        }
        if location.name == nil && location.address == nil && location.postcode == nil && location.parish == nil {
            l.warning("", "location has no name, address, postcode or parish: left out")
            return nil
        }
        return location
    }

    private func mapAreas(_ r: ObjectReader, hasLocations: Bool) -> ServiceArea? {
        var parishes: [String] = []
        var wide: ServiceArea? = nil
        for a in r.objects("service_areas") ?? [] {
            let name = a.string("name") ?? a.string("service_area")
            let uri = a.string("uri")
            _ = a.string("extent")
            _ = a.string("extent_type")
            _ = a.string("service_area")
            reportUnmapped(a)
            if let match = ORUKProfile.wideAreas.first(where: { ($0.uri != nil && $0.uri == uri) || NameMatching.normalise($0.name) == NameMatching.normalise(name ?? "") }) {
                if wide.map({ rank($0) < rank(match.area) }) ?? true { wide = match.area }
            } else if let name, let parish = base.parish(named: name) {
                parishes.append(parish.name)
            } else {
                a.warning("name", "area \"\(name ?? uri ?? "?")\" is not a place Signpost knows")
            }
        }
        if let wide { return wide }
        if !parishes.isEmpty { return .parishes(parishes) }
        if let area = options.defaultArea {
            if case .radius = area, !hasLocations { return nil }
            r.warning("service_areas", "no recognised area: imported as \(area.plainDescription) (--default-area)")
            return area
        }
        return nil
    }

    private func rank(_ area: ServiceArea) -> Int {
        switch area {
        case .national: return 4
        case .kent: return 3
        case .westKent: return 2
        default: return 1
        }
    }

    private func mapAttributes(_ r: ObjectReader) -> [String] {
        var needs: [String] = []
        func add(_ id: String) { if !needs.contains(id) { needs.append(id) } }
        for a in r.objects("attributes") ?? [] {
            let termID = a.string("taxonomy_term_id")
            let term = a.object("taxonomy_term")
            let code = term?.string("term")
            let termName = term?.string("name")
            let taxonomyName = term?.string("taxonomy")
            if let t = term {
                for key in ["description", "term_uri", "code", "vocabulary"] { _ = t.string(key) }
                reportUnmapped(t)
            }
            _ = a.string("value")
            reportUnmapped(a)
            let uuid = term.flatMap { $0.object["id"]?.stringValue } ?? termID
            if let uuid, let need = needByTermID[uuid] {
                add(need)
            } else if let code, base.taxonomy.need(code) != nil, taxonomyName == nil || taxonomyName == ORUKProfile.needsTaxonomyName {
                add(code)
            } else if let termName, let need = needByLabel[NameMatching.normalise(termName)] {
                add(need)
            } else if let termName, case let found = interpreter.interpret([termName]).needs, !found.isEmpty {
                let ids = found.map { base.taxonomy.needs[$0.need].id }
                ids.forEach(add)
                a.warning("taxonomy_term", "term \"\(termName)\" read as need \(ids.map { "\"\($0)\"" }.joined(separator: ", ")) through the taxonomy's synonyms")
            } else {
                a.warning("taxonomy_term", "unknown taxonomy term \"\(termName ?? code ?? uuid ?? "?")\": not mapped to a need")
            }
        }
        return needs
    }

    private func needsFromText(_ text: String, _ r: ObjectReader) -> [String] {
        let found = interpreter.interpret([text]).needs
        let ids = found.map { base.taxonomy.needs[$0.need].id }
        if !ids.isEmpty {
            let phrases = found.flatMap(\.via).compactMap { via -> String? in
                if case .phrase(let p) = via { return "\"" + p + "\"" }
                return nil
            }
            r.warning(
                "attributes",
                "no attribute maps to a Signpost need; needs read from the name and description: \(ids.joined(separator: ", ")) (from \(phrases.joined(separator: ", ")))")
        }
        return ids
    }

    private func mapOrganisation(_ r: ObjectReader, record: ORUKRecord, ids: inout ORUKIdentifiers, sink: FindingSink) -> Organisation? {
        let reference = r.string("organization_id")
        if let nested = r.object("organization") {
            return mapOrganisation(nested, reference: reference, ids: &ids, sink: sink)
        }
        if let reference, let listed = organizations[reference] { return mapListedOrganisation(listed, ids: &ids, sink: sink) }
        return nil
    }

    /// An organization from `organizations.json` (also those no service in the feed names).
    func mapListedOrganisation(_ listed: ORUKRecord, ids: inout ORUKIdentifiers, sink: FindingSink) -> Organisation? {
        let reader = ObjectReader(object: listed.object, path: listed.path, source: listed.source, sink: sink, leniency: .feed)
        return mapOrganisation(reader, reference: nil, ids: &ids, sink: sink)
    }

    private func mapOrganisation(_ o: ObjectReader, reference: String?, ids: inout ORUKIdentifiers, sink: FindingSink) -> Organisation? {
        guard let uuid = (o.object["id"]?.stringValue).flatMap({ $0.isEmpty ? nil : $0 }) ?? reference else { return nil }
        if let known = ids.organisation(uuid: uuid) { return known }
        _ = o.string("id")
        guard let name = o.string("name", required: true) else { return nil }
        let x = o.object(ORUKProfile.extensionKey)
        let id = ids.organisationID(uuid: uuid, preferred: x?.string("id"), name: name, at: o.fieldPath("id"), source: o.source, sink: sink)
        var description = o.string("description")
        if description == nil {
            o.warning("description", "no description: the organization's name is used")
            description = name
        }
        let phone = mapPhones(o).first?.number
        let organisation = Organisation(
            id: id, name: name, description: description ?? name,
            website: checked(o, "website", UKFormats.isWebAddress, "is not a web address"),
            phone: phone, email: checked(o, "email", UKFormats.isPlausibleEmail, "is not a well-formed email address"),
            address: x?.string("address"),
            source: x?.string("source") ?? "Open Referral UK feed: \(options.feedName) (organization \(uuid))")
        x?.finish()
        reportUnmapped(o)
        ids.remember(organisation, uuid: uuid)
        return organisation
    }

    /// Warns about members nobody read that hold something: data Signpost has no place for.
    private func reportUnmapped(_ reader: ObjectReader) {
        for member in reader.unreadMembers where !Self.joinKeys.contains(member.key) && !Self.isEmpty(member.value) {
            reader.warning(member.key, "not imported: Signpost has no field for it")
        }
    }

    private static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return true
        case .string(let s): return s.trimmingSpaces().isEmpty
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        default: return false
        }
    }
}
