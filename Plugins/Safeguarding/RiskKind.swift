/// The six risks the safeguarding module raises, in the order they are shown: harm happening now
/// first. The raw values are the `risk` ids of the `urgent` contract and of
/// `Directory/urgent-contacts.json`.
public enum RiskKind: String, Sendable, CaseIterable {
    case immediateDanger = "immediate-danger"
    case suicideSelfHarm = "suicide-self-harm"
    case domesticAbuse = "domestic-abuse"
    case childAtRisk = "child-at-risk"
    case adultAtRisk = "adult-at-risk"
    case carerBreakdown = "carer-breakdown"

    /// One sentence for the prescriber: what the words suggest and what to do first.
    var say: String {
        switch self {
        case .immediateDanger:
            return "The resident's words suggest harm happening now or a threat to life: if anyone is in danger, call 999 now, then follow your organisation's safeguarding policy."
        case .suicideSelfHarm:
            return "The resident's words suggest thoughts of suicide or self-harm: ask them directly and kindly, and follow your organisation's safeguarding policy before any referral."
        case .domesticAbuse:
            return "The resident's words suggest domestic abuse (violence, threats, fear or coercive control): talk somewhere they are safe to speak, and follow your organisation's safeguarding policy."
        case .childAtRisk:
            return "The resident's words suggest a child may not be safe: follow your organisation's safeguarding policy and contact children's social care."
        case .adultAtRisk:
            return "The resident's words suggest an adult at risk of abuse, exploitation or self-neglect: follow your organisation's safeguarding policy and contact adult social care."
        case .carerBreakdown:
            return "The resident's words suggest a carer at breaking point, or afraid of harming the person they care for: follow your organisation's safeguarding policy and ask about emergency support."
        }
    }

    /// What the rule that raises it is called.
    var title: String {
        switch self {
        case .immediateDanger: return "Raises immediate danger: harm happening now, or a threat to life"
        case .suicideSelfHarm: return "Raises suicide or self-harm: intent, passive wishes to die, a plan or means, self-harm"
        case .domesticAbuse: return "Raises domestic abuse: violence, threats, fear of a partner or ex, coercive control, abuse by an adult child"
        case .childAtRisk: return "Raises a child at risk: a child disclosing harm, exposure to violence, exploitation, neglect"
        case .adultAtRisk: return "Raises an adult at risk: self-neglect, financial or other abuse by someone known, a scam still taking money"
        case .carerBreakdown: return "Raises carer breakdown: a carer who cannot go on, or fears harming the person cared for"
        }
    }
}
