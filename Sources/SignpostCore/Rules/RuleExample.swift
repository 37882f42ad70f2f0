/// A resident and what a rule module should make happen for them: the executable documentation
/// of the module, run by the shared conformance test.
public struct RuleExample: Sendable {
    public enum Expectation: Sendable, Equatable, CustomStringConvertible {
        /// The service is among the first `within` matches.
        case inTop(String, within: Int)
        /// The service is ruled out.
        case excluded(String)
        /// The service is neither matched nor excluded... or simply not among the matches.
        case notMatched(String)
        /// The need is suggested (by any module).
        case suggests(String)
        /// The need is reported as not covered.
        case unmet(String)

        public var description: String {
            switch self {
            case .inTop(let id, let n): return "\(id) in the top \(n)"
            case .excluded(let id): return "\(id) ruled out"
            case .notMatched(let id): return "\(id) not matched"
            case .suggests(let need): return "suggests \(need)"
            case .unmet(let need): return "\(need) not covered"
            }
        }
    }

    public var name: String
    public var resident: ResidentQuery
    public var expectations: [Expectation]
    /// True when switching the module off should break at least one expectation: the example
    /// shows what the module itself contributes (like SwiftLint's triggering examples).
    public var showsModuleEffect: Bool

    public init(_ name: String, resident: ResidentQuery, expect expectations: [Expectation], showsModuleEffect: Bool = true) {
        self.name = name
        self.resident = resident
        self.expectations = expectations
        self.showsModuleEffect = showsModuleEffect
    }

    /// The expectations that `result` does not meet (empty when all hold).
    public func failures(in result: MatchResult) -> [Expectation] {
        expectations.filter { !RuleExample.holds($0, in: result) }
    }

    public static func holds(_ expectation: Expectation, in result: MatchResult) -> Bool {
        switch expectation {
        case .inTop(let id, let n): return result.matches.prefix(n).contains { $0.service.id == id }
        case .excluded(let id): return result.excluded.contains { $0.service.id == id }
        case .notMatched(let id): return !result.matches.contains { $0.service.id == id }
        case .suggests(let need):
            return result.needs.contains {
                if case .suggested = $0.source { return $0.need.id == need }
                return false
            }
        case .unmet(let need): return result.unmet.contains { $0.id == need }
        }
    }
}
