import SignpostCore

/// One alert rule per risk kind: raises the risk, with the resident's words that raised it and
/// the sentence for the prescriber, when the detector finds it in the interpreted words.
struct RiskAlertRule: AlertRule {
    let kind: RiskKind
    let examples: RuleExamples

    var id: String { "safeguarding." + kind.rawValue }
    var title: String { kind.title }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.carer]) }

    func alert(for resident: RuleContext, into out: inout AlertOutput) {
        guard let finding = DetectionCache.shared.findings(for: resident).first(where: { $0.kind == kind }) else { return }
        out.raise(kind.rawValue, because: finding.words, say: .text(kind.say))
    }
}

extension SafeguardingModule {
    static let alertRules: [any Rule] = RiskKind.allCases.map { kind in
        RiskAlertRule(kind: kind, examples: SafeguardingExamples.examples(for: kind))
    }
}
