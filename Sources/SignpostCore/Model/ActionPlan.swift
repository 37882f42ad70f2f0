/// The partnership's action plan as data (`Directory/action-plan.json`): its priority areas and
/// its actions. Services, taxonomy domains and rules cite actions by code; the validator and the
/// rule registry check every citation against this list.
public struct ActionPlan: Sendable {
    /// A priority area of the plan ("Health Behaviours").
    public struct PriorityArea: Sendable, Hashable, Identifiable {
        /// Stable id used in the taxonomy and by rule modules ("health-behaviours").
        public var id: String
        public var title: String
        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// One action ("HB4: Support adults to adopt healthy lifestyle choices …").
    public struct Action: Sendable, Hashable {
        public var reference: ActionPlanReference
        /// The id of its priority area.
        public var priorityArea: String
        /// The plan's own words, shortened to their first sentence.
        public var title: String
        /// The lead agency, as the plan names it.
        public var lead: String?
        public init(reference: ActionPlanReference, priorityArea: String, title: String, lead: String? = nil) {
            self.reference = reference
            self.priorityArea = priorityArea
            self.title = title
            self.lead = lead
        }
    }

    public var title: String
    public var priorityAreas: [PriorityArea]
    public var actions: [Action]
    private var actionIndex: [ActionPlanReference: Int]

    public init(title: String, priorityAreas: [PriorityArea], actions: [Action]) {
        self.title = title
        self.priorityAreas = priorityAreas
        self.actions = actions
        var index: [ActionPlanReference: Int] = [:]
        for (i, action) in actions.enumerated() where index[action.reference] == nil { index[action.reference] = i }
        actionIndex = index
    }

    /// No plan: a Directory without `action-plan.json` (references are then not checked).
    public static let none = ActionPlan(title: "", priorityAreas: [], actions: [])

    public var isEmpty: Bool { actions.isEmpty && priorityAreas.isEmpty }

    public func action(_ reference: ActionPlanReference) -> Action? { actionIndex[reference].map { actions[$0] } }
    public func contains(_ reference: ActionPlanReference) -> Bool { actionIndex[reference] != nil }
    public func priorityArea(_ id: String) -> PriorityArea? { priorityAreas.first { $0.id == id } }
}
