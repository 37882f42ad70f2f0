import SignpostCore

/// Plain-English headings for printed lists, each gathering some of the taxonomy's domains.
public struct Theme: Sendable, Hashable {
    public var id: String
    public var heading: String
    public var domains: [String]

    /// In the order headings are printed.
    public static let all: [Theme] = [
        Theme(id: "feeling-low", heading: "Feeling low or worried", domains: ["mental-health"]),
        Theme(id: "company", heading: "Company and things to do", domains: ["social-connection"]),
        Theme(id: "staying-active", heading: "Staying active and eating well", domains: ["physical-activity", "healthy-weight"]),
        Theme(id: "older-people", heading: "Older people and falls", domains: ["older-people-falls"]),
        Theme(id: "memory", heading: "Memory and dementia", domains: ["dementia"]),
        Theme(id: "carers", heading: "Help for carers", domains: ["carers"]),
        Theme(id: "money-work-housing", heading: "Money, work and housing", domains: ["income", "employment", "housing", "education"]),
        Theme(id: "getting-about", heading: "Getting about", domains: ["transport"]),
        Theme(id: "phones-computers", heading: "Help with phones and computers", domains: ["digital-inclusion"]),
        Theme(id: "families", heading: "Families and children", domains: ["children-families"]),
        Theme(id: "stopping-smoking", heading: "Stopping smoking", domains: ["smoking"]),
        Theme(id: "alcohol-drugs", heading: "Alcohol and drugs", domains: ["alcohol-drugs"]),
        Theme(id: "health", heading: "Health checks and long-term conditions", domains: ["long-term-conditions"]),
        Theme(id: "safety-abuse", heading: "Safety and abuse", domains: ["domestic-abuse"]),
        Theme(id: "outdoors", heading: "Getting outdoors", domains: ["environment"]),
    ]

    /// Heading for services whose domain no theme names.
    public static let other = Theme(id: "other", heading: "Other help", domains: [])

    public static func named(_ id: String) throws(SignpostError) -> Theme {
        if let theme = all.first(where: { $0.id == id }) { return theme }
        throw SignpostError.withSuggestions(
            .unknownTheme, "unknown theme (known: \(all.map(\.id).joined(separator: ", ")))",
            NameMatching.suggestions(for: id, among: all.map(\.id)))
    }

    /// The theme a domain is printed under.
    public static func forDomain(_ domain: String) -> Theme {
        all.first { $0.domains.contains(domain) } ?? other
    }
}
