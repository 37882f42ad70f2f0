import SignpostCore

/// A list of services ready to print: the same content whatever the format (PDF, HTML, text).
/// It carries no resident data beyond what the prescriber chose to show.
public struct PrintedList: Sendable {
    /// The number to ring for an entry, and whose line it is when that is not obvious.
    public struct PhoneLine: Sendable, Equatable {
        /// As dialled: "01732 744950", "text 85258", "01732 227000 ext. 123".
        public var number: String
        /// When the line is not the service's own: "Sevenoaks District Council's main number:
        /// ask for the Health and Communities Team".
        public var note: String?

        public init(number: String, note: String? = nil) {
            self.number = number
            self.note = note
        }
    }

    public struct Entry: Sendable {
        public var name: String
        /// The number to ring, shown first and prominently. Nil only for walk-in entries (which
        /// have an address) and for entries that are not services (an index of lists).
        public var phone: PhoneLine?
        /// Further numbers ("Bookings: 01732 …").
        public var otherPhones: [String]
        /// One or two sentences.
        public var description: String
        /// Who it is for, in plain words (age, conditions, area, referral); nil when anyone may go.
        public var whoFor: String?
        /// Address with town and distance, or "Comes to your home", "By phone", "Door-to-door transport".
        public var whereText: String
        public var when: String?
        public var cost: String
        /// How to start, when the number above is not the way in ("Go along: see where and when").
        public var howToStart: String?
        public var web: String?
        /// When the entry's facts were last checked against their source.
        public var checked: CalendarDate?
        /// Why it was suggested (resident handouts only).
        public var why: String?
        /// The entry to ring first (a handout's first suggestion).
        public var ringFirst = false
        /// Printed briefly even in a full section: a phone line, where the number and what it is
        /// for say all a resident needs.
        public var brief = false
        /// False for entries that are not services (an index of lists): no phone line at all.
        public var showsPhone = true
        /// The file this entry stands for (an index of lists), linked in PDF and HTML.
        public var file: String? = nil
        /// What else runs at this venue, printed inside its entry ("Exercise on Referral",
        /// "Holiday camps for children"): the programmes of the organisation that runs it.
        public var alsoHere: [String] = []
        /// Set on a pointer to another entry: "At Edenbridge Leisure Centre: see Staying active
        /// and eating well." Such an entry prints its name and this line only.
        public var seeAlso: String? = nil

        public init(
            name: String, phone: PhoneLine?, otherPhones: [String] = [], description: String, whoFor: String? = nil,
            whereText: String, when: String? = nil, cost: String, howToStart: String? = nil, web: String? = nil,
            checked: CalendarDate? = nil, why: String? = nil, showsPhone: Bool = true
        ) {
            self.name = name
            self.phone = phone
            self.otherPhones = otherPhones
            self.description = description
            self.whoFor = whoFor
            self.whereText = whereText
            self.when = when
            self.cost = cost
            self.howToStart = howToStart
            self.web = web
            self.checked = checked
            self.why = why
            self.showsPhone = showsPhone
        }

        /// "Checked April 2024."
        public var checkedLine: String? { checked.map { "Checked \($0.monthAndYear)." } }

        /// The style this entry prints in, within a section of `style`.
        public func style(in style: Section.Style) -> Section.Style {
            if seeAlso != nil { return .pointer }
            return brief && style == .full ? .brief : style
        }
    }

    public struct Section: Sendable {
        /// How a section's entries are printed.
        public enum Style: Sendable, Equatable {
            /// Every field of every entry.
            case full
            /// Name, number, where and one line: services further away, jobs and volunteering.
            case brief
            /// An index of lists: the name (linked to its file) and one line.
            case index
            /// A pointer to where an entry is printed in full: the name and where to look.
            case pointer
        }

        public var heading: String
        /// A sentence under the heading ("These meet more than 15 km from Cowden: ring before you go.").
        public var note: String?
        public var entries: [Entry]
        public var style: Style

        public init(heading: String, note: String? = nil, entries: [Entry], style: Style = .full) {
            self.heading = heading
            self.note = note
            self.entries = entries
            self.style = style
        }
    }

    /// What a handout is for and who gave it: the parish, the date, and space to write.
    public struct HandoutContext: Sendable, Equatable {
        /// The resident's parish, when the prescriber gave one.
        public var parish: String?

        public init(parish: String?) { self.parish = parish }
    }

    public var title: String
    /// "Printed 25 November 2026".
    public var printed: CalendarDate
    /// A line under the title (needs shown on a handout, or the filter used).
    public var subtitle: String?
    public var sections: [Section]
    /// Services left off because the only way in is online.
    public var leftOffOnlineOnly: Int
    /// Records left off because they are not for residents to use (school programmes, plan aims).
    public var leftOffNotForResidents = 0
    /// The boxed numbers on the first page, before any list.
    public var numbers: NumbersBox? = nil
    /// A short contents list on the first page (parish lists with several sections).
    public var showsContents = false
    /// Set on a handout: its context lines and spaces to write in.
    public var handout: HandoutContext? = nil

    public init(title: String, printed: CalendarDate, subtitle: String?, sections: [Section], leftOffOnlineOnly: Int) {
        self.title = title
        self.printed = printed
        self.subtitle = subtitle
        self.sections = sections
        self.leftOffOnlineOnly = leftOffOnlineOnly
    }

    public var entryCount: Int { sections.reduce(0) { $0 + $1.entries.count } }

    public var printedLine: String { "Printed \(printed.longForm). Each entry says when it was last checked." }

    /// The handout's context lines: "For someone living in Edenbridge. Given on 4 December 2026."
    public var handoutLines: [String] {
        guard let handout else { return [] }
        var first = "Given on \(printed.longForm)."
        if let parish = handout.parish { first = "For someone living in \(parish). " + first }
        return [first]
    }

    /// Labels of the spaces to write in on a handout.
    public static let handoutBlanks = ["Given by:", "Note:"]
}

/// The help details printed on every page, as the council's own documents carry them.
public enum PrintFooter {
    public static let helpLine = "For help call Sevenoaks District Council on 01732 227000"
    /// On standard print only: a large-print copy is not offered on the large-print copy.
    public static let largePrintLine = "This publication is available in large print. For a copy call 01732 227414."

    /// The footer's lines for a copy: the help number, and the large-print offer on standard print.
    public static func lines(largePrint: Bool) -> [String] {
        largePrint ? [helpLine + "."] : [helpLine + ".", largePrintLine]
    }
}
