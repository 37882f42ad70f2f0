/// The checks that need more than one record: references, duplicates, formats, geography,
/// reachability and freshness. Each finding points at the field that is wrong.
struct DirectoryValidator {
    let records: DirectoryRecords
    let today: CalendarDate

    /// `verified` older than this is stale (a warning).
    static let staleAfterDays = 365

    /// How far beyond the parish centroids a local site may lie (degrees; ~11 km north-south).
    static let surroundingsMargin = (latitude: 0.10, longitude: 0.15)

    func validate() -> [Finding] {
        var findings: [Finding] = []
        findings += checkDuplicates(records.domains, kind: "domain", key: \.id)
        findings += checkDuplicates(records.needs, kind: "need", key: \.id)
        findings += checkDuplicates(records.parishes, kind: "parish", key: { NameMatching.normalise($0.name) }, field: "name")
        findings += checkDuplicates(records.outcodes, kind: "outcode", key: \.code, field: "outcode")
        findings += checkDuplicates(records.organisations, kind: "organisation", key: \.id)
        findings += checkDuplicates(records.services, kind: "service", key: \.id)
        findings += checkTaxonomy()
        findings += checkActionPlan()
        findings += checkParishesAndOutcodes()
        findings += records.organisations.flatMap(checkOrganisation)
        let context = ServiceCheckContext(records: records)
        findings += records.services.flatMap { checkService($0, context) }
        return findings
    }

    private func checkDuplicates<T>(
        _ items: [Located<T>], kind: String, key: (T) -> String, field: String = "id"
    ) -> [Finding] {
        var firstSeen: [String: Located<T>] = [:]
        var findings: [Finding] = []
        for item in items {
            let k = key(item.value)
            if let first = firstSeen[k] {
                findings.append(
                    item.finding(
                        .error, field,
                        "duplicate \(kind) \"\(k)\" (also in \(first.source.file):\(first.source.line(of: JSONPath.member(first.path, field))))"
                    ))
            } else {
                firstSeen[k] = item
            }
        }
        return findings
    }

    private func checkTaxonomy() -> [Finding] {
        var findings: [Finding] = []
        let domainIDs = Set(records.domains.map(\.value.id))
        var needsPerDomain: [String: Int] = [:]
        for need in records.needs {
            if !domainIDs.contains(need.value.domain) {
                var message = "unknown domain \"\(need.value.domain)\""
                if let guess = NameMatching.suggestions(for: need.value.domain, among: Array(domainIDs), limit: 1).first {
                    message += " (did you mean \"\(guess)\"?)"
                }
                findings.append(need.finding(.error, "domain", message))
            } else {
                needsPerDomain[need.value.domain, default: 0] += 1
            }
            if need.value.synonyms.isEmpty {
                findings.append(need.finding(.warning, "synonyms", "no synonyms: free text can never reach this need"))
            }
        }
        findings += checkSynonymClashes()
        for domain in records.domains where needsPerDomain[domain.value.id] == nil {
            findings.append(
                domain.finding(
                    .error, "id", "domain \"\(domain.value.id)\" has no needs: the gap analysis could never see it"))
        }
        if records.needs.count > NeedSet.capacity {
            if let first = records.needs.first {
                findings.append(
                    first.finding(
                        .error, "", "the taxonomy has \(records.needs.count) needs; Signpost supports at most \(NeedSet.capacity)"))
            }
        }
        return findings
    }

    /// Synonyms of different needs that the interpreter reads as the same words once stemmed
    /// ("activities" and "active", or one phrase listed under two needs): a resident saying them
    /// gets both needs, so each is a finding at the later synonym.
    private func checkSynonymClashes() -> [Finding] {
        var findings: [Finding] = []
        var first: [String: (need: String, synonym: String)] = [:]
        for need in records.needs {
            var own: Set<String> = []
            for (j, synonym) in need.value.synonyms.enumerated() {
                guard let key = NeedInterpreter.phraseKey(synonym) else { continue }
                guard own.insert(key).inserted else { continue }
                if let earlier = first[key] {
                    let how = earlier.synonym.lowercased() == synonym.lowercased() ? "is also" : "reads the same as"
                    findings.append(
                        need.finding(
                            .warning, JSONPath.element("synonyms", j),
                            "\"\(synonym)\" \(how) \"\(earlier.synonym)\" of need \"\(earlier.need)\" once stemmed: a resident who says it gets both needs"
                        ))
                } else {
                    first[key] = (need.value.id, synonym)
                }
            }
        }
        return findings
    }

    /// Duplicate action codes, and the taxonomy's citations of the plan: every need's priority
    /// area and every domain's action must be in `action-plan.json`. Without that file nothing is
    /// checked (a fixture Directory may have none), and one warning says so.
    private func checkActionPlan() -> [Finding] {
        let plan = records.actionPlan
        guard !plan.isEmpty else {
            guard let first = records.domains.first, records.services.contains(where: { !$0.value.actionPlan.isEmpty }) else {
                return []
            }
            return [first.finding(.warning, "action_plan", "no action-plan.json: action-plan references are not checked")]
        }
        var findings: [Finding] = []
        if let source = records.actionPlanSource {
            var seen: Set<ActionPlanReference> = []
            for (i, action) in plan.actions.enumerated() where !seen.insert(action.reference).inserted {
                findings.append(
                    source.finding(.error, JSONPath.member(JSONPath.element("actions", i), "code"), "duplicate action \"\(action.reference)\""))
            }
        }
        let areaIDs = plan.priorityAreas.map(\.id)
        for need in records.needs where !areaIDs.contains(need.value.priorityArea) {
            findings.append(need.finding(.error, "priority_area", ObjectReader.unknownValueMessage(need.value.priorityArea, allowed: areaIDs)))
        }
        for domain in records.domains {
            for (i, reference) in domain.value.actionPlan.enumerated() where !plan.contains(reference) {
                findings.append(domain.finding(.error, JSONPath.element("action_plan", i), unknownAction(reference, plan)))
            }
        }
        return findings
    }

    func unknownAction(_ reference: ActionPlanReference, _ plan: ActionPlan) -> String {
        var message = "\"\(reference)\" is not an action of the plan"
        if let guess = NameMatching.suggestions(for: reference.code, among: plan.actions.map(\.reference.code), limit: 1).first {
            message += " (did you mean \"\(guess)\"?)"
        }
        return message
    }

    private func checkParishesAndOutcodes() -> [Finding] {
        var findings: [Finding] = []
        let parishNames = records.parishes.map(\.value.name)
        let parishKeys = Set(parishNames.map(NameMatching.normalise))
        let outcodeCodes = Set(records.outcodes.map { $0.value.code.uppercased() })
        for parish in records.parishes {
            let p = parish.value
            if !p.centroid.isInGreatBritain {
                findings.append(parish.finding(.error, "latitude", "centroid \(p.centroid.latitude), \(p.centroid.longitude) is not in Great Britain"))
            }
            if p.population == nil {
                findings.append(
                    parish.finding(.warning, "population", "no population figure: the gap analysis cannot weight this parish by people"))
            }
            if p.outcodes.isEmpty {
                findings.append(parish.finding(.error, "outcodes", "must list at least one postcode district"))
            }
            for (i, code) in p.outcodes.enumerated() where !outcodeCodes.contains(code.uppercased()) {
                findings.append(
                    parish.finding(.error, JSONPath.element("outcodes", i), "outcode \"\(code)\" is not in outcodes.json"))
            }
        }
        for outcode in records.outcodes {
            for (i, name) in outcode.value.parishes.enumerated() where !parishKeys.contains(NameMatching.normalise(name)) {
                findings.append(outcode.finding(.error, JSONPath.element("parishes", i), unknownParish(name, parishNames)))
            }
        }
        return findings
    }

    private func checkOrganisation(_ org: Located<Organisation>) -> [Finding] {
        var findings: [Finding] = []
        if let phone = org.value.phone, !UKFormats.isWellFormedPhone(phone) {
            findings.append(org.finding(.error, "phone", "\"\(phone)\" is not a well-formed UK phone number"))
        }
        if let email = org.value.email, !UKFormats.isPlausibleEmail(email) {
            findings.append(org.finding(.error, "email", "\"\(email)\" is not a well-formed email address"))
        }
        if let website = org.value.website, !UKFormats.isWebAddress(website) {
            findings.append(org.finding(.error, "website", "\"\(website)\" is not a web address (start with https://)"))
        }
        return findings
    }

    /// Lookups shared by every service check.
    struct ServiceCheckContext {
        let organisationIDs: Set<String>
        let needIDs: Set<String>
        let needIDList: [String]
        let parishNames: [String]
        let parishKeys: Set<String>
        let surroundings: (latitude: ClosedRange<Double>, longitude: ClosedRange<Double>)?

        init(records: DirectoryRecords) {
            organisationIDs = Set(records.organisations.map(\.value.id))
            needIDList = records.needs.map(\.value.id)
            needIDs = Set(needIDList)
            parishNames = records.parishes.map(\.value.name)
            parishKeys = Set(parishNames.map(NameMatching.normalise))
            let lats = records.parishes.map(\.value.centroid.latitude)
            let lons = records.parishes.map(\.value.centroid.longitude)
            if let minLat = lats.min(), let maxLat = lats.max(), let minLon = lons.min(), let maxLon = lons.max() {
                let m = DirectoryValidator.surroundingsMargin
                surroundings = (
                    (minLat - m.latitude)...(maxLat + m.latitude), (minLon - m.longitude)...(maxLon + m.longitude)
                )
            } else {
                surroundings = nil
            }
        }
    }

    private func unknownParish(_ name: String, _ parishNames: [String]) -> String {
        var message = "unknown parish \"\(name)\""
        if let guess = NameMatching.suggestions(for: name, among: parishNames, limit: 1).first {
            message += " (did you mean \"\(guess)\"?)"
        }
        return message
    }

    private func checkService(_ located: Located<Service>, _ context: ServiceCheckContext) -> [Finding] {
        let service = located.value
        var findings: [Finding] = []
        func add(_ severity: Finding.Severity, _ field: String, _ message: String) {
            findings.append(located.finding(severity, field, message))
        }

        if !context.organisationIDs.contains(service.organisationID) {
            var message = "unknown organisation \"\(service.organisationID)\""
            if let guess = NameMatching.suggestions(
                for: service.organisationID, among: Array(context.organisationIDs), limit: 1
            ).first {
                message += " (did you mean \"\(guess)\"?)"
            }
            add(.error, "organization_id", message)
        }
        for (i, need) in service.needs.enumerated() where !context.needIDs.contains(need) {
            var message = "unknown need \"\(need)\""
            if let guess = NameMatching.suggestions(for: need, among: context.needIDList, limit: 1).first {
                message += " (did you mean \"\(guess)\"?)"
            }
            add(.error, JSONPath.element("needs", i), message)
        }
        if !records.actionPlan.isEmpty {
            for (i, reference) in service.actionPlan.enumerated() where !records.actionPlan.contains(reference) {
                add(.error, JSONPath.element("action_plan", i), unknownAction(reference, records.actionPlan))
            }
        }
        if case .parishes(let names) = service.area {
            for (i, name) in names.enumerated() where !context.parishKeys.contains(NameMatching.normalise(name)) {
                add(.error, JSONPath.element("service_area.parishes", i), unknownParish(name, context.parishNames))
            }
        }
        if case .radius = service.area, service.locations.isEmpty {
            add(.error, "service_area", "a radius area needs at least one location to measure from")
        }
        for (i, location) in service.locations.enumerated() {
            let base = JSONPath.element("locations", i)
            if let parish = location.parish, !context.parishKeys.contains(NameMatching.normalise(parish)) {
                add(.error, JSONPath.member(base, "parish"), unknownParish(parish, context.parishNames))
            }
            if let postcode = location.postcode, UKFormats.canonicalPostcode(postcode) == nil {
                add(.error, JSONPath.member(base, "postcode"), "\"\(postcode)\" is not a well-formed UK postcode")
            }
            if let point = location.coordinate {
                if location.parish != nil, let s = context.surroundings {
                    if !s.latitude.contains(point.latitude) || !s.longitude.contains(point.longitude) {
                        add(
                            .error, JSONPath.member(base, "latitude"),
                            "\(point.latitude), \(point.longitude) is outside the district's surroundings for a site in \(location.parish!)"
                        )
                    }
                } else if !point.isInGreatBritain {
                    add(.error, JSONPath.member(base, "latitude"), "\(point.latitude), \(point.longitude) is not in Great Britain")
                }
            }
            if location.address == nil && location.postcode == nil && location.parish == nil && location.name == nil {
                add(.error, base, "a location needs at least a name, address, postcode or parish")
            }
        }
        for (i, phone) in service.phones.enumerated() {
            findings += checkPhone(phone, at: JSONPath.element("phones", i), located)
        }
        findings += checkSchedules(service.schedules, at: "schedules", located)
        for (i, location) in service.locations.enumerated() {
            findings += checkSchedules(location.schedules, at: JSONPath.member(JSONPath.element("locations", i), "schedules"), located)
        }
        if let email = service.email, !UKFormats.isPlausibleEmail(email) {
            add(.error, "email", "\"\(email)\" is not a well-formed email address")
        }
        if let url = service.url, !UKFormats.isWebAddress(url) {
            add(.error, "url", "\"\(url)\" is not a web address (start with https://)")
        }
        let hasAddress = service.locations.contains { $0.address != nil || $0.postcode != nil }
        if service.phones.isEmpty && !hasAddress && service.url == nil && service.email == nil {
            add(.error, "phones", "no way to reach this service: give a phone number, an address or a website")
        } else if service.phones.isEmpty {
            add(.warning, "phones", "no phone number: this service cannot go on a printed list")
        }
        var residentText: [(field: String, text: String?)] = [
            ("description", service.description), (JSONPath.member("cost", "description"), service.cost.description),
            (JSONPath.member("eligibility", "notes"), service.eligibility.notes),
            ("schedule", service.schedule),
        ]
        for (i, phone) in service.phones.enumerated() { residentText.append((JSONPath.member(JSONPath.element("phones", i), "description"), phone.description)) }
        for (field, text) in residentText {
            let codes = text.map(ActionPlanCodes.find) ?? []
            if !codes.isEmpty {
                add(.warning, field, "action-plan code \(codes.joined(separator: ", ")) in text residents read: put it in action_plan instead")
            }
        }
        if service.delivery.contains(.inPerson) && service.locations.isEmpty {
            add(.warning, "locations", "delivered in person but no location is listed: distance cannot be judged")
        }
        let age = service.verified.days(until: today)
        if age < 0 {
            add(.error, "verified", "\(service.verified) is in the future")
        } else if age > Self.staleAfterDays {
            add(
                .warning, "verified",
                "information is \(age / 30) months old (verified \(service.verified)): check it with the service")
        }
        findings += checkHistory(located)
        return findings
    }

    /// `history` is oldest first, each entry replacing the `verified` the record then had: a check
    /// recorded before the date it replaced, out of order, after the record's own `verified` or in
    /// the future is an error; an entry whose `verified` is not the previous check's date is a
    /// warning (a check that was made but not recorded, or a slip).
    private func checkHistory(_ located: Located<Service>) -> [Finding] {
        let service = located.value
        var findings: [Finding] = []
        for (i, entry) in service.history.enumerated() {
            let base = JSONPath.element("history", i)
            func add(_ severity: Finding.Severity, _ field: String, _ message: String) {
                findings.append(located.finding(severity, field.isEmpty ? base : JSONPath.member(base, field), message))
            }
            if entry.recorded < entry.previous {
                add(.error, "recorded", "recorded \(entry.recorded) is before the verified date it replaced, \(entry.previous)")
            }
            if entry.recorded.days(until: today) < 0 {
                add(.error, "recorded", "\(entry.recorded) is in the future")
            }
            if i > 0 {
                let earlier = service.history[i - 1]
                if entry.recorded < earlier.recorded {
                    add(
                        .error, "recorded",
                        "out of order: recorded \(entry.recorded) is before \(JSONPath.element("history", i - 1))'s \(earlier.recorded) (oldest first)")
                } else if entry.previous != earlier.recorded {
                    add(
                        .warning, "verified",
                        "\(entry.previous) is not the date \(JSONPath.element("history", i - 1)) recorded (\(earlier.recorded)): each entry keeps the verified date it replaced")
                }
            }
        }
        if let last = service.history.last, service.verified < last.recorded {
            findings.append(
                located.finding(
                    .error, "verified",
                    "verified \(service.verified) is before the last recorded check, \(last.recorded) (history[\(service.history.count - 1)])"))
        }
        return findings
    }

    /// A phone's number for its kind, its role and what to ask for, its extension.
    private func checkPhone(_ phone: Phone, at path: String, _ located: Located<Service>) -> [Finding] {
        var findings: [Finding] = []
        func add(_ severity: Finding.Severity, _ field: String, _ message: String) {
            findings.append(located.finding(severity, JSONPath.member(path, field), message))
        }
        if !UKFormats.isWellFormedPhone(phone.number, kind: phone.kind) {
            switch phone.kind {
            case .voice:
                add(.error, "number", "\"\(phone.number)\" is not a well-formed UK phone number")
            case .text:
                add(.error, "number", "\"\(phone.number)\" is not a UK number or five-digit short code to text")
            }
        }
        if phone.role == .standIn && phone.askFor == nil {
            add(.warning, "ask_for", "a stand-in number should say what to ask for (\"ask_for\"), or callers reach the wrong desk")
        }
        if phone.askFor != nil && phone.role != .standIn {
            add(.warning, "ask_for", "ask_for is meant for a stand-in number (\"role\": \"stand-in\")")
        }
        if let ext = phone.extensionNumber, ext.isEmpty || ext.count > 6 || !ext.allSatisfy({ $0.isASCII && $0.isNumber }) {
            add(.error, "extension", "\"\(ext)\" is not an extension (1 to 6 digits)")
        }
        return findings
    }

    /// Times in order, dates in order, weeks that fit the frequency, and no two entries claiming
    /// the same hours of the same day (a warning: usually a copy-and-paste slip).
    private func checkSchedules(_ schedules: [Schedule], at path: String, _ located: Located<Service>) -> [Finding] {
        var findings: [Finding] = []
        for (i, s) in schedules.enumerated() {
            let base = JSONPath.element(path, i)
            func add(_ severity: Finding.Severity, _ field: String, _ message: String) {
                findings.append(located.finding(severity, field.isEmpty ? base : JSONPath.member(base, field), message))
            }
            switch (s.opens, s.closes) {
            case (let o?, let c?):
                if o.minutes == 1440 { add(.error, "opens", "a schedule cannot open at 24:00") }
                if c <= o { add(.error, "closes", "closes at \(c) but opens at \(o): closing must be after opening") }
            case (.some, nil): add(.error, "closes", "opens is given without closes")
            case (nil, .some): add(.error, "opens", "closes is given without opens")
            case (nil, nil): break
            }
            if let from = s.validFrom, let to = s.validTo, to < from {
                add(.error, "valid_to", "valid_to \(to) is before valid_from \(from)")
            }
            if s.frequency == .weekly && !s.weeksOfMonth.isEmpty {
                add(.error, "weeks_of_month", "weeks of the month are given but the frequency is weekly")
            }
            if s.frequency == .monthly && s.weeksOfMonth.isEmpty {
                add(.error, "weeks_of_month", "a monthly schedule must say which weeks of the month (1 to 5, or -1 for the last)")
            }
            if Set(s.days).count != s.days.count { add(.warning, "days", "a day is listed twice") }
            for (j, earlier) in schedules[..<i].enumerated() where earlier.overlaps(s) {
                add(.warning, "", "overlaps \(JSONPath.element(path, j)) (\(earlier.inWords)) on the same day")
            }
        }
        return findings
    }
}
