import SignpostCore

/// One of the findings that open the report: something members can act on, drawn from the cells
/// that share it, with the parishes and residents it touches, the action-plan references, and
/// what would close it.
///
/// - An access barrier gathers one issue in one health area, across domains: "without a car,
///   only by community transport, in 18 parishes of West Kent, for social connection, physical
///   activity, …": the shape of rural isolation the seeds describe.
/// - A fragility gathers one domain's single provider or single site across parishes.
/// - A data gap is what the Directory does not know: populations, costs, where services meet.
public struct GapFinding: Sendable {
    public var kind: GapCell.Issue.Kind
    /// The issue the cells share; nil for a finding about the parishes themselves (their
    /// population not known).
    public var issue: GapCell.Issue?
    /// The domains concerned, most affected first.
    public var domains: [NeedDomain]
    /// The NHS health and care area the parishes are in ("West Kent", "Dartford, Gravesham &
    /// Swanley"), when the finding is drawn by area.
    public var area: String?
    /// The cells behind it, highest score first.
    public var cells: [GapCell]
    /// How much it weighs, to rank findings of one kind.
    public var score: Double
    /// The first sentence: what is wrong, where.
    public var headline: String
    /// Then: the parishes, residents affected, the action plan, what would close it.
    public var details: [String]

    /// The parishes, each once, the most affected first.
    public var parishes: [String] { uniqueParishCells.map(\.parish.name) }

    /// Residents in the parishes whose population is known.
    public var residentsKnown: Int { uniqueParishCells.reduce(0) { $0 + ($1.population ?? 0) } }
    /// Parishes with no population figure.
    public var parishesWithoutPopulation: Int { uniqueParishCells.filter { !$0.populationKnown }.count }

    var uniqueParishCells: [GapCell] { Self.firstPerParish(cells) }

    /// Each parish's first cell, in order.
    static func firstPerParish(_ cells: [GapCell]) -> [GapCell] {
        var seen: Set<String> = []
        return cells.filter { seen.insert($0.parish.name).inserted }
    }

    /// The action-plan references of its domains, each once.
    public var actionPlan: [String] {
        var seen: Set<String> = []
        return domains.flatMap { $0.actionPlan.map(\.code) }.filter { seen.insert($0).inserted }
    }
}

extension GapCell.Issue.Kind {
    /// "Access barrier", "Fragility", "Data gap".
    public var heading: String {
        switch self {
        case .access: "Access barrier"
        case .fragility: "Fragility"
        case .data: "Data gap"
        }
    }
}

extension GapReport {
    /// How many findings open the report.
    public static let findingCount = 5

    /// The findings members should act on, up to `count`: access barriers first (the heaviest
    /// in each health area, so the north and the south are both heard, then the next), then the
    /// heaviest fragility, then the largest data gap.
    public func findings(count: Int = GapReport.findingCount) -> [GapFinding] {
        let access = accessFindings()
        let fragility = fragilityFindings()
        let data = dataFindings()
        var chosen: [GapFinding] = []
        var taken: Set<String> = []
        func take(_ f: GapFinding) {
            let key = [f.kind.rawValue, f.issue?.rawValue ?? "", f.area ?? "", f.domains.map(\.id).joined(separator: ",")].joined(separator: "|")
            guard chosen.count < count, taken.insert(key).inserted else { return }
            chosen.append(f)
        }
        let accessSlots = max(1, count - 2)
        var areas: Set<String> = []
        for f in access where areas.insert(f.area ?? "").inserted && chosen.count < accessSlots { take(f) }
        for f in access where chosen.count < accessSlots { take(f) }
        if let f = fragility.first { take(f) }
        if let f = data.first { take(f) }
        for f in access + fragility + data where chosen.count < count { take(f) }
        return chosen
    }

    /// Access barriers: the cells sharing their first access issue, by health area, across
    /// domains; heaviest (sum of cell scores) first.
    func accessFindings() -> [GapFinding] {
        var groups: [String: (issue: GapCell.Issue, area: String?, cells: [GapCell])] = [:]
        var order: [String] = []
        for cell in cells {
            guard let issue = cell.issues(.access).first else { continue }
            let key = issue.rawValue + "\u{1F}" + (cell.parish.healthArea ?? "")
            if groups[key] == nil {
                order.append(key)
                groups[key] = (issue, cell.parish.healthArea, [])
            }
            groups[key]!.cells.append(cell)
        }
        return order.map { key in
            let g = groups[key]!
            let cells = Self.byParishWeight(g.cells)
            let domains = Self.domainsByCount(cells)
            return GapFinding(
                kind: .access, issue: g.issue, domains: domains, area: g.area, cells: cells,
                score: round2(cells.reduce(0) { $0 + $1.score }),
                headline: Self.accessHeadline(g.issue, domains: domains, area: g.area, parishes: Set(cells.map(\.parish.name)).count),
                details: Self.details(cells, g.issue, domains))
        }.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.issue?.rawValue ?? "", $0.area ?? "") < ($1.issue?.rawValue ?? "", $1.area ?? "") }
    }

    /// Fragilities: one domain's single provider or single site, across parishes; weighed by the
    /// residents who would lose it.
    func fragilityFindings() -> [GapFinding] {
        var out: [GapFinding] = []
        for domain in domains {
            for issue in [GapCell.Issue.singleProvider, .singleSite] {
                let mine = cells.filter { $0.domain.id == domain.id && $0.issues.contains(issue) }
                guard !mine.isEmpty else { continue }
                let cells = Self.byParishWeight(mine)
                let weight = cells.reduce(0) { $0 + Double($1.peopleUsed) * $1.deprivationMultiplier * $1.ruralityMultiplier / 1000 }
                let n = cells.count
                let headline = issue == .singleProvider
                    ? "\(domain.label): one provider for \(n) \(n == 1 ? "parish" : "parishes")" + (cells[0].soleProvider.map { " (\($0))" } ?? "") + "."
                    : "\(domain.label): one site for \(n) \(n == 1 ? "parish" : "parishes")."
                out.append(
                    GapFinding(
                        kind: .fragility, issue: issue, domains: [domain], area: nil, cells: cells, score: round2(weight * issue.weight),
                        headline: headline, details: Self.details(cells, issue, [domain])))
            }
        }
        return out.sorted { $0.score != $1.score ? $0.score > $1.score : $0.headline < $1.headline }
    }

    /// Data gaps: parishes without a population figure first (they can hide deprived places),
    /// then each domain's unknown costs or unplaced services, the widest first.
    func dataFindings() -> [GapFinding] {
        var out: [GapFinding] = []
        var unknown: [String: GapCell] = [:]
        for cell in cells where !cell.populationKnown && unknown[cell.parish.name] == nil { unknown[cell.parish.name] = cell }
        if !unknown.isEmpty {
            let list = unknown.values.sorted {
                $0.parish.deprivation.level != $1.parish.deprivation.level
                    ? $0.parish.deprivation.level > $1.parish.deprivation.level : $0.parish.name < $1.parish.name
            }
            let deprived = list.filter { $0.parish.deprivation.level >= 3 }.map(\.parish.name)
            var details = ["Parishes: " + Format.list(list.map(\.parish.name)) + "."]
            if !deprived.isEmpty {
                details.append(
                    "Among them " + Format.list(deprived)
                        + ", named as deprived in the seeds: their gaps are weighed at the median parish's \(Format.grouped(list[0].peopleUsed)) residents, which may hide them.")
            }
            details.append("To close it: each parish's 2021 Census population, added to Directory/parishes.json with its source.")
            out.append(
                GapFinding(
                    kind: .data, issue: nil, domains: [], area: nil, cells: list, score: Double(cells.count),
                    headline: "We do not know how many people live in \(list.count) \(list.count == 1 ? "parish" : "parishes").", details: details))
        }
        for issue in [GapCell.Issue.costNotKnown, .whereNotKnown] {
            for domain in domains {
                let mine = cells.filter { $0.domain.id == domain.id && $0.issues.contains(issue) }
                guard !mine.isEmpty else { continue }
                let cells = Self.byParishWeight(mine)
                let n = cells.count
                let headline = issue == .costNotKnown
                    ? "\(domain.label): whether anything is free is not known in \(n) \(n == 1 ? "parish" : "parishes")."
                    : "\(domain.label): where its in-person services meet is not known, in \(n) \(n == 1 ? "parish" : "parishes")."
                out.append(
                    GapFinding(
                        kind: .data, issue: issue, domains: [domain], area: nil, cells: cells, score: Double(n) * 0.5, headline: headline,
                        details: Self.details(cells, issue, [domain])))
            }
        }
        return out.sorted { $0.score != $1.score ? $0.score > $1.score : $0.headline < $1.headline }
    }

    /// Cells ordered by their parish's total score in the group, then by their own.
    static func byParishWeight(_ cells: [GapCell]) -> [GapCell] {
        var total: [String: Double] = [:]
        for c in cells { total[c.parish.name, default: 0] += c.score + Double(c.peopleUsed) / 1e9 }
        return cells.sorted {
            let a = total[$0.parish.name]!, b = total[$1.parish.name]!
            if a != b { return a > b }
            if $0.parish.name != $1.parish.name { return $0.parish.name < $1.parish.name }
            return $0.score != $1.score ? $0.score > $1.score : $0.domain.id < $1.domain.id
        }
    }

    /// The domains among cells, the most parishes first.
    static func domainsByCount(_ cells: [GapCell]) -> [NeedDomain] {
        var count: [String: Int] = [:]
        var domain: [String: NeedDomain] = [:]
        for c in cells {
            count[c.domain.id, default: 0] += 1
            domain[c.domain.id] = c.domain
        }
        return count.keys.sorted { count[$0]! != count[$1]! ? count[$0]! > count[$1]! : $0 < $1 }.map { domain[$0]! }
    }

    static func accessHeadline(_ issue: GapCell.Issue, domains: [NeedDomain], area: String?, parishes n: Int) -> String {
        let whereText = "in \(n) \(n == 1 ? "parish" : "parishes")" + (area.map { " of \($0)" } ?? "")
        let shown = domains.prefix(4).map { $0.label.lowercasedFirstLetter }
        let what = Format.list(shown + (domains.count > shown.count ? ["\(domains.count - shown.count) more"] : []))
        switch issue {
        case .nothing: return "Nothing at all in the Directory \(whereText), for \(what)."
        case .onlyByPhoneOrOnline: return "Only by phone or online \(whereText), for \(what), which take being there."
        case .noOptionWithoutCar: return "Nothing within walking distance or community transport \(whereText), for \(what)."
        case .communityTransportOnly: return "Without a car, only by community transport \(whereText), for \(what)."
        case .noOptionWithoutInternet: return "Online only \(whereText), for \(what)."
        case .noFreeOption: return "Nothing free \(whereText), for \(what)."
        default: return issue.phrase.prefix(1).uppercased() + issue.phrase.dropFirst() + " \(whereText), for \(what)."
        }
    }

    /// The parishes (most affected first), residents affected, the action plan, and what would
    /// close it.
    static func details(_ cells: [GapCell], _ issue: GapCell.Issue, _ domains: [NeedDomain]) -> [String] {
        let parishCells = GapFinding.firstPerParish(cells)
        let names = parishCells.map { cell -> String in
            var notes: [String] = []
            if cell.parish.deprivation.level >= 3 { notes.append("deprivation \(cell.parish.deprivation.level) of 5") }
            if let s = cell.parish.settlement, s.isRural { notes.append(s.rawValue) }
            return cell.parish.name + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")")
        }
        let shown = names.prefix(8)
        var lines = ["Parishes: " + shown.joined(separator: "; ") + (names.count > shown.count ? "; and \(names.count - shown.count) more" : "") + "."]
        let known = parishCells.reduce(0) { $0 + ($1.population ?? 0) }
        let unknown = parishCells.filter { !$0.populationKnown }.count
        lines.append(
            "Residents affected: \(Format.grouped(known))"
                + (unknown > 0 ? ", plus \(unknown) \(unknown == 1 ? "parish" : "parishes") whose population is not known" : "") + ".")
        var refSeen: Set<String> = []
        let refs = domains.flatMap { $0.actionPlan.map(\.code) }.filter { refSeen.insert($0).inserted }
        let shownRefs = refs.prefix(10)
        lines.append(
            refs.isEmpty
                ? "No action-plan reference."
                : "Action plan: " + shownRefs.joined(separator: ", ") + (refs.count > shownRefs.count ? " and \(refs.count - shownRefs.count) more" : "") + ".")
        lines.append(closing(cells, issue, domains))
        return lines
    }

    /// What would close a finding, from what the Directory holds.
    static func closing(_ cells: [GapCell], _ issue: GapCell.Issue, _ domains: [NeedDomain]) -> String {
        var byName: [String: Int] = [:]
        for c in cells { if let name = c.nearestServiceName { byName[name, default: 0] += 1 } }
        // The nearest service means something for one domain only.
        let common = domains.count == 1 ? byName.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key : nil
        switch issue {
        case .nothing:
            return "To close it: a service that serves these parishes (none is listed)."
        case .onlyByPhoneOrOnline:
            return "To close it: an in-person session in or near these parishes, or a home visit."
        case .noOptionWithoutCar, .communityTransportOnly:
            let nearest = common.map { " (most often the nearest: \($0))" } ?? ""
            return "To close it: sessions within walking distance of these parishes, a home visit, or a bus or community transport link that anyone can use to the nearest site\(nearest)."
        case .noOptionWithoutInternet: return "To close it: a phone line or a place to go for residents without the internet."
        case .noFreeOption: return "To close it: a free or subsidised option."
        case .singleProvider:
            let provider = cells.first?.soleProvider ?? "that one organisation"
            return "If \(provider) stopped, these parishes would have nothing: a second provider, or a plan for it."
        case .singleSite: return "If that one site closed, these parishes would have nothing in person: a second site."
        case .districtWideOnly: return "A local session, or a local partner, would make it sturdier."
        case .costNotKnown: return "To close it: ask the providers what they charge, and record it in their Directory files."
        case .whereNotKnown: return "To close it: ask the providers where they meet, and add the sites to their Directory files."
        }
    }
}
