/// A wider-determinant domain of the need taxonomy ("income & cost of living", "transport", …):
/// the columns of the gap analysis.
public struct NeedDomain: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: String
    /// The Marmot policy objective of seed 004 that the domain serves ("4. Ensure a healthy standard of living for all").
    public var marmotObjective: String
    /// Action-plan references that work on this domain (for gap findings), e.g. `PC10`.
    public var actionPlan: [ActionPlanReference]

    public init(id: String, label: String, marmotObjective: String, actionPlan: [ActionPlanReference]) {
        self.id = id
        self.label = label
        self.marmotObjective = marmotObjective
        self.actionPlan = actionPlan
    }
}
