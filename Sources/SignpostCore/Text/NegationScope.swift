/// Which of a resident's words they deny: "I'm not lonely, I've got my dogs" denies "lonely" and
/// nothing after the comma.
///
/// A cue negates the words after it up to the end of its clause. Clauses end at punctuation, at
/// "but", "though", "although", "however", "yet", "except", "because", "since", "until", at "and"
/// or "so" followed by a new subject ("…and I'm…"), at a new subject pronoun after the first word
/// ("nah not lonely I like my own company"), or after eight words. So in "not lonely but skint"
/// the part after "but" is not negated.
///
/// Cues, by ``Kind``:
/// - ``Kind/denial``: not, never, nor, neither, and the n't forms (don't, doesn't, didn't, isn't,
///   aren't, wasn't, weren't, haven't, hasn't, hadn't, ain't, shouldn't). "not sure", "not only",
///   "never been so …" and "don't/didn't/doesn't know" and "… understand" are not cues: they hedge
///   or state a lack, not a denial. "can't", "cannot", "couldn't", "won't" and "wouldn't" are not
///   cues either: "I can't afford the heating" and "he won't see anyone" state a need.
///   Saying a thing is fine denies it too: "X is/'s fine" (and alright, ok, okay, sorted) negates
///   X, "alright for money" / "fine with computers" negates what follows, ", all fine" negates the
///   clause before, and "X is not a problem/an issue/a worry" negates X as well.
/// - ``Kind/absence``: no, none, nothing, nobody, no one, nowhere, without, an n't form with
///   have/got ("haven't got any", "don't have"), and an n't form with "any" or "enough" in the next
///   three words ("I don't get enough exercise", "I don't do any"). Absence denies a condition ("no falls") but lacks
///   a resource ("no money", "nobody to talk to"), which is a need: callers should let a matched
///   phrase that contains its own cue ("no one to talk to", "don't see anyone") stand, and weigh
///   absence per need.
/// - ``Kind/stopped``: a habit given up states no current need: "I gave up smoking years ago",
///   "quit the fags", "stopped drinking", "packed in the booze", "no longer smoke", "used to
///   drink", "ex-smoker". Only with a habit word (smoking, drinking, vaping, drugs, gambling…) and
///   not after want/trying/need/help/to… ("I want to give up smoking" is a need; so is "I've
///   stopped going out").
///
/// "no interest in", "no desire", "no need" refuse rather than lack: a ``Kind/denial``.
///
/// Apart from the cues, ``Result/sufficient`` holds the words a resident says they have enough
/// of ("plenty of exercise", "I've got my qualifications", "perfectly independent"): the
/// interpreter denies a need whose lack is the need when its words all lie there.
///
/// Tokens given in `masked` (an idiom: "don't shoot me") are neither cues nor negated.
public struct NegationScope: Sendable {
    public enum Kind: Sendable, Equatable {
        case denial
        case absence
        case stopped
    }

    /// One cue and the tokens it negates.
    public struct Cue: Sendable, Equatable {
        /// The cue's own tokens ("gave up", "not").
        public var tokens: Range<Int>
        public var kind: Kind
        /// The tokens it negates (punctuation excluded at the edges); may be empty ("never have.").
        public var scope: [Int]
    }

    /// What one text's cues negate.
    public struct Result: Sendable, Equatable {
        public var cues: [Cue]
        /// For each token, the index into `cues` of the first cue negating it.
        public var negatedBy: [Int?]
        /// Tokens the resident says they have enough of: "plenty of exercise", "I've got my
        /// qualifications", "perfectly independent". Not a negation (nothing else reads them as
        /// one: "plenty of worries" is a need); the interpreter weighs them for needs whose lack is
        /// the need.
        public var sufficient: Set<Int> = []

        public func isNegated(_ token: Int) -> Bool { token < negatedBy.count && negatedBy[token] != nil }

        /// The cue negating a token.
        public func cue(for token: Int) -> Cue? {
            guard token < negatedBy.count, let at = negatedBy[token] else { return nil }
            return cues[at]
        }

        public var hasNegation: Bool { negatedBy.contains { $0 != nil } }
    }

    /// Most words a cue reaches.
    public static let maxScope = 8

    public init() {}

    /// What a word can do here, looked up once per token.
    struct Role: OptionSet {
        let rawValue: UInt16
        static let cue = Role(rawValue: 1)
        static let clauseEnder = Role(rawValue: 2)
        static let subject = Role(rawValue: 4)
        static let think = Role(rawValue: 8)
        static let well = Role(rawValue: 16)
        static let joiner = Role(rawValue: 32)
        static let ease = Role(rawValue: 64)
    }

    static let roles: [String: Role] = {
        var table: [String: Role] = [:]
        let cueWords = [
            "not", "never", "nor", "neither", "no", "gave", "given", "give", "giving", "packed", "used", "ex", "wouldn't",
        ]
        for w in cueWords + Array(stopVerbs) + Array(denialContractions) + Array(absenceWords) { table[w, default: []].insert(.cue) }
        for w in clauseEnders { table[w, default: []].insert(.clauseEnder) }
        for w in subjects { table[w, default: []].insert(.subject) }
        for w in thinkVerbs { table[w, default: []].insert(.think) }
        for w in wellWords { table[w, default: []].insert(.well) }
        for w in ["and", "so", "or"] { table[w, default: []].insert(.joiner) }
        for w in ["fine", "easily", "no"] { table[w, default: []].insert(.ease) }
        table[","] = .clauseEnder
        return table
    }()

    public func analyse(_ text: TokenisedText, masked: Set<Int> = []) -> Result {
        let tokens = text.tokens
        let words = tokens.map { $0.isWord ? $0.normalised : ($0.isPunctuation ? "," : $0.normalised) }
        let roles = words.map { NegationScope.roles[$0] ?? [] }
        var cues: [Cue] = []
        var negatedBy = [Int?](repeating: nil, count: tokens.count)

        func add(_ cue: Cue) {
            let at = cues.count
            cues.append(cue)
            for i in cue.scope where negatedBy[i] == nil && !masked.contains(i) { negatedBy[i] = at }
        }

        var i = 0
        while i < tokens.count {
            if tokens[i].isWord, roles[i].contains(.ease), let ability = abilityCue(at: i, words, tokens, roles, negatedBy) {
                add(ability)
            }
            if !tokens[i].isWord || roles[i].isDisjoint(with: [.cue, .well]) || (!masked.isEmpty && masked.contains(i)) {
                i += 1
                continue
            }
            if roles[i].contains(.cue), let (cueEnd, kind) = cue(at: i, words, masked) {
                let scope = forwardScope(from: cueEnd, words, tokens, roles)
                add(Cue(tokens: i..<cueEnd, kind: kind, scope: scope))
                // "Money's not a problem": the subject is what is denied.
                if kind != .stopped, isProblemPhrase(after: cueEnd, words) {
                    let subject = backwardScope(before: i, words, tokens, roles)
                    if !subject.isEmpty { add(Cue(tokens: i..<cueEnd, kind: .denial, scope: subject)) }
                }
                i = cueEnd
                continue
            }
            if roles[i].contains(.well), let wellness = wellnessCue(at: i, words, tokens, roles, negatedBy) {
                add(wellness)
            }
            i += 1
        }
        var result = Result(cues: cues, negatedBy: negatedBy)
        result.sufficient = sufficiency(words, tokens, roles, masked)
        return result
    }

    // MARK: - Sufficiency

    /// Tokens in the scope of a statement of having enough: "plenty (of)", "enough" (not after a
    /// negation: "not enough money" is a lack; nor after "had": "I've had enough of it" is a
    /// complaint), "perfectly" ("perfectly independent"), and "got my" after I/I've ("I've got my
    /// qualifications").
    func sufficiency(_ words: [String], _ tokens: [Token], _ roles: [Role], _ masked: Set<Int>) -> Set<Int> {
        var out: Set<Int> = []
        for i in words.indices where tokens[i].isWord && !masked.contains(i) {
            let w = words[i]
            var end: Int? = nil
            switch w {
            case "plenty": end = i + 1 < words.count && words[i + 1] == "of" ? i + 2 : i + 1
            case "perfectly": end = i + 1
            case "enough":
                let before = words[max(0, i - 3)..<i]
                let lacking = before.contains { NegationScope.denialContractions.contains($0) || ["not", "never", "hardly", "barely", "had", "having", "'ve"].contains($0) }
                if !lacking { end = i + 1 < words.count && words[i + 1] == "of" ? i + 2 : i + 1 }
            case "got":
                // "I've got my …", "I've still got my …".
                let owners = ["i've", "ive", "i", "we've", "have"]
                let owned = (i >= 1 && owners.contains(words[i - 1])) || (i >= 2 && words[i - 1] == "still" && owners.contains(words[i - 2]))
                if i + 1 < words.count, words[i + 1] == "my", owned { end = i + 2 }
            default: break
            }
            guard let end else { continue }
            out.formUnion(forwardScope(from: end, words, tokens, roles))
        }
        return out
    }

    // MARK: - Cues

    static let denialContractions: Set<String> = [
        "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "ain't",
        "shouldn't", "mustn't", "needn't",
    ]
    static let absenceWords: Set<String> = ["none", "nothing", "nobody", "nowhere", "without", "no-one", "noone"]
    static let habitWords: Set<String> = [
        "smoking", "smoke", "smokes", "cigarettes", "cigarette", "cigs", "fags", "fag", "baccy", "tobacco", "rollies",
        "drinking", "drink", "drinks", "booze", "alcohol", "vaping", "vape", "vapes", "drugs", "weed", "cannabis",
        "gambling", "habit", "cocaine", "coke", "heroin",
    ]
    static let stopVerbs: Set<String> = ["quit", "quitted", "stopped", "kicked"]
    /// Words before a stop verb that make it a wish, not a fact.
    static let wishWords: Set<String> = [
        "want", "wants", "wanted", "wanna", "trying", "try", "tried", "tries", "need", "needs", "going", "gonna", "help",
        "like", "hoping", "hope", "plan", "planning", "would", "could", "can't", "cannot", "to", "how", "struggling",
        "keen", "ready", "must", "should", "i'd", "we'd", "can",
    ]
    static let knowVerbs: Set<String> = ["know", "understand", "get"]
    /// "wouldn't call myself …", "wouldn't say I'm …".
    static let callVerbs: Set<String> = ["call", "say", "describe", "class", "consider", "count"]
    /// A negation after these is a condition, not a denial ("if I don't stop").
    static let conditionals: Set<String> = ["if", "unless"]

    /// The cue starting at `i`, if any: where it ends and its kind.
    func cue(at i: Int, _ words: [String], _ masked: Set<Int>) -> (end: Int, kind: Kind)? {
        let w = words[i]
        func word(_ k: Int) -> String { k < words.count && !masked.contains(k) ? words[k] : "" }
        switch w {
        case "not":
            let next = word(i + 1)
            if next == "only" || next == "sure" || next == "just" { return nil }
            return (i + 1, .denial)
        case "never":
            let next = word(i + 1), after = word(i + 2)
            if (next == "been" || next == "felt") && ["so", "this", "more", "better", "worse", "as"].contains(after) { return nil }
            return (i + 1, .denial)
        case "nor", "neither":
            return (i + 1, .denial)
        case "no":
            if word(i + 1) == "longer" { return (i + 2, .stopped) }
            if word(i + 1) == "one" || word(i + 1) == "one's" { return (i + 1, .absence) }
            // "no interest in the gym", "no need for a carer": a refusal, not a lack.
            if ["interest", "desire", "wish", "intention", "need", "plans"].contains(word(i + 1)) { return (i + 1, .denial) }
            return (i + 1, .absence)
        case "gave", "given", "give", "giving":
            guard word(i + 1) == "up" else { return nil }
            // "give up" only as done: "I've given up", not "I want to give up".
            if w == "give" || w == "giving" { return nil }
            guard followsHabit(i + 2, words), !afterWish(i, words) else { return nil }
            return (i + 2, .stopped)
        case "packed":
            guard word(i + 1) == "in" || word(i + 1) == "up" || (word(i + 1) == "it" && word(i + 2) == "in") else { return nil }
            let end = word(i + 1) == "it" ? i + 3 : i + 2
            guard followsHabit(end, words) || followsHabit(i + 1, words), !afterWish(i, words) else { return nil }
            return (end, .stopped)
        case "used":
            guard word(i + 1) == "to", followsHabit(i + 2, words) || ["smoke", "drink", "vape", "gamble"].contains(word(i + 2)) else {
                return nil
            }
            return (i + 2, .stopped)
        case "ex":
            guard i + 1 < words.count, ["smoker", "drinker", "user", "addict"].contains(word(i + 1)) else { return nil }
            return (i + 1, .stopped)
        default:
            break
        }
        if NegationScope.stopVerbs.contains(w) {
            guard followsHabit(i + 1, words), !afterWish(i, words) else { return nil }
            return (i + 1, .stopped)
        }
        if w == "wouldn't" {
            // "I wouldn't call myself disabled"; not "he wouldn't see anyone" (a need).
            return NegationScope.callVerbs.contains(word(i + 1)) ? (i + 2, .denial) : nil
        }
        if NegationScope.denialContractions.contains(w) {
            // "if I don't stop smoking I'll end up on oxygen" is a need, not a denial.
            if (i >= 1 && NegationScope.conditionals.contains(words[i - 1]))
                || (i >= 2 && NegationScope.conditionals.contains(words[i - 2]))
            {
                return nil
            }
            let next = word(i + 1)
            if NegationScope.knowVerbs.contains(next) && (next != "get" || word(i + 2) == "it") { return nil }
            if next == "have" || next == "got" || (next == "really" && word(i + 2) == "have") { return (i + 1, .absence) }
            // "I don't get enough exercise", "I don't do any exercise": a lack, not a denial.
            if (1...3).contains(where: { ["enough", "any"].contains(word(i + $0)) }) { return (i + 1, .absence) }
            return (i + 1, .denial)
        }
        if NegationScope.absenceWords.contains(w) { return (i + 1, .absence) }
        return nil
    }

    /// Whether a habit word comes within the next three words ("gave up the fags").
    func followsHabit(_ from: Int, _ words: [String]) -> Bool {
        var k = from
        var seen = 0
        while k < words.count && seen < 3 {
            if words[k] == "," { return false }
            if NegationScope.habitWords.contains(words[k]) { return true }
            k += 1
            seen += 1
        }
        return false
    }

    /// Whether one of the three words before `i` makes the verb a wish ("want to quit").
    func afterWish(_ i: Int, _ words: [String]) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 3 {
            if words[k] == "," { return false }
            if NegationScope.wishWords.contains(words[k]) { return true }
            k -= 1
        }
        return false
    }

    // MARK: - Clauses

    static let clauseEnders: Set<String> = [
        "but", "though", "tho", "although", "however", "yet", "except", "because", "cos", "coz", "since", "until",
        "till", "whereas", "while", "whilst", "nor",
    ]
    static let subjects: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "he", "he's", "she", "she's", "they",
        "they're", "they've", "it's", "my", "our",
    ]
    static let thinkVerbs: Set<String> = ["think", "reckon", "believe", "suppose", "feel", "expect", "say", "said", "mean"]

    /// Whether a clause ends before token `k` (looking from inside a clause).
    func endsClause(at k: Int, _ words: [String], _ tokens: [Token], _ roles: [Role], wordsSoFar: Int) -> Bool {
        if tokens[k].isPunctuation { return true }
        let role = roles[k]
        if role.isEmpty { return false }
        if role.contains(.clauseEnder) { return true }
        if role.contains(.joiner) && k + 1 < words.count && roles[k + 1].contains(.subject) { return true }
        if wordsSoFar > 0 && role.contains(.subject) && words[k] != "my" && words[k] != "our" && !roles[k - 1].contains(.think) {
            return true
        }
        return false
    }

    func forwardScope(from start: Int, _ words: [String], _ tokens: [Token], _ roles: [Role]) -> [Int] {
        var scope: [Int] = []
        var k = start
        while k < tokens.count && scope.count < NegationScope.maxScope {
            if endsClause(at: k, words, tokens, roles, wordsSoFar: scope.count) { break }
            scope.append(k)
            k += 1
        }
        return scope
    }

    /// The clause before `end` ("the house" in "the house is fine"), copulas at its end dropped.
    func backwardScope(before end: Int, _ words: [String], _ tokens: [Token], _ roles: [Role]) -> [Int] {
        var k = end - 1
        while k >= 0, ["is", "are", "was", "were", "be", "been", "'s", "it's", "really", "all"].contains(words[k]) { k -= 1 }
        var scope: [Int] = []
        while k >= 0 && scope.count < NegationScope.maxScope {
            if tokens[k].isPunctuation || roles[k].contains(.clauseEnder) || words[k] == "so" { break }
            if words[k] == "and", k + 1 < words.count, roles[k + 1].contains(.subject) { break }
            scope.append(k)
            k -= 1
        }
        return scope.reversed()
    }

    static let problems: Set<String> = ["problem", "issue", "worry", "concern", "bother", "problems", "issues", "worries"]

    /// "(a|an|any|much of a|really a) problem" just after a cue.
    func isProblemPhrase(after k: Int, _ words: [String]) -> Bool {
        var j = k
        while j < words.count && j < k + 3 && ["a", "an", "any", "much", "of", "really", "too", "big", "real", "been"].contains(words[j]) {
            j += 1
        }
        guard j < words.count else { return false }
        // "drink's never been my thing", "the gym's not for me".
        if j + 1 < words.count, (words[j] == "my" && words[j + 1] == "thing") || (words[j] == "for" && words[j + 1] == "me") {
            return true
        }
        return NegationScope.problems.contains(words[j])
    }

    static let wellWords: Set<String> = Set(["fine", "alright", "allright", "ok", "okay", "sorted"]).union(praiseWords)
    /// Said of a thing, these deny it as a problem ("the landlord's brilliant"), but only after
    /// "is"/"'s": "great for money" is not said.
    static let praiseWords: Set<String> = ["brilliant", "great", "fantastic", "lovely", "wonderful", "marvellous", "champion"]
    /// Ability words: "I can get about fine" and "I can use a computer no bother" deny the clause.
    static let abilityVerbs: Set<String> = ["can", "could", "manage", "manages", "managing", "cope", "i"]

    /// "The house is fine", "my memory's fine", "alright for money", ", all fine".
    func wellnessCue(at i: Int, _ words: [String], _ tokens: [Token], _ roles: [Role], _ negatedBy: [Int?]) -> Cue? {
        guard negatedBy[i] == nil else { return nil }
        // "alright for money", "fine with computers", "alright in my head".
        if i + 1 < words.count, ["for", "with", "in", "on"].contains(words[i + 1]), !NegationScope.praiseWords.contains(words[i]) {
            let scope = forwardScope(from: i + 2, words, tokens, roles)
            return scope.isEmpty ? nil : Cue(tokens: i..<(i + 2), kind: .denial, scope: scope)
        }
        guard i > 0 else { return nil }
        let before = words[i - 1]
        // ", all fine" / ", all good": the clause before.
        if before == "all", i >= 2, tokens[i - 2].isPunctuation {
            let scope = backwardScope(before: i - 2, words, tokens, roles)
            return scope.isEmpty ? nil : Cue(tokens: (i - 1)..<(i + 1), kind: .denial, scope: scope)
        }
        // "the house is fine", "my memory's fine" (not "I'm fine": nothing to deny).
        let copula = ["is", "are", "was", "were"].contains(before)
        let clitic = tokens[i - 1].isWord && before.hasSuffix("'s") && before != "it's" && before != "that's"
            && before != "he's" && before != "she's"
        guard copula || clitic else { return nil }
        let scope = clitic ? backwardScope(before: i, words, tokens, roles) : backwardScope(before: i - 1, words, tokens, roles)
        let meaningful = scope.filter { !["the", "my", "our", "it", "that", "this", "everything", "all"].contains(words[$0]) }
        return meaningful.isEmpty ? nil : Cue(tokens: i..<(i + 1), kind: .denial, scope: scope)
    }

    /// "I can get about fine", "I can use a computer no bother", "I manage the stairs easily": an
    /// ease word ending a clause whose verb says the resident can do it denies the clause. The
    /// clause must hold "can", "could", "manage" or "cope", or start with "I", and the ease word
    /// must end it (not "fine wine").
    func abilityCue(at i: Int, _ words: [String], _ tokens: [Token], _ roles: [Role], _ negatedBy: [Int?]) -> Cue? {
        guard i > 0, negatedBy[i] == nil else { return nil }
        var end = i + 1
        if words[i] == "no" {
            guard i + 1 < words.count, ["bother", "problem", "trouble"].contains(words[i + 1]) else { return nil }
            end = i + 2
        } else if words[i] != "fine" && words[i] != "easily" {
            return nil
        }
        var after = end
        while after < words.count, ["thanks", "really", "now", "actually", "mostly"].contains(words[after]) { after += 1 }
        if after < tokens.count, !tokens[after].isPunctuation, !roles[after].contains(.clauseEnder),
            !roles[after].contains(.joiner)
        {
            return nil
        }
        var start = i - 1
        while start > 0, words[start] == "just" || words[start] == "perfectly" { start -= 1 }
        let clause = backwardScope(before: start + 1, words, tokens, roles)
        guard clause.count >= 2, clause.contains(where: { NegationScope.abilityVerbs.contains(words[$0]) }),
            !clause.contains(where: { negatedBy[$0] != nil || roles[$0].contains(.cue) })
        else { return nil }
        return Cue(tokens: i..<end, kind: .denial, scope: clause)
    }
}
