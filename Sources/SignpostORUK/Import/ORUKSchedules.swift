import SignpostCore

/// Reads one ORUK schedule — a 3.0 `schedules[]` entry or a v1 `regular_schedules[]` one — as
/// structured opening times where the RRULE-style fields allow (weekly or monthly, `byday` with
/// optional ordinals, `opens_at`/`closes_at`, validity dates), and as text where they do not
/// (every second week, days of the month, no days): always with a finding saying which.
/// Produced schedules always pass the Directory validator's checks.
struct ORUKSchedules {
    struct Reading {
        var schedules: [Schedule] = []
        /// Words for what could not be held as data, or a description that says more than the data.
        var text: String?
        /// `service_at_location_id`: the site the schedule belongs to.
        var serviceAtLocation: String?
    }

    /// `clean` reads a text field through the feed's text cleaning.
    static func read(_ s: ObjectReader, clean: (ObjectReader, String) -> String?) -> Reading {
        var reading = Reading()
        reading.serviceAtLocation = s.string("service_at_location_id")
        _ = s.value("location_id", required: false)
        let description = clean(s, "description")
        let notes = clean(s, "notes")
        let freqText = s.string("freq")
        let interval = lenientInt(s, "interval")
        let byday = s.string("byday")
        let bymonthday = s.value("bymonthday", required: false)
        let weekday = s.value("weekday", required: false)
        let opens = time(s, "opens_at")
        var closes = time(s, "closes_at")
        var validFrom = date(s, "valid_from")
        var validTo = date(s, "valid_to")
        if let dtstart = date(s, "dtstart") {
            if validFrom == nil { validFrom = dtstart } else if dtstart != validFrom {
                s.warning("dtstart", "not imported: the schedule's valid_from (\(validFrom!)) is used as its start")
            }
        }
        if let until = date(s, "until") {
            if validTo == nil { validTo = until } else if until != validTo {
                s.warning("until", "not imported: the schedule's valid_to (\(validTo!)) is used as its end")
            }
        }

        // Days, with their ordinals: "TU,TH", "1TU,3TU", "-1FR"; v1's weekday as a name or 1–7.
        var tokens: [(day: Weekday, week: Int?)] = []
        var badDays: [String] = []
        if let byday {
            for part in byday.split(separator: ",").map({ String($0).trimmingSpaces() }) where !part.isEmpty {
                if let token = dayToken(part) { tokens.append(token) } else { badDays.append(part) }
            }
        }
        if tokens.isEmpty, let weekday {
            if let day = weekdayValue(weekday) { tokens.append((day, nil)) } else { s.error("weekday", "\"\(describe(weekday))\" is not a day of the week: left out") }
        }
        if !badDays.isEmpty {
            s.error("byday", "\(badDays.map { "\"\($0)\"" }.joined(separator: ", ")) not a day (MO…SU, with an optional week such as 2TU or -1FR): left out")
        }
        let freq = freqText?.uppercased()
        if let freqText, freq != "WEEKLY" && freq != "MONTHLY" {
            s.warning("freq", "\"\(freqText)\" is not WEEKLY or MONTHLY: read from byday instead")
        }
        // Closing at 00:00 is closing at midnight, the end of the day (00:00–00:00 is all day).
        if let closesTime = closes, closesTime.minutes == 0, opens != nil { closes = ClockTime(hour: 24, minute: 0) }

        func asText(_ why: String, field: String) {
            var words = description ?? generatedWords(tokens: tokens, opens: opens, closes: closes, interval: interval)
            if let notes { words += words.isEmpty ? notes : " (" + notes + ")" }
            reading.text = words.nilIfEmpty
            s.warning(field, why + ": kept as text, not as structured opening times")
        }
        if let interval, interval > 1 {
            asText("every \(interval) \(freq == "MONTHLY" ? "months" : "weeks") cannot be held as structured opening times", field: "interval")
            return reading
        }
        if let bymonthday, !isEmpty(bymonthday) {
            asText("days of the month (bymonthday \(describe(bymonthday))) cannot be held as structured opening times", field: "bymonthday")
            return reading
        }
        guard !tokens.isEmpty else {
            if opens != nil || closes != nil {
                asText("times without days", field: "byday")
            } else {
                reading.text = [description, notes].compactMap { $0 }.joined(separator: " ").nilIfEmpty
            }
            return reading
        }
        if freq == "WEEKLY" && tokens.contains(where: { $0.week != nil }) {
            s.warning("byday", "weeks of the month are given for a weekly schedule: read as monthly")
        }
        if let o = opens, let c = closes, c <= o || o.minutes == 1440 {
            s.error("closes_at", "closes at \(c) but opens at \(o): the times are left out")
            return Reading(schedules: [], text: description, serviceAtLocation: reading.serviceAtLocation)
        }
        if (opens == nil) != (closes == nil) {
            s.warning(opens == nil ? "closes_at" : "opens_at", "only one of opens_at and closes_at: the times are left out")
        }
        let times: (ClockTime?, ClockTime?) = opens != nil && closes != nil ? (opens, closes) : (nil, nil)
        if let f = validFrom, let t = validTo, t < f {
            s.error("valid_to", "valid_to \(t) is before valid_from \(f): the dates are left out")
            validFrom = nil
            validTo = nil
        }

        // Group: each day's weeks, then days with the same weeks into one schedule.
        var order: [Weekday] = []
        var weeksByDay: [Weekday: [Int]] = [:]
        for token in tokens {
            if weeksByDay[token.day] == nil {
                order.append(token.day)
                weeksByDay[token.day] = []
            }
            if let week = token.week, Schedule.isValidWeekOfMonth(week), !weeksByDay[token.day]!.contains(week) {
                weeksByDay[token.day]!.append(week)
            } else if let week = token.week, !Schedule.isValidWeekOfMonth(week) {
                s.error("byday", "week \(week) of the month is not 1 to 5 or -1: left out")
            }
        }
        var groups: [(days: [Weekday], weeks: [Int])] = []
        for day in order {
            let weeks = weeksByDay[day]!
            if let g = groups.firstIndex(where: { Set($0.weeks) == Set(weeks) && $0.weeks.count == weeks.count }) {
                groups[g].days.append(day)
            } else {
                groups.append(([day], weeks))
            }
        }
        reading.schedules = groups.map { group in
            Schedule(days: group.days, weeksOfMonth: group.weeks, opens: times.0, closes: times.1, validFrom: validFrom, validTo: validTo, notes: notes)
        }
        // A description that only says what the data says is not kept twice.
        if let description, description != Schedule.inWords(reading.schedules),
            description != Schedule.inWords(reading.schedules.map { var s = $0; s.notes = nil; return s })
        {
            reading.text = description
        }
        return reading
    }

    /// "TU", "2TU", "-1FR", "+1MO", "Tuesday", "tue".
    static func dayToken(_ text: String) -> (day: Weekday, week: Int?)? {
        var rest = Substring(text)
        var sign = 1
        if rest.first == "-" {
            sign = -1
            rest = rest.dropFirst()
        } else if rest.first == "+" {
            rest = rest.dropFirst()
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        rest = rest.dropFirst(digits.count)
        guard let day = dayName(String(rest)) else { return nil }
        if digits.isEmpty { return sign == 1 ? (day, nil) : nil }
        guard let n = Int(digits) else { return nil }
        return (day, sign * n)
    }

    static func dayName(_ text: String) -> Weekday? {
        let lower = text.trimmingSpaces().lowercased()
        guard lower.count >= 2 else { return nil }
        if let day = Weekday(rruleCode: lower) { return day }
        return Weekday.allCases.first { $0.rawValue == lower || ($0.rawValue.hasPrefix(lower) && lower.count >= 3) || $0.plural.lowercased() == lower }
    }

    /// v1 `weekday`: a name, or 1–7 from Monday (0 read as Sunday).
    private static func weekdayValue(_ value: JSONValue) -> Weekday? {
        switch value {
        case .number:
            guard let n = value.intValue, (0...7).contains(n) else { return nil }
            return n == 0 ? .sunday : Weekday.allCases[n - 1]
        case .string(let s):
            if let n = Int(s.trimmingSpaces()) { return weekdayValue(.number(Double(n))) }
            return dayName(s)
        default: return nil
        }
    }

    /// "10:00", "10:00:00", "10:00:00Z", "09:30+01:00", "1970-01-01T10:00:00", "9:30", "10am", "10.30pm".
    /// Times are taken as UK local time; a zone suffix is ignored.
    static func parseTime(_ raw: String) -> ClockTime? {
        var text = raw.trimmingSpaces().lowercased()
        if let t = text.firstIndex(of: "t"), text.count > 10, CalendarDate(iso: String(text.prefix(10))) != nil {
            text = String(text[text.index(after: t)...])
        }
        var pm: Bool? = nil
        if text.hasSuffix("am") || text.hasSuffix("pm") {
            pm = text.hasSuffix("pm")
            text = String(text.dropLast(2)).trimmingSpaces()
        }
        let parts = text.split(maxSplits: 2, omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard let first = parts.first, (1...2).contains(first.count), let h = Int(first) else { return nil }
        var minute = 0
        if parts.count >= 2 {
            let m = parts[1].prefix(2)
            guard m.count == 2, let value = Int(m) else { return nil }
            minute = value
            let tail = parts[1].dropFirst(2)
            // Whatever follows the minutes must be seconds, a fraction or a zone.
            guard tail.isEmpty || tail.allSatisfy({ $0.isNumber || "z+-:".contains($0) }) else { return nil }
        } else if pm == nil {
            return nil
        }
        var hour = h
        if let pm {
            guard (1...12).contains(h) else { return nil }
            hour = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h)
        }
        return ClockTime(hour: hour, minute: minute)
    }

    private static func time(_ s: ObjectReader, _ key: String) -> ClockTime? {
        guard let text = s.string(key) else { return nil }
        guard let time = parseTime(text) else {
            s.error(key, "\"\(text)\" is not a time (HH:MM): left out")
            return nil
        }
        return time
    }

    private static func date(_ s: ObjectReader, _ key: String) -> CalendarDate? {
        guard let text = s.string(key) else { return nil }
        guard let date = CalendarDate(iso: String(text.trimmingSpaces().prefix(10))) else {
            s.error(key, "expected a date (YYYY-MM-DD), found \"\(text)\": left out")
            return nil
        }
        return date
    }

    private static func lenientInt(_ s: ObjectReader, _ key: String) -> Int? {
        guard let value = s.value(key, required: false) else { return nil }
        if let n = value.intValue { return n }
        if let text = value.stringValue, let n = Int(text.trimmingSpaces()) { return n }
        if let text = value.stringValue, text.trimmingSpaces().isEmpty { return nil }
        s.error(key, "expected a whole number, found \(value.typeDescription)")
        return nil
    }

    private static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return true
        case .string(let s): return s.trimmingSpaces().isEmpty
        case .array(let a): return a.isEmpty
        default: return false
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return s
        case .number: return value.intValue.map(String.init) ?? "a number"
        default: return value.typeDescription
        }
    }

    /// Words for a schedule that has no description of its own.
    private static func generatedWords(tokens: [(day: Weekday, week: Int?)], opens: ClockTime?, closes: ClockTime?, interval: Int?) -> String {
        var words = interval.map { $0 > 1 ? "Every \($0) weeks" : "" } ?? ""
        let days = Schedule.dayList(tokens.map(\.day), plural: true)
        if !days.isEmpty { words += (words.isEmpty ? "" : " on ") + days }
        if let opens, let closes { words += (words.isEmpty ? "" : ", ") + opens.inWords + " to " + closes.inWords }
        return words
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
