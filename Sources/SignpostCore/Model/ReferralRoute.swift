/// How a resident gets into a service.
public enum ReferralRoute: String, Sendable, Hashable, CaseIterable {
    /// Residents can contact the service themselves.
    case selfReferral = "self"
    /// Needs a referral from a GP or another health professional.
    case healthProfessional = "gp"
    /// Needs a referral from another professional (social worker, link worker, housing officer).
    case otherProfessional = "professional"

    /// How to start, in words a resident understands.
    public var howToStart: String {
        switch self {
        case .selfReferral: return "Call them yourself"
        case .healthProfessional: return "Ask your GP to refer you"
        case .otherProfessional: return "Ask a support worker to refer you"
        }
    }
}
