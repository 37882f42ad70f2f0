import Foundation
import SignpostCore
import SignpostModules
import Synchronization
import Testing

/// One test over every registered rule — built-in and from modules — in the SwiftLint manner:
/// each rule's triggering examples must make it act as expected, its non-triggering examples must
/// leave it silent, and it may ask only about the needs it declared.
@Suite("Rule conformance")
struct RuleConformanceTests {
    static let ruleIDs = Bundled.registry.ruleIDs
    static let runner = RuleExampleRunner(base: Bundled.directory, registry: Bundled.registry, today: Bundled.today)

    @Test("every rule's examples hold", arguments: ruleIDs)
    func examples(id: String) throws {
        let position = try #require(Bundled.registry.position(of: id))
        let failures = Self.runner.failures(ofRule: position)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("there are at least 30 rules, each with an id of its module, a title and a stage")
    func listing() {
        let listing = RuleListing(registry: Bundled.registry)
        #expect(listing.items.count >= 30)
        for item in listing.items {
            #expect(!item.title.isEmpty, "\(item.id)")
            if let module = item.module { #expect(item.id.hasPrefix(module + "."), "\(item.id)") }
            #expect(item.triggeringExamples >= 1 && item.nonTriggeringExamples >= 1, "\(item.id)")
            for weight in item.weights { #expect(weight.points.isFinite && !weight.meaning.isEmpty, "\(item.id)") }
        }
    }

    @Test("README's rule and circumstance tables are the generated ones (run scripts/readme-rules)")
    func readmeTables() throws {
        let readme = try String(contentsOf: Bundled.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let listing = RuleListing(registry: Bundled.registry)
        for block in [RuleListing.circumstancesBlock(registry: Bundled.registry), listing.readmeBlock(modules: Bundled.registry.modules)] {
            #expect(readme.contains(block), "README.md is out of date: run `swift build && scripts/readme-rules`")
        }
    }

    @Test("the rules' vocabulary fits the bundled Directory")
    func vocabulary() {
        #expect(Bundled.registry.vocabularyProblems(in: Bundled.directory) == [])
    }

    @Test("a need id the taxonomy lacks fails at start-up, naming the module and rule")
    func unknownNeedRefused() throws {
        let registry = try RuleRegistry(modules: [TypoModule()])
        let problems = registry.vocabularyProblems(in: Bundled.directory)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("module typo, rule typo.lonely") == true)
        #expect(problems.first?.contains("\"lonelyness\"") == true)
        #expect(problems.first?.contains("did you mean \"loneliness\"") == true)
        #expect(throws: MatchEngine.VocabularyError.self) { try MatchEngine(index: Bundled.index, registry: registry) }
    }

    @Test("two rules with one id are refused with both named")
    func duplicateRulesRefused() {
        #expect {
            try RuleRegistry(modules: [DuplicateRuleModule()])
        } throws: { error in
            "\(error)" == "two rules share the id \"dup.same\" (in module dup and in module dup)"
        }
        #expect {
            try RuleRegistry(core: CoreRules.all + [CoreRules.all[0]], modules: [])
        } throws: { error in
            "\(error)".contains("two rules share the id \"\(CoreRules.all[0].id)\" (in the built-in rules and in the built-in rules)")
        }
    }

    @Test("switching rules off by id, and an unknown id is an error with a suggestion")
    func ruleSelection() throws {
        let query = ResidentQuery.example(parish: "Edenbridge", needs: ["physical-activity"], circumstances: ["low-income"])
        let with = try Bundled.match(query)
        var off = query
        off.withoutRules = ["cost.free"]
        let without = try Bundled.match(off)
        #expect(with.matches.contains { $0.reasons.contains { $0.rule == "cost.free" } })
        #expect(!without.matches.contains { $0.reasons.contains { $0.rule == "cost.free" } })
        off.withoutRules = ["reach.distanse"]
        #expect {
            try Bundled.match(off)
        } throws: { error in
            (error as? SignpostError)?.kind == .unknownRule && (error as? SignpostError)?.suggestions.first == "reach.distance"
        }
    }

    @Test("every score change and exclusion names its rule")
    func reasonsNameRules() throws {
        let result = try Bundled.match(
            .example(parish: "Westerham", age: 72, needs: ["loneliness", "transport", "scams"], circumstances: ["no-car", "woman"]))
        let ids = Set(Bundled.registry.ruleIDs)
        for match in result.matches {
            for reason in match.reasons { #expect(ids.contains(reason.rule), "\(reason.rule)") }
            let total = match.reasons.reduce(0) { $0 + $1.points }
            #expect(abs(total - match.score) < 1e-9, "\(match.service.id): reasons add to \(total), score \(match.score)")
        }
        #expect(!result.excluded.isEmpty)
        for excluded in result.excluded {
            #expect(excluded.reasons.contains { if case .exclude = $0.kind { return true } else { return false } })
        }
    }

    @Test("a module can replace a built-in rule: a locality's own distance rule")
    func replacingARule() throws {
        let registry = try RuleRegistry(modules: RegisteredModules.all + [FlatDistanceModule()])
        #expect(registry.position(of: "reach.distance") == nil)
        #expect(registry.position(of: "flat.distance") != nil)
        let engine = try MatchEngine(index: Bundled.index, registry: registry)
        let result = try Bundled.match(.example(parish: "Edenbridge", needs: ["loneliness"]), engine: engine)
        #expect(!result.matches.contains { $0.reasons.contains { $0.rule == "reach.distance" } })
        #expect {
            try RuleRegistry(modules: [FlatDistanceModule(replacing: "reach.distanse")])
        } throws: { error in
            "\(error)".contains("replaces \"reach.distanse\", which is not a built-in rule")
        }
    }

    @Test("each rule is evaluated once per candidate; the listed services reuse the effects")
    func evaluatedOnce() throws {
        let counter = CountingModule()
        let registry = try RuleRegistry(modules: [counter])
        let engine = try MatchEngine(index: Bundled.index, registry: registry)
        // One ranking: the questions worth asking rank again, once per question tried.
        var query = ResidentQuery.example(parish: "Sevenoaks", needs: ["loneliness", "physical-activity"])
        query.asksQuestions = false
        let result = try Bundled.match(query, engine: engine)
        #expect(counter.calls.load(ordering: .relaxed) == result.matches.count + result.moreMatches)
    }

    @Test("a rule's mistakes at run time are ignored with one warning naming the rule, never the resident's words")
    func runtimeMistakes() throws {
        let logged = Mutex<[String]>([])
        let registry = try RuleRegistry(modules: [FaultyModule()])
        let engine = try MatchEngine(index: Bundled.index, registry: registry) { line in logged.withLock { $0.append(line) } }
        let query = ResidentQuery.example(parish: "Sevenoaks", needs: ["I feel so lonely since Margaret died"])
        let first = try Bundled.match(query, engine: engine)
        _ = try Bundled.match(query, engine: engine)
        let lines = logged.withLock { $0 }
        #expect(lines.sorted() == [
            "rule faulty.empty-reason gave an empty reason; ignored",
            "rule faulty.infinite returned a non-finite adjustment; ignored",
            "rule faulty.unknown-need suggested an unknown need; ignored",
        ])
        #expect(!lines.joined().contains("Margaret") && !lines.joined().contains("lonely"))
        for match in first.matches {
            #expect(match.score.isFinite)
            #expect(!match.reasons.contains { $0.rule.hasPrefix("faulty.") })
        }
    }
}

// MARK: Throwaway modules

/// Uses a need id the taxonomy does not have.
struct TypoModule: RuleModule {
    let id = "typo"
    let title = "Typo"
    let summary = "A module with a misspelt need id."
    var rules: [any Rule] {
        [
            NeedSuggestionRule(
                "typo.lonely", "Suggests a need that does not exist", suggests: "lonelyness", because: "Never shown.",
                examples: RuleExamples(triggering: [], nonTriggering: [])
            ) { _ in true }
        ]
    }
}

/// Two rules with one id.
struct DuplicateRuleModule: RuleModule {
    let id = "dup"
    let title = "Duplicate"
    let summary = "Two rules with one id."
    var rules: [any Rule] {
        let rule = NeedSuggestionRule(
            "dup.same", "Suggests loneliness", suggests: "loneliness", because: "Never shown.",
            examples: RuleExamples(triggering: [], nonTriggering: [])
        ) { _ in true }
        return [rule, rule]
    }
}

/// A locality that prefers a flat penalty for any site more than 10 km away.
struct FlatDistanceModule: RuleModule {
    let id = "flat"
    let title = "Flat distance"
    let summary = "Replaces the distance rule with a flat penalty."
    var replacing = "reach.distance"
    var replaces: [String] { [replacing] }
    var rules: [any Rule] { [FlatDistanceRule()] }

    struct FlatDistanceRule: ScoringRule {
        let id = "flat.distance"
        let title = "Marks down sites more than 10 km away by 2 points"
        var weights: [RuleWeight] { [RuleWeight("far", 2, "points lost beyond 10 km")] }
        var examples: RuleExamples { RuleExamples(triggering: [], nonTriggering: []) }
        func score(_ service: Service, _ candidate: RuleCandidate, for resident: RuleContext, into out: inout ScoreOutput) {
            if let km = candidate.distanceKm, km > 10 { out.add(-2, .text("More than 10 km away.")) }
        }
    }
}

/// Counts how often its one scoring rule runs.
final class CountingModule: RuleModule, Sendable {
    let id = "counting"
    let title = "Counting"
    let summary = "Counts scoring calls."
    let calls = Atomic<Int>(0)
    var rules: [any Rule] { [CountingRule(module: self)] }

    struct CountingRule: ScoringRule {
        let module: CountingModule
        let id = "counting.calls"
        let title = "Counts its calls"
        var examples: RuleExamples { RuleExamples(triggering: [], nonTriggering: []) }
        func score(_ service: Service, _ candidate: RuleCandidate, for resident: RuleContext, into out: inout ScoreOutput) {
            module.calls.add(1, ordering: .relaxed)
        }
    }
}

/// Every kind of run-time mistake a rule can make.
struct FaultyModule: RuleModule {
    let id = "faulty"
    let title = "Faulty"
    let summary = "Rules that make mistakes."
    var rules: [any Rule] { [Infinite(), EmptyReason(), UnknownNeed()] }

    struct Infinite: ScoringRule {
        let id = "faulty.infinite"
        let title = "Adds infinity"
        var examples: RuleExamples { RuleExamples(triggering: [], nonTriggering: []) }
        func score(_ service: Service, _ candidate: RuleCandidate, for resident: RuleContext, into out: inout ScoreOutput) {
            out.add(.infinity, .text("Infinitely good."))
        }
    }
    struct EmptyReason: ScoringRule {
        let id = "faulty.empty-reason"
        let title = "Gives no reason"
        var examples: RuleExamples { RuleExamples(triggering: [], nonTriggering: []) }
        func score(_ service: Service, _ candidate: RuleCandidate, for resident: RuleContext, into out: inout ScoreOutput) {
            out.add(1, .text(""))
        }
    }
    struct UnknownNeed: SuggestionRule {
        let id = "faulty.unknown-need"
        let title = "Suggests a need that does not exist"
        var examples: RuleExamples { RuleExamples(triggering: [], nonTriggering: []) }
        func suggest(for resident: RuleContext, into out: inout SuggestionOutput) {
            out.suggest("no-such-need", because: .text("Never shown."))
        }
    }
}

/// Three-valued facts, checked across every rule's examples: run against the bundled Directory
/// with every module on, no service is ruled out on a condition nobody said was absent.
@Suite("No exclusion on an unknown fact")
struct UnknownFactConformanceTests {
    static let residents: [ResidentQuery] = (try? RegisteredModules.registry())?.rules.flatMap { entry in
        (entry.rule.examples.triggering + entry.rule.examples.nonTriggering).map(\.resident)
    } ?? []

    @Test("a condition rules a service out only when it is known not to apply")
    func noExclusionOnUnknown() throws {
        for query in Self.residents {
            guard let result = try? Bundled.match(query) else { continue }
            for excluded in result.excluded {
                for reason in excluded.reasons {
                    guard case .conditionNotMet(let c) = reason.reason else { continue }
                    let opposite: Circumstance? = c == .man ? .woman : c == .woman ? .man : nil
                    let known = result.knownNot.contains(c) || opposite.map { result.circumstances.contains($0) } == true
                    #expect(known, "\(excluded.service.id) ruled out on \(c.rawValue), which nobody said was absent")
                }
            }
        }
        #expect(!Self.residents.isEmpty)
    }
}
