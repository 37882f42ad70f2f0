import SignpostCore

/// Readable text for tool results: what a model reads (and may read out). Built from the same
/// results the JSON comes from; it adds no facts of its own.
enum MCPText {
    static func match(_ r: MatchResult) -> String {
        var out: [String] = []
        var facts: [String] = []
        if let age = r.age { facts.append("age \(age)") }
        facts.append(contentsOf: r.circumstances.map(\.rawValue))
        out.append("Services for a resident of \(r.place.label)" + (facts.isEmpty ? "" : " (" + facts.joined(separator: ", ") + ")"))
        if !r.alerts.isEmpty {
            out.append("")
            out.append("URGENT — act on this first:")
            for alert in r.alerts { out.append("  ! " + alert.text) }
        }
        let stated = r.needs.filter {
            if case .suggested = $0.source { return false }
            return true
        }
        out.append("")
        out.append(
            stated.isEmpty
                ? "Needs understood: none (try other words, or need ids from signpost://needs)."
                : "Needs understood: " + stated.map(\.need.label).joined(separator: "; "))
        for inference in r.inferred {
            out.append("Read as \(inference.circumstance.rawValue) (from “\(inference.because)”).")
        }
        out.append("")
        if r.matches.isEmpty { out.append("No services fit.") }
        var questions: [String] = []
        for (i, m) in r.matches.enumerated() {
            var title = "\(i + 1). \(m.service.name)"
            if let phone = m.service.phone { title += " — phone \(phone)" }
            title += " [id \(m.service.id)]"
            out.append(title)
            var line = "   " + m.organisation
            if let site = m.site ?? m.service.locations.first, !site.singleLine.isEmpty { line += " · " + site.singleLine }
            if let km = m.distanceKm { line += " · \((km * 10).rounded() / 10) km" }
            out.append(line)
            if let url = m.service.url { out.append("   Web: " + url) }
            let why = m.reasons.filter { if case .points = $0.kind { return true } else { return false } }.map(\.text)
            if !why.isEmpty { out.append("   Why: " + why.joined(separator: " ")) }
            for reason in m.reasons {
                if case .ask = reason.kind { questions.append("\(m.service.name): \(reason.text)") }
            }
        }
        if r.moreMatches > 0 { out.append("(\(r.moreMatches) more not listed: raise limit)") }
        if !questions.isEmpty {
            out.append("")
            out.append("To check before referring:")
            for q in questions { out.append("  - " + q) }
        }
        let suggested = r.needs.compactMap { need -> String? in
            if case .suggested(_, _, let reason) = need.source { return "\(need.need.label): \(reason)" }
            return nil
        }
        if !suggested.isEmpty {
            out.append("")
            out.append("Also worth asking about:")
            for s in suggested { out.append("  - " + s) }
        }
        if !r.excluded.isEmpty {
            out.append("")
            out.append("Ruled out:")
            for e in r.excluded { out.append("  - \(e.service.name): " + e.reasons.map(\.text).joined(separator: " ")) }
        }
        out.append("")
        out.append("Not covered by any service: " + (r.unmet.isEmpty ? "none" : r.unmet.map(\.label).joined(separator: "; ")))
        if !r.unrecognised.isEmpty { out.append("Words not understood: " + r.unrecognised.joined(separator: ", ")) }
        return out.joined(separator: "\n")
    }

    static func serviceList(_ json: JSONValue) -> String {
        let services = json["services"]?.arrayValue ?? []
        let total = json["total"]?.intValue ?? services.count
        let offset = json["offset"]?.intValue ?? 0
        var out = ["\(total) service(s)" + (services.isEmpty ? "." : "; showing \(offset + 1)–\(offset + services.count):")]
        for s in services {
            var line = "- \(s["name"]?.stringValue ?? "?") [id \(s["id"]?.stringValue ?? "?")]"
            if let phone = s["phones"]?.arrayValue?.first?["number"]?.stringValue { line += " — phone \(phone)" }
            out.append(line)
            if let d = s["description"]?.stringValue { out.append("  " + d) }
        }
        return out.joined(separator: "\n")
    }

    static func service(_ s: JSONValue) -> String {
        var out = ["\(s["name"]?.stringValue ?? "?") [id \(s["id"]?.stringValue ?? "?")]"]
        if let d = s["description"]?.stringValue { out.append(d) }
        for phone in s["phones"]?.arrayValue ?? [] {
            var line = "Phone: " + (phone["number"]?.stringValue ?? "")
            if let what = phone["description"]?.stringValue { line += " (\(what))" }
            if let ask = phone["ask_for"]?.stringValue { line += "; ask for \(ask)" }
            out.append(line)
        }
        if let url = s["url"]?.stringValue { out.append("Web: " + url) }
        if let email = s["email"]?.stringValue { out.append("Email: " + email) }
        for location in s["locations"]?.arrayValue ?? [] {
            let parts = ["name", "address", "postcode"].compactMap { location[$0]?.stringValue }
            if !parts.isEmpty { out.append("Where: " + parts.joined(separator: ", ")) }
        }
        if let cost = s["cost"] {
            out.append("Cost: " + ([cost["kind"]?.stringValue, cost["description"]?.stringValue].compactMap { $0 }.joined(separator: ": ")))
        }
        if let notes = s["eligibility"]?["notes"]?.stringValue { out.append("Who it is for: " + notes) }
        if let schedule = s["schedule"]?.stringValue { out.append("When: " + schedule) }
        if let verified = s["verified"]?.stringValue { out.append("Last checked: " + verified) }
        return out.joined(separator: "\n")
    }

    static func parishes(_ json: JSONValue) -> String {
        let parishes = json["parishes"]?.arrayValue ?? []
        var out = ["\(parishes.count) towns and parishes:"]
        for p in parishes {
            var line = "- " + (p["name"]?.stringValue ?? "?")
            var facts: [String] = []
            if let kind = p["kind"]?.stringValue { facts.append(kind) }
            if let count = p["population"]?["count"]?.intValue { facts.append("population \(count)") }
            if let outcodes = p["outcodes"]?.arrayValue?.compactMap(\.stringValue), !outcodes.isEmpty {
                facts.append("postcodes " + outcodes.joined(separator: ", "))
            }
            if !facts.isEmpty { line += " (" + facts.joined(separator: "; ") + ")" }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    static func gaps(_ json: JSONValue, limit: Int) -> String {
        let gaps = json["gaps"]?.arrayValue ?? []
        let total = json["totalGaps"]?.intValue ?? gaps.count
        var out = [total == 0 ? "No gaps found." : "\(total) gap(s)" + (total > gaps.count ? "; the \(gaps.count) most severe:" : ", most severe first:")]
        for g in gaps { out.append("- " + (g["finding"]?.stringValue ?? "?")) }
        if let opened = json["whatIf"]?["opened"]?.arrayValue, !opened.isEmpty {
            out.append("")
            out.append("Would open if those services closed (\(opened.count)):")
            for change in opened.prefix(limit) { out.append("- " + (change["findingAfter"]?.stringValue ?? "?")) }
        }
        return out.joined(separator: "\n")
    }
}
