/// A wider-determinant domain of the need taxonomy ("income & cost of living", "transport", …):
/// the columns of the gap analysis.
public struct NeedDomain: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: String
    /// The Marmot policy objective of seed 004 that the domain serves ("4. Ensure a healthy standard of living for all").
    public var marmotObjective: String
    /// Action-plan references that work on this domain (for gap findings), e.g. `PC10`.
    public var actionPlan: [ActionPlanReference]
    /// Whether help by phone or online meets this domain's needs (advice, counselling, a
    /// helpline: yes), or it takes being there (a social group, exercise, a food bank, help with
    /// a phone in your hand: no). The gap analysis counts remote services as coverage only where
    /// they serve.
    public var remoteServes: Bool

    public init(id: String, label: String, marmotObjective: String, actionPlan: [ActionPlanReference], remoteServes: Bool = true) {
        self.id = id
        self.label = label
        self.marmotObjective = marmotObjective
        self.actionPlan = actionPlan
        self.remoteServes = remoteServes
    }
}
