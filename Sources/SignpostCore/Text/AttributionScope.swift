/// Whose need a phrase is about: in "my husband, 81, has dementia" the dementia is the husband's,
/// and the resident is likely his carer. Marks the words said about someone else, and says who
/// (the relation, the word used, and their age when stated: "my 8-year-old", "my daughter's
/// thirteen", "he's only ten").
///
/// A person is mentioned as "my/our/me/his/her/their" + a relation ("my husband", "our lad", "me
/// mum"), with an age or an adjective between ("my 15 year old son", "my eldest daughter"), or as
/// a bare family name ("Mum", "Nan", "Dad"), or as "the kids", "the baby", "the old boy next
/// door". A person who is the subject of their clause ("My mum's had three falls", "since Dad
/// died") owns the words after them; one who is an object ("I'm a carer for my husband", "I look
/// after my mum") owns nothing, except a relative clause ("my mum who has dementia"). Attribution
/// runs to the end of the sentence, stops where the resident becomes the subject again ("…, I'm
/// worried"), and resumes at a third-person pronoun that fits the person ("…, I'm scared he'll go
/// over" gives "go over" back to Dad). ``Attribution/involvesSpeaker`` says when the clause acts
/// on the resident ("hits me", "ringing me"): the need may then be the resident's as well.
public struct AttributionScope: Sendable {
    public enum Relation: String, Sendable, Equatable, CaseIterable {
        case partner, parent, child, grandchild, grandparent, sibling, neighbour, friend, relative
        /// Someone named only by "he" or "she" ("He doesn't drink any more"): not the resident.
        case someone
    }

    public enum Gender: Sendable, Equatable { case male, female, either, plural }

    /// Someone the resident talks about.
    public struct Person: Sendable, Equatable {
        public var relation: Relation
        /// The relation word as typed, normalised ("husband", "nan", "8-year-old" as "child").
        public var word: String
        public var age: Int?
        public var gender: Gender
        /// The tokens naming them ("my husband").
        public var mention: Range<Int>
    }

    /// The words said about one person.
    public struct Attribution: Sendable, Equatable {
        public var person: Person
        /// Tokens about them, in order (their mention excluded).
        public var scope: [Int]
        /// Whether those words act on the resident ("hits me", "ringing me").
        public var involvesSpeaker: Bool
    }

    public struct Result: Sendable, Equatable {
        /// Everyone mentioned, in order, with the words about them (possibly none).
        public var attributions: [Attribution]
        /// For each token, the index into `attributions` of the person it is about.
        public var aboutBy: [Int?]

        public func person(for token: Int) -> Person? {
            guard token < aboutBy.count, let at = aboutBy[token] else { return nil }
            return attributions[at].person
        }

        /// Whether any word is about someone else.
        public var isAboutSomeoneElse: Bool { aboutBy.contains { $0 != nil } }

        public var people: [Person] { attributions.map(\.person) }
    }

    public init() {}

    // MARK: - Lexicon

    struct Entry { var relation: Relation; var gender: Gender }

    static let lexicon: [String: Entry] = {
        var table: [String: Entry] = [:]
        func add(_ words: [String], _ relation: Relation, _ gender: Gender) {
            for w in words { table[w] = Entry(relation: relation, gender: gender) }
        }
        add(["husband", "hubby", "boyfriend", "fiance"], .partner, .male)
        add(["wife", "girlfriend", "fiancee"], .partner, .female)
        add(["partner", "spouse", "other half"], .partner, .either)
        add(["mum", "mam", "mom", "mummy", "mother", "stepmum", "mother in law"], .parent, .female)
        add(["dad", "daddy", "father", "stepdad", "father in law"], .parent, .male)
        add(["parents", "in laws"], .parent, .plural)
        add(["son", "boy", "lad", "stepson", "son in law"], .child, .male)
        add(["daughter", "girl", "stepdaughter", "daughter in law"], .child, .female)
        add(["child", "kid", "baby", "teenager", "toddler", "little one"], .child, .either)
        add(["kids", "children", "twins", "boys", "girls", "sons", "daughters", "babies"], .child, .plural)
        add(["grandson"], .grandchild, .male)
        add(["granddaughter"], .grandchild, .female)
        add(["grandchild"], .grandchild, .either)
        add(["grandchildren", "grandkids", "grandsons", "granddaughters"], .grandchild, .plural)
        add(["nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother"], .grandparent, .female)
        add(["grandad", "granddad", "grandpa", "grandfather"], .grandparent, .male)
        add(["grandparents"], .grandparent, .plural)
        add(["brother"], .sibling, .male)
        add(["sister"], .sibling, .female)
        add(["brothers", "sisters", "siblings"], .sibling, .plural)
        add(["neighbour", "neighbor"], .neighbour, .either)
        add(["neighbours", "neighbors"], .neighbour, .plural)
        add(["friend", "mate", "pal", "bestie"], .friend, .either)
        add(["friends", "mates"], .friend, .plural)
        add(["uncle", "nephew"], .relative, .male)
        add(["aunt", "auntie", "aunty", "niece"], .relative, .female)
        add(["cousin"], .relative, .either)
        return table
    }()

    /// Every word that names a relation ("husband", "nan", "neighbours"): known words, never
    /// spelling mistakes.
    public static let relationWords: Set<String> = Set(lexicon.keys.flatMap { $0.split(separator: " ").map(String.init) })

    /// The first words of the relations written as several words ("other", "mother", "in"…).
    static let multiWordFirsts: Set<String> = Set(lexicon.keys.filter { $0.contains(" ") }.map { String($0.split(separator: " ")[0]) })

    /// Family names used without "my": "Mum keeps…", "since Dad died".
    static let bareNames: Set<String> = [
        "mum", "mam", "mom", "mummy", "dad", "daddy", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad",
        "granddad", "grandpa",
    ]
    /// Words before a bare family name that make it the resident's own role ("single dad").
    static let roleWords: Set<String> = [
        "single", "lone", "a", "as", "working", "young", "new", "stay", "home", "full", "time", "busy", "proud",
    ]
    /// Relations that "the" can introduce.
    static let withThe: Set<String> = ["kids", "children", "baby", "twins", "neighbour", "neighbours", "neighbor", "grandkids"]
    static let possessives: Set<String> = ["my", "our", "me", "his", "her", "their"]
    static let adjectives: Set<String> = [
        "little", "eldest", "oldest", "youngest", "older", "younger", "elderly", "old", "teenage", "grown", "up",
        "adult", "disabled", "poor", "late", "baby", "step", "new", "best", "big", "autistic", "disabled",
    ]
    static let nextDoorPeople: Set<String> = ["boy", "man", "lady", "woman", "chap", "fella", "bloke", "couple", "girl", "gentleman"]

    static let firstPerson: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "you", "you're",
    ]
    static let thirdPerson: [String: Gender] = [
        "he": .male, "he's": .male, "he'll": .male, "he'd": .male, "his": .male,
        "she": .female, "she's": .female, "she'll": .female, "she'd": .female,
        "they": .plural, "they're": .plural, "they've": .plural, "they'll": .plural, "they'd": .plural, "their": .plural,
    ]
    /// Words before a mention that leave it the subject of a new clause.
    static let clauseOpeners: Set<String> = [
        "and", "but", "so", "since", "because", "cos", "when", "while", "now", "then", "as", "if", "think", "reckon",
        "worried", "scared", "afraid", "feel", "that", "says", "said", "know", "hope", "guess", "suppose", "though",
        "cause", "thinks",
    ]
    /// Words after a mention that make it a subject ("my son keeps", "Mum can't").
    static let verbs: Set<String> = [
        "is", "was", "has", "had", "have", "keeps", "kept", "can't", "can", "won't", "doesn't", "isn't", "wasn't",
        "hasn't", "hadn't", "didn't", "don't", "gets", "got", "needs", "needed", "wants", "seems", "feels", "says",
        "goes", "went", "lost", "died", "passed", "fell", "falls", "never", "always", "still", "just", "also",
        "really", "been", "will", "would", "could", "should", "lives", "drinks", "smokes", "uses", "gave", "gives",
        "refuses", "are", "were", "struggles", "cannot", "couldn't", "shouldn't", "wouldn't", "hits", "took",
        "takes", "started", "stopped", "ever", "barely", "hardly", "only", "bottles", "sleeps", "drinking",
        "smoking", "sits", "stays", "spends", "hasn't",
    ]
    static let relatives: Set<String> = ["who", "that", "which", "whose"]
    public static let speakerObjects: Set<String> = ["me", "us", "myself", "ourselves"]
    /// . ! ? ; (punctuation tokens are ASCII: "…" is normalised to "...").
    static let sentenceEnds = ASCIISet(".!?;".utf8)

    /// What a word can do in ``analyse(_:)``, looked up once per token.
    struct Role: OptionSet, Sendable {
        let rawValue: UInt8
        /// A possessive, "the", or a bare family name in any form ``mention(at:_:_:)`` reads
        /// ("mum", "mum's", "mums"): only these can start a mention.
        static let mayStartMention = Role(rawValue: 1)
        static let firstPerson = Role(rawValue: 2)
        static let thirdPerson = Role(rawValue: 4)
        static let speakerObject = Role(rawValue: 8)
    }

    static let roles: WordTable<Role> = {
        // The forms whose base (``mention(at:_:_:)``'s `base`) is a bare name: the name, with
        // "'s", or with an "s" that is not itself a relation.
        let bareForms = bareNames.flatMap { name in
            [name, name + "'s", name + "s"].filter { form in
                let base = form.hasSuffix("'s") ? String(form.dropLast(2))
                    : form.hasSuffix("s") && lexicon[form] == nil && lexicon[String(form.dropLast())] != nil
                        ? String(form.dropLast()) : form
                return bareNames.contains(base)
            }
        }
        return WordTable(roles: [
            (Array(possessives) + ["the"] + bareForms, .mayStartMention), (firstPerson, .firstPerson),
            (thirdPerson.keys, .thirdPerson), (speakerObjects, .speakerObject),
        ])
    }()

    // MARK: - Analysis

    public func analyse(_ text: TokenisedText) -> Result {
        let tokens = text.tokens
        let words = tokens.map(\.normalised)
        let table = AttributionScope.roles
        let roles = words.map { table.roles(of: $0) }
        var attributions: [Attribution] = []
        var subjects: [Bool] = []
        var aboutBy = [Int?](repeating: nil, count: tokens.count)
        var active: Int? = nil

        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.isPunctuation {
                if token.normalised.utf8.contains(where: AttributionScope.sentenceEnds.contains) { active = nil }
                i += 1
                continue
            }
            let w = words[i]
            if roles[i].contains(.mayStartMention), let (person, end, subject) = mention(at: i, words, tokens) {
                let at = attributions.count
                attributions.append(Attribution(person: person, scope: [], involvesSpeaker: false))
                subjects.append(subject)
                var next = end
                // An age straight after: "my husband, 81, has…", "my daughter's thirteen", "(10)".
                if let (age, ageEnd) = ageAfter(mention: end, words, tokens) {
                    attributions[at].person.age = attributions[at].person.age ?? age
                    for k in end..<ageEnd { aboutBy[k] = at; attributions[at].scope.append(k) }
                    next = ageEnd
                }
                if subject {
                    active = at
                } else {
                    var k = next
                    if k < tokens.count, tokens[k].isPunctuation, tokens[k].normalised == "," { k += 1 }
                    if k < words.count, AttributionScope.relatives.contains(words[k]) { active = at }
                }
                i = next
                continue
            }
            if roles[i].contains(.firstPerson) {
                active = nil
            } else if roles[i].contains(.thirdPerson), let gender = AttributionScope.thirdPerson[w], (w != "his" && w != "their") || isClauseStart(i, tokens, words) {
                if let resolved = resolve(gender, attributions, subjects) {
                    active = resolved
                } else if gender != .plural, w != "his", isClauseStart(i, tokens, words) {
                    // "He doesn't drink any more": a man or woman not named, but not the resident.
                    let person = Person(relation: .someone, word: w.hasSuffix("'s") ? String(w.dropLast(2)) : w, age: nil, gender: gender, mention: i..<(i + 1))
                    attributions.append(Attribution(person: person, scope: [], involvesSpeaker: false))
                    subjects.append(true)
                    active = attributions.count - 1
                    i += 1
                    continue
                }
                // "he's only ten": an age for the person just resolved.
                if let current = active, w.hasSuffix("'s") || (i + 1 < words.count && words[i + 1] == "is"),
                   let (age, _) = ageAfter(mention: i + 1, words, tokens, clitic: w.hasSuffix("'s")) {
                    attributions[current].person.age = attributions[current].person.age ?? age
                }
            }
            if let current = active {
                aboutBy[i] = current
                attributions[current].scope.append(i)
                if roles[i].contains(.speakerObject) { attributions[current].involvesSpeaker = true }
            }
            i += 1
        }
        return Result(attributions: attributions, aboutBy: aboutBy)
    }

    func isClauseStart(_ i: Int, _ tokens: [Token], _ words: [String]) -> Bool {
        i == 0 || tokens[i - 1].isPunctuation || AttributionScope.clauseOpeners.contains(words[i - 1])
    }

    /// The most recent subject person whose gender fits, else the most recent person that fits.
    func resolve(_ gender: Gender, _ attributions: [Attribution], _ subjects: [Bool]) -> Int? {
        func fits(_ g: Gender) -> Bool {
            switch gender {
            case .plural: return g == .plural || g == .either
            case .male, .female: return g == gender || g == .either
            case .either: return true
            }
        }
        for k in attributions.indices.reversed() where subjects[k] && fits(attributions[k].person.gender) { return k }
        for k in attributions.indices.reversed() where fits(attributions[k].person.gender) { return k }
        return nil
    }

    /// A mention starting at `i`: the person, where the mention ends, and whether they are the
    /// subject of their clause.
    func mention(at i: Int, _ words: [String], _ tokens: [Token]) -> (Person, Int, Bool)? {
        func base(_ w: String) -> String {
            if w.hasSuffix("'s") { return String(w.dropLast(2)) }
            // "my husbands on 60 a day": the apostrophe left out.
            if w.hasSuffix("s"), AttributionScope.lexicon[w] == nil, AttributionScope.lexicon[String(w.dropLast())] != nil {
                return String(w.dropLast())
            }
            return w
        }
        func word(_ k: Int) -> String { k < words.count && tokens[k].kind != .punctuation ? words[k] : "" }
        /// A relation noun (one to three words: "mother in law", "other half") at k.
        func relation(at k: Int) -> (Entry, String, Int)? {
            guard k < words.count else { return nil }
            let first = base(words[k])
            for length in [3, 2, 1] where k + length <= words.count {
                // Only a few relations are several words ("mother in law"): try those only after their first word.
                if length > 1 && !AttributionScope.multiWordFirsts.contains(first) { continue }
                let phrase = length == 1 ? first : (k..<(k + length)).map { base(words[$0]) }.joined(separator: " ")
                if let entry = AttributionScope.lexicon[phrase] { return (entry, phrase, k + length) }
            }
            return nil
        }
        let w = words[i]
        var k = i + 1
        var age: Int? = nil
        var found: (Entry, String, Int)? = nil

        if AttributionScope.possessives.contains(w) || w == "the" {
            // An age and adjectives between: "my 15 year old son", "my 8-year-old", "my eldest".
            if let (years, ageEnd) = yearsOld(at: k, words, tokens) {
                age = years
                k = ageEnd
            }
            while AttributionScope.adjectives.contains(word(k)) && relation(at: k) == nil { k += 1 }
            if w == "the" {
                // "the old boy next door", "the lady next door".
                if AttributionScope.nextDoorPeople.contains(word(k)), word(k + 1) == "next", word(k + 2) == "door" {
                    found = (Entry(relation: .neighbour, gender: word(k) == "lady" || word(k) == "woman" ? .female : word(k) == "couple" ? .plural : .male),
                             "neighbour", k + 3)
                } else if let r = relation(at: k), AttributionScope.withThe.contains(r.1) {
                    found = r
                }
            } else if let r = relation(at: k) {
                found = r
            } else if let years = age {
                // "my 8-year-old": a child of that age.
                found = (Entry(relation: .child, gender: .either), "child", k)
                age = years
            }
        } else if AttributionScope.bareNames.contains(base(w)), let r = relation(at: i),
            i == 0 || !AttributionScope.roleWords.contains(words[i - 1])
        {
            // "single dad", "a mum of three", "I'm a nan": the resident's own role, not someone else.
            found = r
        }
        guard let (entry, relationWord, end) = found else { return nil }
        let person = Person(relation: entry.relation, word: relationWord, age: age, gender: entry.gender, mention: i..<end)
        let last = words[end - 1]
        let subject = last.hasSuffix("'s") || AttributionScope.verbs.contains(word(end)) || isClauseStart(i, tokens, words)
            || (end + 1 < words.count && words[end] == "," && Int(words[end + 1]) != nil)
        return (person, end, subject)
    }

    /// "8-year-old", "15 year old", "9 yr old", "10 years old" at k: the years and where it ends.
    func yearsOld(at k: Int, _ words: [String], _ tokens: [Token]) -> (Int, Int)? {
        guard k < tokens.count, case .number(let value) = tokens[k].kind, value >= 0, value < 120, value == value.rounded(),
              k + 1 < words.count, ["year", "years", "yr", "yrs", "yo"].contains(words[k + 1]) else { return nil }
        if words[k + 1] == "yo" { return (Int(value), k + 2) }
        guard k + 2 < words.count, words[k + 2] == "old" else { return nil }
        return (Int(value), k + 3)
    }

    static let notAges: Set<String> = [
        "stone", "st", "pounds", "lbs", "kg", "kilos", "times", "falls", "weeks", "months", "days", "a", "per", "pints",
        "units", "cigarettes", "fags", "bottles", "cans", "hours", "minutes", "miles", "of", "percent", "%", "mg",
    ]

    /// An age just after a mention (or a pronoun): ", 81,", "(10)", "'s thirteen", "is 16", "aged 81",
    /// "'s only ten", "is 10 years old".
    func ageAfter(mention end: Int, _ words: [String], _ tokens: [Token], clitic: Bool? = nil) -> (Int, Int)? {
        func number(_ k: Int) -> Int? {
            guard k < tokens.count, case .number(let value) = tokens[k].kind, value >= 0, value < 120,
                  value == value.rounded() else { return nil }
            if k + 1 < words.count, AttributionScope.notAges.contains(words[k + 1]) { return nil }
            return Int(value)
        }
        func finish(_ age: Int, _ k: Int) -> (Int, Int) {
            // "10 years old", "ten now".
            var e = k
            if e < words.count, ["years", "year", "yrs"].contains(words[e]) { e += 1 }
            if e < words.count, words[e] == "old" { e += 1 }
            return (age, e)
        }
        guard end <= words.count else { return nil }
        if end < words.count, tokens[end].isPunctuation, words[end] == "," || words[end] == "(" {
            if let age = number(end + 1), end + 2 >= words.count || tokens[end + 2].isPunctuation {
                return (age, min(end + 3, words.count))
            }
            return nil
        }
        var k = end
        let isClitic = clitic ?? (end > 0 && words[end - 1].hasSuffix("'s"))
        if !isClitic {
            guard k < words.count, ["is", "aged", "was", "turned", "turns"].contains(words[k]) else { return nil }
            k += 1
        }
        while k < words.count, ["only", "just", "nearly", "almost", "now", "aged", "turning"].contains(words[k]) { k += 1 }
        if let age = number(k) { return finish(age, k + 1) }
        return nil
    }
}
