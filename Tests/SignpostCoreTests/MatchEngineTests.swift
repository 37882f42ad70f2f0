import Testing
@testable import SignpostCore

/// Each stage of the engine on the real bundled Directory, with no rule modules, so these tests
/// pin down the engine's own rules.
@Suite("Match engine stages")
struct MatchEngineTests {
    static let engine = try! MatchEngine(index: TestSupport.index, registry: .coreOnly)

    func match(_ query: ResidentQuery) throws(SignpostError) -> MatchResult {
        try Self.engine.match(query, today: TestSupport.today)
    }

    func query(_ needs: [String], parish: String = "Sevenoaks", age: Int? = 40, _ circumstances: [String] = []) -> ResidentQuery {
        ResidentQuery(place: .parish(parish), age: age, needs: needs, circumstances: circumstances)
    }

    // MARK: Interpret

    @Test(
        "free text is read through the taxonomy's phrases",
        arguments: [
            ("lonely since my husband died", ["loneliness", "bereavement"]),
            ("had a fall last month", ["falls-prevention"]),
            ("can't get to the shops or appointments", ["transport"]),
            ("worried about diabetes", ["diabetes"]),
            ("worried about money", ["cost-of-living"]),
            ("want to stop smoking", ["stop-smoking"]),
            ("I’m not coping", ["anxiety-depression"]),
        ])
    func interpretation(text: String, needs: [String]) {
        let result = Self.engine.interpreter.interpret([text])
        #expect(result.needs.map { TestSupport.directory.taxonomy.needs[$0.need].id } == needs)
    }

    @Test("words that match nothing are returned, never dropped; function words are not")
    func unrecognised() {
        let result = Self.engine.interpreter.interpret(["lonely since my budgie flew off"])
        #expect(result.unrecognised == ["budgie", "flew"])
    }

    @Test("ids and text can be mixed, and repeats are merged")
    func mixed() {
        let result = Self.engine.interpreter.interpret(["transport", "lonely", "loneliness"])
        let ids = result.needs.map { TestSupport.directory.taxonomy.needs[$0.need].id }
        #expect(ids == ["transport", "loneliness"])
        #expect(result.needs[1].via == [.phrase("lonely"), .id])
    }

    @Test("BMI and cost phrases reveal circumstances, with the words that did")
    func inferences() {
        let result = Self.engine.interpreter.interpret(["BMI 34, can't afford the gym"])
        #expect(Set(result.inferred.map(\.circumstance)) == [.bmi30Plus, .lowIncome])
        #expect(result.inferred.first { $0.circumstance == .bmi30Plus }?.because == "bmi 34")
        #expect(Self.engine.interpreter.interpret(["bmi 27"]).inferred.isEmpty)
    }

    // MARK: Eligibility

    @Test("ruled out: too old for a service for young people")
    func tooOld() throws {
        let result = try match(query(["vaping"], age: 45))
        let kenward = try #require(result.excluded.first { $0.service.id == "kenward-trust-vaping-education" })
        #expect(kenward.reasons.map(\.reason) == [.tooOld(max: 18)])
        #expect(kenward.reasons.map(\.rule) == ["eligibility.age"])
        #expect(kenward.reasons[0].text == "For people aged 18 and under.")
    }

    @Test("ruled out: too young")
    func tooYoung() throws {
        let result = try match(query(["volunteering"], age: 16))
        #expect(result.excluded.contains { $0.service.id == "west-kent-mind-volunteering" && $0.reasons.map(\.reason) == [.tooYoung(min: 18)] })
    }

    @Test("ruled out: outside the service area, with the area named")
    func outsideArea() throws {
        let result = try match(query(["anxiety"], parish: "Sevenoaks"))
        let north = try #require(result.excluded.first { $0.service.id == "north-kent-mind-wellbeing" })
        #expect(north.reasons.first?.text.hasPrefix("Only for residents of Swanley, Hextable") == true)
        #expect(north.reasons.first?.text.hasSuffix("you live in Sevenoaks.") == true)
        #expect(result.matches.contains { $0.service.id == "west-kent-mind-wellbeing" })
    }

    @Test("ruled out: online only with no internet; kept with internet")
    func onlineOnly() throws {
        let without = try match(query(["lonely"], ["no-internet"]))
        #expect(without.excluded.contains { $0.service.id == "better-together-hub" && $0.reasons.map(\.reason) == [.onlineOnlyNoInternet] })
        let with = try match(query(["lonely"]))
        #expect(with.matches.contains { $0.service.id == "better-together-hub" })
    }

    @Test("ruled out: an eligibility condition not met; kept when it is")
    func conditions() throws {
        let woman = try match(query(["feeling low"], ["woman"]))
        #expect(woman.excluded.contains { $0.service.id == "mens-mental-health-drop-ins" && $0.reasons.map(\.reason) == [.conditionNotMet(.man)] })
        let man = try match(query(["feeling low"], ["man"]))
        let dropIn = try #require(man.matches.first { $0.service.id == "mens-mental-health-drop-ins" })
        #expect(dropIn.reasonTexts.contains("It is for men, which fits you."))
    }

    @Test("a GP-referral service is kept, with advice to ask the GP; a referral moves it up")
    func gpReferral() throws {
        let plain = try match(query(["heart condition"], ["long-term-condition"]))
        let rehab = try #require(plain.matches.first { $0.service.id == "cardiac-rehab" })
        #expect(rehab.reasonTexts.contains("Needs a referral: ask your GP to refer you."))
        let referred = try match(query(["heart condition"], ["long-term-condition", "has-gp-referral"]))
        let rehab2 = try #require(referred.matches.first { $0.service.id == "cardiac-rehab" })
        #expect(rehab2.score > rehab.score)
    }

    @Test("an unknown age does not rule out, but says to check")
    func ageUnknown() throws {
        let result = try match(query(["vaping"], age: nil))
        let kenward = try #require(result.matches.first { $0.service.id == "kenward-trust-vaping-education" })
        #expect(kenward.reasonTexts.contains("Check age: it is for people aged 18 and under."))
    }

    // MARK: Scoring

    @Test("haversine distance between parish centroids")
    func haversine() {
        let sevenoaks = TestSupport.directory.parish(named: "Sevenoaks")!.centroid
        let edenbridge = TestSupport.directory.parish(named: "Edenbridge")!.centroid
        let km = sevenoaks.distanceKm(to: edenbridge)
        #expect(abs(km - 12.4) < 0.2)
    }

    @Test("distance counts much more without a car; phone services are not penalised")
    func distanceAndCar() throws {
        let car = try match(query(["want to lose weight"], parish: "Edenbridge"))
        let noCar = try match(query(["want to lose weight"], parish: "Edenbridge", ["no-car"]))
        let whyWeight = { (r: MatchResult) in r.matches.first { $0.service.id == "why-weight" }! }
        #expect(whyWeight(car).distanceKm.map { $0 > 10 } == true)
        #expect(whyWeight(noCar).score < whyWeight(car).score - 5)
        #expect(whyWeight(noCar).reasonTexts.contains { $0.contains("a long way without a car") })

        let lonely = try match(query(["lonely"], ["no-car"]))
        let ageUK = try #require(lonely.matches.first { $0.service.id == "age-uk-older-people-support" })
        #expect(ageUK.reasonTexts.contains("Phone support, so no travel needed, which suits someone without a car."))
    }

    @Test("free services rise for residents on a low income")
    func cost() throws {
        let plain = try match(query(["get fitter"], parish: "Edenbridge"))
        let low = try match(query(["get fitter"], parish: "Edenbridge", ["low-income"]))
        let openDay = { (r: MatchResult) in r.matches.first { $0.service.id == "everyone-active-open-days" }!.score }
        #expect(abs(openDay(low) - openDay(plain) - (FreeRule.lowIncome.points - FreeRule.otherwise.points)) < 1e-9)
    }

    @Test("every score change carries a reason that reads as a sentence")
    func reasonsAreSentences() throws {
        let result = try match(query(["lonely, had a fall, can't afford much"], age: 80, ["no-car", "lives-alone", "hearing-impaired"]))
        #expect(!result.matches.isEmpty)
        for m in result.matches {
            let total = m.reasons.reduce(0) { $0 + $1.points }
            #expect(abs(total - m.score) < 1e-9)
            for reason in m.reasonTexts { #expect(reason.first!.isUppercase && reason.hasSuffix(".")) }
        }
    }

    // MARK: Rank

    @Test("the same input always gives the same order; ties are broken by id")
    func determinism() throws {
        let q = query(["lonely, get fitter, computer help"], ["low-income"])
        let first = try match(q).matches.map(\.service.id)
        for _ in 0..<5 { #expect(try match(q).matches.map(\.service.id) == first) }
        let all = try match(ResidentQuery(place: .parish("Swanley"), needs: ["physical-activity"], limit: 100)).matches
        for (a, b) in zip(all, all.dropFirst()) {
            #expect(a.score > b.score || (a.score == b.score && a.service.id < b.service.id))
        }
    }

    @Test(
        "every stated need has a service in the first places, and the one moved up says why",
        arguments: [
            "drinking every night since the divorce, feeling pretty low",
            "lonely, want to lose weight, struggling with the gas bill",
        ])
    func everyStatedNeedForward(text: String) throws {
        let result = try match(ResidentQuery(place: .parish("Sevenoaks"), age: 49, needs: [text], limit: 100))
        let stated = result.needs.filter { if case .phrases = $0.source { true } else { false } }.map(\.need.id)
        try #require(stated.count > 1)
        let top = try #require(result.matches.first).score
        // Each stated need met by a service scoring at least half the top is met in the first places.
        let prefix = result.matches.prefix(stated.count).flatMap(\.service.needs)
        for need in stated {
            let strong = result.matches.contains {
                $0.score >= top * MatchEngine.forwardAtLeast && $0.service.needs.contains(need)
            }
            #expect(!strong || prefix.contains(need), "\(need) is met by a strong match but not in the first places")
        }
        // A service listed above one that scores more was moved up, and says so.
        for (a, b) in zip(result.matches, result.matches.dropFirst()) where a.score < b.score {
            #expect(a.reasonTexts.contains { $0.hasPrefix("Listed early as the best match for ") })
        }
        // After the first places, the order is by score again.
        let rest = result.matches.dropFirst(stated.count)
        for (a, b) in zip(rest, rest.dropFirst()) { #expect(a.score >= b.score) }
    }

    @Test("with the stated-needs rule off, nothing is moved up")
    func nothingForwardWithoutTheRule() throws {
        var q = ResidentQuery(
            place: .parish("Sevenoaks"), age: 49, needs: ["drinking every night, feeling pretty low"], limit: 100)
        q.withoutRules = ["fit.stated-needs"]
        let all = try match(q).matches
        for (a, b) in zip(all, all.dropFirst()) { #expect(a.score >= b.score) }
    }

    @Test("limit cuts the list and says how many more there are")
    func limit() throws {
        var q = query(["physical-activity"])
        q.limit = 3
        let result = try match(q)
        #expect(result.matches.count == 3)
        #expect(result.moreMatches > 0)
    }

    // MARK: Unmet

    @Test("needs nothing in the Directory meets are reported")
    func unmet() throws {
        let result = try match(query(["air pollution, lonely"]))
        #expect(result.unmet.map(\.id) == ["air-quality"])
    }

    // MARK: Place

    @Test("a full postcode is reduced to its district and never reported whole")
    func postcode() throws {
        let result = try match(ResidentQuery(place: .postcode("tn8 5ax"), age: 40, needs: ["lonely"]))
        #expect(result.place.outcode == "TN8")
        #expect(result.place.label.hasPrefix("TN8 ("))
        #expect(!JSONWriter().string(result.json).contains("5AX"))
    }

    @Test(
        "places that cannot be resolved are clear errors with suggestions",
        arguments: [
            (ResidentQuery.Place.parish("Edenbrige"), SignpostError.Kind.unknownParish, ["Edenbridge"]),
            (.postcode("TN12 6BU"), .unknownPostcode, ["TN13", "TN15", "TN16"]),
            (.postcode("nonsense"), .invalidInput, []),
            (.coordinate(GeoPoint(latitude: 53.48, longitude: -2.24)), .outsideDistrict, []),
        ])
    func places(place: ResidentQuery.Place, kind: SignpostError.Kind, suggestions: [String]) {
        do throws(SignpostError) {
            _ = try match(ResidentQuery(place: place, needs: ["lonely"]))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == kind)
            #expect(Set(error.suggestions).isSuperset(of: suggestions) || error.suggestions.isEmpty == suggestions.isEmpty)
        }
    }

    @Test("coordinates resolve to the nearest parish")
    func coordinates() throws {
        let result = try match(ResidentQuery(place: .coordinate(GeoPoint(latitude: 51.31, longitude: 0.187)), needs: ["lonely"]))
        #expect(result.place.parishName == "Otford")
    }

    // MARK: Limits and privacy

    @Test(
        "oversized or malformed requests are refused without echoing resident data",
        arguments: [
            ResidentQuery(place: .parish("Seal"), needs: Array(repeating: "lonely", count: 51)),
            ResidentQuery(place: .parish("Seal"), needs: [String(repeating: "secretword ", count: 200)]),
            ResidentQuery(place: .parish("Seal"), age: 150, needs: ["secretword"]),
            ResidentQuery(place: .parish("Seal"), needs: ["secretword"], limit: 0),
            ResidentQuery(place: .parish("Seal"), needs: ["secretword"], circumstances: ["secretword"]),
            ResidentQuery(place: .postcode("ME14 5PP"), needs: ["secretword"]),
        ])
    func limits(query: ResidentQuery) {
        do throws(SignpostError) {
            _ = try match(query)
            Issue.record("expected an error")
        } catch {
            #expect(!error.message.contains("secretword"))
            #expect(!error.message.contains("150"))
            #expect(!error.message.contains("ME14"))
        }
    }
}
