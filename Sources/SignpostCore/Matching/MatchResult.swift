/// The outcome of one match: how the needs were read, the services that fit (best first, each
/// with its reasons), those ruled out (each with why), and the needs nothing covers.
public struct MatchResult: Sendable {
    /// A need as understood: from an id, from phrases in the text, or suggested by a rule module.
    public struct InterpretedNeed: Sendable, Equatable {
        public enum Source: Sendable, Equatable {
            case id
            case phrases([String])
            case suggested(module: String, reason: String)
        }

        public var need: Need
        public var source: Source
    }

    public struct Scored: Sendable {
        public var service: Service
        /// The providing organisation's name.
        public var organisation: String
        public var score: Double
        /// Every score change, with its delta; `reasons` renders them.
        public var contributions: [(reason: Reason, delta: Double)]
        public var distanceKm: Double?
        /// The site nearest the resident (or the first listed when distance does not apply).
        public var site: ServiceLocation?

        public var reasons: [String] { contributions.map(\.reason.text) }
    }

    public struct Excluded: Sendable {
        public var service: Service
        public var reasons: [Reason]
    }

    public var place: ResolvedPlace
    public var age: Int?
    public var circumstances: [Circumstance]
    public var inferred: [NeedInterpreter.Inference]
    public var needs: [InterpretedNeed]
    public var unrecognised: [String]
    public var matches: [Scored]
    public var excluded: [Excluded]
    /// Needs the resident stated (not suggestions) that no eligible service meets.
    public var unmet: [Need]
    /// Rule modules that took part.
    public var modules: [String]
    /// Eligible services beyond `limit` (not listed).
    public var moreMatches: Int
}
