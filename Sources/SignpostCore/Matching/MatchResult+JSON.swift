/// The match result as JSON: the `--json` output of `signpost match` and the protocol's `match`
/// result. It is written once, straight to bytes (the protocol's hot path); `json` is that same
/// text parsed back, for pretty printing and tests.
extension MatchResult {
    /// Compact JSON bytes of the result.
    public func jsonBytes() -> [UInt8] {
        var o = JSONStream(capacity: 8192)
        write(to: &o)
        return o.bytes
    }

    /// The result as a JSON value (parsed from `jsonBytes()`, so the two can never differ).
    public var json: JSONValue {
        // The bytes are ours and well formed; parsing cannot fail.
        (try? JSONParser.value(jsonBytes(), maxDepth: 64)) ?? .null
    }

    public func write(to o: inout JSONStream) {
        o.beginObject()

        // Risks come first, and the key is absent when there are none.
        if !urgent.isEmpty {
            o.arrayMember("urgent")
            for risk in urgent { risk.write(to: &o) }
            o.endArray()
        }

        o.objectMember("resident")
        o.objectMember("place")
        o.member("label", place.label)
        o.member("precision", place.precision.rawValue)
        o.endObject()
        o.member("circumstances", circumstances.map(\.rawValue))
        if !knownNot.isEmpty { o.member("notCircumstances", knownNot.map(\.rawValue)) }
        if !household.isEmpty {
            o.arrayMember("household")
            for member in household { member.write(to: &o) }
            o.endArray()
        }
        o.endObject()

        o.objectMember("interpreted")
        o.arrayMember("needs")
        for need in needs {
            o.beginObject()
            o.member("id", need.need.id)
            o.member("label", need.need.label)
            o.member("domain", need.need.domain)
            switch need.source {
            case .id: o.member("from", "id")
            case .phrases(let phrases):
                o.member("from", "text")
                o.member("phrases", phrases)
                o.arrayMember("readAs")
                for reading in need.readings {
                    o.beginObject()
                    o.member("words", reading.typed)
                    o.member("as", reading.phrase)
                    o.member("how", reading.how.rawValue)
                    if !reading.corrections.isEmpty { o.member("corrections", reading.corrections.map(\.explanation)) }
                    o.endObject()
                }
                o.endArray()
                if let person = need.about {
                    o.objectMember("aboutSomeoneElse")
                    o.member("relation", person.relation.rawValue)
                    o.member("word", person.word)
                    if let age = person.age { o.member("age", age) }
                    o.endObject()
                }
            case .suggested(let rule, let module, let reason):
                o.member("from", "suggested")
                o.member("rule", rule)
                if let module { o.member("module", module) }
                o.member("reason", reason)
            }
            o.endObject()
        }
        o.endArray()
        o.arrayMember("denied")
        for denial in denied {
            o.beginObject()
            o.member("words", denial.typed)
            o.member("needs", denial.needs.map(\.id))
            o.member("circumstances", denial.circumstances.map(\.rawValue))
            o.endObject()
        }
        o.endArray()
        o.arrayMember("idioms")
        for idiom in idioms {
            o.beginObject()
            o.member("words", idiom.typed)
            o.member("meaning", idiom.meaning)
            o.endObject()
        }
        o.endArray()
        o.member("unrecognised", unrecognised)
        o.member("mostlyNotUnderstood", mostlyNotUnderstood)
        o.arrayMember("inferredCircumstances")
        for inference in inferred {
            o.beginObject()
            o.member("circumstance", inference.circumstance.rawValue)
            o.member("because", inference.because)
            o.endObject()
        }
        o.endArray()
        o.endObject()

        o.arrayMember("matches")
        for (i, match) in matches.enumerated() {
            o.beginObject()
            o.member("rank", i + 1)
            o.key("service")
            match.service.writeSummary(to: &o, organisationName: match.organisation, site: match.site)
            o.member("score", (match.score * 100).rounded() / 100)
            if let km = match.distanceKm { o.member("distanceKm", (km * 10).rounded() / 10) }
            if let member = match.forMember {
                o.key("for")
                member.write(to: &o)
            }
            o.arrayMember("reasons")
            for reason in match.reasons { reason.write(to: &o) }
            o.endArray()
            o.endObject()
        }
        o.endArray()

        o.arrayMember("excluded")
        for e in excluded {
            o.beginObject()
            o.objectMember("service")
            o.member("id", e.service.id)
            o.member("name", e.service.name)
            o.endObject()
            o.arrayMember("reasons")
            for reason in e.reasons { reason.write(to: &o) }
            o.endArray()
            o.endObject()
        }
        o.endArray()

        o.arrayMember("unmet")
        for need in unmet {
            o.beginObject()
            o.member("id", need.id)
            o.member("label", need.label)
            o.endObject()
        }
        o.endArray()
        o.arrayMember("questions")
        for question in questions {
            o.beginObject()
            o.member("circumstance", question.circumstance.rawValue)
            o.member("ask", question.ask)
            o.member("change", question.change)
            o.endObject()
        }
        o.endArray()
        o.member("moreMatches", moreMatches)
        o.member("modules", modules)
        o.endObject()
    }
}

extension MatchResult.RuleReason {
    /// `{"rule": "reach.distance", "points": -1.5, "text": "…"}`; `"check": true` marks a fact to
    /// check rather than points, `"excludes": true` a reason for ruling out.
    public func write(to o: inout JSONStream) {
        o.beginObject()
        o.member("rule", rule)
        switch kind {
        case .points(let p): o.member("points", (p * 100).rounded() / 100)
        case .ask: o.member("check", true)
        case .exclude: o.member("excludes", true)
        case .suggest, .alert: break
        }
        o.member("text", text)
        o.endObject()
    }
}

extension Service {
    /// What a caller needs to contact a matched service; fields the service lacks are left out.
    public func writeSummary(to o: inout JSONStream, organisationName: String? = nil, site: ServiceLocation? = nil) {
        o.beginObject()
        o.member("id", id)
        o.member("name", name)
        o.member("organisation", organisationName ?? organisationID)
        if let phone { o.member("phone", phone) }
        if let location = site ?? locations.first {
            let line = location.singleLine
            if !line.isEmpty { o.member("address", line) }
        }
        if let url { o.member("url", url) }
        if let email { o.member("email", email) }
        o.member("description", description)
        o.member("delivery", delivery.sorted().map(\.rawValue))
        o.member("cost", cost.plainLabel)
        o.member("howToStart", howToStart)
        if let schedule { o.member("schedule", schedule) }
        o.endObject()
    }
}
