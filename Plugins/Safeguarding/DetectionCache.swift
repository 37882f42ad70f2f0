import SignpostCore
import Synchronization

/// The last few detections, so that the module's rules — one alert rule per risk, and the rules
/// that raise specialist services for every candidate — read one resident's words once per match,
/// not once per rule and candidate. Keyed by the passages' text (what was typed, never logged).
final class DetectionCache: Sendable {
    private struct Entry {
        var texts: [String]
        var carer: Bool
        var findings: [RiskDetector.Finding]
    }

    private let detector: RiskDetector
    private let entries = Mutex<[Entry]>([])
    private static let size = 4

    init(detector: RiskDetector) { self.detector = detector }

    /// The findings for this resident's words (empty without free text, at no cost).
    func findings(for resident: RuleContext) -> [RiskDetector.Finding] {
        let passages = resident.words.passages
        guard !passages.isEmpty else { return [] }
        let carer = resident.has(.carer)
        if let hit = entries.withLock({ list in
            list.first { entry in
                entry.carer == carer && entry.texts.count == passages.count
                    && zip(entry.texts, passages).allSatisfy { $0 == $1.text.text }
            }?.findings
        }) { return hit }
        let texts = passages.map(\.text.text)
        let found = detector.detect(resident.words, carer: carer)
        entries.withLock { list in
            list.insert(Entry(texts: texts, carer: carer, findings: found), at: 0)
            if list.count > Self.size { list.removeLast() }
        }
        return found
    }

    /// Whether the resident's words raise `kind`.
    func raises(_ kind: RiskKind, for resident: RuleContext) -> Bool {
        findings(for: resident).contains { $0.kind == kind }
    }

    static let shared = DetectionCache(detector: RiskDetector())
}
