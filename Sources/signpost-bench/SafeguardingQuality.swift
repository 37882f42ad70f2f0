import Foundation
import SignpostCore

/// The safeguarding figures of the quality benchmark: for statement files (`{"statements":
/// [{"text", "risk": kind or null, "notes"}]}`) the share of risk statements flagged with an
/// acceptable kind (the `risk`, or a kind the notes name after "also"), per file and per kind,
/// and the false alarms among statements with no risk; for resident files (`residents-2.json`
/// schema) whether `urgent` appears exactly when `expect.urgent` says so, with that kind.
enum SafeguardingQuality {
    /// At least this share of risk statements flagged with an acceptable kind.
    static let minFlagged = 0.95
    /// At most this share of statements with no risk raising anything.
    static let maxFalseAlarms = 0.02
    /// Whether statements are read split at commas, as the command line reads `--needs`.
    nonisolated(unsafe) static var splitLikeCLI = false
    static let kinds = ["immediate-danger", "suicide-self-harm", "domestic-abuse", "child-at-risk", "adult-at-risk", "carer-breakdown"]

    /// Prints the figures; false when any target is missed (or a file cannot be read).
    static func run(engine: MatchEngine, statementFiles: [String], residentFiles: [String], log: (String) -> Void) -> Bool {
        let today = CalendarDate(year: 2026, month: 12, day: 1)!
        var ok = true
        var allRisk = 0, allFlagged = 0, allSafe = 0, allAlarms = 0
        for file in statementFiles {
            guard let root = load(file), case .array(let statements)? = root["statements"] else {
                log("safeguarding: cannot read \(file)")
                ok = false
                continue
            }
            var perKind: [String: (flagged: Int, total: Int)] = [:]
            var safe = 0, alarms = 0
            var misses: [String] = [], falseAlarms: [String] = []
            for s in statements {
                guard case .string(let text)? = s["text"] else { continue }
                let risk: String? = { if case .string(let r)? = s["risk"] { return r } else { return nil } }()
                let (raised, because) = raisedKinds(engine, text, today)
                if let risk {
                    var acceptable: Set<String> = [risk]
                    if case .string(let notes)? = s["notes"] {
                        for kind in kinds where notes.contains("also " + kind) || notes.contains("also a " + kind) { acceptable.insert(kind) }
                    }
                    if case .array(let extra)? = s["acceptable"] {
                        for case .string(let k) in extra { acceptable.insert(k) }
                    }
                    let hit = !raised.isDisjoint(with: acceptable)
                    perKind[risk, default: (0, 0)].total += 1
                    if hit { perKind[risk, default: (0, 0)].flagged += 1 } else { misses.append("\(risk): \(text) [raised: \(raised.sorted().joined(separator: ", "))]") }
                } else {
                    safe += 1
                    if !raised.isEmpty {
                        alarms += 1
                        falseAlarms.append("\(raised.sorted().joined(separator: ", ")): \(text) [because: \(because.joined(separator: " | "))]")
                    }
                }
            }
            let total = perKind.values.reduce(0) { $0 + $1.total }, flagged = perKind.values.reduce(0) { $0 + $1.flagged }
            allRisk += total; allFlagged += flagged; allSafe += safe; allAlarms += alarms
            log("safeguarding \(file): \(flagged)/\(total) risk statements flagged (\(pct(flagged, total))), \(alarms)/\(safe) false alarms (\(pct(alarms, safe)))")
            for kind in kinds where perKind[kind] != nil {
                let k = perKind[kind]!
                log("  \(kind): \(k.flagged)/\(k.total) (\(pct(k.flagged, k.total)))")
            }
            for m in misses { log("  missed \(m)") }
            for f in falseAlarms { log("  false alarm \(f)") }
            if total > 0 && Double(flagged) / Double(total) < minFlagged { ok = false }
            if safe > 0 && Double(alarms) / Double(safe) > maxFalseAlarms { ok = false }
        }
        if !statementFiles.isEmpty {
            log("safeguarding, all statements: \(allFlagged)/\(allRisk) flagged (\(pct(allFlagged, allRisk))), \(allAlarms)/\(allSafe) false alarms (\(pct(allAlarms, allSafe)))")
        }
        for file in residentFiles {
            guard let root = load(file) else {
                log("safeguarding: cannot read \(file)")
                ok = false
                continue
            }
            let residents: [JSONValue] = {
                if case .array(let a) = root { return a }
                if case .array(let a)? = root["residents"] { return a }
                return []
            }()
            var passed = 0, checked = 0
            for r in residents {
                guard let query = query(r["resident"]) else { continue }
                let expected: String? = { if case .string(let k)? = r["expect"]?["urgent"] { return k } else { return nil } }()
                guard let result = try? engine.match(query, today: today) else { continue }
                let raised = Set(result.urgent.map(\.risk))
                checked += 1
                let id: String = { if case .string(let s)? = r["id"] { return s } else { return "?" } }()
                if let expected {
                    if raised.contains(expected) { passed += 1 } else { log("  resident \(id): expected urgent \(expected), got [\(raised.sorted().joined(separator: ", "))]") }
                } else if raised.isEmpty {
                    passed += 1
                } else {
                    log("  resident \(id): no urgent expected, got [\(raised.sorted().joined(separator: ", "))] because \(result.urgent.flatMap(\.because))")
                }
            }
            log("safeguarding \(file): \(passed)/\(checked) residents with urgent exactly as expected")
            if passed < checked { ok = false }
        }
        log(ok ? "safeguarding: targets met" : "safeguarding: BELOW TARGET")
        return ok
    }

    /// The risks raised for one statement, and the words that raised them.
    static func raisedKinds(_ engine: MatchEngine, _ text: String, _ today: CalendarDate) -> (Set<String>, [String]) {
        // As typed into one field, or split at commas and semicolons as `signpost match --needs` splits it.
        let needs = splitLikeCLI ? text.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init) : [text]
        let query = ResidentQuery(place: .parish("Sevenoaks"), age: nil, needs: needs, circumstances: [])
        guard let result = try? engine.match(query, today: today) else { return ([], []) }
        return (Set(result.urgent.map(\.risk)), result.urgent.flatMap { u in u.because.map { u.risk + ": " + $0 } })
    }

    static func query(_ value: JSONValue?) -> ResidentQuery? {
        guard let value, case .string(let parish)? = value["parish"] else { return nil }
        let age: Int? = { if case .number(let n)? = value["age"] { return Int(n) } else { return nil } }()
        var needs: [String] = [], circumstances: [String] = []
        if case .array(let a)? = value["needs"] { for case .string(let s) in a { needs.append(s) } }
        if case .array(let a)? = value["circumstances"] { for case .string(let s) in a { circumstances.append(s) } }
        return ResidentQuery(place: .parish(parish), age: age, needs: needs, circumstances: circumstances)
    }

    static func load(_ path: String) -> JSONValue? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONParser.value(Array(data), maxDepth: 64)
    }

    static func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "n/a" : String(format: "%.1f%%", 100 * Double(a) / Double(b)) }
}
