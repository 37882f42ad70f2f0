/// Who a service is for, beyond where they live (see `ServiceArea`).
public struct Eligibility: Sendable, Hashable {
    /// Youngest age served, inclusive (HSDS `minimum_age`).
    public var minimumAge: Int?
    /// Oldest age served, inclusive (HSDS `maximum_age`).
    public var maximumAge: Int?
    /// Circumstances a resident must have, all of them ("carer", "bmi-30-plus").
    public var conditions: [Circumstance]
    public var referral: ReferralRoute
    /// Eligibility as the source states it, in words, when it says more than the fields above.
    public var notes: String?

    public init(
        minimumAge: Int? = nil, maximumAge: Int? = nil, conditions: [Circumstance] = [],
        referral: ReferralRoute = .selfReferral, notes: String? = nil
    ) {
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.conditions = conditions
        self.referral = referral
        self.notes = notes
    }
}
