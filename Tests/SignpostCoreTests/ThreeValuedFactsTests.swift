import Testing
@testable import SignpostCore

/// A circumstance is known to apply, known not to, or unknown; only a known "no" rules a service
/// out. Expectations are computed from the loaded Directory.
@Suite("Three-valued facts")
struct ThreeValuedFactsTests {
    static let engine = try! MatchEngine(index: TestSupport.index, registry: .coreOnly)

    /// A district-wide service with exactly one condition, and a need of it.
    static var conditional: (service: Service, condition: Circumstance, need: String)? {
        for s in TestSupport.directory.services
        where s.eligibility.conditions.count == 1 && s.area == .district && s.eligibility.minimumAge == nil
            && s.eligibility.maximumAge == nil && !s.delivery.isEmpty
        {
            guard let need = s.needs.first else { continue }
            return (s, s.eligibility.conditions[0], need)
        }
        return nil
    }

    func match(_ condition: Circumstance?, not: Circumstance?, need: String) throws -> MatchResult {
        var query = ResidentQuery(
            place: .parish("Sevenoaks"), needs: [need], circumstances: condition.map { [$0.rawValue] } ?? [], limit: 100)
        query.notCircumstances = not.map { [$0.rawValue] } ?? []
        return try Self.engine.match(query, today: TestSupport.today)
    }

    @Test("unknown: the service stays, marked to check; known yes: it fits; known no: ruled out")
    func threeValues() throws {
        let (service, condition, need) = try #require(Self.conditional, "no district service with one condition")
        let unknown = try match(nil, not: nil, need: need)
        let kept = try #require(unknown.matches.first { $0.service.id == service.id }, "kept when unknown")
        #expect(kept.reasons.contains { $0.kind == .ask && $0.text.hasPrefix("Check: only ") })

        let yes = try match(condition, not: nil, need: need)
        let fits = try #require(yes.matches.first { $0.service.id == service.id })
        #expect(!fits.reasons.contains { $0.kind == .ask })
        #expect(fits.score > kept.score, "a confirmed fit ranks above an unconfirmed one")

        let no = try match(nil, not: condition, need: need)
        #expect(!no.matches.contains { $0.service.id == service.id })
        #expect(no.excluded.contains { $0.service.id == service.id })
        #expect(no.knownNot == [condition])
    }

    @Test("a circumstance given as both yes and no is refused, naming it")
    func conflicting() {
        var query = ResidentQuery(place: .parish("Sevenoaks"), needs: ["lonely"], circumstances: ["carer"])
        query.notCircumstances = ["carer"]
        #expect(throws: SignpostError.self) { try Self.engine.match(query, today: TestSupport.today) }
        do {
            _ = try Self.engine.match(query, today: TestSupport.today)
        } catch {
            #expect(error.message.contains("carer"))
        }
    }

    @Test("a denial in the words is a known no: 'I'm not a carer'")
    func deniedInWords() throws {
        let result = try Self.engine.match(
            ResidentQuery(place: .parish("Sevenoaks"), needs: ["lonely, I'm not a carer"]), today: TestSupport.today)
        #expect(result.knownNot.contains(.carer))
        #expect(!result.circumstances.contains(.carer))
    }
}

/// Questions that would change the list: each is a fact nobody stated, and a "yes" really does
/// change the top five (checked by ranking again here).
@Suite("Questions worth asking")
struct MatchQuestionTests {
    static let engine = try! MatchEngine(index: TestSupport.index, registry: .coreOnly)
    static let queries: [ResidentQuery] = [
        ResidentQuery(place: .parish("Edenbridge"), age: 58, needs: ["heart attack last year, want to exercise safely"]),
        ResidentQuery(place: .parish("Sevenoaks"), age: 70, needs: ["lonely", "memory problems"]),
        ResidentQuery(place: .parish("Swanley"), age: 30, needs: ["want to get fit", "money worries"]),
        ResidentQuery(place: .parish("Sevenoaks"), age: 45, needs: ["need help at home after an operation"]),
    ]

    @Test("every question is about an unstated fact, at most three, and its answer changes the top five", arguments: queries)
    func questionsChangeTheList(query: ResidentQuery) throws {
        let result = try Self.engine.match(query, today: TestSupport.today)
        #expect(result.questions.count <= 3)
        let top = result.matches.prefix(5).map(\.service.id)
        for question in result.questions {
            #expect(!result.circumstances.contains(question.circumstance))
            #expect(!result.knownNot.contains(question.circumstance))
            var asked = query
            asked.circumstances.append(question.circumstance.rawValue)
            let answered = try Self.engine.match(asked, today: TestSupport.today)
            #expect(answered.matches.prefix(5).map(\.service.id) != top, "\(question.ask) changes nothing")
            #expect(question.change.hasPrefix("If so, "))
        }
    }
}
