/// A day of the week.
public enum Weekday: String, Sendable, Hashable, CaseIterable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Monday is 0, Sunday 6.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    /// "Tuesday".
    public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// "Tuesdays".
    public var plural: String { name + "s" }

    /// The iCalendar (RFC 5545 BYDAY) code: "TU".
    public var rruleCode: String { String(rawValue.prefix(2)).uppercased() }

    public init?(rruleCode: String) {
        guard let day = Weekday.allCases.first(where: { $0.rruleCode == rruleCode.uppercased() }) else { return nil }
        self = day
    }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}

/// A time of day to the minute, from 00:00 to 24:00 (the end of the day, for closing times).
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since midnight, 0...1440.
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses exactly `HH:MM` ("09:30", "24:00").
    public init?(hhmm text: String) {
        let b = Array(text.utf8)
        guard b.count == 5, b[2] == UInt8(ascii: ":"), [0, 1, 3, 4].allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) else {
            return nil
        }
        self.init(hour: Int(b[0] - 0x30) * 10 + Int(b[1] - 0x30), minute: Int(b[3] - 0x30) * 10 + Int(b[4] - 0x30))
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// "09:30".
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// "10am", "10:30am", "12pm" (noon), "midnight".
    public var inWords: String {
        if minutes == 0 || minutes == 1440 { return "midnight" }
        let h12 = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        return String(h12) + (minute == 0 ? "" : ":" + (minute < 10 ? "0" : "") + String(minute)) + suffix
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}

/// When a service (or one of its sites) is open, as data: on which days, which weeks of the month,
/// between which times, over which dates. It sits beside the free-text `schedule`, which stays for
/// what cannot be said this way; ORUK 3.0 `schedules` carry the same facts as RRULE-style fields.
public struct Schedule: Sendable, Hashable {
    public enum Frequency: String, Sendable, Hashable, CaseIterable {
        case weekly, monthly
    }

    /// The days it runs, in the order given. Never empty in a valid record.
    public var days: [Weekday]
    /// For a monthly schedule: which occurrence of each day in the month, 1–5, or -1 for the last.
    public var weeksOfMonth: [Int]
    public var opens: ClockTime?
    public var closes: ClockTime?
    /// The first and last dates the schedule applies (inclusive), when the source gives them.
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    /// Weekly unless `weeksOfMonth` says which weeks (then monthly); stated only when it differs.
    public var frequency: Frequency
    /// Anything else the source says about it ("term time only").
    public var notes: String?

    public init(
        days: [Weekday], weeksOfMonth: [Int] = [], opens: ClockTime? = nil, closes: ClockTime? = nil,
        validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil, frequency: Frequency? = nil, notes: String? = nil
    ) {
        self.days = days
        self.weeksOfMonth = weeksOfMonth
        self.opens = opens
        self.closes = closes
        self.validFrom = validFrom
        self.validTo = validTo
        self.frequency = frequency ?? Schedule.defaultFrequency(weeksOfMonth: weeksOfMonth)
        self.notes = notes
    }

    /// What `frequency` is when a record does not state it.
    public static func defaultFrequency(weeksOfMonth: [Int]) -> Frequency { weeksOfMonth.isEmpty ? .weekly : .monthly }

    /// Whether a week number may appear in `weeksOfMonth`.
    public static func isValidWeekOfMonth(_ week: Int) -> Bool { (1...5).contains(week) || week == -1 }

    // MARK: - In words

    /// The one rendering of opening times in words, for printed lists, the CLI and ORUK
    /// descriptions: "Tuesdays, 10am to 12pm"; "First Tuesday of the month, 10am to 12pm";
    /// "Mondays to Fridays, 9am to 5pm, until 31 March 2026 (term time only)".
    public var inWords: String {
        var text: String
        if frequency == .monthly && !weeksOfMonth.isEmpty {
            text = Schedule.ordinals(weeksOfMonth) + " " + Schedule.dayList(days, plural: false) + " of the month"
        } else {
            text = days.count == 7 && Set(days).count == 7 ? "Every day" : Schedule.dayList(days, plural: true)
        }
        if text.isEmpty { text = "Open" }
        switch (opens, closes) {
        case (let o?, let c?) where o.minutes == 0 && c.minutes == 1440: text += ", 24 hours"
        case (let o?, let c?): text += ", " + o.inWords + " to " + c.inWords
        case (let o?, nil): text += ", from " + o.inWords
        case (nil, let c?): text += ", until " + c.inWords
        case (nil, nil): break
        }
        switch (validFrom, validTo) {
        case (let f?, let t?): text += ", from " + f.longForm + " to " + t.longForm
        case (let f?, nil): text += ", from " + f.longForm
        case (nil, let t?): text += ", until " + t.longForm
        case (nil, nil): break
        }
        if let notes = notes?.trimmingSpaces(), !notes.isEmpty { text += " (" + notes + ")" }
        return text
    }

    /// Several schedules in words, joined with "; ", or nil when there are none.
    public static func inWords(_ schedules: [Schedule]) -> String? {
        schedules.isEmpty ? nil : schedules.map(\.inWords).joined(separator: "; ")
    }

    /// "Mondays to Fridays", "Tuesdays and Thursdays", "Monday, Wednesday and Friday": runs of three
    /// or more days in a row are joined with "to"; days keep their weekly order.
    public static func dayList(_ days: [Weekday], plural: Bool) -> String {
        let sorted = Array(Set(days)).sorted()
        var parts: [String] = []
        var i = 0
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count && sorted[j + 1].index == sorted[j].index + 1 { j += 1 }
            let word: (Weekday) -> String = { plural ? $0.plural : $0.name }
            if j - i >= 2 {
                parts.append(word(sorted[i]) + " to " + word(sorted[j]))
            } else {
                for k in i...j { parts.append(word(sorted[k])) }
            }
            i = j + 1
        }
        return Format.list(parts)
    }

    /// "First", "First and third", "Second and last".
    static func ordinals(_ weeks: [Int]) -> String {
        let names = [1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"]
        let ordered = Array(Set(weeks)).sorted { a, b in (a == -1 ? 6 : a) < (b == -1 ? 6 : b) }
        let text = Format.list(ordered.map { names[$0] ?? String($0) + "th" })
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    // MARK: - Overlap

    /// Whether two schedules claim some of the same time on some day: they share a day, a week of
    /// the month (weekly counts as every week), some dates, and their times intersect.
    public func overlaps(_ other: Schedule) -> Bool {
        guard let o1 = opens, let c1 = closes, let o2 = other.opens, let c2 = other.closes else { return false }
        guard !Set(days).isDisjoint(with: other.days) else { return false }
        let weeks1 = frequency == .weekly || weeksOfMonth.isEmpty ? nil : Set(weeksOfMonth)
        let weeks2 = other.frequency == .weekly || other.weeksOfMonth.isEmpty ? nil : Set(other.weeksOfMonth)
        if let weeks1, let weeks2, weeks1.isDisjoint(with: weeks2) {
            // The last week may be the fourth or fifth: only distinct fixed weeks are disjoint for sure.
            let fixed1 = weeks1.subtracting([-1]), fixed2 = weeks2.subtracting([-1])
            let lastMeets = (weeks1.contains(-1) && fixed2.contains { $0 >= 4 }) || (weeks2.contains(-1) && fixed1.contains { $0 >= 4 })
            if !lastMeets { return false }
        }
        let start1 = validFrom ?? CalendarDate(year: 1, month: 1, day: 1)!, end1 = validTo ?? CalendarDate(year: 9999, month: 12, day: 31)!
        let start2 = other.validFrom ?? CalendarDate(year: 1, month: 1, day: 1)!
        let end2 = other.validTo ?? CalendarDate(year: 9999, month: 12, day: 31)!
        guard start1 <= end2 && start2 <= end1 else { return false }
        return o1 < c2 && o2 < c1
    }
}
