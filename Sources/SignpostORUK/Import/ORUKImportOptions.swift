import SignpostCore

/// Choices for an import that the feed itself cannot answer.
public struct ORUKImportOptions: Sendable {
    /// The area given to services whose `service_areas` name no place Signpost knows. Without
    /// one, such services are skipped (a service with no area can never be matched honestly).
    public var defaultArea: ServiceArea?
    /// Names the feed in each service's `source` ("Tonbridge & Malling ORUK feed, https://…").
    public var feedName: String
    /// The date used as `verified` when a service has neither `assured_date` nor `last_modified`.
    public var feedDate: CalendarDate
    /// The vocabulary table to map other publishers' taxonomy terms with. Nil: the one in the base
    /// Directory's `vocabularies/esd-needs.json` when there is one (an import from a folder).
    public var vocabulary: ORUKVocabulary?

    public init(defaultArea: ServiceArea? = nil, feedName: String, feedDate: CalendarDate, vocabulary: ORUKVocabulary? = nil) {
        self.defaultArea = defaultArea
        self.feedName = feedName
        self.feedDate = feedDate
        self.vocabulary = vocabulary
    }
}
