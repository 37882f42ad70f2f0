import SignpostCore

extension HealthBehavioursModule {
    /// Residents written from the action plan, with what this module should make happen.
    static let documentedExamples: [ResidentExample] = [
        ResidentExample(
            "BMI 34 in Edenbridge: Why Weight first (HB4), then activity and a health check",
            resident: ResidentQuery(place: .parish("Edenbridge"), age: 52, needs: ["BMI 34"]),
            expect: [.inTop("why-weight", within: 3), .suggests("physical-activity"), .suggests("health-check")]),
        ResidentExample(
            "A 15-year-old who vapes: the Kenward Trust's work with young people (HB16)",
            resident: ResidentQuery(place: .parish("Sevenoaks"), age: 15, needs: ["vaping"]),
            expect: [.inTop("kenward-trust-vaping-education", within: 1)],
            // Vaping is also what the Kenward Trust's work is mainly for (fit.main-purpose), so it
            // leads without the module too; the module's +4 for young people is shown by the
            // rule's own examples.
            showsModuleEffect: false),
        ResidentExample(
            "Pregnant, a smoker, on a low income in Swanley, asking about eating well: stop-smoking support and Healthy Start are suggested (HB1, HB17)",
            resident: ResidentQuery(
                place: .parish("Swanley"), age: 28, needs: ["want to eat better"],
                circumstances: ["pregnant", "smoker", "low-income"]),
            expect: [
                .suggests("stop-smoking"), .suggests("pregnancy-early-years"), .inTop("one-you-kent-smokefree", within: 5),
                .inTop("healthy-start", within: 5),
            ]),
        ResidentExample(
            "81 in Hextable with limited mobility: chair-based exercise in the northern parishes (HB7)",
            resident: ResidentQuery(
                place: .parish("Hextable"), age: 81, needs: ["wants to keep active"], circumstances: ["limited-mobility", "no-car"]),
            expect: [.inTop("mature-movers-chair-exercise", within: 1)]),
        ResidentExample(
            "Worried about diabetes in Otford: Living Well, Taking Control (HB2) and a health check",
            resident: ResidentQuery(place: .parish("Otford"), age: 58, needs: ["worried about diabetes"]),
            expect: [.inTop("living-well-taking-control", within: 2), .suggests("health-check")]),
    ]
}
