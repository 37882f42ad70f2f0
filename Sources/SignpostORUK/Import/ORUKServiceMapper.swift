import SignpostCore

/// What an import counts across the whole feed, for the summary findings: HTML converted, terms
/// no table maps, services without an area, pages read. One per import; not shared across threads.
final class ImportTally {
    struct Term {
        var name: String
        var vocabulary: String?
        var count: Int
        var first: Finding
    }

    /// Field name → fields converted from HTML.
    var htmlFields: [String: Int] = [:]
    var htmlServices = 0
    var unmappedTerms: [String: Term] = [:]
    var unmappedOrder: [String] = []
    /// Services skipped because no area Signpost knows was found (and no --default-area).
    var noArea = 0
    /// Services given the --default-area.
    var defaulted = 0
    /// Services read in the ORUK v1 shape.
    var v1Services = 0

    func unmapped(_ name: String, vocabulary: String?, at finding: Finding) {
        let key = NameMatching.normalise(name) + "|" + (vocabulary ?? "")
        if unmappedTerms[key] == nil {
            unmappedTerms[key] = Term(name: name, vocabulary: vocabulary, count: 0, first: finding)
            unmappedOrder.append(key)
        }
        unmappedTerms[key]!.count += 1
    }
}

/// Maps one ORUK service object — 3.0, or v1 as most UK council feeds still serve it — to a
/// Directory service and its organisation, field by field as docs/ORUK.md describes. Text is
/// made plain (HTML and entities), web addresses and phone numbers are read forgivingly, and what
/// cannot be mapped is reported, never silently dropped: a field with bad data is an error (the
/// field is left out), a field Signpost has no place for is a warning, and a service that cannot
/// stand (no id, no name, no need, no area) is skipped with an error.
struct ORUKServiceMapper {
    let base: Directory
    let options: ORUKImportOptions
    let organizations: [String: ORUKRecord]
    let vocabulary: ORUKVocabulary
    let tally: ImportTally
    let areas: ORUKAreas
    private let interpreter: NeedInterpreter
    private let needByTermID: [String: String]
    private let needByLabel: [String: String]

    init(base: Directory, options: ORUKImportOptions, organizations: [String: ORUKRecord], vocabulary: ORUKVocabulary, tally: ImportTally) {
        self.base = base
        self.options = options
        self.organizations = organizations
        self.vocabulary = vocabulary
        self.tally = tally
        areas = ORUKAreas(base: base)
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
        "service_at_location_id", "taxonomy_term_id", "parent_id", "taxonomy_id", "phone_id", "linkid", "link_taxonomy_id",
    ]

    /// Members that only the v1 shape has: one of them marks a record as v1 (for the summary).
    static let v1Keys: Set<String> = [
        "regular_schedules", "holiday_schedules", "service_taxonomys", "eligibilitys", "fundings", "attending_type",
        "attending_access", "deliverable_type", "link_taxonomy", "link_taxonomies", "reviews",
    ]

    func map(_ record: ORUKRecord, ids: inout ORUKIdentifiers, sink: FindingSink) -> Mapped? {
        let r = ObjectReader(object: record.object, path: record.path, source: record.source, sink: sink, leniency: .feed)
        func skip(_ why: String) -> Mapped? {
            sink.add(record.source.finding(.error, record.path, "service skipped: " + why))
            return nil
        }
        if record.object.members.contains(where: { Self.v1Keys.contains($0.key) }) { tally.v1Services += 1 }
        var converted: [String] = []
        let clean: (ObjectReader, String) -> String? = { reader, key in self.text(reader, key, converted: &converted) }
        guard let uuid = identifier(r, "id") else { return skip("it has no id") }
        guard let name = clean(r, "name") else { return skip("it has no name") }
        if let status = r.string("status"), status.lowercased() != "active" {
            sink.add(record.source.finding(.warning, r.fieldPath("status"), "service skipped: its status is \"\(status)\""))
            return nil
        }
        let x = r.object(ORUKProfile.extensionKey)
        let id = ids.serviceID(
            uuid: uuid, preferred: x?.string("id"), name: name, at: x.map { $0.fieldPath("id") } ?? r.fieldPath("id"),
            source: record.source, path: record.path, sink: sink)

        guard let organisation = mapOrganisation(r, ids: &ids, sink: sink, clean: clean) else {
            return skip("it has no organization (give \"organization\", or an \"organization_id\" listed in organizations.json)")
        }
        var description = clean(r, "description")
        if description == nil {
            r.warning("description", "no description: the service's name is used")
            description = name
        }
        let url = webAddress(r, "url")
        var email = emailAddress(r, "email")
        var eligibility = Eligibility(minimumAge: age(r, "minimum_age"), maximumAge: age(r, "maximum_age"))
        var eligibilityNotes: [String] = []
        if let text = clean(r, "eligibility_description") { eligibilityNotes.append(text) }
        let assured = date(r, "assured_date")
        let modified = date(r, "last_modified")
        let verified = assured ?? modified ?? {
            r.warning("assured_date", "no assured_date or last_modified: verified set to the feed's date, \(options.feedDate)")
            return options.feedDate
        }()
        let languages = (r.objects("languages") ?? []).compactMap { l -> String? in
            defer { reportUnmapped(l) }
            return clean(l, "name") ?? clean(l, "language") ?? l.string("code")
        }
        let cost = mapCost(r, extensionDescription: x?.object("cost").flatMap { c in defer { c.finish() }; return c.string("description") }, clean: clean)

        // Phones: the service's own, then its contacts'.
        var phones = mapPhones(r, clean: clean)
        for contact in r.objects("contacts") ?? [] {
            let title = clean(contact, "title")
            if contact.string("name") != nil {
                contact.warning("name", "not imported: Signpost keeps no names of people (the contact's phones are kept)")
            }
            if let contactEmail = emailAddress(contact, "email") {
                if email == nil { email = contactEmail } else if contactEmail != email { contact.warning("email", "not imported: the service already has an email address") }
            }
            phones += mapPhones(contact, clean: clean, fallbackDescription: title)
            reportUnmapped(contact)
        }

        // Sites, with the schedules tied to them.
        var locations: [ServiceLocation] = []
        var accessibility: [String] = []
        var scheduleTexts: [String] = []  // the sites'
        var serviceScheduleTexts: [String] = []
        var siteByServiceAtLocation: [String: Int] = [:]
        for sal in r.objects("service_at_locations") ?? [] {
            let salID = identifier(sal, "id")
            _ = sal.value("location_id", required: false)
            if let location = sal.object("location"), var mapped = mapLocation(location, accessibility: &accessibility, scheduleTexts: &scheduleTexts, clean: clean) {
                for key in ["schedules", "regular_schedules", "regular_schedule"] {
                    for s in sal.objects(key) ?? [] {
                        let reading = ORUKSchedules.read(s, clean: clean)
                        mapped.schedules += reading.schedules
                        if let text = reading.text { scheduleTexts.append(siteText(text, mapped)) }
                        reportUnmapped(s)
                    }
                }
                locations.append(mapped)
                if let salID { siteByServiceAtLocation[salID] = locations.count - 1 }
            }
            _ = clean(sal, "description").map { _ in sal.warning("description", "not imported: Signpost has no field for it") }
            reportUnmapped(sal)
        }
        // The service's schedules (3.0 `schedules`, v1 `regular_schedules`); a 3.0 schedule may name its site.
        var schedules: [Schedule] = []
        for key in ["schedules", "regular_schedules"] {
            for s in r.objects(key) ?? [] {
                let reading = ORUKSchedules.read(s, clean: clean)
                if let sal = reading.serviceAtLocation, let site = siteByServiceAtLocation[sal] {
                    locations[site].schedules += reading.schedules
                    if let text = reading.text { scheduleTexts.append(siteText(text, locations[site])) }
                } else {
                    if reading.serviceAtLocation != nil, !reading.schedules.isEmpty {
                        s.warning("service_at_location_id", "names no site of this service: read as the service's own schedule")
                    }
                    schedules += reading.schedules
                    if let text = reading.text { serviceScheduleTexts.append(text) }
                }
                reportUnmapped(s)
            }
        }
        if x == nil {  // Signpost's own export says exactly which entries there are
            schedules = Self.mergingDays(schedules)
            for i in locations.indices { locations[i].schedules = Self.mergingDays(locations[i].schedules) }
        }
        let allTexts = serviceScheduleTexts + scheduleTexts
        let schedule = allTexts.isEmpty ? nil : allTexts.joined(separator: "; ")

        // Needs and eligibility from taxonomy links: 3.0 attributes, v1 service_taxonomys and link_taxonomy.
        var needs: [String] = []
        var eligibilityTerms: [(name: String, circumstances: [Circumstance])] = []
        func addNeeds(_ ids: [String]) { for id in ids where !needs.contains(id) { needs.append(id) } }
        for a in r.objects("attributes") ?? [] {
            let linkType = a.string("link_type")
            let term = a.object("taxonomy_term")
            let termID = a.string("taxonomy_term_id") ?? term.flatMap { identifier($0, "id") }
            _ = a.value("value", required: false)
            let mapped = mapTerm(term, id: termID, at: a, eligibility: linkType == "eligibility", clean: clean)
            addNeeds(mapped.needs)
            if let e = mapped.eligibility { eligibilityTerms.append(e) }
            reportUnmapped(a)
        }
        for t in r.objects("service_taxonomys") ?? [] {
            let term = t.object("taxonomy")
            let mapped = mapTerm(term, id: t.string("taxonomy_id") ?? term.flatMap { identifier($0, "id") }, at: t, eligibility: false, clean: clean)
            addNeeds(mapped.needs)
            reportUnmapped(t)
        }
        var areaNames: [(name: String?, uri: String?)] = []
        for key in ["link_taxonomy", "link_taxonomies"] {
            for t in r.objects(key) ?? [] {
                let linkType = t.string("link_type")?.lowercased()
                let term = t.object("taxonomy")
                if linkType == "area" || linkType == "service_area" {
                    areaNames.append((term.flatMap { clean($0, "name") }, term.flatMap { $0.string("uri") ?? $0.string("id") }))
                    term.map(reportUnmapped)
                } else if linkType == "organization" || linkType == "cost_option" {
                    t.warning("taxonomy", "not imported: Signpost keeps no taxonomy terms for \(linkType!.replacingUnderscores())s")
                    _ = term
                } else {
                    let mapped = mapTerm(term, id: t.string("taxonomy_id") ?? term.flatMap { identifier($0, "id") }, at: t, eligibility: linkType == "eligibility", clean: clean)
                    addNeeds(mapped.needs)
                    if let e = mapped.eligibility { eligibilityTerms.append(e) }
                }
                reportUnmapped(t)
            }
        }
        // v1 eligibility rows: ages, words and eligibility terms.
        for e in r.objects("eligibilitys") ?? [] {
            if let low = age(e, "minimum_age") { eligibility.minimumAge = min(eligibility.minimumAge ?? low, low) }
            if let high = age(e, "maximum_age") { eligibility.maximumAge = max(eligibility.maximumAge ?? high, high) }
            if let text = clean(e, "eligibility") { eligibilityNotes.append(text) }
            for key in ["taxonomys", "taxonomies", "link_taxonomy"] {
                for t in e.objects(key) ?? [] {
                    let term = t.object("taxonomy") ?? t
                    let mapped = mapTerm(term, id: identifier(term, "id"), at: t, eligibility: true, clean: clean)
                    addNeeds(mapped.needs)
                    if let m = mapped.eligibility { eligibilityTerms.append(m) }
                    if t !== term { reportUnmapped(t) }
                }
            }
            reportUnmapped(e)
        }
        if let low = eligibility.minimumAge, let high = eligibility.maximumAge, low > high {
            r.error("minimum_age", "minimum_age \(low) is greater than maximum_age \(high): both left out")
            eligibility.minimumAge = nil
            eligibility.maximumAge = nil
        }
        let conditions = Set(eligibilityTerms.flatMap(\.circumstances))
        if conditions.count == 1 {
            eligibility.conditions = Array(conditions)
        } else if conditions.count > 1 {
            eligibilityNotes.append("For: " + eligibilityTerms.map(\.name).joined(separator: ", "))
            r.warning(
                "eligibility", "several eligibility terms (\(eligibilityTerms.map { "\"\($0.name)\"" }.joined(separator: ", "))): kept in the notes, not as conditions (a resident must meet every Signpost condition)")
        }

        // The Open Place extensions: how to attend, and whether a referral is needed.
        var delivery: Set<DeliveryMode>? = nil
        if let attending = clean(r, "attending_type") {
            let modes = Self.deliveryModes(attending)
            if modes.isEmpty { r.warning("attending_type", "\"\(attending)\" is not phone, online, venue or home visit: not imported") } else { delivery = modes }
        }
        if let access = clean(r, "attending_access") {
            let lower = access.lowercased()
            if lower.contains("referral") && !lower.contains("self") && !lower.contains("drop") {
                eligibility.referral = .otherProfessional
            } else if lower.contains("drop") {
                eligibilityNotes.append("Drop in")
            } else if lower.contains("appointment") {
                eligibilityNotes.append("By appointment")
            } else if lower.contains("membership") || lower.contains("member") {
                eligibilityNotes.append("Membership needed")
            } else {
                r.warning("attending_access", "\"\(access)\" is not referral, appointment, membership or drop-in: not imported")
            }
        }
        if !eligibilityNotes.isEmpty { eligibility.notes = eligibilityNotes.joined(separator: ". ") }

        // The extension: what ORUK cannot say, written by Signpost's own export.
        var area: ServiceArea? = nil
        var actionPlan: [ActionPlanReference] = []
        var source: String? = nil
        var history: [CheckRecord] = []
        var kind = ServiceKind.service
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
            history = ServiceDecoding.decodeHistory(x)
            kind = x.enumeration("kind", ServiceKind.self) ?? .service
            x.finish()
        }
        if area == nil {
            area = mapAreas(r, extra: areaNames, hasLocations: !locations.isEmpty, clean: clean)
        } else {
            _ = r.value("service_areas", required: false)
        }
        if !converted.isEmpty {
            tally.htmlServices += 1
            for field in converted { tally.htmlFields[field, default: 0] += 1 }
        }
        guard let area else {
            return nil  // mapAreas said why
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
        var service = Service(
            id: id, name: name, organisationID: organisation.id, description: description ?? name, needs: needs,
            eligibility: eligibility, area: area, cost: cost, delivery: modes, locations: locations, phones: phones,
            email: email, url: url, schedule: schedule, schedules: schedules,
            accessibility: accessibility.filter { seenAccessibility.insert($0).inserted }, languages: languages,
            actionPlan: actionPlan,
            source: source ?? "Open Referral UK feed: \(options.feedName) (service \(uuid))", verified: verified,
            history: history)
        service.kind = kind
        return Mapped(service: service, organisation: organisation, source: record.source, path: record.path)
    }

    // MARK: - Fields

    /// A text field made plain (HTML, entities); nil when nothing is left. `converted` collects
    /// the names of fields that held markup, for the feed's summary.
    private func text(_ r: ObjectReader, _ key: String, converted: inout [String]) -> String? {
        guard let raw = r.string(key) else { return nil }
        guard let cleaned = FeedText.plain(raw) else {
            converted.append(key)
            return nil
        }
        if cleaned.conversions > 0 { converted.append(key) }
        return cleaned.text
    }

    /// An id as a string, or a whole number written as one (v1 feeds use both).
    private func identifier(_ r: ObjectReader, _ key: String) -> String? {
        guard let value = r.value(key, required: false) else { return nil }
        if let n = value.intValue { return String(n) }
        if case .string(let s) = value { return s.trimmingSpaces().isEmpty ? nil : s }
        r.error(key, "expected a string, found \(value.typeDescription)")
        return nil
    }

    /// An age: a whole number, or one written as text ("18"); "null" and "" are none.
    private func age(_ r: ObjectReader, _ key: String) -> Int? {
        guard let value = r.value(key, required: false) else { return nil }
        var number: Int? = value.intValue
        if case .string(let s) = value {
            let t = s.trimmingSpaces().lowercased()
            if t.isEmpty || t == "null" || t == "none" { return nil }
            number = Int(t)
        }
        guard let number else {
            r.error(key, "expected a whole number, found \(value.typeDescription): left out")
            return nil
        }
        if number > 120 && key == "maximum_age" { return nil }  // 150, 999: "no upper limit", as leaving it out says
        guard (0...120).contains(number) else {
            r.error(key, "\(number) is outside 0…120: left out")
            return nil
        }
        return number
    }

    /// A coordinate: a number, or one written as text.
    private func coordinate(_ r: ObjectReader, _ key: String) -> Double? {
        guard let value = r.value(key, required: false) else { return nil }
        if let d = value.doubleValue { return d }
        if case .string(let s) = value, let d = Double(s.trimmingSpaces()) { return d }
        if case .string(let s) = value, s.trimmingSpaces().isEmpty { return nil }
        r.error(key, "expected a number, found \(value.typeDescription): left out")
        return nil
    }

    private func webAddress(_ r: ObjectReader, _ key: String) -> String? {
        guard let raw = r.string(key) else { return nil }
        guard let read = FeedURL.read(raw) else {
            r.error(key, "\"\(raw)\" is not a web address: left out")
            return nil
        }
        if read.schemeAdded { r.warning(key, "\"\(raw)\" has no scheme: read as \(read.url)") }
        return read.url
    }

    private func emailAddress(_ r: ObjectReader, _ key: String) -> String? {
        guard var text = r.string(key)?.trimmingSpaces() else { return nil }
        if text.lowercased().hasPrefix("mailto:") { text = String(text.dropFirst(7)) }
        guard UKFormats.isPlausibleEmail(text) else {
            r.error(key, "\"\(text)\" is not a well-formed email address: left out")
            return nil
        }
        return text
    }

    /// A date, or the date part of a date-time ("2023-03-15T10:30:45Z").
    private func date(_ r: ObjectReader, _ key: String) -> CalendarDate? {
        guard let text = r.string(key) else { return nil }
        guard let date = CalendarDate(iso: String(text.trimmingSpaces().prefix(10))) else {
            r.error(key, "expected a date (YYYY-MM-DD or a date-time), found \"\(text)\"")
            return nil
        }
        return date
    }

    private func siteText(_ text: String, _ site: ServiceLocation) -> String {
        site.name.map { "At " + $0 + ": " + text } ?? text
    }

    /// v1 feeds give one row a day: rows alike but for the day become one schedule
    /// ("Mondays to Fridays, 9am to 4pm" rather than five).
    static func mergingDays(_ schedules: [Schedule]) -> [Schedule] {
        var merged: [Schedule] = []
        for s in schedules {
            if let i = merged.firstIndex(where: {
                $0.weeksOfMonth == s.weeksOfMonth && $0.opens == s.opens && $0.closes == s.closes && $0.validFrom == s.validFrom
                    && $0.validTo == s.validTo && $0.frequency == s.frequency && $0.notes == s.notes
            }) {
                for day in s.days where !merged[i].days.contains(day) { merged[i].days.append(day) }
            } else {
                merged.append(s)
            }
        }
        return merged
    }

    /// "venue, phone" → in person and phone; "home visit" → home visits; "online" → online.
    static func deliveryModes(_ text: String) -> Set<DeliveryMode> {
        let lower = text.lowercased()
        var modes: Set<DeliveryMode> = []
        if ["venue", "in person", "in-person", "face to face", "face-to-face", "drop in", "centre"].contains(where: lower.contains) { modes.insert(.inPerson) }
        if lower.contains("phone") || lower.contains("telephone") { modes.insert(.phone) }
        if ["online", "web", "video", "virtual", "email", "internet", "remote"].contains(where: lower.contains) { modes.insert(.online) }
        if lower.contains("home") { modes.insert(.homeVisit) }
        return modes
    }

    // MARK: - Cost

    private func mapCost(_ r: ObjectReader, extensionDescription: String?, clean: (ObjectReader, String) -> String?) -> Cost {
        var kinds: [Cost.Kind] = []
        var descriptions: [String] = []
        for option in r.objects("cost_options") ?? [] {
            let label = clean(option, "option")
            let amount = coordinate(option, "amount")
            let text = clean(option, "amount_description")
            if let currency = option.string("currency"), currency.uppercased() != "GBP" {
                option.warning("currency", "amounts in \(currency), not pounds: the amount is shown as written")
            }
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
            } else if let text {
                kind = Self.costKind(text)
            } else {
                kind = .unknown
            }
            kinds.append(kind)
            var parts: [String] = []
            if kind != .free || text != nil, let label, ORUKProfile.costOptionLabel(kind) != label { parts.append(label) }
            if let amount, amount > 0, !(text ?? "").contains("£") { parts.append("£" + Format.decimal(amount)) }
            if let text { parts.append(text) }
            // The dates a price holds are part of what it says.
            let from = date(option, "valid_from")
            let to = date(option, "valid_to")
            var part = parts.joined(separator: ": ")
            switch (from, to) {
            case (let f?, let t?): part += (part.isEmpty ? "Valid" : " (valid") + " from " + f.longForm + " to " + t.longForm + (part.isEmpty ? "" : ")")
            case (let f?, nil): part += (part.isEmpty ? "Valid" : " (valid") + " from " + f.longForm + (part.isEmpty ? "" : ")")
            case (nil, let t?): part += (part.isEmpty ? "Valid" : " (valid") + " until " + t.longForm + (part.isEmpty ? "" : ")")
            case (nil, nil): break
            }
            if !part.isEmpty { descriptions.append(part) }
            reportUnmapped(option)
        }
        // A service with no cost options may still say its fees in words.
        for key in ["fees", "fees_description"] {
            guard let fees = clean(r, key) else { continue }
            if kinds.isEmpty {
                kinds.append(Self.costKind(fees))
                // "Free" says no more than the kind does.
                if NameMatching.normalise(fees) != "free" { descriptions.append(fees) }
            } else if !descriptions.contains(fees) {
                descriptions.append(fees)
            }
        }
        let distinct = Set(kinds)
        let kind: Cost.Kind
        if distinct.isEmpty {
            kind = .unknown
        } else if distinct.count == 1 {
            kind = distinct.first!
        } else {
            let known = distinct.subtracting([.unknown])
            if known.count == 1 {
                kind = known.first!
            } else {
                kind = distinct.contains(.free) || distinct.contains(.concessions) ? .concessions : .paid
            }
        }
        let description = descriptions.isEmpty ? extensionDescription : descriptions.joined(separator: "; ")
        return Cost(kind: kind, description: description)
    }

    /// A cost kind from words: "Free" → free; "Free for members, £3 otherwise" → concessions.
    static func costKind(_ text: String) -> Cost.Kind {
        let lower = text.lowercased()
        let free = lower.contains("free") && !lower.contains("not free") && !lower.contains("free parking")
        let priced = lower.contains("£") || lower.contains("charge") || lower.contains("per session") || lower.contains(" fee")
            || lower.hasPrefix("fee") || lower.contains("cost")
        let concession = lower.contains("concession") || lower.contains("discount") || lower.contains("reduced")
        if concession || (free && priced) { return .concessions }
        if free { return .free }
        if priced { return .paid }
        return .unknown
    }

    // MARK: - Phones

    private func mapPhones(_ r: ObjectReader, clean: (ObjectReader, String) -> String?, fallbackDescription: String? = nil) -> [Phone] {
        var phones: [Phone] = []
        for p in r.objects("phones") ?? [] {
            defer { reportUnmapped(p) }
            guard let raw = p.string("number", required: true) else { continue }
            let type = p.string("type")?.lowercased()
            if type == "fax" {
                p.warning("number", "a fax number: not imported")
                continue
            }
            let textLine = type == "text" || type == "sms"
            guard let read = UKFormats.readPhones(raw) ?? (textLine ? UKFormats.readPhones("text " + raw) : nil) else {
                p.error("number", "\"\(raw)\" is not a UK phone number: left out")
                continue
            }
            if read.count > 1 { p.warning("number", "\(read.count) numbers in one field: imported as \(read.count) phones") }
            var description = clean(p, "description") ?? fallbackDescription
            var extensionNumber: String? = nil
            if let value = p.value("extension", required: false) {
                if let n = value.intValue, (0...999_999).contains(n) {
                    extensionNumber = String(n)
                } else if value.intValue != nil {
                    p.error("extension", "\(value.intValue!) is not an extension (1 to 6 digits): left out")
                } else if let s = value.stringValue?.trimmingSpaces(), !s.isEmpty {
                    if s.count <= 6, s.allSatisfy({ $0.isASCII && $0.isNumber }) { extensionNumber = s } else { p.error("extension", "\"\(s)\" is not an extension (digits): left out") }
                }
            }
            var role: Phone.Role? = nil
            var askFor: String? = nil
            if let x = p.object(ORUKProfile.extensionKey) {
                role = x.enumeration("role", Phone.Role.self)
                askFor = x.string("ask_for")
                x.finish()
            }
            for one in read {
                let kind: Phone.Kind = textLine || one.kind == .text ? .text : .voice
                if let keyword = one.keyword, description == nil { description = "Text " + keyword + " to " + one.number }
                phones.append(
                    Phone(
                        number: one.number, description: description, role: role, askFor: askFor, kind: kind,
                        extensionNumber: one.extensionNumber ?? extensionNumber))
            }
        }
        return phones
    }

    // MARK: - Locations

    private func mapLocation(
        _ l: ObjectReader, accessibility: inout [String], scheduleTexts: inout [String], clean: (ObjectReader, String) -> String?
    ) -> ServiceLocation? {
        defer { reportUnmapped(l) }
        let type = l.string("location_type")
        if type == "virtual" { return nil }
        var location = ServiceLocation(name: clean(l, "name"))
        let latitude = coordinate(l, "latitude")
        let longitude = coordinate(l, "longitude")
        if let latitude, let longitude, !(latitude == 0 && longitude == 0) {
            if GeoPoint(latitude: latitude, longitude: longitude).isInGreatBritain {
                location.coordinate = GeoPoint(latitude: latitude, longitude: longitude)
            } else {
                l.error("latitude", "\(latitude), \(longitude) is not in Great Britain: coordinates left out")
            }
        }
        var city: String? = nil
        // 3.0 `addresses`, v1 `physical_addresses`: the first physical one.
        let addresses = (l.objects("addresses") ?? []) + (l.objects("physical_addresses") ?? [])
        if let address = addresses.first(where: { ($0.object["address_type"]?.stringValue ?? "physical") != "postal" }) ?? addresses.first {
            let street = clean(address, "address_1")
            let street2 = clean(address, "address_2")
            city = clean(address, "city")
            location.address = [street, street2, city].compactMap { $0 }.joined(separator: ", ")
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
        // 3.0 `accessibility` (description, details), v1 `accessibility_for_disabilities` (accessibility, details).
        for a in (l.objects("accessibility") ?? []) + (l.objects("accessibility_for_disabilities") ?? []) {
            var parts: [String] = []
            for key in ["description", "accessibility", "details"] {
                if let text = clean(a, key), !parts.contains(text) { parts.append(text) }
            }
            if let text = parts.joined(separator: ": ").nilIfEmpty { accessibility.append(text) }
            reportUnmapped(a)
        }
        for key in ["schedules", "regular_schedules"] {
            for s in l.objects(key) ?? [] {
                let reading = ORUKSchedules.read(s, clean: clean)
                location.schedules += reading.schedules
                if let text = reading.text { scheduleTexts.append(siteText(text, location)) }
                reportUnmapped(s)
            }
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

    // MARK: - Areas

    /// The service's area from its `service_areas` (3.0 `name`, v1 `service_area`, either's ONS
    /// `uri`) and v1 area links; else the --default-area; else nil, with the reason reported.
    private func mapAreas(
        _ r: ObjectReader, extra: [(name: String?, uri: String?)], hasLocations: Bool, clean: (ObjectReader, String) -> String?
    ) -> ServiceArea? {
        var parishes: [String] = []
        var wide: ServiceArea? = nil
        var outside: [String] = []
        var unknown: [String] = []
        func consider(_ name: String?, _ uri: String?, at reader: ObjectReader?) {
            switch areas.read(name: name, uri: uri) {
            case .area(let area, let note):
                if wide.map({ ORUKAreas.rank($0) < ORUKAreas.rank(area) }) ?? true { wide = area }
                if let note { reader?.warning("name", note) }
            case .parishes(let names): for n in names where !parishes.contains(n) { parishes.append(n) }
            case .outside(let what): outside.append(what)
            case .unknown:
                if let what = name ?? uri {
                    unknown.append(what)
                    reader?.warning("name", "area \"\(what)\" is not a place Signpost knows")
                }
            }
        }
        for a in r.objects("service_areas") ?? [] {
            let name = clean(a, "name") ?? clean(a, "service_area")
            let uri = a.string("uri")
            for key in ["extent", "extent_type", "service_area", "description"] { _ = a.string(key) }
            reportUnmapped(a)
            consider(name, uri, at: a)
        }
        for (name, uri) in extra { consider(name, uri, at: nil) }
        if let wide { return wide }
        if !parishes.isEmpty { return .parishes(parishes) }
        if let area = options.defaultArea {
            if case .radius = area, !hasLocations { return nil }
            let why = !outside.isEmpty
                ? "its area (\(outside.joined(separator: ", "))) is outside Sevenoaks District"
                : unknown.isEmpty ? "no service area is given" : "no area Signpost knows"
            r.warning("service_areas", "\(why): imported as \(area.plainDescription) (--default-area)")
            tally.defaulted += 1
            return area
        }
        tally.noArea += 1
        let why: String
        if !outside.isEmpty {
            why = "its area (\(outside.joined(separator: ", "))) is outside Sevenoaks District; import with --default-area to take it anyway"
        } else {
            why = "no service area Signpost recognises (name a parish, \"Sevenoaks District\", \"West Kent\", \"Kent\" or \"United Kingdom\", or import with --default-area)"
        }
        r.sink.add(r.source.finding(.error, r.path, "service skipped: " + why))
        return nil
    }

    // MARK: - Taxonomy terms

    struct TermMapping {
        var needs: [String] = []
        /// For a term linked to eligibility: its name and the circumstances it stands for.
        var eligibility: (name: String, circumstances: [Circumstance])?
    }

    /// A taxonomy term to needs (and, for an eligibility link, circumstances): a term Signpost
    /// published, a need id, the vocabulary table (by esd id or label), a need's label, then the
    /// taxonomy's synonyms (warning); else it is counted in the feed's unmapped-terms report.
    private func mapTerm(
        _ term: ObjectReader?, id termID: String?, at a: ObjectReader, eligibility: Bool, clean: (ObjectReader, String) -> String?
    ) -> TermMapping {
        var result = TermMapping()
        let code = term?.string("term") ?? term?.string("code")
        let name = term.flatMap { clean($0, "name") }
        let taxonomyName = term?.string("taxonomy") ?? term?.string("vocabulary")
        if let t = term {
            for key in ["description", "term_uri", "vocabulary", "parent", "parent_name", "uri", "taxonomy", "version", "language"] { _ = t.value(key, required: false) }
            reportUnmapped(t)
        }
        let uuid = termID ?? term.flatMap { $0.object["id"]?.stringValue }
        if let uuid, let need = needByTermID[uuid] {
            result.needs = [need]
        } else if let code, base.taxonomy.need(code) != nil, taxonomyName == nil || taxonomyName == ORUKProfile.needsTaxonomyName {
            result.needs = [code]
        } else if let entry = vocabulary.entry(id: uuid ?? code, name: name, vocabulary: taxonomyName) {
            result.needs = entry.needs
            if !entry.circumstances.isEmpty {
                if eligibility {
                    result.eligibility = (name ?? entry.term, entry.circumstances)
                } else {
                    a.warning(
                        "taxonomy", "term \"\(name ?? entry.term)\" describes who the service is for (\(entry.circumstances.map(\.rawValue).joined(separator: ", "))), but is not linked to its eligibility: not used as a condition")
                }
            }
        } else if let name, let need = needByLabel[NameMatching.normalise(name)] {
            result.needs = [need]
        } else if let name, case let found = interpreter.interpret([name]).needs, !found.isEmpty {
            let ids = found.map { base.taxonomy.needs[$0.need].id }
            result.needs = ids
            a.warning(term.map { JSONPath.parent(of: $0.path) == a.path ? String($0.path.dropFirst(a.path.count + 1)) : "taxonomy_term" } ?? "taxonomy_term", "term \"\(name)\" read as need \(ids.map { "\"\($0)\"" }.joined(separator: ", ")) through the taxonomy's synonyms")
        } else {
            let what = name ?? code ?? uuid ?? "?"
            tally.unmapped(what, vocabulary: taxonomyName, at: a.source.finding(.warning, a.path, ""))
        }
        return result
    }

    private func needsFromText(_ text: String, _ r: ObjectReader) -> [String] {
        let found = interpreter.interpret([text]).needs
        let ids = found.map { base.taxonomy.needs[$0.need].id }
        if ids.isEmpty {
            // The service-type words of the vocabulary tables ("childminder", "scouts").
            let matches = vocabulary.entries(inText: text)
            var fromTable: [String] = []
            for m in matches { for need in m.entry.needs where !fromTable.contains(need) { fromTable.append(need) } }
            if !fromTable.isEmpty {
                r.warning(
                    "attributes",
                    "no attribute maps to a Signpost need; needs read from the name and description through the vocabulary tables: \(fromTable.joined(separator: ", ")) (from \(matches.map { "\"" + $0.phrase + "\"" }.joined(separator: ", ")))")
            }
            return fromTable
        }
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

    // MARK: - Organisations

    private func mapOrganisation(_ r: ObjectReader, ids: inout ORUKIdentifiers, sink: FindingSink, clean: (ObjectReader, String) -> String?) -> Organisation? {
        let reference = identifier(r, "organization_id")
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
        let ownID = o.object["id"].flatMap { $0.stringValue ?? $0.intValue.map(String.init) }.flatMap { $0.isEmpty ? nil : $0 }
        guard let uuid = ownID ?? reference else { return nil }
        if let known = ids.organisation(uuid: uuid) { return known }
        var converted: [String] = []
        _ = identifier(o, "id")
        guard let name = text(o, "name", converted: &converted) else {
            o.error("name", "missing required field")
            return nil
        }
        let x = o.object(ORUKProfile.extensionKey)
        let id = ids.organisationID(uuid: uuid, preferred: x?.string("id"), name: name, at: o.fieldPath("id"), source: o.source, sink: sink)
        var description = text(o, "description", converted: &converted)
        if description == nil {
            o.warning("description", "no description: the organization's name is used")
            description = name
        }
        let phone = mapPhones(o, clean: { reader, key in self.text(reader, key, converted: &converted) }).first?.number
        // 3.0 `website`; v1 `url`.
        let website = webAddress(o, "website") ?? webAddress(o, "url")
        let organisation = Organisation(
            id: id, name: name, description: description ?? name, website: website, phone: phone,
            email: emailAddress(o, "email"), address: x?.string("address"),
            source: x?.string("source") ?? "Open Referral UK feed: \(options.feedName) (organization \(uuid))")
        x?.finish()
        if !converted.isEmpty { for field in converted { tally.htmlFields["organization." + field, default: 0] += 1 } }
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
        case .string(let s): return s.trimmingSpaces().isEmpty || s == "null"
        case .array(let a): return a.isEmpty
        case .object(let o): return o.isEmpty
        default: return false
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
