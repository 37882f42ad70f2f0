import SignpostCore

extension WiderDeterminantsModule {
    /// Residents written from the action plan, with what this module should make happen.
    static let documentedExamples: [ResidentExample] = [
        ResidentExample(
            "Out of work and anxious in Sevenoaks: supportive volunteering at Mind (WDH1)",
            resident: ResidentQuery(place: .parish("Sevenoaks"), age: 30, needs: ["anxious and low"], circumstances: ["unemployed"]),
            expect: [.inTop("west-kent-mind-volunteering", within: 2), .suggests("employment"), .suggests("volunteering")]),
        ResidentExample(
            "On a low income in Edenbridge and wanting to get fit: concessions and free open days (WD8, WD10)",
            resident: ResidentQuery(
                place: .parish("Edenbridge"), age: 40, needs: ["want to get fitter"], circumstances: ["low-income"]),
            expect: [.inTop("edenbridge-leisure-centre", within: 2), .inTop("everyone-active-open-days", within: 3), .suggests("cost-of-living")]),
        ResidentExample(
            "Caring for a wife with dementia in Westerham: Forget-me-not cafés and carers' support (WDH2)",
            resident: ResidentQuery(
                place: .parish("Westerham"), age: 78, needs: ["my wife has dementia"], circumstances: ["carer", "no-car"]),
            expect: [.inTop("forget-me-not-dementia-cafes", within: 4), .suggests("carer-support")]),
        ResidentExample(
            "A disabled young man out of work in Swanley who wants something to do: placements for disabled adults (WD12)",
            resident: ResidentQuery(
                place: .parish("Swanley"), age: 22, needs: ["something useful to do"], circumstances: ["disabled", "unemployed", "man"]),
            expect: [.suggests("employment"), .inTop("everyone-active-disability-placements", within: 3)]),
    ]
}
