/// The engine's own rules, as the default set every registry starts from. Modules add theirs and
/// may replace any of these by id (`RuleModule.replaces`).
public enum CoreRules {
    public static let all: [any Rule] = [
        // Eligibility
        AgeRangeRule(), ServiceAreaRule(), OnlineOnlyRule(), ConditionsRule(),
        // Fit
        StatedNeedsRule(), MainPurposeRule(), SuggestedNeedsRule(), ConditionsMetRule(), AgeUnknownRule(), ResidentWordsRule(),
        // Reach
        NoTravelRule(), DistanceRule(), NoSiteRule(), PartialOutcodeRule(),
        // Cost
        FreeRule(), ConcessionsRule(), PaidRule(), UnknownCostRule(),
        // Referral
        GPReferralRule(), ProfessionalReferralRule(),
        // Access
        WithoutInternetRule(), ComesToYouRule(), PhoneOnlyHearingRule(), HearingLoopRule(), LargePrintRule(),
        // Data
        FreshnessRule(),
    ]
}
