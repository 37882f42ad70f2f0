/// One need of the taxonomy: what a resident needs help with, and the phrases residents use for it.
public struct Need: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: String
    /// The id of its priority area in the action plan (`health-behaviours`).
    public var priorityArea: String
    /// The id of its wider-determinant domain.
    public var domain: String
    /// Words and phrases residents actually say ("lonely", "on my own since"), matched case-insensitively
    /// on word boundaries by the interpreter.
    public var synonyms: [String]
    /// Circumstances a phrase for this need implies (a "carer" need implies the `carer` circumstance).
    public var implies: [Circumstance]
    /// Whether having none of it is the need ("no money", "nobody to talk to", "no way of getting
    /// there"): then "no"/"without" before a phrase does not deny it. False for conditions and
    /// habits, where "no falls" or "without a drink" denies the need.
    public var lackIsNeed: Bool = false
    /// Whether the need stays the resident's when the words are about someone else: "my wife
    /// died" is the resident's grief, not the wife's need.
    public var othersMakeItOwn: Bool = false

    /// The label as it reads inside a sentence ("loneliness and isolation").
    public var lowercasedLabel: String { Reason.lowercasedFirst(label) }

    public init(
        id: String, label: String, priorityArea: String, domain: String, synonyms: [String],
        implies: [Circumstance] = []
    ) {
        self.id = id
        self.label = label
        self.priorityArea = priorityArea
        self.domain = domain
        self.synonyms = synonyms
        self.implies = implies
    }
}
