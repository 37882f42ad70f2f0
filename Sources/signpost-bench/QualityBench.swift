import Foundation
import SignpostCore
import SignpostQuality

/// `signpost-bench --quality`: how well Signpost reads residents' words, on every labelled file
/// found (the shared examples beside the repository, and the repository's own
/// `Tests/QualityData`), with the same residents through a plain keyword search, side by side.
/// With `--gate` it exits 1 when a figure falls below its floor: a quality gate, not a timed test.
enum QualityBench {
    /// What CI holds the line at. The issue's targets are printed beside each figure; the floors
    /// are what Signpost reaches today, so a change that reads worse fails.
    struct Floors {
        var recall = 0.0
        var falsePositives = 1.0
        var aboutSomeoneElse = 0.0
    }

    static let targets = (recall: 0.95, falsePositives: 0.03, about: 1.0)

    static func run(
        engine: MatchEngine, root: String, examples: String? = nil, today: CalendarDate, verbose: Bool, log: (String) -> Void
    ) -> Bool {
        var ok = true
        let shared = examples ?? root + "/../shared/examples"
        let own = root + "/Tests/QualityData"
        let fm = FileManager.default
        // Floors: today's figures less a small margin (2026-12-02: shared 96.8% / 4.7% / 90.0%,
        // ours 93.9% / 7.4% / 75.7%).
        let phraseFiles = [(shared + "/phrases.json", Floors(recall: 0.94, falsePositives: 0.06, aboutSomeoneElse: 0.85)),
                           (own + "/phrases.json", Floors(recall: 0.91, falsePositives: 0.09, aboutSomeoneElse: 0.70))]
        for (path, floors) in phraseFiles where fm.fileExists(atPath: path) {
            do {
                let cases = try PhraseCase.load(path)
                let q = PhraseQuality.evaluate(cases, interpreter: engine.interpreter, taxonomy: engine.directory.taxonomy)
                log("Phrases: \(display(path, root)) (\(cases.count))")
                log("  recall on labelled needs:     \(pct(q.recall)) (\(q.recalled)/\(q.labelled))   target ≥ \(pct(targets.recall)), floor \(pct(floors.recall))")
                log("  false positives (null, negated, idiom): \(pct(q.falsePositiveRate)) (\(q.falsePositives)/\(q.mustNotRead))   target ≤ \(pct(targets.falsePositives)), floor \(pct(floors.falsePositives))")
                log("  someone else's need recorded as such: \(pct(q.aboutRate)) (\(q.aboutRecorded)/\(q.aboutSomeoneElse))   target \(pct(targets.about)), floor \(pct(floors.aboutSomeoneElse))")
                log("  by style: " + PhraseCase.knownStyles.compactMap { s in q.byStyle[s].map { "\(s) \($0.right)/\($0.all)" } }.joined(separator: ", "))
                // Ties by id, so that the same readings always print the same line.
                let weakest = q.byNeed.sorted {
                    let (a, b) = (Double($0.value.read) / Double($0.value.all), Double($1.value.read) / Double($1.value.all))
                    return a != b ? a < b : $0.key < $1.key
                }.prefix(8)
                log("  weakest needs: " + weakest.map { "\($0.key) \($0.value.read)/\($0.value.all)" }.joined(separator: ", "))
                let words = q.unrecognised.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(20)
                log("  words most often not understood: " + words.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
                if verbose {
                    for miss in q.misses {
                        log("    MISS [\(miss.expected ?? "none")] \(miss.phrase) → \(miss.read) (\(miss.why))")
                    }
                }
                if q.recall < floors.recall || q.falsePositiveRate > floors.falsePositives || q.aboutRate < floors.aboutSomeoneElse {
                    log("  BELOW FLOOR")
                    ok = false
                }
            } catch {
                log("Phrases: \(error)")
                ok = false
            }
        }
        // Residents: Signpost and keyword search on the same `top`/`absent` expectations.
        let residentFiles = [(shared + "/residents.json", 5), (shared + "/residents-2.json", 23), (own + "/residents.json", 22)]
        for (path, floor) in residentFiles where fm.fileExists(atPath: path) {
            do {
                let cases = try ResidentCase.load(path)
                let q = ResidentQuality.evaluate(cases, engine: engine, today: today)
                log("Residents: \(display(path, root)) (\(q.residents))")
                log("  Signpost passes \(q.signpostPassed)/\(q.residents) (empty lists: \(q.signpostEmpty)); keyword search passes \(q.keywordPassed)/\(q.residents) (empty lists: \(q.keywordEmpty)); floor \(floor)")
                if verbose {
                    for f in q.failures {
                        log("    \(f.id): Signpost \(f.signpost.isEmpty ? "ok" : f.signpost.joined(separator: "; ")) | keyword \(f.keyword.isEmpty ? "ok" : f.keyword.joined(separator: "; "))")
                    }
                }
                if q.signpostPassed < floor {
                    log("  BELOW FLOOR")
                    ok = false
                }
            } catch {
                log("Residents: \(error)")
                ok = false
            }
        }
        log(ok ? "Quality: every figure at or above its floor" : "Quality: below a floor (above)")
        return ok
    }

    static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    static func display(_ path: String, _ root: String) -> String {
        let standard = (path as NSString).standardizingPath
        let base = ((root as NSString).deletingLastPathComponent as NSString).standardizingPath + "/"
        return standard.hasPrefix(base) ? String(standard.dropFirst(base.count)) : standard
    }
}
