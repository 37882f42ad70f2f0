import Foundation
import SignpostCore
import SignpostGaps
import SignpostModules
import SignpostQuality
import SignpostSynthetic

// signpost-bench: the numbers the issues ask for, measured in one run.
//   swift run -c release signpost-bench [--services 100000] [--areas 10000] [--queries 2000] [--only bundled|synthetic|gaps|oruk]
//   swift run -c release signpost-bench --only reading [--rounds 200000]   (the 41-word note alone, for profiling)
//   swift run -c release signpost-bench --readings > before.txt   (every reading in full, to diff: see ReadingTranscript)
//   swift run -c release signpost-bench --protocol .build/release/signpost [--requests 200000]
//   swift run signpost-bench --quality [--gate] [--verbose] [--examples DIR]   (reading quality; speed is not measured)
// Run it in a release build: debug numbers mean nothing.

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = arguments.firstIndex(of: "--" + name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else {
        return fallback
    }
    return v
}
if let i = arguments.firstIndex(of: "--protocol"), i + 1 < arguments.count {
    // signpost-bench --protocol .build/release/signpost [--requests 200000]: the mixed stream is
    // bounded (and modest by default); --requests 1000000 for the million-request memory check.
    try ProtocolBench.run(
        binary: arguments[i + 1], directory: "Directory", requests: option("requests", 200_000),
        log: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) })
    exit(0)
}
if arguments.contains("--quality") {
    // signpost-bench --quality [--gate] [--verbose]: reading quality, with the keyword baseline.
    let location = try DirectoryLocator.locate(explicit: nil)
    let loaded = DirectoryLoader.load(at: location.url, displayRoot: location.displayPath, today: CalendarDate(year: 2026, month: 11, day: 25)!)
    let engine = try MatchEngine(index: ServiceIndex(directory: loaded.directory), registry: try RegisteredModules.registry())
    let root = location.url.deletingLastPathComponent().path
    // The shared examples beside the repository, or wherever --examples says.
    let examples = arguments.firstIndex(of: "--examples").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    let ok = QualityBench.run(
        engine: engine, root: root, examples: examples, today: CalendarDate(year: 2026, month: 11, day: 25)!,
        verbose: arguments.contains("--verbose"), log: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) })
    // Safeguarding: risk statements flagged with the right kind, false alarms, residents' urgent.
    let shared = examples ?? root + "/../shared/examples"
    let statementFiles = [shared + "/safeguarding.json", root + "/Tests/QualityData/safeguarding.json"]
        .filter { FileManager.default.fileExists(atPath: $0) }
    let residentFiles = [shared + "/residents.json", shared + "/residents-2.json", root + "/Tests/QualityData/residents.json"]
        .filter { FileManager.default.fileExists(atPath: $0) }
    let safe = SafeguardingQuality.run(
        engine: engine, statementFiles: statementFiles, residentFiles: residentFiles,
        log: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) })
    exit((ok && safe) || !arguments.contains("--gate") ? 0 : 1)
}
if arguments.contains("--readings") {
    // signpost-bench --readings [--examples DIR]: every reading of the quality files' words, in full
    // (ReadingTranscript), and every example resident's match as JSON — to diff before and after a
    // change that must not change a reading.
    let location = try DirectoryLocator.locate(explicit: nil)
    let today = CalendarDate(year: 2026, month: 11, day: 25)!
    let loaded = DirectoryLoader.load(at: location.url, displayRoot: location.displayPath, today: today)
    let engine = try MatchEngine(index: ServiceIndex(directory: loaded.directory), registry: try RegisteredModules.registry())
    let root = location.url.deletingLastPathComponent().path
    let shared = arguments.firstIndex(of: "--examples").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
        ?? root + "/../shared/examples"
    func out(_ s: String) { FileHandle.standardOutput.write(Data((s + "\n").utf8)) }
    func show(_ entries: [String]) {
        out("## " + entries.joined(separator: " | "))
        out(ReadingTranscript.reading(engine.interpreter.interpret(entries), taxonomy: loaded.directory.taxonomy))
    }
    for file in [shared + "/phrases.json", root + "/Tests/QualityData/phrases.json"] where FileManager.default.fileExists(atPath: file) {
        for c in try PhraseCase.load(file) { show([c.phrase]) }
    }
    for file in [shared + "/safeguarding.json", root + "/Tests/QualityData/safeguarding.json"] where FileManager.default.fileExists(atPath: file) {
        let statements = try JSONParser.parse([UInt8](FileManager.default.contents(atPath: file)!)).value["statements"]?.arrayValue ?? []
        for s in statements { if let text = s["text"]?.stringValue { show([text]) } }
    }
    for file in [shared + "/residents.json", shared + "/residents-2.json", root + "/Tests/QualityData/residents.json"]
    where FileManager.default.fileExists(atPath: file) {
        for c in try ResidentCase.load(file) {
            for entry in c.query.needs { show([entry]) }
            show(c.query.needs)
            out("## match \(c.id)")
            out(String(decoding: try engine.match(c.query, today: today).jsonBytes(), as: UTF8.self))
        }
    }
    exit(0)
}
let only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
let serviceCount = option("services", 100_000)
let areaCount = option("areas", 10_000)
let queryCount = option("queries", 2_000)
let today = CalendarDate(year: 2026, month: 11, day: 25)!
let registry = try RegisteredModules.registry()

func log(_ s: String) { FileHandle.standardOutput.write(Data((s + "\n").utf8)) }

// The bundled Directory: found like the CLI finds it.
let location = try DirectoryLocator.locate(explicit: nil)
var loaded: DirectoryLoadResult? = nil
let loadMs = Measure.milliseconds {
    loaded = DirectoryLoader.load(at: location.url, displayRoot: location.displayPath, today: today)
}
let bundled = loaded!
log("Bundled Directory: \(bundled.directory.services.count) services, \(bundled.directory.parishes.count) parishes")
log("  load + validate (in process, first load): \(Measure.fmt(loadMs)) ms")

/// The measure: a 40-word note, interpreted alone, then stage by stage.
func measureNote(_ interpreter: NeedInterpreter, rounds: Int, stageRounds: Int = 2_000) {
    // The measure: a 40-word note, interpreted alone.
    let note = "Lives alone since her husband died last spring, says she is lonely and hardly sees anyone, "
        + "had two falls in the garden, not sleeping, money is tight with the heating bills, and she doesn't smoke or drink; "
        + "her daughter visits on Sundays"
    var interpretNote = Measure.Latencies()
    for _ in 0..<rounds {
        let start = Measure.now()
        let interpretation = interpreter.interpret([note])
        interpretNote.add(Measure.now() - start)
        precondition(!interpretation.needs.isEmpty)
    }
    log("  interpreting a \(NeedInterpreter.words(of: note).count)-word note:           " + interpretNote.summary)
    // Where the note's time goes, stage by stage.
    let tokenised = Tokeniser().tokenise(note)
    let stages: [(String, () -> Int)] = [
        ("tokenise", { Tokeniser().tokenise(note).tokens.count }),
        ("idioms", { IdiomList.standard.matches(in: tokenised).count }),
        ("negation", { NegationScope().analyse(tokenised).cues.count }),
        ("attribution", { AttributionScope().analyse(tokenised).attributions.count }),
        ("quantities", { QuantityPatterns().find(in: tokenised).count }),
        ("passage (all of the above)", { ReadWords.Passage(reading: note).text.tokens.count }),
    ]
    for (name, stage) in stages {
        var l = Measure.Latencies()
        for _ in 0..<stageRounds {
            let start = Measure.now()
            precondition(stage() >= 0)
            l.add(Measure.now() - start)
        }
        log("      \(name): " + l.summary)
    }
}

/// Example residents: the shared examples plus a spread of needs and circumstances.
let bundledQueries: [ResidentQuery] = [
    ResidentQuery(place: .parish("Sevenoaks"), age: 74, needs: ["lonely, hardly see anyone"], circumstances: ["lives-alone", "no-car"]),
    ResidentQuery(place: .parish("Edenbridge"), age: 50, needs: ["overweight, want to lose weight"]),
    ResidentQuery(place: .parish("Swanley"), age: 19, needs: ["anxiety", "feeling low"]),
    ResidentQuery(place: .parish("Otford"), age: 85, needs: ["can't get to the shops or appointments"], circumstances: ["no-car", "limited-mobility"]),
    ResidentQuery(place: .parish("Sevenoaks"), age: 45, needs: ["want to stop smoking"]),
    ResidentQuery(place: .postcode("TN8 5AX"), age: 52, needs: ["BMI 34, can't afford the gym"], circumstances: ["low-income"]),
    ResidentQuery(place: .parish("Hextable"), age: 67, needs: ["caring for my husband who has dementia"], circumstances: ["carer", "hearing-impaired"]),
    ResidentQuery(place: .coordinate(GeoPoint(latitude: 51.31, longitude: 0.187)), age: 19, needs: ["drinking too much"]),
]

if only == "reading" {
    // signpost-bench --only reading [--rounds N]: the note alone, longer, for profiling the reading.
    let engine = try MatchEngine(index: ServiceIndex(directory: bundled.directory), registry: registry)
    measureNote(engine.interpreter, rounds: option("rounds", 200_000), stageRounds: option("rounds", 200_000) / 10)
}

if only == nil || only == "bundled" {
    let engine = try MatchEngine(index: ServiceIndex(directory: bundled.directory), registry: registry)
    for q in bundledQueries { _ = try engine.match(q, today: today) }  // warm up
    var engineOnly = Measure.Latencies()
    var withJSON = Measure.Latencies()
    let rounds = 20_000
    for i in 0..<rounds {
        let start = Measure.now()
        let result = try engine.match(bundledQueries[i % bundledQueries.count], today: today)
        engineOnly.add(Measure.now() - start)
        precondition(!result.matches.isEmpty)
    }
    for i in 0..<rounds {
        let start = Measure.now()
        let result = try engine.match(bundledQueries[i % bundledQueries.count], today: today)
        let bytes = result.jsonBytes()  // streamed, as the protocol writes it
        withJSON.add(Measure.now() - start)
        precondition(!bytes.isEmpty)
    }
    log("  match, engine only (10 listed, reasons as data): " + engineOnly.summary)
    // Where the time goes: interpretation alone, and a match that lists one service.
    var interpretOnly = Measure.Latencies()
    var limitOne = Measure.Latencies()
    for i in 0..<rounds {
        let q = bundledQueries[i % bundledQueries.count]
        var one = q
        one.limit = 1
        let start = Measure.now()
        let interpretation = engine.interpreter.interpret(q.needs)
        let mid = Measure.now()
        let result = try engine.match(one, today: today)
        let end = Measure.now()
        precondition(!interpretation.needs.isEmpty && result.matches.count <= 1)
        interpretOnly.add(mid - start)
        limitOne.add(end - mid)
    }
    log("    of which interpreting the text:        " + interpretOnly.summary)
    measureNote(engine.interpreter, rounds: rounds)
    log("    the same match listing 1, not 10:      " + limitOne.summary)
    var noQuestions = Measure.Latencies()
    for i in 0..<rounds {
        var q = bundledQueries[i % bundledQueries.count]
        q.asksQuestions = false
        let start = Measure.now()
        _ = try engine.match(q, today: today)
        noQuestions.add(Measure.now() - start)
    }
    log("    the same match without questions:      " + noQuestions.summary)
    // The rules alone: needs given as taxonomy ids (nothing to read), no questions.
    let idQueries = try bundledQueries.map { q in
        var ids = q
        ids.needs = try engine.match(q, today: today).needs.compactMap { need -> String? in
            if case .suggested = need.source { return nil }
            return need.need.id
        }
        ids.asksQuestions = false
        return ids
    }
    var rulesOnly = Measure.Latencies()
    for i in 0..<rounds {
        let start = Measure.now()
        _ = try engine.match(idQueries[i % idQueries.count], today: today)
        rulesOnly.add(Measure.now() - start)
    }
    log("    needs as ids, no questions (the rules): " + rulesOnly.summary)
    let bare = try MatchEngine(index: engine.index, registry: .coreOnly)
    var noModules = Measure.Latencies()
    for i in 0..<rounds {
        let start = Measure.now()
        _ = try bare.match(bundledQueries[i % bundledQueries.count], today: today)
        noModules.add(Measure.now() - start)
    }
    log("    the same match with built-in rules only:" + noModules.summary)
    // Issue 15's measure: what the safeguarding module costs a match (within 2 µs of none), the
    // two registries measured in turn, round by round, so load falls on both alike.
    let withoutSafeguarding = try MatchEngine(
        index: engine.index, registry: try RuleRegistry(modules: registry.modules.filter { $0.id != "safeguarding" }))
    var withAll = Measure.Latencies()
    var withoutIt = Measure.Latencies()
    for i in 0..<rounds {
        let q = bundledQueries[i % bundledQueries.count]
        var start = Measure.now()
        _ = try engine.match(q, today: today)
        withAll.add(Measure.now() - start)
        start = Measure.now()
        _ = try withoutSafeguarding.match(q, today: today)
        withoutIt.add(Measure.now() - start)
    }
    log("    the same match without safeguarding:  " + withoutIt.summary + "; with it: p50 \(Measure.fmt(withAll.percentile(50))) µs")
    log("  match + JSON result encoding (the protocol's work): " + withJSON.summary)
    let results = try bundledQueries.map { try engine.match($0, today: today) }
    var encodeOnly = Measure.Latencies()
    var reasonTexts = Measure.Latencies()
    for i in 0..<rounds {
        let result = results[i % results.count]
        let start = Measure.now()
        let bytes = result.jsonBytes()
        let mid = Measure.now()
        let sentences = result.matches.reduce(0) { $0 + $1.reasonTexts.count }
        reasonTexts.add(Measure.now() - mid)
        encodeOnly.add(mid - start)
        precondition(!bytes.isEmpty && sentences >= 0)
    }
    log("    of which encoding alone:              " + encodeOnly.summary)
    log("    writing the listed reasons' sentences: " + reasonTexts.summary)
}

if only == nil || only == "bundled" || only == "gaps" {
    let index = ServiceIndex(directory: bundled.directory)
    _ = GapAnalysis(index: index).run()
    var runs = Measure.Latencies()
    for _ in 0..<50 {
        let start = Measure.now()
        let report = GapAnalysis(index: index).run()
        runs.add(Measure.now() - start)
        precondition(report.cells.count == index.directory.parishes.count * index.directory.taxonomy.domains.count)
    }
    log("  gap analysis, whole district (\(index.directory.parishes.count) × \(index.directory.taxonomy.domains.count) cells): p50 \(Measure.fmt(runs.percentile(50) / 1000)) ms")
    // Issue 19's measure: the committee's report, from the analysis to its five findings and HTML.
    var reports = Measure.Latencies()
    for _ in 0..<20 {
        let start = Measure.now()
        let report = GapAnalysis(index: index).run()
        let html = GapHTMLRenderer.render(report, printed: CalendarDate(year: 2026, month: 12, day: 1)!)
        reports.add(Measure.now() - start)
        precondition(report.findings().count == GapReport.findingCount && !html.isEmpty)
    }
    log("  gap report, whole district (analysis, five findings, HTML): p50 \(Measure.fmt(reports.percentile(50) / 1000)) ms")
}

if only == nil || only == "synthetic" || only == "gaps" {
    for (services, areas) in [(serviceCount / 100, areaCount / 10), (serviceCount / 10, areaCount), (serviceCount, areaCount)] {
        guard services > 0, areas > 0 else { continue }
        var directory: Directory? = nil
        let genMs = Measure.milliseconds {
            directory = SyntheticDirectory(services: services, areas: areas).generate(taxonomy: bundled.directory.taxonomy)
        }
        var index: ServiceIndex? = nil
        let indexMs = Measure.milliseconds { index = ServiceIndex(directory: directory!) }
        let engine = try MatchEngine(index: index!, registry: registry)
        var rng = SeededGenerator(seed: 7)
        let phrases = ["lonely", "want to get fitter", "can't get to appointments", "anxious", "money worries", "had a fall",
                       "stop smoking", "help with my computer", "caring for my mum", "overweight"]
        let circumstanceSets: [[String]] = [[], ["no-car"], ["low-income"], ["no-internet", "lives-alone"], ["carer"]]
        var queries: [ResidentQuery] = []
        for _ in 0..<queryCount {
            let area = Int.random(in: 0..<areas, using: &rng)
            queries.append(
                ResidentQuery(
                    place: .parish(SyntheticDirectory.areaName(area)), age: Int.random(in: 16...90, using: &rng),
                    needs: [phrases[Int.random(in: 0..<phrases.count, using: &rng)], phrases[Int.random(in: 0..<phrases.count, using: &rng)]],
                    circumstances: circumstanceSets[Int.random(in: 0..<circumstanceSets.count, using: &rng)]))
        }
        for q in queries.prefix(50) { _ = try engine.match(q, today: today) }
        var latencies = Measure.Latencies()
        var matched = 0
        for q in queries {
            let start = Measure.now()
            let result = try engine.match(q, today: today)
            latencies.add(Measure.now() - start)
            matched += result.matches.count
        }
        let memory = Measure.memory()
        log("Synthetic \(services) services / \(areas) areas: generate \(Measure.fmt(genMs)) ms, index \(Measure.fmt(indexMs)) ms, RSS \(Measure.fmt(memory.rss)) MiB (peak \(Measure.fmt(memory.peak)) MiB)")
        log("  match: " + latencies.summary + ", avg \(matched / max(1, queries.count)) matches")
        if only == nil || only == "gaps" {
            var cells = 0
            var findings = 0
            let gapMs = Measure.milliseconds {
                let report = GapAnalysis(index: index!).run()
                cells = report.cells.count
                findings = report.findings().count
            }
            log("  gap analysis and its findings (\(areas) areas × \(directory!.taxonomy.domains.count) domains = \(cells) cells, \(findings) findings): \(Measure.fmt(gapMs)) ms")
        }
    }
}

if only == nil || only == "oruk" {
    try ORUKBench.run(bundled.directory, label: "ORUK bundled", log: log)
    let synthetic = SyntheticDirectory(services: serviceCount, areas: areaCount).generate(taxonomy: bundled.directory.taxonomy)
    try ORUKBench.run(synthetic, label: "ORUK synthetic \(serviceCount)", log: log)
}
