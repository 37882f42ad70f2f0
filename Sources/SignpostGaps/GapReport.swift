import SignpostCore

/// The result of a gap analysis: every cell, the ranked gaps, and summaries.
public struct GapReport: Sendable {
    public let cells: [GapCell]
    public let domains: [NeedDomain]
    public let removed: Set<Int>

    /// Cells with a gap, most important first.
    public var gaps: [GapCell] {
        cells.filter { $0.severity > 0 }.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            if $0.parish.name != $1.parish.name { return $0.parish.name < $1.parish.name }
            return $0.domain.id < $1.domain.id
        }
    }

    public struct DomainSummary: Sendable {
        public var domain: NeedDomain
        public var parishesWithGaps: Int
        public var parishesWithNothing: Int
        public var score: Double
    }

    public struct ParishSummary: Sendable {
        public var parish: Parish
        public var domainsWithGaps: Int
        public var score: Double
        /// Mean severity across the domains analysed (0–1), for the map.
        public var meanSeverity: Double
    }

    public var byDomain: [DomainSummary] {
        domains.map { domain in
            let mine = cells.filter { $0.domain.id == domain.id }
            return DomainSummary(
                domain: domain, parishesWithGaps: mine.filter { $0.severity > 0 }.count,
                parishesWithNothing: mine.filter { $0.coverage.isEmpty }.count,
                score: round2(mine.reduce(0) { $0 + $1.score }))
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.domain.id < $1.domain.id }
    }

    public var byParish: [ParishSummary] {
        var order: [String] = []
        var groups: [String: [GapCell]] = [:]
        for cell in cells {
            if groups[cell.parish.name] == nil { order.append(cell.parish.name) }
            groups[cell.parish.name, default: []].append(cell)
        }
        return order.map { name in
            let mine = groups[name]!
            return ParishSummary(
                parish: mine[0].parish, domainsWithGaps: mine.filter { $0.severity > 0 }.count,
                score: round2(mine.reduce(0) { $0 + $1.score }),
                meanSeverity: round2(mine.reduce(0) { $0 + $1.severity } / Double(max(1, mine.count))))
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.parish.name < $1.parish.name }
    }

    /// The cell for a parish and domain.
    public func cell(_ parish: String, _ domain: String) -> GapCell? {
        cells.first { $0.parish.name == parish && $0.domain.id == domain }
    }
}

func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }

/// What changes between a baseline and a scenario (services removed or added).
public struct GapChange: Sendable {
    public var before: GapCell
    public var after: GapCell

    /// Compares two reports over the same parishes and domains.
    public static func changes(from baseline: GapReport, to scenario: GapReport) -> (opened: [GapChange], closed: [GapChange]) {
        var opened: [GapChange] = []
        var closed: [GapChange] = []
        var byKey: [String: GapCell] = [:]
        for cell in baseline.cells { byKey[cell.parish.name + "\u{0}" + cell.domain.id] = cell }
        for after in scenario.cells {
            guard let before = byKey[after.parish.name + "\u{0}" + after.domain.id] else { continue }
            if after.severity > before.severity { opened.append(GapChange(before: before, after: after)) }
            if after.severity < before.severity { closed.append(GapChange(before: before, after: after)) }
        }
        let order = { (a: GapChange, b: GapChange) -> Bool in
            let da = abs(a.after.score - a.before.score), db = abs(b.after.score - b.before.score)
            return da != db ? da > db : (a.after.parish.name, a.after.domain.id) < (b.after.parish.name, b.after.domain.id)
        }
        return (opened.sorted(by: order), closed.sorted(by: order))
    }
}
