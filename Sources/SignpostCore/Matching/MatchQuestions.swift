/// A fact nobody stated whose answer would change the top of the list ("Is she a carer? Then
/// Imago support for carers would come first"), found by ranking again under the answer.
public struct MatchQuestion: Sendable, Equatable {
    public var circumstance: Circumstance
    /// The question, for the prescriber to ask.
    public var ask: String
    /// What a "yes" would change, in words.
    public var change: String
}

extension MatchEngine {
    /// Most questions a result carries.
    static let maxQuestions = 3
    /// How much of the list a question must change to be worth asking.
    static let questionTop = 5

    /// Up to three unknown facts whose "yes" would most change the top five: the conditions the
    /// listed services asked about, and a GP referral when a listed service needs one. Each is
    /// answered by ranking again; a fact that changes nothing is not asked.
    func questions(
        for query: ResidentQuery, _ result: MatchResult, today: CalendarDate, reading: NeedInterpreter.Result,
        base: RuleContext
    ) -> [MatchQuestion] {
        var facts: [Circumstance] = []
        for match in result.matches {
            for reason in match.reasons where reason.kind == .ask {
                if case .checkCondition(let c) = reason.reason, !facts.contains(c) { facts.append(c) }
            }
            if match.service.eligibility.referral == .healthProfessional, !facts.contains(.hasGPReferral),
                !result.circumstances.contains(.hasGPReferral), !result.knownNot.contains(.hasGPReferral)
            {
                facts.append(.hasGPReferral)
            }
        }
        guard !facts.isEmpty else { return [] }
        let top = result.matches.prefix(Self.questionTop).map(\.service.id)
        var found: [(question: MatchQuestion, changed: Int)] = []
        for fact in facts.prefix(6) {
            var asked = query
            asked.circumstances.append(fact.rawValue)
            guard let (answer, _) = try? rankOnce(asked, today: today, reading: reading, base: base) else { continue }
            let newTop = answer.matches.prefix(Self.questionTop).map(\.service.id)
            let changed = zip(top, newTop).filter { $0 != $1 }.count + max(0, newTop.count - top.count)
            // The first service of the new top five that stands higher than before (or is new).
            guard changed > 0,
                let position = newTop.indices.first(where: { i in top.firstIndex(of: newTop[i]).map { $0 > i } ?? true })
            else { continue }
            let name = answer.matches[position].service.name
            let change = position == 0 ? "If so, \(name) would come first." : "If so, \(name) would move up to \(position + 1)."
            found.append((MatchQuestion(circumstance: fact, ask: fact.question, change: change), changed))
        }
        return found.sorted { $0.changed > $1.changed }.prefix(Self.maxQuestions).map(\.question)
    }
}

extension Circumstance {
    /// The question that finds out, for the prescriber to ask.
    public var question: String {
        switch self {
        case .noCar: return "Do they have a car, or someone to drive them?"
        case .noInternet: return "Do they have the internet at home?"
        case .lowIncome: return "Are they on a low income or on benefits?"
        case .unemployed: return "Are they out of work?"
        case .carer: return "Do they look after someone, unpaid?"
        case .pregnant: return "Are they pregnant?"
        case .livesAlone: return "Do they live alone?"
        case .limitedMobility: return "Do they find walking or getting about hard?"
        case .hearingImpaired: return "Are they deaf or hard of hearing?"
        case .hasGPReferral: return "Would their GP refer them?"
        case .disabled: return "Do they have a disability (including a learning disability)?"
        case .visuallyImpaired: return "Are they blind or partially sighted?"
        case .longTermCondition: return "Do they have a long-term health condition?"
        case .diagnosedDementia: return "Is there a dementia diagnosis?"
        case .bmi30Plus: return "Is their BMI 30 or more?"
        case .parentOfYoungChild: return "Do they have a young child?"
        case .smoker: return "Do they smoke or vape?"
        case .man: return "Is the service for a man?"
        case .woman: return "Is the service for a woman?"
        }
    }
}
