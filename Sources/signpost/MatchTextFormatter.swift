import SignpostCore

/// The match result as text a person reads at a glance: any risk raised first, boxed, with who to
/// call; then ranked services (name, phone, where, why), then what was ruled out and why, then needs nothing covers and words not understood.
enum MatchTextFormatter {
    static func format(_ result: MatchResult) -> String {
        var out: [String] = UrgentTextFormatter.lines(result.urgent)
        if !out.isEmpty { out.append("") }
        var heading = "Services for a resident of \(result.place.label)"
        var facts: [String] = []
        if let age = result.age { facts.append("age \(age)") }
        facts.append(contentsOf: result.circumstances.map(\.rawValue))
        if !facts.isEmpty { heading += " (" + facts.joined(separator: ", ") + ")" }
        out.append(heading)
        if !result.household.isEmpty {
            out.append("Also for: " + result.household.map(\.described).joined(separator: "; "))
        }

        let stated = result.needs.filter {
            if case .suggested = $0.source { return false }
            return true
        }
        if stated.isEmpty {
            out.append("Needs understood: none.")
        } else {
            out.append("Needs understood:")
            for need in stated {
                var line = "  - " + need.need.label
                if !need.readings.isEmpty {
                    line += " (from " + need.readings.map(\.explanation).joined(separator: ", ") + ")"
                } else if case .phrases(let phrases) = need.source {
                    line += " (from " + phrases.map { "“\($0)”" }.joined(separator: ", ") + ")"
                }
                if let person = need.about { line += " — about their \(person.word), not the resident" }
                out.append(line)
            }
        }
        if stated.isEmpty || result.mostlyNotUnderstood {
            let what = stated.isEmpty ? "None of the words were understood" : "Most of the words were not understood"
            out.append(
                "  \(what). Try what the resident wants help with in a few plain words (“lonely”, “money worries”,"
                    + " “keep falling”), or taxonomy ids (signpost services --help).")
        }
        for denial in result.denied {
            let meant = denial.needs.map(\.lowercasedLabel) + denial.circumstances.map(\.rawValue)
            out.append("  Denied, so not used: ‘\(denial.typed)’ (\(meant.joined(separator: ", ")))")
        }
        for idiom in result.idioms {
            out.append("  Not read literally: ‘\(idiom.typed)’ (\(idiom.meaning))")
        }
        for inference in result.inferred {
            out.append("  Read as \(inference.circumstance.rawValue) (from “\(inference.because)”)")
        }
        out.append("")

        if result.matches.isEmpty {
            out.append("No services fit.")
        }
        for (i, match) in result.matches.enumerated() {
            let service = match.service
            var title = "\(i + 1). \(service.name)"
            if let phone = service.phone { title += " — \(phone)" }
            out.append(title)
            out.append("   " + match.organisation + where_(service, site: match.site, organisation: match.organisation))
            if let member = match.forMember { out.append("   For: \(member.label)") }
            out.append("   Why: " + match.reasonTexts.joined(separator: " "))
            out.append("")
        }
        if result.moreMatches > 0 { out.append("(\(result.moreMatches) more not shown: use --limit)\n") }

        let suggested = result.needs.filter {
            if case .suggested = $0.source { return true }
            return false
        }
        if !suggested.isEmpty {
            out.append("Also worth asking about:")
            for need in suggested {
                if case .suggested(_, _, let reason) = need.source { out.append("  - \(need.need.label): \(reason)") }
            }
            out.append("")
        }
        if !result.questions.isEmpty {
            out.append("Worth asking:")
            for question in result.questions { out.append("  - \(question.ask) \(question.change)") }
            out.append("")
        }
        if !result.excluded.isEmpty {
            out.append("Ruled out:")
            for e in result.excluded {
                out.append("  - \(e.service.name): " + e.reasons.map(\.text).joined(separator: " "))
            }
            out.append("")
        }
        out.append("Not covered: " + (result.unmet.isEmpty ? "none" : result.unmet.map(\.label).joined(separator: "; ")))
        if !result.unrecognised.isEmpty {
            out.append("Words not understood: " + result.unrecognised.joined(separator: ", "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func where_(_ service: Service, site: ServiceLocation?, organisation: String) -> String {
        if var location = site {
            if location.name == organisation { location.name = nil }
            if !location.singleLine.isEmpty { return " · " + location.singleLine }
        }
        if service.delivery.contains(.homeVisit) { return " · comes to your home" }
        if service.delivery.contains(.transport) { return " · door-to-door transport" }
        if service.delivery.contains(.phone) { return " · by phone" }
        if service.delivery == [.online] { return " · online" }
        return ""
    }
}
