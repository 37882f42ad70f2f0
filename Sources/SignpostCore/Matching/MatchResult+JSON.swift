/// The match result as JSON: the `--json` output of `signpost match` and the protocol's `match`
/// result (the same object, built here once).
extension MatchResult {
    public var json: JSONValue {
        var interpretedNeeds: [JSONValue] = []
        for need in needs {
            var o: JSONObject = ["id": .string(need.need.id), "label": .string(need.need.label), "domain": .string(need.need.domain)]
            switch need.source {
            case .id: o["from"] = "id"
            case .phrases(let phrases):
                o["from"] = "text"
                o["phrases"] = JSONValue(phrases)
            case .suggested(let module, let reason):
                o["from"] = "suggested"
                o["module"] = .string(module)
                o["reason"] = .string(reason)
            }
            interpretedNeeds.append(.object(o))
        }
        let interpreted: JSONObject = [
            "needs": .array(interpretedNeeds),
            "unrecognised": JSONValue(unrecognised),
            "inferredCircumstances": .array(
                inferred.map { .object(["circumstance": .string($0.circumstance.rawValue), "because": .string($0.because)]) }),
        ]
        let resident: JSONObject = [
            "place": .object(["label": .string(place.label), "precision": .string(place.precision.rawValue)]),
            "circumstances": JSONValue(circumstances.map(\.rawValue)),
        ]
        return .object([
            "resident": .object(resident),
            "interpreted": .object(interpreted),
            "matches": .array(matches.enumerated().map { i, m in m.json(rank: i + 1) }),
            "excluded": .array(
                excluded.map { e in
                    .object(["service": e.service.summaryJSON(brief: true), "reasons": JSONValue(e.reasons.map(\.text))])
                }),
            "unmet": .array(unmet.map { .object(["id": .string($0.id), "label": .string($0.label)]) }),
            "moreMatches": JSONValue(moreMatches),
            "modules": JSONValue(modules),
        ])
    }
}

extension MatchResult.Scored {
    func json(rank: Int) -> JSONValue {
        var o: JSONObject = [
            "rank": JSONValue(rank),
            "service": service.summaryJSON(brief: false, organisationName: organisation, site: site),
            "score": .number((score * 100).rounded() / 100),
        ]
        if let distanceKm { o["distanceKm"] = .number((distanceKm * 10).rounded() / 10) }
        o["reasons"] = JSONValue(reasons)
        return .object(o)
    }
}

extension Service {
    /// What a caller needs to contact a matched service; `brief` is id and name only.
    public func summaryJSON(brief: Bool, organisationName: String? = nil, site: ServiceLocation? = nil) -> JSONValue {
        var o: JSONObject = ["id": .string(id), "name": .string(name)]
        if brief { return .object(o) }
        o["organisation"] = .string(organisationName ?? organisationID)
        if let phone { o["phone"] = .string(phone) }
        if let location = site ?? locations.first {
            let line = location.singleLine
            if !line.isEmpty { o["address"] = .string(line) }
        }
        if let url { o["url"] = .string(url) }
        if let email { o["email"] = .string(email) }
        o["description"] = .string(description)
        o["delivery"] = JSONValue(delivery.sorted().map(\.rawValue))
        o["cost"] = .string(cost.plainLabel)
        o["howToStart"] = .string(eligibility.referral.howToStart)
        if let schedule { o["schedule"] = .string(schedule) }
        return .object(o)
    }
}
