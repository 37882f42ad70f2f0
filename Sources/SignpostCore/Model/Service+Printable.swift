extension Service {
    /// A way in that is not the internet: a phone number or a place to go. Printed parish lists
    /// carry only such services (`PrintedListBuilder` uses this), and the checking rota counts a
    /// service that has one and serves a parish as being on the printed lists.
    public var hasOfflineWayIn: Bool {
        if !phones.isEmpty { return true }
        return locations.contains { $0.address != nil || $0.postcode != nil || $0.name != nil }
    }
}

extension Service {
    /// True when a resident can use it without going anywhere and without the internet: by
    /// phone, at home, or with the transport it provides.
    public var needsNoTravelOffline: Bool {
        delivery.contains(.phone) || delivery.contains(.homeVisit) || delivery.contains(.transport)
    }

    /// When it runs, in words: the schedule as the source words it, else the structured times.
    public var whenInWords: String? {
        schedule ?? Schedule.inWords(schedules)
    }
}
