import SignpostCore

/// A self-contained HTML report for committee papers: the ranked findings, a heatmap (SVG) of
/// parishes × domains with parishes ordered by deprivation, a dot map (SVG) of parish centroids
/// sized by population and coloured by overall gap, and the method. No external assets.
public enum GapHTMLRenderer {
    /// Viridis, light to dark: readable with the common colour-vision deficiencies and in greyscale.
    public static let palette = ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"]
    public static let bandLabels = ["no gap", "up to 0.2", "up to 0.4", "up to 0.6", "up to 0.8", "over 0.8 / nothing"]

    /// The palette band for a severity from 0 to 1.
    public static func band(_ severity: Double) -> Int {
        if severity <= 0 { return 0 }
        return min(5, Int((severity * 5).rounded(.up)))
    }

    /// The report's title, naming the scenario when there is one ("If Dial a Ride stopped: …").
    static func title(_ scenario: String?) -> String {
        (scenario.map { $0 + ": s" } ?? "S") + "ervice gaps by parish and wider determinant of health"
    }

    public static func render(
        _ report: GapReport, printed: CalendarDate, opened: [GapChange] = [], closed: [GapChange] = [], scenario: String? = nil
    ) -> String {
        let heading = { (text: String) in escape(GapReport.heading(text, scenario: scenario)) }
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en-GB\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(escape(title(scenario)))</title>")
        h.append("<style>")
        h.append("""
            @page { size: A4 landscape; margin: 12mm 12mm 16mm 12mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, Helvetica, sans-serif; } }
            body { font-family: Arial, Helvetica, sans-serif; font-size: 12pt; color: #000; background: #fff; margin: 1.5em; line-height: 1.35; }
            h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 1.6em; border-bottom: 2px solid #000; }
            table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
            th { background: #eee; } td.num { text-align: right; white-space: nowrap; }
            figure { margin: 1em 0; } figcaption { font-size: 11pt; margin-top: 0.3em; }
            svg text { font-family: Arial, Helvetica, sans-serif; }
            .note { font-size: 11pt; }
            .finding { border-left: 6px solid #000; padding: 0.2em 0 0.2em 0.8em; margin: 0.8em 0; break-inside: avoid; }
            .finding h3 { font-size: 13pt; margin: 0 0 0.3em 0; }
            .finding ul { margin: 0.2em 0; padding-left: 1.2em; }
            .kind { font-weight: bold; }
            caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
            .scroll { overflow-x: auto; }
            svg { max-width: 100%; height: auto; }
            h2, h3, caption { break-after: avoid; } tr, figure, .finding { break-inside: avoid; } thead { display: table-header-group; }
            @media print { body { margin: 0; } .scroll { overflow: visible; } }
            @media (max-width: 40em) { body { margin: 0.6em; font-size: 11pt; } }
            """)
        h.append("</style>")
        h.append("</head>")
        h.append("<body>")
        h.append("<main>")
        h.append("<h1>\(escape(title(scenario)))</h1>")
        h.append(
            "<p>Sevenoaks District: \(report.byParish.count) town and parish council areas × \(report.domains.count) wider-determinant domains, from the Signpost Directory. Printed \(escape(printed.longForm)).</p>"
        )
        h.append("<h2>\(heading("five findings to act on"))</h2>")
        for (i, f) in report.findings().enumerated() {
            h.append("<section class=\"finding\" aria-labelledby=\"finding-\(i + 1)\">")
            h.append("<h3 id=\"finding-\(i + 1)\">\(i + 1). <span class=\"kind\">\(escape(f.kind.heading)):</span> \(escape(f.headline))</h3>")
            h.append("<ul>" + f.details.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
            h.append("</section>")
        }
        if !opened.isEmpty || !closed.isEmpty || !report.removed.isEmpty {
            h.append("<h2>\(heading("what changes"))</h2>")
            if opened.isEmpty && closed.isEmpty { h.append("<p>No gap opens or closes.</p>") }
            if !opened.isEmpty {
                h.append("<p><strong>Gaps that open:</strong></p><ul>")
                for c in opened { h.append("<li>\(escape(c.after.finding)) (severity \(Format.decimal(c.before.severity)) → \(Format.decimal(c.after.severity)))</li>") }
                h.append("</ul>")
            }
            if !closed.isEmpty {
                h.append("<p><strong>Gaps that close:</strong></p><ul>")
                for c in closed { h.append("<li>\(escape(c.before.finding)) (severity \(Format.decimal(c.before.severity)) → \(Format.decimal(c.after.severity)))</li>") }
                h.append("</ul>")
            }
        }

        h.append("<h2>\(heading("every gap, ranked"))</h2>")
        h.append("<div class=\"scroll\"><table>")
        h.append("<caption>The \(min(40, report.gaps.count)) highest-scoring parish and domain gaps of \(report.gaps.count)</caption>")
        h.append("<thead><tr><th>#</th><th>Finding</th><th>Score</th><th>Action plan</th><th>Priority area</th><th>Marmot objective</th></tr></thead>")
        h.append("<tbody>")
        for (i, gap) in report.gaps.prefix(40).enumerated() {
            h.append(
                "<tr><td class=\"num\">\(i + 1)</td><td>\(escape(gap.finding))</td><td class=\"num\">\(Format.decimal(gap.score))</td><td>\(escape(gap.domain.actionPlan.map(\.code).joined(separator: ", ")))</td><td>\(escape(gap.priorityAreas.map(\.title).joined(separator: ", ")))</td><td>\(escape(gap.domain.marmotObjective))</td></tr>"
            )
        }
        h.append("</tbody></table></div>")

        h.append("<h2>Heatmap</h2>")
        h.append("<figure>")
        h.append(heatmap(report))
        h.append(
            "<figcaption>Gap severity for every parish (rows, most deprived first) and domain (columns), as a number in each cell (0 is no gap, 1 is nothing at all) and a colour: darker is worse. The table under the map gives the same figures.</figcaption>"
        )
        h.append("</figure>")

        h.append("<h2>Map</h2>")
        h.append("<figure>")
        h.append(dotMap(report))
        h.append(
            "<figcaption>Parish centroids, sized by population and coloured by the mean gap severity across domains. Positions are approximate centroids, not boundaries.</figcaption>"
        )
        h.append("</figure>")

        h.append(severityTable(report))
        h.append("<h2>By domain</h2>")
        h.append("<div class=\"scroll\"><table><caption>Gaps by domain</caption><thead><tr><th>Domain</th><th>Parishes with a gap</th><th>Parishes with nothing</th><th>Total score</th></tr></thead><tbody>")
        for s in report.byDomain {
            h.append(
                "<tr><td>\(escape(s.domain.label))</td><td class=\"num\">\(s.parishesWithGaps)</td><td class=\"num\">\(s.parishesWithNothing)</td><td class=\"num\">\(Format.decimal(s.score))</td></tr>"
            )
        }
        h.append("</tbody></table></div>")

        h.append("<h2>Method</h2>")
        h.append(
            "<p>For every parish and domain, Signpost finds the services that meet a need of that domain and serve the parish, using the same service areas, sites and delivery modes as its matching engine. A resident can use a service without a car when a site is within \(Format.decimal(GapAnalysis.walkingKm)) km of the parish centre, the service comes to the home or provides transport, or it helps by phone or online and the need can be met that way (advice and counselling can; a social group, exercise or a food bank cannot). Where door-to-door community transport serves the parish, a site within \(Format.decimal(GapAnalysis.transportKm)) km counts as reachable by it, a lesser barrier. A cost the Directory does not know is a data gap, never \"no free option\".</p>"
        )
        let weights = GapCell.Issue.allCases.filter { $0.weight > 0 }.map { Format.decimal($0.weight) + " " + $0.phrase }
        h.append(
            "<p>Severity is the sum, at most 1, of: \(escape(weights.joined(separator: "; "))). Score = severity × residents (the median parish's where the population is not known, shown as not known) × (1 + \(Format.decimal(GapAnalysis.deprivationStep)) × (deprivation level − 1)) × rurality (1 for towns, 1.1 for local service centres, 1.2 for villages, 1.3 for hamlets) ÷ 1000.</p>"
        )
        h.append(
            "<p class=\"note\">Caveats: a gap in the Directory is not always a gap on the ground — a service may exist that the Directory does not list; populations are 2011 or 2021 Census figures, and the median is used where none is known; deprivation levels come from seed ward indicators of 2011–2015, not the Index of Multiple Deprivation; centroids stand in for where people live. See docs/GAP-ANALYSIS.md.</p>"
        )
        h.append("</main>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    /// The heatmap's figures as a table: one row per parish, one column per domain, and the
    /// mean the map shows.
    static func severityTable(_ report: GapReport) -> String {
        var h: [String] = []
        h.append("<div class=\"scroll\"><table>")
        h.append("<caption>Gap severity by parish and domain (0 no gap, 1 nothing), the figures of the heatmap and map</caption>")
        h.append("<thead><tr><th scope=\"col\">Parish (deprivation level)</th>" + report.domains.map { "<th scope=\"col\">\(escape($0.label))</th>" }.joined() + "<th scope=\"col\">Mean</th></tr></thead><tbody>")
        let means = Dictionary(report.byParish.map { ($0.parish.name, $0.meanSeverity) }, uniquingKeysWith: { a, _ in a })
        for parish in parishOrder(report) {
            var row = "<tr><th scope=\"row\">\(escape(parish.name)) (\(parish.deprivation.level))</th>"
            for domain in report.domains {
                row += "<td class=\"num\">" + (report.cell(parish.name, domain.id).map { Format.decimal($0.severity) } ?? "") + "</td>"
            }
            h.append(row + "<td class=\"num\">\(Format.decimal(means[parish.name] ?? 0))</td></tr>")
        }
        h.append("</tbody></table></div>")
        return h.joined(separator: "\n")
    }

    /// Parishes ordered by deprivation (most deprived first), then name.
    static func parishOrder(_ report: GapReport) -> [Parish] {
        report.byParish.map(\.parish).sorted {
            $0.deprivation.level != $1.deprivation.level ? $0.deprivation.level > $1.deprivation.level : $0.name < $1.name
        }
    }

    static func heatmap(_ report: GapReport) -> String {
        let parishes = parishOrder(report)
        let domains = report.domains
        let cellW = 26.0, cellH = 18.0, left = 200.0, top = 170.0
        // Room on the right for the last columns' labels, which slant up and to the right.
        let width = left + Double(domains.count) * cellW + 170
        let legendTop = top + Double(parishes.count) * cellH + 16
        let height = legendTop + 40
        var s: [String] = []
        s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Format.decimal(width))\" height=\"\(Format.decimal(height))\" viewBox=\"0 0 \(Format.decimal(width)) \(Format.decimal(height))\" role=\"img\" aria-label=\"Heatmap of gap severity by parish and domain\">"
        )
        for (c, domain) in domains.enumerated() {
            let x = left + Double(c) * cellW + cellW / 2
            s.append(
                "<text x=\"\(Format.decimal(x))\" y=\"\(Format.decimal(top - 6))\" font-size=\"10\" transform=\"rotate(-60 \(Format.decimal(x)) \(Format.decimal(top - 6)))\">\(escape(domain.label))</text>"
            )
        }
        for (r, parish) in parishes.enumerated() {
            let y = top + Double(r) * cellH
            s.append(
                "<text x=\"\(Format.decimal(left - 6))\" y=\"\(Format.decimal(y + cellH - 5))\" font-size=\"10\" text-anchor=\"end\">\(escape(parish.name)) (\(parish.deprivation.level))</text>"
            )
            for (c, domain) in domains.enumerated() {
                guard let cell = report.cell(parish.name, domain.id) else { continue }
                let x = left + Double(c) * cellW
                s.append(
                    "<rect x=\"\(Format.decimal(x))\" y=\"\(Format.decimal(y))\" width=\"\(Format.decimal(cellW - 1))\" height=\"\(Format.decimal(cellH - 1))\" fill=\"\(palette[band(cell.severity)])\"><title>\(escape(cell.severity > 0 ? cell.finding : "\(parish.name): \(domain.label): no gap."))</title></rect>"
                )
                // The value itself, light on the dark bands, so the chart reads in greyscale too.
                let ink = band(cell.severity) >= 3 ? "#fff" : "#000"
                let value = cell.severity <= 0 ? "0" : cell.severity >= 1 ? "1" : String(Format.decimal(cell.severity, places: 1).drop { $0 == "0" })
                s.append(
                    "<text x=\"\(Format.decimal(x + (cellW - 1) / 2))\" y=\"\(Format.decimal(y + cellH - 5))\" font-size=\"9\" text-anchor=\"middle\" fill=\"\(ink)\" aria-hidden=\"true\">\(value)</text>"
                )
            }
        }
        s.append(legend(x: left, y: legendTop))
        s.append(
            "<text x=\"\(Format.decimal(left - 6))\" y=\"\(Format.decimal(top - 6))\" font-size=\"10\" text-anchor=\"end\">Parish (deprivation level)</text>"
        )
        s.append("</svg>")
        return s.joined(separator: "\n")
    }

    static func legend(x: Double, y: Double, labels: [String] = bandLabels) -> String {
        var s: [String] = []
        var cx = x
        for (i, colour) in palette.enumerated() {
            s.append("<rect x=\"\(Format.decimal(cx))\" y=\"\(Format.decimal(y))\" width=\"14\" height=\"14\" fill=\"\(colour)\" stroke=\"#000\" stroke-width=\"0.5\"/>")
            s.append("<text x=\"\(Format.decimal(cx + 18))\" y=\"\(Format.decimal(y + 11))\" font-size=\"10\">\(escape(labels[i]))</text>")
            cx += 18 + Double(labels[i].count) * 5.5 + 12
        }
        return s.joined(separator: "\n")
    }

    static func dotMap(_ report: GapReport) -> String {
        let parishes = report.byParish
        guard !parishes.isEmpty else { return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>" }
        let lats = parishes.map(\.parish.centroid.latitude), lons = parishes.map(\.parish.centroid.longitude)
        let minLat = lats.min()!, maxLat = lats.max()!, minLon = lons.min()!, maxLon = lons.max()!
        let meanLat = (minLat + maxLat) / 2
        let xScale = 1.0 / max(0.0001, (maxLon - minLon) * cos(meanLat * .pi / 180))
        let yScale = 1.0 / max(0.0001, maxLat - minLat)
        let scale = min(xScale, yScale) * 560
        let pad = 60.0
        let width = (maxLon - minLon) * cos(meanLat * .pi / 180) * scale + 2 * pad + 160
        let height = (maxLat - minLat) * scale + 2 * pad + 40
        let maxPeople = Double(parishes.map { $0.parish.population?.count ?? 0 }.max() ?? 1)
        // Colours spread over the range the parishes actually span, so differences show.
        let worst = max(0.0001, parishes.map(\.meanSeverity).max() ?? 1)
        let mapBand = { (x: Double) -> Int in x <= 0 ? 0 : min(5, Int((x / worst * 5).rounded(.up))) }
        let mapLabels = ["no gap"] + (1...5).map { "up to " + Format.decimal(worst * Double($0) / 5, places: 3) }
        // Towns, and the five parishes with the largest mean gap, are named.
        let labelled = Set(parishes.sorted { $0.meanSeverity > $1.meanSeverity }.prefix(5).map(\.parish.name))
        var s: [String] = []
        s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Format.decimal(width))\" height=\"\(Format.decimal(height))\" viewBox=\"0 0 \(Format.decimal(width)) \(Format.decimal(height))\" role=\"img\" aria-label=\"Map of parishes coloured by overall gap\">"
        )
        // Largest first, so small circles stay visible on top.
        for p in parishes.sorted(by: { ($0.parish.population?.count ?? 0) > ($1.parish.population?.count ?? 0) }) {
            let x = pad + (p.parish.centroid.longitude - minLon) * cos(meanLat * .pi / 180) * scale
            let y = pad + (maxLat - p.parish.centroid.latitude) * scale
            let people = Double(p.parish.population?.count ?? 0)
            let r = 4 + 16 * (people / max(1, maxPeople)).squareRoot()
            let known = p.parish.population != nil
            let dashes = known ? "" : " stroke-dasharray=\"2 2\""  // unknown population: a dashed outline
            s.append(
                "<circle cx=\"\(Format.decimal(x))\" cy=\"\(Format.decimal(y))\" r=\"\(Format.decimal(r))\" fill=\"\(palette[mapBand(p.meanSeverity)])\" stroke=\"#000\" stroke-width=\"0.8\"\(dashes) fill-opacity=\"0.9\"><title>\(escape(p.parish.name)): mean severity \(Format.decimal(p.meanSeverity)); \(known ? Format.grouped(Int(people)) + " residents" : "population not known")</title></circle>"
            )
            if p.parish.kind == .town || labelled.contains(p.parish.name) {
                s.append("<text x=\"\(Format.decimal(x + r + 3))\" y=\"\(Format.decimal(y + 4))\" font-size=\"11\">\(escape(p.parish.name))</text>")
            }
        }
        // A 5 km scale bar and north arrow.
        let fiveKm = 5 / 111.0 * scale
        s.append("<line x1=\"\(Format.decimal(width - 130))\" y1=\"\(Format.decimal(pad))\" x2=\"\(Format.decimal(width - 130 + fiveKm))\" y2=\"\(Format.decimal(pad))\" stroke=\"#000\" stroke-width=\"2\"/>")
        s.append("<text x=\"\(Format.decimal(width - 130))\" y=\"\(Format.decimal(pad - 6))\" font-size=\"10\">5 km · north up</text>")
        s.append(legend(x: pad, y: height - 24, labels: mapLabels))
        s.append("<text x=\"\(Format.decimal(pad))\" y=\"\(Format.decimal(height - 30))\" font-size=\"10\">Mean gap severity across domains</text>")
        s.append("</svg>")
        return s.joined(separator: "\n")
    }

    /// Escapes text for HTML and SVG (XML) content and attributes.
    public static func escape(_ text: String) -> String { HTMLText.escape(text) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
