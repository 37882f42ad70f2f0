/// Decodes `Directory/services/<id>.json` (format: Directory/README.md).
package enum ServiceDecoding {
    static func decode(_ reader: ObjectReader) -> Service? {
        let id = reader.string("id", required: true)
        let name = reader.string("name", required: true)
        let organisationID = reader.string("organization_id", required: true)
        let description = reader.string("description", required: true)
        let needs = reader.strings("needs", required: true)
        if let needs, needs.isEmpty { reader.error("needs", "must list at least one need") }
        let minimumAge = reader.int("minimum_age", range: 0...120)
        let maximumAge = reader.int("maximum_age", range: 0...120)
        if let minimumAge, let maximumAge, minimumAge > maximumAge {
            reader.error("minimum_age", "minimum_age \(minimumAge) is greater than maximum_age \(maximumAge)")
        }
        var eligibility = Eligibility(minimumAge: minimumAge, maximumAge: maximumAge)
        if let e = reader.object("eligibility") {
            eligibility.conditions = e.enumerations("conditions", Circumstance.self) ?? []
            eligibility.referral = e.enumeration("referral", ReferralRoute.self) ?? .selfReferral
            eligibility.notes = e.string("notes")
            e.finish()
        }
        let area = reader.object("service_area", required: true).flatMap(decodeArea)
        let cost: Cost? = reader.object("cost", required: true).flatMap { c in
            let kind = c.enumeration("kind", Cost.Kind.self, required: true)
            let description = c.string("description")
            c.finish()
            return kind.map { Cost(kind: $0, description: description) }
        }
        let delivery = reader.enumerations("delivery", DeliveryMode.self, required: true)
        if let delivery, delivery.isEmpty { reader.error("delivery", "must list at least one delivery mode") }
        let locations = (reader.objects("locations") ?? []).map(decodeLocation)
        let phones: [Phone] = (reader.objects("phones") ?? []).compactMap(decodePhone)
        let email = reader.string("email")
        let url = reader.string("url")
        let schedule = reader.string("schedule")
        let schedules = (reader.objects("schedules") ?? []).map(decodeSchedule)
        let accessibility = reader.strings("accessibility") ?? []
        let languages = reader.strings("languages") ?? []
        let actionPlan = reader.references("action_plan") ?? []
        let source = reader.string("source", required: true)
        let verified = reader.date("verified", required: true)
        let history = decodeHistory(reader)
        let kind = reader.enumeration("kind", ServiceKind.self) ?? .service
        reader.finish()

        guard let id, let name, let organisationID, let description, let needs, let area, let cost, let delivery,
            let source, let verified
        else { return nil }
        var service = Service(
            id: id, name: name, organisationID: organisationID, description: description, needs: needs,
            eligibility: eligibility, area: area, cost: cost, delivery: Set(delivery), locations: locations,
            phones: phones, email: email, url: url, schedule: schedule, schedules: schedules, accessibility: accessibility,
            languages: languages, actionPlan: actionPlan, source: source, verified: verified, history: history)
        service.kind = kind
        return service
    }

    /// `history`: `{"verified", "recorded", "note"}` entries, oldest first. A malformed entry is
    /// reported and the whole history is dropped from the record (its order is checked by the
    /// validator, which must never point at the wrong entry).
    package static func decodeHistory(_ reader: ObjectReader) -> [CheckRecord] {
        guard let entries = reader.objects("history") else { return [] }
        var history: [CheckRecord] = []
        var broken = false
        for entry in entries {
            let previous = entry.date("verified", required: true)
            let recorded = entry.date("recorded", required: true)
            let note = entry.string("note")
            entry.finish()
            if let previous, let recorded {
                history.append(CheckRecord(previous: previous, recorded: recorded, note: note))
            } else {
                broken = true
            }
        }
        if case .array(let items)? = reader.object["history"], items.count != entries.count { broken = true }
        return broken ? [] : history
    }

    package static func decodeArea(_ reader: ObjectReader) -> ServiceArea? {
        let kind = reader.string("kind", required: true)
        defer { reader.finish() }
        switch kind {
        case "parishes":
            let parishes = reader.strings("parishes", required: true)
            if let parishes, parishes.isEmpty { reader.error("parishes", "must list at least one parish") }
            return parishes.map(ServiceArea.parishes)
        case "radius":
            guard let km = reader.double("km", required: true) else { return nil }
            guard km > 0 && km <= 500 else {
                reader.error("km", "radius must be between 0 and 500 km")
                return nil
            }
            return .radius(km: km)
        case "district": return .district
        case "west-kent": return .westKent
        case "kent": return .kent
        case "national": return .national
        case nil: return nil
        case let other?:
            reader.error(
                "kind",
                ObjectReader.unknownValueMessage(
                    other, allowed: ["parishes", "radius", "district", "west-kent", "kent", "national"]))
            return nil
        }
    }

    static func decodeLocation(_ reader: ObjectReader) -> ServiceLocation {
        let name = reader.string("name")
        let address = reader.string("address")
        let postcode = reader.string("postcode")
        let parish = reader.string("parish")
        let latitude = reader.double("latitude")
        let longitude = reader.double("longitude")
        var coordinate: GeoPoint? = nil
        switch (latitude, longitude) {
        case (let lat?, let lon?): coordinate = GeoPoint(latitude: lat, longitude: lon)
        case (nil, nil): break
        case (nil, _): reader.error("latitude", "longitude is given without latitude")
        case (_, nil): reader.error("longitude", "latitude is given without longitude")
        }
        let schedules = (reader.objects("schedules") ?? []).map(decodeSchedule)
        reader.finish()
        return ServiceLocation(
            name: name, address: address, postcode: postcode, parish: parish, coordinate: coordinate, schedules: schedules)
    }

    /// `{"number", "description", "role", "ask_for", "kind", "extension"}`; whether the number is a
    /// real UK number for its kind, and a stand-in without `ask_for`, are the validator's checks.
    static func decodePhone(_ p: ObjectReader) -> Phone? {
        let number = p.string("number", required: true)
        let description = p.string("description")
        let role = p.enumeration("role", Phone.Role.self)
        let askFor = p.string("ask_for")
        let kind = p.enumeration("kind", Phone.Kind.self) ?? .voice
        let extensionNumber = p.string("extension")
        p.finish()
        return number.map {
            Phone(number: $0, description: description, role: role, askFor: askFor, kind: kind, extensionNumber: extensionNumber)
        }
    }

    /// One entry of `schedules`: real day names, `HH:MM` times, `YYYY-MM-DD` dates, weeks 1–5 or -1.
    /// Checks across fields (closes after opens, dates in order, overlaps) are the validator's.
    static func decodeSchedule(_ s: ObjectReader) -> Schedule {
        let days = s.enumerations("days", Weekday.self, required: true)
        if let days, days.isEmpty { s.error("days", "must list at least one day") }
        var weeks: [Int] = []
        if let value = s.value("weeks_of_month", required: false) {
            if case .array(let items) = value {
                for (i, item) in items.enumerated() {
                    if let week = item.intValue, Schedule.isValidWeekOfMonth(week) {
                        if !weeks.contains(week) { weeks.append(week) }
                    } else {
                        s.sink.add(
                            s.source.finding(
                                .error, JSONPath.element(s.fieldPath("weeks_of_month"), i),
                                "week of the month must be 1 to 5, or -1 for the last"))
                    }
                }
            } else {
                s.error("weeks_of_month", "expected an array of week numbers, found \(value.typeDescription)")
            }
        }
        func time(_ key: String) -> ClockTime? {
            guard let text = s.string(key) else { return nil }
            guard let time = ClockTime(hhmm: text) else {
                s.error(key, "expected a time as HH:MM (00:00 to 24:00), found \"\(text)\"")
                return nil
            }
            return time
        }
        let opens = time("opens")
        let closes = time("closes")
        let validFrom = s.date("valid_from")
        let validTo = s.date("valid_to")
        let frequency = s.enumeration("frequency", Schedule.Frequency.self)
        let notes = s.string("notes")
        s.finish()
        // Kept even when broken (its errors are reported): later checks then name the right entry.
        return Schedule(
            days: days ?? [], weeksOfMonth: weeks, opens: opens, closes: closes, validFrom: validFrom, validTo: validTo,
            frequency: frequency, notes: notes)
    }
}
