/// Getting there: distance to the nearest site, or the modes that need no journey.

/// Phone, home-visit, transport or (with internet) online services need no journey.
struct NoTravelRule: ScoringRule {
    static let withoutCar = RuleWeight("noTravelWithoutCar", 3, "a service that needs no journey, for a resident without a car")
    let id = "reach.no-travel"
    let title = "Services that need no journey (phone, home visits, transport, online) suit residents without a car"
    var weights: [RuleWeight] { [Self.withoutCar] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.noCar, .noInternet]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard let mode = ServiceReach.noTravelMode(c.traits.delivery, hasInternet: !r.has(.noInternet)) else { return }
        let noCar = r.has(.noCar)
        out.add(noCar ? Self.withoutCar.points : 0, .noTravel(mode, suitsNoCar: noCar))
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "a phone line for someone without a car", .example(needs: ["anxiety-depression"], circumstances: ["no-car"]),
                    service: .example(needs: ["anxiety-depression"], delivery: [.phone], locations: []), expect: .points(3)),
                RuleExample(
                    "a phone line for a driver: said, no points", .example(needs: ["anxiety-depression"]),
                    service: .example(needs: ["anxiety-depression"], delivery: [.phone], locations: []), expect: .points(0)),
            ],
            nonTriggering: [
                RuleExample(
                    "in person only", .example(needs: ["anxiety-depression"], circumstances: ["no-car"]),
                    service: .example(needs: ["anxiety-depression"])),
                RuleExample(
                    "online only, and no internet at home", .example(needs: ["anxiety-depression"], circumstances: ["no-internet"]),
                    service: .example(needs: ["anxiety-depression"], delivery: [.online, .inPerson])),
            ])
    }
}

/// Distance to the nearest site, which counts more without a car.
struct DistanceRule: ScoringRule {
    static let perKmWithCar = RuleWeight("perKmWithCar", 0.25, "points lost per km to the nearest site, for a resident who can drive")
    static let perKmWithoutCar = RuleWeight(
        "perKmWithoutCar", 1, "points lost per km, for a resident with no car or limited mobility")
    static let maxPenalty = RuleWeight("maxDistancePenalty", 12, "the most points distance can cost")
    let id = "reach.distance"
    let title = "Marks services down by the distance to their nearest site, more so without a car"
    var weights: [RuleWeight] { [Self.perKmWithCar, Self.perKmWithoutCar, Self.maxPenalty] }
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.noCar, .limitedMobility, .noInternet]) }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard ServiceReach.noTravelMode(c.traits.delivery, hasInternet: !r.has(.noInternet)) == nil,
            let km = c.distanceKm, let nearest = c.nearestSite
        else { return }
        let hardToTravel = r.has(.noCar) || r.has(.limitedMobility)
        let parishName = nearest.parish >= 0 ? r.parishName(ofOrdinal: Int(nearest.parish)) : nil
        if let parishName, parishName == r.place.parishName {
            out.note(.runsWhereYouLive(place: parishName))
            return
        }
        let penalty = min(Self.maxPenalty.points, km * (hardToTravel ? Self.perKmWithoutCar.points : Self.perKmWithCar.points))
        let approximate = !nearest.exact || r.place.precision != .coordinate
        let placeName = parishName ?? service.locations[Int(nearest.location)].name
        out.add(-penalty, .distance(km: km, place: placeName, approximate: approximate, noCar: hardToTravel))
    }

    var examples: RuleExamples {
        let edenbridge = [ServiceLocation(name: "Edenbridge venue", parish: "Edenbridge")]
        return RuleExamples(
            triggering: [
                RuleExample(
                    "a Sevenoaks resident with a car, a site in Edenbridge", .example(needs: ["physical-activity"]),
                    service: .example(needs: ["physical-activity"], locations: edenbridge), expect: .lowers),
                RuleExample(
                    "the same without a car: it costs more", .example(needs: ["physical-activity"], circumstances: ["no-car"]),
                    service: .example(needs: ["physical-activity"], locations: edenbridge), expect: .lowers),
                RuleExample(
                    "a site in the resident's own parish: said, no points", .example(needs: ["physical-activity"]),
                    service: .example(needs: ["physical-activity"]), expect: .points(0)),
            ],
            nonTriggering: [
                RuleExample(
                    "a phone service", .example(needs: ["physical-activity"]),
                    service: .example(needs: ["physical-activity"], delivery: [.phone], locations: edenbridge)),
                RuleExample(
                    "no site listed", .example(needs: ["physical-activity"]),
                    service: .example(needs: ["physical-activity"], locations: [])),
            ])
    }
}

/// In person, but nowhere to go is listed.
struct NoSiteRule: ScoringRule {
    static let penalty = RuleWeight("noSitePenalty", 1, "points lost when an in-person service lists no meeting place")
    let id = "reach.no-site"
    var vocabulary: RuleVocabulary { RuleVocabulary(circumstances: [.noInternet]) }
    let title = "Marks down an in-person service that lists no meeting place"
    var weights: [RuleWeight] { [Self.penalty] }

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard ServiceReach.noTravelMode(c.traits.delivery, hasInternet: !r.has(.noInternet)) == nil, c.nearestSite == nil
        else { return }
        out.add(-Self.penalty.points, .noSiteListed)
    }

    var examples: RuleExamples {
        RuleExamples(
            triggering: [
                RuleExample(
                    "in person, no venue", .example(needs: ["social-activities"]),
                    service: .example(needs: ["social-activities"], locations: []), expect: .points(-1))
            ],
            nonTriggering: [
                RuleExample("a venue is listed", .example(needs: ["social-activities"]), service: .example(needs: ["social-activities"])),
                RuleExample(
                    "by phone", .example(needs: ["social-activities"]),
                    service: .example(needs: ["social-activities"], delivery: [.phone], locations: [])),
            ])
    }
}

/// A postcode district that the service covers only in part.
struct PartialOutcodeRule: ScoringRule {
    let id = "reach.partial-postcode"
    let title = "Notes when the resident gave a postcode district that the service covers only in part"

    func score(_ service: Service, _ c: RuleCandidate, for r: RuleContext, into out: inout ScoreOutput) {
        guard r.place.precision == .postcodeDistrict, let outcode = r.place.outcode else { return }
        if !r.place.parishes.allSatisfy({ r.serves(c.ordinal, parish: $0) }) {
            out.note(.servesOnlyPartOf(outcode: outcode))
        }
    }

    var examples: RuleExamples {
        let edenbridgeOnly = Service.example(
            needs: ["loneliness"], area: .parishes(["Edenbridge"]), locations: [ServiceLocation(parish: "Edenbridge")])
        return RuleExamples(
            triggering: [
                RuleExample(
                    "TN8 covers more than Edenbridge", ResidentQuery(place: .postcode("TN8"), needs: ["loneliness"]),
                    service: edenbridgeOnly, expect: .points(0))
            ],
            nonTriggering: [
                RuleExample("a parish was given", .example(parish: "Edenbridge", needs: ["loneliness"]), service: edenbridgeOnly),
                RuleExample(
                    "a district-wide service", ResidentQuery(place: .postcode("TN8"), needs: ["loneliness"]),
                    service: .example(needs: ["loneliness"])),
            ])
    }
}
