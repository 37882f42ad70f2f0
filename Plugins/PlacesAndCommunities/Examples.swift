import SignpostCore

extension PlacesAndCommunitiesModule {
    /// Residents written from the action plan, with what this module should make happen.
    static let documentedExamples: [ResidentExample] = [
        ResidentExample(
            "85 in Otford, no car, cannot get to the shops: Dial a Ride (PC7)",
            resident: ResidentQuery(
                place: .parish("Otford"), age: 85, needs: ["can't get to the shops"], circumstances: ["no-car", "limited-mobility"]),
            expect: [.inTop("dial-a-ride", within: 1), .suggests("falls-prevention")]),
        ResidentExample(
            "Lonely with no internet in Edenbridge: online-only help is ruled out, digital help suggested (PC10–PC13)",
            resident: ResidentQuery(place: .parish("Edenbridge"), age: 70, needs: ["lonely"], circumstances: ["no-internet"], limit: 15),
            expect: [.excluded("better-together-hub"), .suggests("digital-skills"), .inTop("compaid-digital-inclusion", within: 12)]),
        ResidentExample(
            "A stressed man in Sevenoaks: men's mental health drop-ins (PC8)",
            resident: ResidentQuery(place: .parish("Sevenoaks"), age: 45, needs: ["stressed and anxious"], circumstances: ["man"]),
            expect: [.inTop("mens-mental-health-drop-ins", within: 2), .suggests("mens-mental-health")]),
        ResidentExample(
            "79, living alone in Kemsing, had a fall: falls prevention (PC1), company suggested (PC2)",
            resident: ResidentQuery(place: .parish("Kemsing"), age: 79, needs: ["had a fall last month"], circumstances: ["lives-alone"]),
            expect: [.inTop("west-kent-falls-prevention", within: 2), .suggests("loneliness")]),
        ResidentExample(
            "Worried about scams in Westerham: silver cafés (PC3)",
            resident: ResidentQuery(place: .parish("Westerham"), age: 72, needs: ["worried about scams"]),
            expect: [.inTop("silver-cafes", within: 1)], showsModuleEffect: false),
        ResidentExample(
            "A woman feeling low is not offered the men-only drop-ins",
            resident: ResidentQuery(place: .parish("Sevenoaks"), age: 35, needs: ["feeling low"], circumstances: ["woman"]),
            expect: [.excluded("mens-mental-health-drop-ins")], showsModuleEffect: false),
    ]
}
