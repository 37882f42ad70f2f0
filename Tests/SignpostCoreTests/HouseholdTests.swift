import Testing
@testable import SignpostCore

/// Household members: each service's eligibility is judged for the person it is for, and the
/// match says who. Services are found in the loaded Directory by their facts, never by id.
@Suite("Household members")
struct HouseholdTests {
    static let engine = try! MatchEngine(index: TestSupport.index, registry: .coreOnly)
    static let directory = TestSupport.directory

    func match(
        age: Int?, needs: [String], circumstances: [String] = [], household: [HouseholdMember] = [],
        parish: String = "Sevenoaks"
    ) throws -> MatchResult {
        var query = ResidentQuery(place: .parish(parish), age: age, needs: needs, circumstances: circumstances, limit: 100)
        query.household = household
        return try Self.engine.match(query, today: TestSupport.today)
    }

    /// A district-wide service for children only (at most 18), with an age range a child fits.
    static var childrensService: Service? {
        directory.services.first { s in
            s.area == .district && s.eligibility.conditions.isEmpty && (s.eligibility.maximumAge ?? 99) <= 18
                && (s.eligibility.minimumAge ?? 0) <= 8 && (s.eligibility.maximumAge ?? 0) >= 8
                && s.needs.first == "children-activities"
        }
    }

    @Test("a children's service: ruled out for the adults, listed for the child, and the match says so")
    func childrensService() throws {
        let service = try #require(Self.childrensService, "no district children's activity for children aged 8")
        // A household given with no child (so none is read from a children's need).
        let noChild = try match(age: 40, needs: [service.needs[0]], household: [HouseholdMember(role: .caredFor, age: 81)])
        #expect(!noChild.matches.contains { $0.service.id == service.id })
        let asked = try match(age: 40, needs: [service.needs[0]])
        #expect(asked.household == [HouseholdMember(role: .child)], "a parent asking for a children's activity asks for a child")
        let withChild = try match(age: 40, needs: [service.needs[0]], household: [HouseholdMember(role: .child, age: 8)])
        let listed = try #require(withChild.matches.first { $0.service.id == service.id }, "listed for the child")
        #expect(listed.forMember == HouseholdMember(role: .child, age: 8))
        #expect(withChild.household.count == 1)
    }

    @Test("a family service with an age limit the parent is over: listed for the family through the child")
    func familyService() throws {
        let family = try #require(Self.directory.taxonomy.ordinal(ofNeed: "family-support"))
        let id = Self.directory.taxonomy.needs[family].id
        let service = try #require(
            Self.directory.services.first { s in
                s.needs.contains(id) && s.area == .district && s.eligibility.conditions.isEmpty
                    && (s.eligibility.maximumAge ?? 99) > 18 && (s.eligibility.maximumAge ?? 99) < 40
            }, "no family service with an upper age between 19 and 39")
        let alone = try match(age: 40, needs: [id])
        #expect(!alone.matches.contains { $0.service.id == service.id })
        #expect(alone.excluded.contains { $0.service.id == service.id })
        let withChild = try match(age: 40, needs: [id], household: [HouseholdMember(role: .child, age: 6)])
        let listed = try #require(withChild.matches.first { $0.service.id == service.id })
        #expect(listed.forMember?.role == .child)
    }

    @Test("a carers' service is judged for the resident: someone they care for makes them a carer")
    func carersService() throws {
        let service = try #require(
            Self.directory.services.first { s in
                s.eligibility.conditions == [.carer] && [.district, .westKent, .kent, .national].contains(s.area) && s.eligibility.minimumAge == nil
                    && !s.needs.isEmpty && !s.delivery.isEmpty
            }, "no service for carers only")
        let caring = try match(
            age: 60, needs: [service.needs[0]],
            household: [HouseholdMember(role: .caredFor, age: 81, circumstances: ["diagnosed-dementia"])])
        let fits = try #require(caring.matches.first { $0.service.id == service.id })
        #expect(!fits.reasons.contains { $0.kind == .ask })
        #expect(fits.forMember == nil, "a carers' service is for the resident")
        #expect(caring.circumstances.contains(.carer))
        #expect(caring.inferred.contains { $0.circumstance == .carer })

        var saidNot = ResidentQuery(place: .parish("Sevenoaks"), age: 60, needs: ["lonely"], limit: 100)
        saidNot.notCircumstances = ["carer"]
        saidNot.household = [HouseholdMember(role: .caredFor, age: 81)]
        let notCarer = try Self.engine.match(saidNot, today: TestSupport.today)
        #expect(!notCarer.circumstances.contains(.carer), "the resident's own 'no' wins over the household")
    }

    @Test("with no household, nothing changes: no member on any match")
    func noHousehold() throws {
        let result = try match(age: 40, needs: ["family-support", "lonely"])
        #expect(result.household.isEmpty)
        #expect(result.matches.allSatisfy { $0.forMember == nil })
        #expect(result.json["resident"]?["household"] == nil)
    }

    @Test("the words fill the household: 'my husband, 81, has dementia', 'my 8-year-old'")
    func readFromWords() throws {
        let husband = try match(age: 79, needs: ["my husband, 81, has dementia"])
        #expect(husband.household == [HouseholdMember(role: .caredFor, age: 81, circumstances: ["diagnosed-dementia"])])
        #expect(husband.circumstances.contains(.carer))
        let child = try match(age: 35, needs: ["my 8-year-old has no friends and is lonely"])
        #expect(child.household == [HouseholdMember(role: .child, age: 8)])
        let adultSon = try match(age: 70, needs: ["my son, 45, never visits and I'm lonely"])
        #expect(adultSon.household.isEmpty, "a grown-up child is not a child's service's audience")
        let given = try match(
            age: 79, needs: ["my husband, 81, has dementia"], household: [HouseholdMember(role: .child, age: 12)])
        #expect(given.household == [HouseholdMember(role: .child, age: 12)], "a household given wins over one read")
        let kids = try match(age: 36, needs: ["kids are bored stiff in the holidays"])
        #expect(kids.household == [HouseholdMember(role: .child)], "an adult asking for children's activities asks for a child")
        let teenager = try match(age: 15, needs: ["kids are bored stiff in the holidays"])
        #expect(teenager.household.isEmpty, "a 15-year-old asking is the child")
    }

    @Test("the CLI form: role, age, circumstances")
    func parse() throws {
        #expect(try HouseholdMember.parse("child:8") == HouseholdMember(role: .child, age: 8))
        #expect(
            try HouseholdMember.parse("cared-for:81,diagnosed-dementia")
                == HouseholdMember(role: .caredFor, age: 81, circumstances: ["diagnosed-dementia"]))
        #expect(try HouseholdMember.parse("Child") == HouseholdMember(role: .child))
        for bad in ["grandad:81", "child:eight", "child:130", "child:8,,carer", ""] {
            #expect(throws: SignpostError.self, "\(bad)") { try HouseholdMember.parse(bad) }
        }
        do {
            _ = try HouseholdMember.parse("grandad:81")
        } catch {
            #expect(!error.message.contains("grandad") && !error.message.contains("81"), "\(error.message)")
        }
    }

    @Test("limits: at most 8 members, ages 0 to 120, known circumstances; errors name no member's data")
    func limits() throws {
        let nine = Array(repeating: HouseholdMember(role: .child, age: 5), count: MatchLimits.maxHousehold + 1)
        #expect(throws: SignpostError.self) { try match(age: 40, needs: ["lonely"], household: nine) }
        let eight = Array(repeating: HouseholdMember(role: .child), count: MatchLimits.maxHousehold)
        #expect(try match(age: 40, needs: ["lonely"], household: eight).household.count == 8)
        let tooOld = #expect(throws: SignpostError.self) {
            try match(age: 40, needs: ["lonely"], household: [HouseholdMember(role: .child, age: 444)])
        }
        #expect(tooOld?.message.contains("444") == false)
        #expect(throws: SignpostError.self) {
            try match(age: 40, needs: ["lonely"], household: [HouseholdMember(role: .caredFor, circumstances: ["secret"])])
        }
        let noAge = try match(age: 40, needs: ["children-activities"], household: [HouseholdMember(role: .child)])
        #expect(noAge.household.first?.age == nil, "a member without an age is allowed")
    }

    @Test("household-wide facts carry over to each member (no car, no internet); the resident's own do not")
    func householdWide() throws {
        var query = ResidentQuery(
            place: .parish("Sevenoaks"), age: 40, needs: ["children-activities"], circumstances: ["no-internet", "smoker"])
        query.notCircumstances = ["no-car"]
        query.household = [HouseholdMember(role: .child, age: 8, circumstances: ["disabled"])]
        let run = try Self.engine.prepare(query, today: TestSupport.today, audit: nil)
        let child = try #require(run.memberContexts.first)
        #expect(child.age == 8 && child.member?.role == .child)
        #expect(child.has(.noInternet) && child.hasNot(.noCar) && child.has(.disabled))
        #expect(!child.has(.smoker) && child.isUnknown(.smoker))
        #expect(run.context.age == 40 && run.context.member == nil && !run.context.has(.disabled))
    }
}
