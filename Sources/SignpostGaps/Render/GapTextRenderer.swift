import SignpostCore

/// The report as text: the top gaps first, then summaries by domain and by parish.
public enum GapTextRenderer {
    public static func render(
        _ report: GapReport, top: Int = 25, opened: [GapChange] = [], closed: [GapChange] = [], scenario: String? = nil
    ) -> String {
        var out: [String] = []
        out.append(scenario.map { $0 + ": service gaps by parish and wider determinant of health" } ?? "Service gaps by parish and wider determinant of health")
        out.append(
            "Score = severity (0–1) × residents × deprivation weight × rurality ÷ 1000; reachable without a car = within \(Format.decimal(GapAnalysis.walkingKm)) km on foot, a home visit or transport to the door, or by phone or online where that meets the need. See docs/GAP-ANALYSIS.md."
        )
        out.append("")
        out.append(GapReport.heading("five findings to act on", scenario: scenario))
        for (i, f) in report.findings().enumerated() {
            out.append("\(i + 1). [\(f.kind.heading)] \(f.headline)")
            for line in f.details { out.append("   " + line) }
        }
        if !opened.isEmpty || !closed.isEmpty || !report.removed.isEmpty {
            out.append("")
            out.append(GapReport.heading("what changes", scenario: scenario))
            if opened.isEmpty && closed.isEmpty { out.append("  No gap opens or closes.") }
            for change in opened {
                out.append("  Opens (severity \(Format.decimal(change.before.severity)) → \(Format.decimal(change.after.severity))): \(change.after.finding)")
            }
            for change in closed {
                out.append("  Closes (severity \(Format.decimal(change.before.severity)) → \(Format.decimal(change.after.severity))): \(change.before.finding)")
            }
        }
        let gaps = report.gaps
        out.append("")
        out.append(GapReport.heading("top gaps (\(min(top, gaps.count)) of \(gaps.count))", scenario: scenario))
        for (i, gap) in gaps.prefix(top).enumerated() {
            out.append("\(i + 1). \(gap.finding)")
            let refs = gap.domain.actionPlan.map(\.code).joined(separator: ", ")
            out.append(
                "   score \(Format.decimal(gap.score)); severity \(Format.decimal(gap.severity)); "
                    + (refs.isEmpty ? "no action-plan reference" : "actions \(refs)") + "; "
                    + gap.priorityAreas.map(\.title).joined(separator: ", ") + "; Marmot \(gap.domain.marmotObjective.prefix(1))")
        }
        out.append("")
        out.append("By domain (parishes with a gap / with nothing; total score)")
        for s in report.byDomain {
            out.append("  \(s.domain.label): \(s.parishesWithGaps) / \(s.parishesWithNothing); \(Format.decimal(s.score))")
        }
        out.append("")
        out.append("By parish (domains with a gap; total score; deprivation level)")
        for s in report.byParish {
            out.append("  \(s.parish.name): \(s.domainsWithGaps); \(Format.decimal(s.score)); \(s.parish.deprivation.level)")
        }
        out.append("")
        out.append("A gap in the Directory is not always a gap on the ground: see the caveats in docs/GAP-ANALYSIS.md.")
        return out.joined(separator: "\n") + "\n"
    }
}

/// The full parish × domain matrix as CSV, one row per cell, for a spreadsheet.
public enum GapCSVRenderer {
    public static let header = [
        "parish", "domain", "domain_label", "population", "population_used", "deprivation_level", "settlement", "services",
        "local_services", "providers", "in_person_sites", "nearest_km", "nearest_service", "reachable_without_car",
        "reachable_by_community_transport", "remote_only", "reachable_without_internet", "free_option",
        "free_option_without_car", "costs_not_known", "issues", "access_barriers", "fragility", "data_gaps", "severity",
        "deprivation_weight", "rurality_weight", "score", "finding", "action_plan", "priority_areas", "marmot_objective",
    ]

    public static func render(_ report: GapReport) -> String {
        var csv = CSVWriter(header: header)
        for c in report.cells {
            csv.append([
                c.parish.name, c.domain.id, c.domain.label, c.population.map(String.init) ?? "", String(c.peopleUsed),
                String(c.parish.deprivation.level), c.parish.settlement?.rawValue ?? "", String(c.coverage.services),
                String(c.coverage.localServices), String(c.coverage.providers), String(c.coverage.inPersonSites),
                c.coverage.nearestKm.map { Format.decimal($0) } ?? "", c.nearestServiceName ?? "",
                String(c.coverage.reachableWithoutCar), String(c.coverage.reachableByCommunityTransport),
                String(c.coverage.remoteOnly), String(c.coverage.reachableWithoutInternet), String(c.coverage.hasFreeOption),
                String(c.coverage.hasFreeOptionWithoutCar), String(c.coverage.costUnknown),
                c.issues.map(\.rawValue).joined(separator: " "), c.issues(.access).map(\.rawValue).joined(separator: " "),
                c.issues(.fragility).map(\.rawValue).joined(separator: " "), c.issues(.data).map(\.rawValue).joined(separator: " "),
                Format.decimal(c.severity), Format.decimal(c.deprivationMultiplier), Format.decimal(c.ruralityMultiplier),
                Format.decimal(c.score), c.finding, c.domain.actionPlan.map(\.code).joined(separator: " "),
                c.priorityAreas.map(\.id).joined(separator: " "), c.domain.marmotObjective,
            ])
        }
        return csv.text
    }
}
