import Testing
@testable import SignpostCore

/// How the interpreter reads residents' words, on a small taxonomy written here (so editing the
/// bundled one breaks nothing): stems, spelling, negation, whose need it is, idioms, neutral
/// phrases, and the words it reports as not understood.
@Suite("Reading residents' words")
struct NeedReadingTests {
    static let taxonomy: Taxonomy = {
        func need(_ id: String, _ synonyms: [String], implies: [Circumstance] = [], lackIsNeed: Bool = false) -> Need {
            var n = Need(
                id: id, label: id, priorityArea: "area", domain: "domain", synonyms: synonyms, implies: implies)
            n.lackIsNeed = lackIsNeed
            return n
        }
        var t = Taxonomy(
            domains: [NeedDomain(id: "domain", label: "Domain", marmotObjective: "", actionPlan: [])],
            needs: [
                need("stop-smoking", ["smoke", "cigarettes", "fags"], implies: [.smoker]),
                need("loneliness", ["lonely", "no one to talk to", "friends"], lackIsNeed: true),
                need("dementia", ["dementia", "memory problems"]),
                need("carer-support", ["looking after", "carer"], implies: [.carer]),
                need("cost-of-living", ["money", "bills"], implies: [.lowIncome], lackIsNeed: true),
                need("green-spaces", ["park", "countryside"]),
                need("falls-prevention", ["falls", "fall over"]),
                need("skills-training", ["=training", "course"]),
                need("anxiety-depression", ["depression", "anxious"]),
            ],
            circumstancePhrases: [CircumstancePhrases(circumstance: .carer, phrases: ["a carer"])])
        t.commonWords = CommonWords(words: ["the", "my", "is", "a", "i", "and", "went", "to", "walk", "husband", "has", "got", "lovely"])
        t.neutralPhrases = ["car park"]
        return t
    }()
    static let interpreter = NeedInterpreter(taxonomy: taxonomy)

    static func read(_ text: String) -> NeedInterpreter.Result { interpreter.interpret([text]) }
    static func ids(_ result: NeedInterpreter.Result) -> [String] { result.needs.map { taxonomy.needs[$0.need].id } }

    @Test("a phrase covers its inflections, and says it was read by stem", arguments: ["smoking", "smokes", "smoked"])
    func stems(word: String) throws {
        let result = Self.read("I \(word) a lot")
        #expect(Self.ids(result) == ["stop-smoking"])
        let reading = try #require(result.needs.first?.readings.first)
        #expect(reading.how == .stem)
        #expect(reading.typed == word)
    }

    @Test("an exact phrase (written =training) is not matched by stem")
    func exactPhrase() {
        #expect(Self.ids(Self.read("I want some training")) == ["skills-training"])
        #expect(Self.ids(Self.read("staff are trained")).isEmpty)
    }

    @Test("a misspelt taxonomy word is read, and the correction shown")
    func spelling() throws {
        let result = Self.read("my depresion is bad")
        #expect(Self.ids(result) == ["anxiety-depression"])
        let reading = try #require(result.needs.first?.readings.first)
        #expect(reading.how == .correction)
        #expect(reading.corrections.map(\.explanation) == ["read ‘depresion’ as ‘depression’"])
    }

    @Test("a common word is never corrected into a need", arguments: ["I went to the walk", "lovely"])
    func noCorrectionOfRealWords(text: String) {
        #expect(Self.read(text).needs.isEmpty)
    }

    @Test("a denied need is listed as denied, meets no need and sets no circumstance",
          arguments: ["I don't smoke", "I've never smoked", "I gave up the fags years ago", "not lonely at all"])
    func negation(text: String) {
        let result = Self.read(text)
        #expect(result.needs.isEmpty)
        #expect(result.denied.count == 1)
        #expect(!result.inferred.contains { $0.circumstance == .smoker })
    }

    @Test("a denied circumstance is known not to apply")
    func deniedCircumstance() {
        let result = Self.read("I'm not a carer")
        #expect(result.deniedCircumstances == [.carer])
        #expect(result.inferred.isEmpty)
    }

    @Test("lacking what the need is about is the need: 'no money', 'no one to talk to'")
    func absenceAsNeed() {
        #expect(Self.ids(Self.read("I've got no money")) == ["cost-of-living"])
        #expect(Self.ids(Self.read("there's no one to talk to")) == ["loneliness"])
        // A condition's absence denies it.
        #expect(Self.ids(Self.read("no falls this year")).isEmpty)
    }

    @Test("only the clause after the cue is denied: 'not lonely but the bills…'")
    func negationScope() {
        let result = Self.read("not lonely, but the bills are killing us")
        #expect(Self.ids(result) == ["cost-of-living"])
        #expect(result.deniedNeeds.map { Self.taxonomy.needs[$0].id } == ["loneliness"])
    }

    @Test("someone else's need is recorded as theirs and sets none of the resident's circumstances")
    func someoneElse() throws {
        let result = Self.read("my husband has got dementia")
        let match = try #require(result.needs.first)
        #expect(Self.ids(result) == ["dementia"])
        #expect(match.about?.relation == .partner)
        #expect(match.about?.word == "husband")
        let smoker = Self.read("my dad smokes")
        #expect(smoker.needs.first?.about?.relation == .parent)
        #expect(!smoker.inferred.contains { $0.circumstance == .smoker })
        // An unnamed he or she is someone else too.
        #expect(Self.read("he smokes like a chimney").needs.first?.about?.relation == .someone)
    }

    @Test("the resident's own need stays theirs beside someone else's")
    func ownAndOthers() throws {
        let result = Self.read("looking after my mum, I'm lonely")
        #expect(Set(Self.ids(result)) == ["carer-support", "loneliness"])
        let loneliness = try #require(result.needs.first { Self.taxonomy.needs[$0.need].id == "loneliness" })
        #expect(loneliness.about == nil)
        #expect(result.inferred.contains { $0.circumstance == .carer })
    }

    @Test("an idiom is not read literally, and is reported")
    func idioms() {
        let result = Self.read("I could murder a cuppa")
        #expect(result.needs.isEmpty)
        #expect(result.idioms.count == 1)
    }

    @Test("a neutral phrase stops a need's word inside it: 'car park' is not a park")
    func neutralPhrases() {
        #expect(Self.ids(Self.read("couldn't find the car park")).isEmpty)
        #expect(Self.ids(Self.read("a walk in the park")) == ["green-spaces"])
    }

    @Test("words not understood are reported, people and cues left out; mostly not understood says so")
    func notUnderstood() {
        let result = Self.read("flibber wotsit and my husband")
        #expect(result.unrecognised == ["flibber", "wotsit"])
        #expect(result.mostlyNotUnderstood)
        #expect(!Self.read("I'm lonely").mostlyNotUnderstood)
    }

    @Test("the passages handed to rules carry negation, attribution and the words read")
    func passages() throws {
        let result = Self.read("I don't smoke, my husband has dementia")
        let passage = try #require(result.readWords.passages.first)
        let tokens = passage.text.tokens
        let smoke = try #require(tokens.firstIndex { $0.normalised == "smoke" })
        let dementia = try #require(tokens.firstIndex { $0.normalised == "dementia" })
        #expect(passage.isNegated(smoke))
        #expect(passage.person(for: dementia)?.relation == .partner)
        #expect(passage.readAsPhrase.contains(dementia))
    }
}
