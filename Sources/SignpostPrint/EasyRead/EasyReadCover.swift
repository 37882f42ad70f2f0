import SignpostCore

/// The first page of an Easy Read handout: a title in plain words, the date, the parish when it
/// is known, which service to ring first, spaces for who gave it, and the numbers to keep (which
/// go on to the next page when they do not fit).
public struct EasyReadCover: Sendable, Equatable {
    public var title: String
    /// "Given on 4 December 2026." and, when known, "For someone living in Edenbridge."; then the
    /// needs shown on the handout, when the prescriber chose to show them.
    public var lines: [String]
    /// The name of the service to ring first, nil when the handout has none.
    public var ringFirst: String?
    /// Which service (from 0, among the handout's services) that is.
    public var ringFirstIndex: Int?
    /// Labels of the spaces to write in ("Given by:", "Note:"), on a handout.
    public var blanks: [String]
    public var numbers: NumbersBox?
    /// True when there is no service to list.
    public var isEmpty: Bool

    /// The title of every Easy Read handout.
    public static let title = "Help that may be useful for you"
    /// Said before the service to ring first.
    public static let ringFirstLead = "Ring this one first:"
    public static let nothingToList = "No services to list."

    public init(_ list: PrintedList) {
        title = Self.title
        var lines = ["Given on \(list.printed.longForm)."]
        if let parish = list.handout?.parish { lines.append("For someone living in \(parish).") }
        if let subtitle = list.subtitle { lines += EasyReadText.brokenUp(subtitle) }
        self.lines = lines
        let entries = list.sections.flatMap(\.entries)
        ringFirstIndex = entries.firstIndex(where: \.ringFirst)
        ringFirst = ringFirstIndex.map { entries[$0].name }
        blanks = list.handout == nil ? [] : PrintedList.handoutBlanks
        numbers = list.numbers
        isEmpty = entries.isEmpty
    }

    /// "It is on page 3." for the service to ring first.
    public static func pageLine(_ page: Int) -> String { "It is on page\u{00A0}\(page)." }
}
