/// A service a resident can use (ORUK/HSDS `service`), with everything the engine needs to decide
/// whether it fits and everything a printed list needs to tell people how to reach it.
public struct Service: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    /// The providing organisation's id (HSDS `organization_id`).
    public var organisationID: String
    /// One or two plain-English sentences.
    public var description: String
    /// Taxonomy need ids the service meets.
    public var needs: [String]
    public var eligibility: Eligibility
    public var area: ServiceArea
    public var cost: Cost
    public var delivery: Set<DeliveryMode>
    public var locations: [ServiceLocation]
    /// Phone numbers, the main one first.
    public var phones: [Phone]
    public var email: String?
    /// Web page for the service (HSDS `url`).
    public var url: String?
    /// When it runs, as text ("Second Tuesday of the month, 2–4pm"): what `schedules` cannot say.
    public var schedule: String?
    /// When it runs, as data (days, weeks of the month, times, dates); `Schedule.inWords` renders them.
    public var schedules: [Schedule]
    /// Accessibility notes: "step-free", "hearing loop", "large print" and the like.
    public var accessibility: [String]
    /// Languages other than English offered.
    public var languages: [String]
    /// Action-plan references the service delivers (`HB4`, `PC7`).
    public var actionPlan: [ActionPlanReference]
    /// Which seed document or public page the record comes from.
    public var source: String
    /// The date of that source (not the date someone typed it in).
    public var verified: CalendarDate
    /// What the record offers (a service, an opportunity, a schools programme, a plan aim).
    public var kind: ServiceKind = .service
    /// Earlier values of `verified`, one entry per recorded check, oldest first (`signpost checks
    /// record` appends to it).
    public var history: [CheckRecord]

    public init(
        id: String, name: String, organisationID: String, description: String, needs: [String],
        eligibility: Eligibility = Eligibility(), area: ServiceArea = .district, cost: Cost = Cost(kind: .free),
        delivery: Set<DeliveryMode> = [.inPerson], locations: [ServiceLocation] = [], phones: [Phone] = [],
        email: String? = nil, url: String? = nil, schedule: String? = nil, schedules: [Schedule] = [],
        accessibility: [String] = [],
        languages: [String] = [], actionPlan: [ActionPlanReference] = [], source: String, verified: CalendarDate,
        history: [CheckRecord] = []
    ) {
        self.id = id
        self.name = name
        self.organisationID = organisationID
        self.description = description
        self.needs = needs
        self.eligibility = eligibility
        self.area = area
        self.cost = cost
        self.delivery = delivery
        self.locations = locations
        self.phones = phones
        self.email = email
        self.url = url
        self.schedule = schedule
        self.schedules = schedules
        self.accessibility = accessibility
        self.languages = languages
        self.actionPlan = actionPlan
        self.source = source
        self.verified = verified
        self.history = history
    }

    /// The main phone number, if any.
    public var phone: String? { phones.first?.number }

    /// True when the only way to use the service is online.
    public var isOnlineOnly: Bool { delivery == [.online] }
}
