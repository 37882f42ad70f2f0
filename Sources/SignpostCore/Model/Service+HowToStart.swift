extension Service {
    /// How a resident starts, in words they understand, true to the contact the record has: the
    /// one definition every output uses. A self-referral service says "Call them yourself" only
    /// when it has a number; otherwise it names the way in it does have.
    public var howToStart: String {
        switch eligibility.referral {
        case .healthProfessional, .otherProfessional:
            return eligibility.referral.howToStart
        case .selfReferral:
            if phone != nil { return eligibility.referral.howToStart }
            if delivery.contains(.inPerson), !locations.isEmpty { return "Go along: see where and when" }
            if url != nil { return "Contact them through their website" }
            if email != nil { return "Email them" }
            return "Ask the organisation how to start"
        }
    }
}
