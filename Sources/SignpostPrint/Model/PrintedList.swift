import SignpostCore

/// A list of services ready to print: the same content whatever the format (PDF, HTML, text).
/// It carries no resident data beyond what the prescriber chose to show.
public struct PrintedList: Sendable {
    public struct Entry: Sendable {
        public var name: String
        /// The main phone number, shown first and prominently.
        public var phone: String?
        /// Further numbers ("Bookings: 01732 …").
        public var otherPhones: [String]
        /// One or two sentences.
        public var description: String
        /// Address, or "Comes to your home", "By phone", "Door-to-door transport".
        public var whereText: String
        public var when: String?
        public var cost: String
        public var howToStart: String
        public var web: String?
        /// Why it was suggested (resident handouts only).
        public var why: String?
        /// False for entries that are not services (an index of lists): no phone line at all.
        public var showsPhone = true

        public init(
            name: String, phone: String?, otherPhones: [String], description: String, whereText: String, when: String?,
            cost: String, howToStart: String, web: String?, why: String?, showsPhone: Bool = true
        ) {
            self.name = name
            self.phone = phone
            self.otherPhones = otherPhones
            self.description = description
            self.whereText = whereText
            self.when = when
            self.cost = cost
            self.howToStart = howToStart
            self.web = web
            self.why = why
            self.showsPhone = showsPhone
        }
    }

    public struct Section: Sendable {
        public var heading: String
        public var entries: [Entry]

        public init(heading: String, entries: [Entry]) {
            self.heading = heading
            self.entries = entries
        }
    }

    public var title: String
    /// "Printed 25 November 2026".
    public var printed: CalendarDate
    /// Range of the `verified` dates of what is listed.
    public var checkedFrom: CalendarDate?
    public var checkedTo: CalendarDate?
    /// A line under the title (needs shown on a handout, or the filter used).
    public var subtitle: String?
    public var sections: [Section]
    /// Services left off because the only way in is online.
    public var leftOffOnlineOnly: Int
    /// The boxed numbers on the first page, before any list.
    public var numbers: NumbersBox? = nil

    public init(
        title: String, printed: CalendarDate, checkedFrom: CalendarDate?, checkedTo: CalendarDate?, subtitle: String?,
        sections: [Section], leftOffOnlineOnly: Int
    ) {
        self.title = title
        self.printed = printed
        self.checkedFrom = checkedFrom
        self.checkedTo = checkedTo
        self.subtitle = subtitle
        self.sections = sections
        self.leftOffOnlineOnly = leftOffOnlineOnly
    }

    public var entryCount: Int { sections.reduce(0) { $0 + $1.entries.count } }

    /// "Information checked between January 2020 and April 2024."
    public var checkedLine: String? {
        guard let from = checkedFrom, let to = checkedTo else { return nil }
        if from.year == to.year && from.month == to.month { return "Information checked \(to.monthAndYear)." }
        return "Information checked between \(from.monthAndYear) and \(to.monthAndYear)."
    }

    public var printedLine: String { "Printed \(printed.longForm)." }
}

/// The help details printed on every page, as the council's own documents carry them.
public enum PrintFooter {
    public static let helpLine = "For help call Sevenoaks District Council on 01732 227000"
    public static let largePrintLine = "This publication is available in large print. For a copy call 01732 227414."
}
