/// Someone else the help may be for: a child of the resident's, or the person they care for. No
/// name, nothing that identifies them: a role, an age when known, and circumstances.
public struct HouseholdMember: Sendable, Equatable {
    /// Who the member is to the resident.
    public enum Role: String, Sendable, CaseIterable {
        case child
        case caredFor = "cared-for"

        /// How output names the member ("your child, 8").
        public var label: String {
            switch self {
            case .child: return "their child"
            case .caredFor: return "the person they care for"
            }
        }
    }

    public var role: Role
    /// Age in years; nil when not given (then no age rule applies to them).
    public var age: Int?
    /// Circumstance names as given (validated during matching, like the resident's).
    public var circumstances: [String]

    public init(role: Role, age: Int? = nil, circumstances: [String] = []) {
        self.role = role
        self.age = age
        self.circumstances = circumstances
    }

    /// "their child, 8" or "the person they care for, 81": never more than role and age.
    public var label: String { age.map { "\(role.label), \($0)" } ?? role.label }

    /// The label with the member's circumstances ("the person they care for, 81 (diagnosed-dementia)").
    public var described: String { circumstances.isEmpty ? label : label + " (" + circumstances.joined(separator: ", ") + ")" }

    /// `{"role": …, "age": …, "circumstances": […]}`, as the protocol reads it.
    public func write(to o: inout JSONStream) {
        o.beginObject()
        o.member("role", role.rawValue)
        if let age { o.member("age", age) }
        o.member("circumstances", circumstances)
        o.endObject()
    }

    /// Reads the CLI form `ROLE[:AGE][,CIRCUMSTANCE…]` ("child:8", "cared-for:81,diagnosed-dementia",
    /// "child"); throws a usage message naming what is wrong (never echoing more than the role).
    public static func parse(_ text: String) throws(SignpostError) -> HouseholdMember {
        var parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        let head = parts.removeFirst()
        let roleAndAge = head.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let roleName = roleAndAge[0].lowercased()
        guard let role = Role(rawValue: roleName) else {
            let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
            throw SignpostError(.invalidInput, "a household member's role must be one of \(known), as in child:8")
        }
        var age: Int?
        if roleAndAge.count == 2 {
            guard let n = Int(roleAndAge[1]), (0...MatchLimits.maxAge).contains(n) else {
                throw SignpostError(
                    .invalidInput, "a household member's age must be a whole number from 0 to \(MatchLimits.maxAge)")
            }
            age = n
        }
        if parts.contains(where: \.isEmpty) {
            throw SignpostError(.invalidInput, "a household member's circumstances have an empty entry")
        }
        return HouseholdMember(role: role, age: age, circumstances: parts)
    }
}

extension Circumstance {
    /// Facts about the household rather than one person in it: the child of a resident with no car
    /// has no car either.
    var isHouseholdWide: Bool {
        switch self {
        case .noCar, .noInternet, .lowIncome: return true
        default: return false
        }
    }
}

extension HouseholdMember {
    /// Circumstances a need about someone else implies for them ("my husband has dementia": a
    /// dementia diagnosis).
    static let impliedByNeed: [String: Circumstance] = [
        "dementia": .diagnosedDementia, "disability-support": .disabled, "long-term-condition": .longTermCondition,
        "diabetes": .longTermCondition,
    ]
    /// Relations the resident may care for.
    static let caredForRelations: Set<AttributionScope.Relation> = [.partner, .parent, .grandparent, .relative, .sibling]

    /// The household as the resident's words describe it: a child they mention ("my 8-year-old",
    /// "my son, 12"), and someone whose needs they speak of and may care for ("my husband, 81, has
    /// dementia"). Used only when the request names no household itself; at most
    /// `MatchLimits.maxHousehold`.
    static func read(
        from reading: NeedInterpreter.Result, taxonomy: Taxonomy, residentIsCarer: Bool, residentAge: Int?
    ) -> [HouseholdMember] {
        var members = mentioned(in: reading, taxonomy: taxonomy, residentIsCarer: residentIsCarer)
        // An adult asking for children's activities ("the kids are bored in the holidays") is
        // asking for a child of theirs, of an age not given, even when no child is named.
        let forChildren = reading.needs.contains { childrensNeeds.contains(taxonomy.needs[$0.need].id) }
        if forChildren, (residentAge ?? ServiceAudience.childAgeLimit) >= ServiceAudience.childAgeLimit,
            !members.contains(where: { $0.role == .child })
        {
            members.insert(HouseholdMember(role: .child), at: 0)
        }
        return Array(members.prefix(MatchLimits.maxHousehold))
    }

    /// Needs that are, by what they are, a child's.
    static let childrensNeeds: Set<String> = ["children-activities"]

    /// The people the words name who may be in the household.
    static func mentioned(in reading: NeedInterpreter.Result, taxonomy: Taxonomy, residentIsCarer: Bool)
        -> [HouseholdMember]
    {
        var members: [HouseholdMember] = []
        var seen: Set<String> = []
        for passage in reading.passages {
            for attribution in passage.attribution.attributions {
                let person = attribution.person
                let about = reading.needs.filter { $0.about == person }.map { taxonomy.needs[$0.need].id }
                let member: HouseholdMember
                switch person.relation {
                case .child, .grandchild:
                    if let age = person.age, age >= ServiceAudience.childAgeLimit { continue }
                    member = HouseholdMember(role: .child, age: person.age)
                case let relation where caredForRelations.contains(relation):
                    let implied = about.compactMap { impliedByNeed[$0] }
                    guard !about.isEmpty, residentIsCarer || !implied.isEmpty else { continue }
                    var circumstances: [String] = []
                    for c in implied where !circumstances.contains(c.rawValue) { circumstances.append(c.rawValue) }
                    member = HouseholdMember(role: .caredFor, age: person.age, circumstances: circumstances)
                default:
                    continue
                }
                let key = "\(member.role.rawValue) \(person.word) \(person.age ?? -1)"
                if seen.insert(key).inserted { members.append(member) }
            }
        }
        return members
    }
}
