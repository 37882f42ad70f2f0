/// Runs rules' examples, the way SwiftLint runs each rule's triggering and non-triggering
/// examples: each example's service goes into a copy of a base Directory that holds only that
/// service, every registered rule runs (so a rule that reads another's suggestion sees it), and
/// the effects of the rule under test are compared with what the example expects.
///
/// Used by the one conformance test over every registered rule; a module's own tests may use it
/// too.
public struct RuleExampleRunner: Sendable {
    public let base: Directory
    public let registry: RuleRegistry
    public let today: CalendarDate

    public init(base: Directory, registry: RuleRegistry, today: CalendarDate) {
        self.base = base
        self.registry = registry
        self.today = today
    }

    /// What the rule at `position` did in `example`, and the need ids it asked about.
    public func run(rule position: Int, _ example: RuleExample) throws -> (
        effects: [MatchResult.RuleReason], asked: Set<String>, circumstances: Set<Circumstance>
    ) {
        var organisations = base.organisations
        if let service = example.service, base.organisation(service.organisationID) == nil {
            organisations.append(
                Organisation(
                    id: service.organisationID, name: "Example organisation", description: "Written for rule examples.",
                    source: "Rule example"))
        }
        let directory = Directory(
            organisations: organisations, services: example.service.map { [$0] } ?? [], parishes: base.parishes,
            outcodes: base.outcodes, taxonomy: base.taxonomy, actionPlan: base.actionPlan,
            urgentContacts: base.urgentContacts)
        let engine = try MatchEngine(index: ServiceIndex(directory: directory), registry: registry)
        let audit = VocabularyAudit()
        let id = registry.rules[position].id
        let effects = try engine.trace(example.resident, service: example.service?.id ?? "", today: today, audit: audit)
            .filter { $0.rule == id }
        return (effects, audit.needIDs(ofRule: position), audit.circumstances(ofRule: position))
    }

    /// Everything wrong with the rule at `position` against its examples; empty when it conforms.
    ///
    /// A rule fails when it has no triggering or no non-triggering example, when a triggering
    /// example leaves it silent or does not have the expected effect, when a non-triggering
    /// example makes it act, when a reason is empty, or when it asks about a need id it did not
    /// declare (or the taxonomy lacks).
    public func failures(ofRule position: Int) -> [String] {
        let rule = registry.rules[position].rule
        var failures: [String] = []
        if rule.examples.triggering.isEmpty { failures.append("\(rule.id): no triggering example") }
        if rule.examples.nonTriggering.isEmpty { failures.append("\(rule.id): no non-triggering example") }
        let declared = Set(rule.vocabulary.needs)
        let declaredCircumstances = Set(rule.vocabulary.circumstances)
        func audit(_ asked: Set<String>, _ circumstances: Set<Circumstance>, _ note: String) {
            for c in circumstances.subtracting(declaredCircumstances).sorted(by: { $0.rawValue < $1.rawValue })
            where !rule.vocabulary.readsServiceConditions {
                failures.append("\(rule.id): “\(note)”: reads circumstance \(c.rawValue), not in its vocabulary")
            }
            for need in asked.subtracting(declared).sorted() {
                failures.append("\(rule.id): “\(note)”: asks about need \"\(need)\", not in its vocabulary")
            }
            for need in asked.sorted() where base.taxonomy.need(need) == nil {
                failures.append("\(rule.id): “\(note)”: asks about need \"\(need)\", which the taxonomy does not define")
            }
        }
        for example in rule.examples.triggering {
            do {
                let (effects, asked, circumstances) = try run(rule: position, example)
                audit(asked, circumstances, example.note)
                if effects.isEmpty {
                    failures.append("\(rule.id): triggering example “\(example.note)”: the rule stayed silent")
                } else if let expected = example.expect, !expected.isMet(by: effects.map(\.kind)) {
                    failures.append(
                        "\(rule.id): triggering example “\(example.note)”: expected it to \(expected.description), got "
                            + effects.map { "\($0.kind)" }.joined(separator: ", "))
                }
                for effect in effects where effect.text.isEmpty {
                    failures.append("\(rule.id): “\(example.note)”: an effect with an empty reason")
                }
            } catch {
                failures.append("\(rule.id): triggering example “\(example.note)”: \(error)")
            }
        }
        for example in rule.examples.nonTriggering {
            do {
                let (effects, asked, circumstances) = try run(rule: position, example)
                audit(asked, circumstances, example.note)
                if !effects.isEmpty {
                    failures.append(
                        "\(rule.id): non-triggering example “\(example.note)”: the rule acted: "
                            + effects.map(\.text).joined(separator: " "))
                }
            } catch {
                failures.append("\(rule.id): non-triggering example “\(example.note)”: \(error)")
            }
        }
        return failures
    }
}
