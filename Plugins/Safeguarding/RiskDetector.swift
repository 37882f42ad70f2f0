import SignpostCore

/// Reads the interpreter's words for risks: every passage scanned once against the cue lexicon,
/// then each cue kept or dropped by what the interpreter already knows (negation, idioms) and by
/// the lexicon's context classes (a programme or course, a past event that is over).
///
/// - A cue denied by a negation cue is dropped ("he's never hit me"), but a cue whose own words
///   include the negation stands ("won't let me see my friends", "no point going on").
/// - A cue inside an idiom is dropped ("my back is killing me") unless its line reads idioms.
/// - A cue in a sentence that frames a subject — television, a course, a book — is dropped.
/// - A passage that puts a time long ago (`past`) and says it is over (`resolved`) with nothing
///   saying it is back (`recurs`) raises nothing: see the README's safeguarding section.
/// - Who the words are about comes from the interpreter's attribution: a risk to the resident
///   from someone else ("he checks my phone") is the resident's risk; harm to another person
///   ("Mum's carer shouts at her") is raised as that person's (a child or an adult at risk).
struct RiskDetector: Sendable {
    let lexicon: CueLexicon

    init(lexicon: CueLexicon = .standard) { self.lexicon = lexicon }

    /// One risk found: its kind and the resident's words that raised it, as typed.
    struct Finding: Sendable, Equatable {
        var kind: RiskKind
        var words: [String]
    }

    /// What one passage's scan found: every kept match, by pattern.
    private struct Scan {
        /// For each pattern, the token lists it matched (already past the negation and frame guards).
        var matches: [Int: [[Int]]] = [:]
        /// Every match, negated or not: what conditions read (in "stopped eating, no point cooking"
        /// the condition "point" holds although "no" denies it).
        var raw: [Int: [[Int]]] = [:]
        var passage: ReadWords.Passage
    }

    /// The risks in `words`, in ``RiskKind`` order, each with the words that raised it.
    func detect(_ words: ReadWords, carer: Bool = false) -> [Finding] {
        guard !words.passages.isEmpty else { return [] }
        // Most words raise nothing: look for a risk's own cue first, and read context only then.
        guard words.passages.contains(where: { !scan($0, risksOnly: true).matches.isEmpty }) else { return [] }
        let scans = words.passages.map { scan($0, risksOnly: false) }
        let over = resolvedPast(scans)
        var namedCache: [String: Bool] = [:]
        func named(_ name: String, depth: Int = 0) -> Bool {
            if let known = namedCache[name] { return known }
            var holds = false
            if name == "care" && carer { holds = true }
            if !holds, name == "minor" { holds = scans.contains { Self.hasMinor($0.passage) } }
            if !holds {
                let lines = lexicon.linesByTarget[name] ?? []
                for (n, scan) in scans.enumerated() where !scan.matches.isEmpty && !over[n] {
                    if lines.contains(where: { !lineMatches($0, in: scans, at: n, named: { named($0, depth: depth + 1) }, depth: depth).isEmpty }) {
                        holds = true
                        break
                    }
                }
            }
            namedCache[name] = holds
            return holds
        }
        var found: [RiskKind: [String]] = [:]
        for (n, scan) in scans.enumerated() where !scan.matches.isEmpty && !over[n] {
            for i in scan.matches.keys.sorted().flatMap({ lexicon.linesOf[$0] }) {
                let line = lexicon.lines[i]
                guard let kind = decide(line.target, scan, named: { named($0) }) else { continue }
                for tokens in lineMatches(i, in: scans, at: n, named: { named($0) }, depth: 0) {
                    let quote = String(scan.passage.text.quote(tokens.min()!..<(tokens.max()! + 1)))
                    if !(found[kind]?.contains(quote) ?? false) { found[kind, default: []].append(quote) }
                }
            }
        }
        return RiskKind.allCases.compactMap { kind in found[kind].map { Finding(kind: kind, words: $0) } }
    }

    /// The risk a line's target raises here (nil for a context class).
    private func decide(_ target: String, _ scan: Scan, named: (String) -> Bool) -> RiskKind? {
        if let kind = RiskKind(rawValue: target) { return kind }
        switch target {
        case "despair": return named("care") ? .carerBreakdown : .suicideSelfHarm
        case "harm-to-other": return named("child") ? .childAtRisk : .adultAtRisk
        case "known-abuse":
            let other = scan.passage.attribution.people.contains { $0.relation != .partner } || named("other-person")
            return other ? .adultAtRisk : .domesticAbuse
        default: return nil
        }
    }

    /// The kept matches of line `i` in `scans[at]` whose conditions hold in that passage or the
    /// two either side (one sentence split at commas is several passages).
    private func lineMatches(_ i: Int, in scans: [Scan], at n: Int, named: (String) -> Bool, depth: Int) -> [[Int]] {
        let line = lexicon.lines[i]
        let scan = scans[n]
        guard depth < 4, let all = scan.matches[line.pattern] else { return [] }
        let kept = line.readsIdioms ? all : all.filter { $0.allSatisfy(scan.passage.isLiteral) }
        guard !kept.isEmpty else { return [] }
        for condition in line.conditions {
            switch condition {
            case .pattern(let p):
                let window = max(0, n - 2)...min(scans.count - 1, n + 2)
                guard window.contains(where: { k in
                    scans[k].raw[p]?.contains(where: { $0.allSatisfy(scans[k].passage.isLiteral) }) ?? false
                }) else { return [] }
            case .named(let name):
                guard named(name) else { return [] }
            }
        }
        return kept
    }

    /// Whether one passage has a match of a context class.
    private func has(_ target: String, _ scan: Scan) -> Bool {
        (lexicon.linesByTarget[target] ?? []).contains { scan.matches[lexicon.lines[$0].pattern] != nil }
    }

    /// For each passage: whether it is about a time long ago that is over, with nothing saying it
    /// is back. Entries typed as one sentence but split at commas ("I took an overdose at 17, I'm
    /// fine now") are read together: the past, the resolution and any return may sit in the
    /// passage or the two either side of it.
    private func resolvedPast(_ scans: [Scan]) -> [Bool] {
        let past = scans.map { has("past", $0) }, resolved = scans.map { has("resolved", $0) }, recurs = scans.map { has("recurs", $0) }
        return scans.indices.map { i in
            let window = max(0, i - 2)...min(scans.count - 1, i + 2)
            return window.contains { past[$0] } && window.contains { resolved[$0] } && !window.contains { recurs[$0] }
        }
    }

    /// Every pattern matched in one passage, past the negation and frame guards. Each token is
    /// looked up once; only the patterns that can start at a word are tried there.
    private func scan(_ passage: ReadWords.Passage, risksOnly: Bool) -> Scan {
        let tokens = passage.text.tokens
        let ids = CueTokens(tokens, lexicon.vocabulary)
        var out = Scan(passage: passage)
        // Patterns tried at this token (a word and its stem can lead to the same one), and the
        // patterns found infeasible in this passage (an element no token can meet).
        var tried: [Int] = []
        var infeasible: [Int] = []
        var m: [Int] = []
        for i in 0..<ids.count where ids.word[i] >= 0 || ids.stem[i] >= 0 || ids.prefixes[i] != 0 {
            tried.removeAll(keepingCapacity: true)
            func attempt(_ p: Int) {
                guard !tried.contains(p), !infeasible.contains(p) else { return }
                tried.append(p)
                guard lexicon.patterns[p].isFeasible(in: ids) else {
                    infeasible.append(p)
                    return
                }
                guard lexicon.patterns[p].match(at: i, in: ids, into: &m) else { return }
                out.raw[p, default: []].append(m)
                if isDenied(m, passage) { return }
                out.matches[p, default: []].append(m)
            }
            let byWord = risksOnly ? lexicon.riskStartsByWord : lexicon.startsByWord
            let byStem = risksOnly ? lexicon.riskStartsByStem : lexicon.startsByStem
            if ids.word[i] >= 0 { byWord[Int(ids.word[i])].forEach(attempt) }
            if ids.stem[i] >= 0 { byStem[Int(ids.stem[i])].forEach(attempt) }
            if ids.prefixes[i] != 0 {
                for start in risksOnly ? lexicon.riskPrefixStarts : lexicon.prefixStarts where start.bits & ids.prefixes[i] != 0 {
                    attempt(start.pattern)
                }
            }
        }
        guard !out.raw.isEmpty, !risksOnly else { return out }
        // Sentences that frame a subject (a programme, a course) raise nothing.
        var sentence = [Int](repeating: 0, count: ids.count)
        var s = 0
        for i in 0..<ids.count {
            sentence[i] = s
            if ids.endsSentence[i] { s += 1 }
        }
        let frames = lexicon.framePatterns
        let framing = Set(frames.flatMap { out.matches[$0] ?? [] }.map { sentence[$0[0]] })
        if !framing.isEmpty {
            for (p, ms) in out.matches where !frames.contains(p) {
                let kept = ms.filter { !framing.contains(sentence[$0[0]]) }
                out.matches[p] = kept.isEmpty ? nil : kept
            }
        }
        return out
    }

    /// Whether a negation cue outside the match denies any of its words.
    private func isDenied(_ match: [Int], _ passage: ReadWords.Passage) -> Bool {
                for i in match {
            guard let cue = passage.negation.cue(for: i) else { continue }
            // The cue is one of the match's own words ("won't let me", "no point", "better off
            // without me"): it stands. A cue in a gap ("he's never hit me") denies it.
            if match.contains(cue.tokens.lowerBound) { continue }
            return true
        }
        return false
    }

    /// A child under 16 named with their age ("my 14-year-old", "she's thirteen"), or a speaker
    /// who says they are under 18 ("I'm fourteen", "I'm sixteen and I look after my mum").
    static func hasMinor(_ passage: ReadWords.Passage) -> Bool {
        let young: Set<AttributionScope.Relation> = [.child, .grandchild, .relative, .sibling, .friend, .neighbour]
        if passage.attribution.people.contains(where: { young.contains($0.relation) && ($0.age ?? 99) < 16 }) { return true }
        let tokens = passage.text.tokens
        for i in tokens.indices.dropLast() where tokens[i].normalised == "i'm" || tokens[i].normalised == "im"
            || (tokens[i].normalised == "am" && i > 0 && tokens[i - 1].normalised == "i")
        {
            if case .number(let n) = tokens[i + 1].kind, n >= 5, n < 18, n == n.rounded() {
                let next = i + 2 < tokens.count ? tokens[i + 2].normalised : ""
                if !["stone", "st", "pounds", "kg", "weeks", "months", "minutes", "hours", "%", "percent", "miles", "times"].contains(next) {
                    return true
                }
            }
        }
        return false
    }
}
