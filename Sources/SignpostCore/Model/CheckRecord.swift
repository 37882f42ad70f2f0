/// One recorded check of a service record, kept in its `history`: on `recorded` someone
/// confirmed the record with the service (by phone, say), so `verified` moved from `previous`
/// to `recorded`. Entries are oldest first. In a service file each is
/// `{"verified": "<previous>", "recorded": "<date of the check>", "note": "…"}`.
public struct CheckRecord: Sendable, Hashable {
    /// The `verified` date the record had before this check (file key `verified`).
    public var previous: CalendarDate
    /// The day of the check, which became the record's `verified` date.
    public var recorded: CalendarDate
    /// What the check found or who confirmed it ("Rang 01732 454108; times confirmed"); no
    /// resident's details.
    public var note: String?

    public init(previous: CalendarDate, recorded: CalendarDate, note: String? = nil) {
        self.previous = previous
        self.recorded = recorded
        self.note = note
    }
}
