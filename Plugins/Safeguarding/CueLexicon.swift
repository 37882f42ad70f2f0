/// The safeguarding module's cue lists, compiled once: every line of ``CueLexicon/standardText``
/// (or any text in the same format) read into patterns, with an index from the words a pattern
/// can start with, so that a passage is scanned once.
///
/// Line format: `target: pattern && condition && …`, `#` starts a comment.
/// - `target` is a risk id (``RiskKind``), a kind decided from the words around it (`despair`:
///   carer breakdown when there is caring in the words, else suicide; `known-abuse`: domestic
///   abuse when no other relation is named, else an adult at risk; `harm-to-other`: a child at
///   risk when a child is named, else an adult at risk), or a context class that conditions and
///   the detector read: `frame` (television, courses, fiction: words about a subject, not a
///   disclosure), `past` (a time long ago), `resolved` (it is over and they are well), `recurs`
///   (it is back), or any other name used as `#name` in a condition.
/// - A `!` after the target reads the words even inside an idiom ("on my last legs" is worn out,
///   which is what a carer's cue means).
/// - `pattern` is a ``CuePattern``; each `condition` is a pattern or `#name` that must also be
///   found, unnegated, somewhere in the same passage (`#care` also holds for a resident known to
///   be a carer; `#minor` holds when a child under 16 is named with their age, or the speaker says
///   they are under 18).
struct CueLexicon: Sendable {
    enum Condition: Sendable {
        case pattern(Int)
        case named(String)
    }

    struct Line: Sendable {
        var target: String
        var readsIdioms: Bool
        var pattern: Int
        var conditions: [Condition]
    }

    /// Every distinct pattern (lines' and conditions').
    let patterns: [CuePattern]
    let lines: [Line]
    /// For each pattern, the lines that use it as their main pattern.
    let linesOf: [[Int]]
    /// The numbered words, stems and prefixes of every pattern.
    let vocabulary: CueVocabulary
    /// By word id and stem id: the patterns that can start there.
    let startsByWord: [[Int]]
    let startsByStem: [[Int]]
    /// Patterns whose first element has a prefix, with its bits.
    let prefixStarts: [PrefixStart]
    /// The same three indexes for the patterns that raise a risk (the main pattern of a line whose
    /// target is a risk): a passage none of them matches needs no further reading.
    let riskStartsByWord: [[Int]]
    let riskStartsByStem: [[Int]]
    let riskPrefixStarts: [PrefixStart]

    /// A pattern whose first element has prefixes, and their bits.
    struct PrefixStart: Sendable {
        var bits: UInt64
        var pattern: Int
    }
    /// Target → its lines.
    let linesByTarget: [String: [Int]]
    /// Patterns of the `frame` lines.
    let framePatterns: Set<Int>
    /// Lines that could not be read, with why (a test keeps this empty).
    let problems: [String]

    init(text: String) {
        var patterns: [CuePattern] = []
        var patternIndex: [String: Int] = [:]
        var lines: [Line] = []
        var problems: [String] = []
        var vocabulary = CueVocabulary()
        func pattern(_ source: String) -> Int? {
            let key = source.split(separator: " ").joined(separator: " ")
            if let at = patternIndex[key] { return at }
            guard let p = CuePattern(key, vocabulary: &vocabulary) else { return nil }
            patterns.append(p)
            patternIndex[key] = patterns.count - 1
            return patterns.count - 1
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append("line \(n + 1): no target (\"target: pattern\")")
                continue
            }
            var target = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let readsIdioms = target.hasSuffix("!")
            if readsIdioms { target.removeLast() }
            let parts = line[line.index(after: colon)...].components(separatedBy: "&&").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let main = pattern(parts[0]) else {
                problems.append("line \(n + 1): cannot read the pattern \"\(parts[0])\"")
                continue
            }
            var conditions: [Condition] = []
            for c in parts.dropFirst() {
                if c.hasPrefix("#") {
                    conditions.append(.named(String(c.dropFirst())))
                } else if let p = pattern(c) {
                    conditions.append(.pattern(p))
                } else {
                    problems.append("line \(n + 1): cannot read the condition \"\(c)\"")
                }
            }
            lines.append(Line(target: target, readsIdioms: readsIdioms, pattern: main, conditions: conditions))
        }
        var linesOf = [[Int]](repeating: [], count: patterns.count)
        for (i, line) in lines.enumerated() { linesOf[line.pattern].append(i) }
        let context: Set<String> = Set(lines.map(\.target)).subtracting(CueLexicon.riskTargets)
        let raising = Set(lines.filter { !context.contains($0.target) }.map(\.pattern))
        vocabulary.finish()
        var byWord = [[Int]](repeating: [], count: vocabulary.words.count)
        var byStem = [[Int]](repeating: [], count: vocabulary.stems.count)
        var prefixStarts: [PrefixStart] = []
        var riskByWord = byWord, riskByStem = byStem
        var riskPrefixStarts: [PrefixStart] = []
        for (i, p) in patterns.enumerated() {
            let first = p.first
            for w in Set(first.words) { byWord[Int(w)].append(i) }
            for s in Set(first.stems) { byStem[Int(s)].append(i) }
            if first.prefixes != 0 { prefixStarts.append(PrefixStart(bits: first.prefixes, pattern: i)) }
            guard raising.contains(i) else { continue }
            for w in Set(first.words) { riskByWord[Int(w)].append(i) }
            for s in Set(first.stems) { riskByStem[Int(s)].append(i) }
            if first.prefixes != 0 { riskPrefixStarts.append(PrefixStart(bits: first.prefixes, pattern: i)) }
        }
        self.riskStartsByWord = riskByWord
        self.riskStartsByStem = riskByStem
        self.riskPrefixStarts = riskPrefixStarts
        let named = Set(lines.map(\.target))
        for line in lines {
            for case .named(let name) in line.conditions where !named.contains(name) && name != "care" && name != "minor" {
                problems.append("condition #\(name) names no target")
            }
        }
        var byTarget: [String: [Int]] = [:]
        for (i, line) in lines.enumerated() { byTarget[line.target, default: []].append(i) }
        self.linesByTarget = byTarget
        self.framePatterns = Set((byTarget["frame"] ?? []).map { lines[$0].pattern })
        self.patterns = patterns
        self.lines = lines
        self.linesOf = linesOf
        self.vocabulary = vocabulary
        self.startsByWord = byWord
        self.startsByStem = byStem
        self.prefixStarts = prefixStarts
        self.problems = problems
    }

    static let standard = CueLexicon(text: standardText)

    /// Targets that raise a risk: the six kinds and the three decided from context.
    static let riskTargets: Set<String> = Set(RiskKind.allCases.map(\.rawValue)).union(["despair", "known-abuse", "harm-to-other"])
}

import Foundation
