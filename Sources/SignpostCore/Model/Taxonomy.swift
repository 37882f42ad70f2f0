/// Words residents use for a circumstance ("can't afford" → `low-income`).
public struct CircumstancePhrases: Sendable, Hashable {
    public var circumstance: Circumstance
    public var phrases: [String]

    public init(circumstance: Circumstance, phrases: [String]) {
        self.circumstance = circumstance
        self.phrases = phrases
    }
}

/// The need taxonomy: domains and needs, with lookup by id, and the phrases that reveal
/// circumstances.
public struct Taxonomy: Sendable {
    public private(set) var domains: [NeedDomain]
    public private(set) var needs: [Need]
    public private(set) var circumstancePhrases: [CircumstancePhrases]
    /// Common English words (`common-words.txt`): words the spelling tolerance never corrects.
    /// Empty when the Directory has no list, and then nothing is corrected.
    public var commonWords = CommonWords(words: [String]())
    /// Phrases that name no need though a need's synonym is inside them ("car park" is not a
    /// park, "heart of the community" no heart condition): read as one and then ignored.
    public var neutralPhrases: [String] = []
    private var needIndexByID: [String: Int]
    private var domainIndexByID: [String: Int]

    public init(domains: [NeedDomain], needs: [Need], circumstancePhrases: [CircumstancePhrases] = []) {
        self.domains = domains
        self.needs = needs
        self.circumstancePhrases = circumstancePhrases
        var byID: [String: Int] = [:]
        for (i, need) in needs.enumerated() where byID[need.id] == nil { byID[need.id] = i }
        needIndexByID = byID
        var domainsByID: [String: Int] = [:]
        for (i, domain) in domains.enumerated() where domainsByID[domain.id] == nil { domainsByID[domain.id] = i }
        domainIndexByID = domainsByID
    }

    public func need(_ id: String) -> Need? { needIndexByID[id].map { needs[$0] } }
    public func domain(_ id: String) -> NeedDomain? { domainIndexByID[id].map { domains[$0] } }

    /// Position of a need in `needs` (used for compact need sets).
    public func ordinal(ofNeed id: String) -> Int? { needIndexByID[id] }

    /// The needs of one domain, in taxonomy order.
    public func needs(inDomain id: String) -> [Need] { needs.filter { $0.domain == id } }
}
