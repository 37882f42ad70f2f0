/// A rule's executable documentation, in the SwiftLint manner: residents (and services) where
/// the rule must fire, with the effect expected, and where it must stay silent. One conformance
/// test runs every registered rule's examples; a rule without both kinds fails it.
public struct RuleExamples: Sendable {
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]

    public init(triggering: [RuleExample], nonTriggering: [RuleExample]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// One resident, and the service a rule judges (none for suggestion and alert rules), with the
/// effect expected of the rule when it is a triggering example.
public struct RuleExample: Sendable {
    /// What the example shows, in a line.
    public var note: String
    public var resident: ResidentQuery
    /// The service the rule judges; the example runs in a Directory holding only this service.
    public var service: Service?
    /// For triggering examples: what the rule must do (nil: any effect). Ignored when silent.
    public var expect: Expectation?

    public enum Expectation: Sendable, Equatable, CustomStringConvertible {
        /// Adds exactly these points (a note is `.points(0)`).
        case points(Double)
        /// Adds some points in this direction.
        case raises
        case lowers
        /// Rules the service out.
        case excludes
        /// Keeps the service, marked to check.
        case asks
        /// Suggests this need.
        case suggests(String)
        /// Raises this risk.
        case raisesRisk(String)

        public var description: String {
            switch self {
            case .points(let p): return "adds \(Format.decimal(p)) points"
            case .raises: return "raises the score"
            case .lowers: return "lowers the score"
            case .excludes: return "rules the service out"
            case .asks: return "asks to check a fact"
            case .suggests(let need): return "suggests \(need)"
            case .raisesRisk(let risk): return "raises \(risk)"
            }
        }

        /// Whether the rule's effects in one example meet this expectation.
        public func isMet(by effects: [RuleEffect.Kind]) -> Bool {
            switch self {
            case .points(let p):
                let total = effects.reduce(0.0) { if case .points(let x) = $1 { return $0 + x } else { return $0 } }
                return effects.contains { if case .points = $0 { return true } else { return false } } && abs(total - p) < 1e-9
            case .raises:
                return effects.reduce(0.0) { if case .points(let x) = $1 { return $0 + x } else { return $0 } } > 0
            case .lowers:
                return effects.reduce(0.0) { if case .points(let x) = $1 { return $0 + x } else { return $0 } } < 0
            case .excludes: return effects.contains(.exclude)
            case .asks: return effects.contains(.ask)
            case .suggests(let need): return effects.contains(.suggest(need: need))
            case .raisesRisk(let risk):
                return effects.contains { if case .alert(let r, _) = $0 { return r == risk } else { return false } }
            }
        }
    }

    public init(_ note: String, _ resident: ResidentQuery, service: Service? = nil, expect: Expectation? = nil) {
        self.note = note
        self.resident = resident
        self.service = service
        self.expect = expect
    }
}

/// A whole resident and what a module should make happen for them against the bundled Directory:
/// the module-level examples (rankings), run by the same conformance suite.
public struct ResidentExample: Sendable {
    public enum Expectation: Sendable, Equatable, CustomStringConvertible {
        /// The service is among the first `within` matches.
        case inTop(String, within: Int)
        /// The service is ruled out.
        case excluded(String)
        /// The service is not among the matches.
        case notMatched(String)
        /// The need is suggested (by any rule).
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
    /// True when switching the module off should break at least one expectation.
    public var showsModuleEffect: Bool

    public init(_ name: String, resident: ResidentQuery, expect expectations: [Expectation], showsModuleEffect: Bool = true) {
        self.name = name
        self.resident = resident
        self.expectations = expectations
        self.showsModuleEffect = showsModuleEffect
    }

    /// The expectations that `result` does not meet (empty when all hold).
    public func failures(in result: MatchResult) -> [Expectation] {
        expectations.filter { !ResidentExample.holds($0, in: result) }
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

extension Service {
    /// A service for rule examples: only what the example is about needs saying; the rest is
    /// plain (district-wide, free, self-referral, in person at a site in Sevenoaks).
    public static func example(
        _ id: String = "example-service", needs: [String], eligibility: Eligibility = Eligibility(),
        area: ServiceArea = .district, cost: Cost = Cost(kind: .free), delivery: Set<DeliveryMode> = [.inPerson],
        locations: [ServiceLocation] = [ServiceLocation(name: "Example venue", parish: "Sevenoaks")],
        accessibility: [String] = [], actionPlan: [ActionPlanReference] = [],
        verified: CalendarDate = CalendarDate(year: 2024, month: 4, day: 1)!
    ) -> Service {
        Service(
            id: id, name: "Example service", organisationID: Service.exampleOrganisationID,
            description: "A service written for a rule example.", needs: needs, eligibility: eligibility, area: area,
            cost: cost, delivery: delivery, locations: locations,
            accessibility: accessibility, actionPlan: actionPlan, source: "Rule example", verified: verified)
    }

    /// The organisation rule examples' services belong to.
    public static let exampleOrganisationID = "example-organisation"
}

extension Service {
    /// Whether the service delivers the action-plan reference (or either of two).
    public func delivers(_ a: ActionPlanReference) -> Bool { actionPlan.contains(a) }
    public func delivers(_ a: ActionPlanReference, _ b: ActionPlanReference) -> Bool {
        actionPlan.contains(a) || actionPlan.contains(b)
    }
    /// Whether it delivers any of `references`.
    public func deliversAny(_ references: [ActionPlanReference]) -> Bool { actionPlan.contains(where: references.contains) }
    /// Whether it meets the need id.
    public func meets(_ need: String) -> Bool { needs.contains(need) }
}

extension ResidentQuery {
    /// A resident for rule examples (in Sevenoaks unless said).
    public static func example(
        parish: String = "Sevenoaks", age: Int? = nil, needs: [String], circumstances: [String] = []
    ) -> ResidentQuery {
        ResidentQuery(place: .parish(parish), age: age, needs: needs, circumstances: circumstances)
    }
}
