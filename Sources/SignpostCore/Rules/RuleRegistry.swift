/// Every rule the engine runs: the built-in rules (`CoreRules.all`) and those of the registered
/// modules, each at a fixed position, grouped by stage. Built once at start-up; refuses two rules
/// or two modules with one id, a module rule outside its module's namespace, and a replacement of
/// a rule that does not exist — naming both sides.
public struct RuleRegistry: Sendable {
    /// A rule with where it comes from.
    public struct Entry: Sendable {
        public let rule: any Rule
        /// The module's id, or nil for a built-in rule.
        public let module: String?
        public var id: String { rule.id }
    }

    public struct RegistrationError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public let modules: [any RuleModule]
    /// Every rule, built-in first, then each module's in order.
    public let rules: [Entry]

    let alertRules: [(Int, any AlertRule)]
    let suggestionRules: [(Int, any SuggestionRule)]
    // The per-candidate stages, as parallel arrays: calling a rule in place, without copying a
    // (position, rule) pair out of an array for every candidate.
    let eligibilityPositions: [Int]
    let eligibilityList: [any EligibilityRule]
    let scoringPositions: [Int]
    let scoringList: [any ScoringRule]
    private let positionByID: [String: Int]
    /// Every rule on (shared, so a default request allocates nothing).
    let allOn: RuleMask

    public init(core: [any Rule] = CoreRules.all, modules: [any RuleModule]) throws(RegistrationError) {
        var moduleIDs: Set<String> = []
        for module in modules where !moduleIDs.insert(module.id).inserted {
            throw RegistrationError(description: "two rule modules share the id \"\(module.id)\"")
        }
        var replaced: [String: String] = [:]
        for module in modules {
            for id in module.replaces {
                guard core.contains(where: { $0.id == id }) else {
                    throw RegistrationError(description: "module \(module.id) replaces \"\(id)\", which is not a built-in rule")
                }
                if let other = replaced[id] {
                    throw RegistrationError(description: "modules \(other) and \(module.id) both replace \(id)")
                }
                replaced[id] = module.id
            }
        }
        var entries: [Entry] = core.filter { replaced[$0.id] == nil }.map { Entry(rule: $0, module: nil) }
        for module in modules {
            for rule in module.rules {
                guard rule.id.hasPrefix(module.id + "."), rule.id.count > module.id.count + 1 else {
                    throw RegistrationError(
                        description: "rule \(rule.id) of module \(module.id) must have an id starting \"\(module.id).\"")
                }
                entries.append(Entry(rule: rule, module: module.id))
            }
        }
        var positions: [String: Int] = [:]
        for (i, entry) in entries.enumerated() {
            if let first = positions[entry.id] {
                let a = entries[first].module.map { "module \($0)" } ?? "the built-in rules"
                let b = entry.module.map { "module \($0)" } ?? "the built-in rules"
                throw RegistrationError(description: "two rules share the id \"\(entry.id)\" (in \(a) and in \(b))")
            }
            if moduleIDs.contains(entry.id) && entry.module == nil {
                throw RegistrationError(description: "built-in rule \(entry.id) has the id of a module")
            }
            positions[entry.id] = i
        }
        self.modules = modules
        self.rules = entries
        self.positionByID = positions
        var alert: [(Int, any AlertRule)] = []
        var suggestion: [(Int, any SuggestionRule)] = []
        var eligibility: [(Int, any EligibilityRule)] = []
        var scoring: [(Int, any ScoringRule)] = []
        for (i, entry) in entries.enumerated() {
            switch entry.rule {
            case let r as any AlertRule: alert.append((i, r))
            case let r as any SuggestionRule: suggestion.append((i, r))
            case let r as any EligibilityRule: eligibility.append((i, r))
            case let r as any ScoringRule: scoring.append((i, r))
            default:
                throw RegistrationError(
                    description: "rule \(entry.id) adopts no stage protocol (AlertRule, SuggestionRule, EligibilityRule or ScoringRule)")
            }
        }
        alertRules = alert
        suggestionRules = suggestion
        eligibilityPositions = eligibility.map(\.0)
        eligibilityList = eligibility.map(\.1)
        scoringPositions = scoring.map(\.0)
        scoringList = scoring.map(\.1)
        allOn = RuleMask(count: entries.count, on: true)
    }

    /// The built-in rules only.
    public static let coreOnly = try! RuleRegistry(modules: [])

    public var moduleIDs: [String] { modules.map(\.id) }
    public var ruleIDs: [String] { rules.map(\.id) }

    public func position(of id: String) -> Int? { positionByID[id] }
    public func entry(_ id: String) -> Entry? { positionByID[id].map { rules[$0] } }
    public func module(_ id: String) -> (any RuleModule)? { modules.first { $0.id == id } }

    // MARK: Checks against a Directory

    /// Problems with the rules' vocabulary in `directory`: a need id, an action-plan reference or
    /// a priority area the Directory does not define, each naming the module and rule. Empty when
    /// all is well. Run at start-up (engine construction) and in the tests.
    public func vocabularyProblems(in directory: Directory) -> [String] {
        var problems: [String] = []
        let plan = directory.actionPlan
        for entry in rules {
            let owner = entry.module.map { "module \($0), rule \(entry.id)" } ?? "built-in rule \(entry.id)"
            for need in entry.rule.vocabulary.needs where directory.taxonomy.need(need) == nil {
                var message = "\(owner) uses need \"\(need)\", which taxonomy.json does not define"
                if let guess = NameMatching.suggestions(for: need, among: directory.taxonomy.needs.map(\.id), limit: 1).first {
                    message += " (did you mean \"\(guess)\"?)"
                }
                problems.append(message)
            }
            if !plan.isEmpty {
                for reference in entry.rule.references where !plan.contains(reference) {
                    problems.append("\(owner) cites \(reference), which action-plan.json does not list")
                }
            }
        }
        if !plan.isEmpty {
            for module in modules {
                for area in module.priorityAreas where plan.priorityArea(area) == nil {
                    problems.append("module \(module.id) is about priority area \"\(area)\", which action-plan.json does not list")
                }
            }
        }
        return problems
    }

    // MARK: Selection per request

    /// The rules a request runs: every rule of the chosen modules (all when `modules` is nil) and
    /// the built-in rules, minus those switched off by id. Unknown names are usage errors with a
    /// "did you mean"; values sent are never repeated back (they travel with resident data).
    public func selection(modules names: [String]?, withoutRules off: [String]?) throws(SignpostError) -> RuleSelection {
        if names == nil && (off ?? []).isEmpty { return RuleSelection(mask: allOn, modules: moduleIDs) }
        var chosen: [String] = moduleIDs
        if let names {
            chosen = []
            for (i, name) in names.enumerated() {
                guard moduleIDs.contains(name) else {
                    throw SignpostError.withSuggestions(
                        .unknownModule, "modules[\(i)] is not a rule module (known: \(moduleIDs.joined(separator: ", ")))",
                        NameMatching.suggestions(for: name, among: moduleIDs))
                }
                if !chosen.contains(name) { chosen.append(name) }
            }
        }
        var mask = allOn
        for (i, entry) in rules.enumerated() {
            if let module = entry.module, !chosen.contains(module) { mask[i] = false }
        }
        for (i, id) in (off ?? []).enumerated() {
            guard let position = positionByID[id] else {
                throw SignpostError.withSuggestions(
                    .unknownRule, "withoutRules[\(i)] is not a rule id (see `signpost rules`)",
                    NameMatching.suggestions(for: id, among: ruleIDs, limit: 2))
            }
            mask[position] = false
        }
        return RuleSelection(mask: mask, modules: chosen)
    }
}

/// The rules one request runs.
public struct RuleSelection: Sendable {
    let mask: RuleMask
    /// The modules taking part, in registry order.
    public let modules: [String]

    public func isOn(_ position: Int) -> Bool { mask[position] }
}

/// One bit per registered rule.
struct RuleMask: Sendable, Equatable {
    private var words: [UInt64]

    init(count: Int, on: Bool) { words = Array(repeating: on ? ~0 : 0, count: (count + 63) / 64) }

    subscript(i: Int) -> Bool {
        get { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
        set {
            if newValue { words[i >> 6] |= 1 << UInt64(i & 63) } else { words[i >> 6] &= ~(1 << UInt64(i & 63)) }
        }
    }
}
