/// Records back to the Directory file format (the inverse of the decoders), with keys in the
/// documented order and empty optional fields left out. Used by `--json` listings, the protocol
/// and the ORUK importer, so there is one definition of the format in each direction.
extension Service {
    public var directoryJSON: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["name"] = .string(name)
        o["organization_id"] = .string(organisationID)
        o["description"] = .string(description)
        o["needs"] = JSONValue(needs)
        if let a = eligibility.minimumAge { o["minimum_age"] = JSONValue(a) }
        if let a = eligibility.maximumAge { o["maximum_age"] = JSONValue(a) }
        var e = JSONObject()
        if !eligibility.conditions.isEmpty { e["conditions"] = JSONValue(eligibility.conditions.map(\.rawValue)) }
        if eligibility.referral != .selfReferral { e["referral"] = .string(eligibility.referral.rawValue) }
        if let notes = eligibility.notes { e["notes"] = .string(notes) }
        if !e.isEmpty { o["eligibility"] = .object(e) }
        o["service_area"] = area.directoryJSON
        var c: JSONObject = ["kind": .string(cost.kind.rawValue)]
        if let d = cost.description { c["description"] = .string(d) }
        o["cost"] = .object(c)
        o["delivery"] = JSONValue(delivery.sorted().map(\.rawValue))
        if !locations.isEmpty { o["locations"] = .array(locations.map(\.directoryJSON)) }
        if !phones.isEmpty { o["phones"] = .array(phones.map(\.directoryJSON)) }
        if let email { o["email"] = .string(email) }
        if let url { o["url"] = .string(url) }
        if let schedule { o["schedule"] = .string(schedule) }
        if !schedules.isEmpty { o["schedules"] = .array(schedules.map(\.directoryJSON)) }
        if !accessibility.isEmpty { o["accessibility"] = JSONValue(accessibility) }
        if !languages.isEmpty { o["languages"] = JSONValue(languages) }
        if !actionPlan.isEmpty { o["action_plan"] = JSONValue(actionPlan.map(\.code)) }
        o["source"] = .string(source)
        o["verified"] = .string(verified.description)
        if !history.isEmpty { o["history"] = .array(history.map(\.directoryJSON)) }
        if kind != .service { o["kind"] = .string(kind.rawValue) }
        return .object(o)
    }
}

extension CheckRecord {
    /// `{"verified": previous, "recorded", "note"}`, as in a service file's `history`.
    public var directoryJSON: JSONValue {
        var o: JSONObject = ["verified": .string(previous.description), "recorded": .string(recorded.description)]
        if let note { o["note"] = .string(note) }
        return .object(o)
    }
}

extension ServiceArea {
    public var directoryJSON: JSONValue {
        switch self {
        case .parishes(let names): return .object(["kind": "parishes", "parishes": JSONValue(names)])
        case .radius(let km): return .object(["kind": "radius", "km": .number(km)])
        default: return .object(["kind": .string(kindName)])
        }
    }
}

extension ServiceLocation {
    public var directoryJSON: JSONValue {
        var o = JSONObject()
        if let name { o["name"] = .string(name) }
        if let address { o["address"] = .string(address) }
        if let postcode { o["postcode"] = .string(postcode) }
        if let parish { o["parish"] = .string(parish) }
        if let coordinate {
            o["latitude"] = .number(coordinate.latitude)
            o["longitude"] = .number(coordinate.longitude)
        }
        if !schedules.isEmpty { o["schedules"] = .array(schedules.map(\.directoryJSON)) }
        return .object(o)
    }
}

extension Phone {
    public var directoryJSON: JSONValue {
        var p: JSONObject = ["number": .string(number)]
        if let description { p["description"] = .string(description) }
        if let role { p["role"] = .string(role.rawValue) }
        if let askFor { p["ask_for"] = .string(askFor) }
        if kind != .voice { p["kind"] = .string(kind.rawValue) }
        if let extensionNumber { p["extension"] = .string(extensionNumber) }
        return .object(p)
    }
}

extension Schedule {
    /// Keys in the documented order; `frequency` only when it is not what the weeks imply.
    public var directoryJSON: JSONValue {
        var o: JSONObject = ["days": JSONValue(days.map(\.rawValue))]
        if !weeksOfMonth.isEmpty { o["weeks_of_month"] = .array(weeksOfMonth.map { .number(Double($0)) }) }
        if let opens { o["opens"] = .string(opens.description) }
        if let closes { o["closes"] = .string(closes.description) }
        if let validFrom { o["valid_from"] = .string(validFrom.description) }
        if let validTo { o["valid_to"] = .string(validTo.description) }
        if frequency != Schedule.defaultFrequency(weeksOfMonth: weeksOfMonth) { o["frequency"] = .string(frequency.rawValue) }
        if let notes { o["notes"] = .string(notes) }
        return .object(o)
    }
}

extension Organisation {
    public var directoryJSON: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        o["name"] = .string(name)
        o["description"] = .string(description)
        if let website { o["website"] = .string(website) }
        if let phone { o["phone"] = .string(phone) }
        if let email { o["email"] = .string(email) }
        if let address { o["address"] = .string(address) }
        o["source"] = .string(source)
        return .object(o)
    }
}

extension Parish {
    public var directoryJSON: JSONValue {
        var o = JSONObject()
        o["name"] = .string(name)
        o["kind"] = .string(kind.rawValue)
        if let population {
            o["population"] = .object([
                "count": JSONValue(population.count), "year": JSONValue(population.year),
                "source": .string(population.source),
            ])
        }
        o["latitude"] = .number(centroid.latitude)
        o["longitude"] = .number(centroid.longitude)
        o["outcodes"] = JSONValue(outcodes)
        if !wards.isEmpty { o["wards"] = JSONValue(wards) }
        if let healthArea { o["health_area"] = .string(healthArea) }
        if let primaryCareNetwork { o["primary_care_network"] = .string(primaryCareNetwork) }
        o["deprivation"] = .object(["level": JSONValue(deprivation.level), "evidence": JSONValue(deprivation.evidence)])
        if let settlement { o["settlement"] = .string(settlement.rawValue) }
        if let notes { o["notes"] = .string(notes) }
        return .object(o)
    }
}

extension Outcode {
    public var directoryJSON: JSONValue {
        .object([
            "outcode": .string(code), "latitude": .number(centroid.latitude), "longitude": .number(centroid.longitude),
            "parishes": JSONValue(parishes), "source": .string(source),
        ])
    }
}

extension Need {
    public var directoryJSON: JSONValue {
        var o: JSONObject = [
            "id": .string(id), "label": .string(label), "priority_area": .string(priorityArea),
            "domain": .string(domain), "synonyms": JSONValue(synonyms),
        ]
        if !implies.isEmpty { o["implies"] = JSONValue(implies.map(\.rawValue)) }
        return .object(o)
    }
}

extension NeedDomain {
    public var directoryJSON: JSONValue {
        .object([
            "id": .string(id), "label": .string(label), "marmot_objective": .string(marmotObjective),
            "action_plan": JSONValue(actionPlan.map(\.code)), "remote_serves": .bool(remoteServes),
        ])
    }
}

extension CircumstancePhrases {
    public var directoryJSON: JSONValue {
        .object(["circumstance": .string(circumstance.rawValue), "phrases": JSONValue(phrases)])
    }
}

extension DirectoryFiles {
    /// A Directory written out as the files it would be read from (pretty JSON, as on disk):
    /// for synthetic directories in benchmarks, and as the base of an import.
    public init(directory: Directory, root: String, includeRecords: Bool = true) {
        let writer = JSONWriter(style: .pretty)
        func file(_ name: String, _ value: JSONValue) -> File { File(path: root + "/" + name, bytes: writer.bytes(value)) }
        let taxonomy: JSONValue = .object([
            "domains": .array(directory.taxonomy.domains.map(\.directoryJSON)),
            "needs": .array(directory.taxonomy.needs.map(\.directoryJSON)),
            "circumstance_phrases": .array(directory.taxonomy.circumstancePhrases.map(\.directoryJSON)),
        ])
        self.init(
            root: root, taxonomy: file("taxonomy.json", taxonomy),
            parishes: file("parishes.json", .object(["parishes": .array(directory.parishes.map(\.directoryJSON))])),
            outcodes: file("outcodes.json", .object(["outcodes": .array(directory.outcodes.map(\.directoryJSON))])),
            organisations: includeRecords ? directory.organisations.map { file("organisations/" + $0.id + ".json", $0.directoryJSON) } : [],
            services: includeRecords ? directory.services.map { file("services/" + $0.id + ".json", $0.directoryJSON) } : [])
    }
}
