import SignpostCore

/// One line of a printed entry, in the order every format prints them: PDF, HTML and text map
/// fields to their own type, so an entry reads the same on paper, on screen and in a newsletter.
public struct EntryField: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// "Ring this one first" on a handout's first entry.
        case flag
        /// The number to ring, printed large and bold.
        case phone
        /// Running text (the description, whose line a number is, when it was checked).
        case plain
        /// A labelled fact ("Where: …").
        case labelled
    }

    public var kind: Kind
    /// "Where", "Cost"; nil for unlabelled lines.
    public var label: String?
    /// The text, with phone numbers and postcodes held together by non-breaking spaces.
    public var text: String

    public init(_ kind: Kind, _ text: String, label: String? = nil) {
        self.kind = kind
        self.label = label
        self.text = PrintText.keepTogether(text)
    }

    /// "Where: …", or the text alone.
    public var line: String { label.map { $0 + ": " + text } ?? text }
}

extension PrintedList.Entry {
    /// The entry's lines after its name, for a section printed in `style`.
    public func fields(_ style: PrintedList.Section.Style) -> [EntryField] {
        var out: [EntryField] = []
        if ringFirst { out.append(EntryField(.flag, "Ring this one first.")) }
        if style == .pointer, let seeAlso { return out + [EntryField(.plain, seeAlso)] }
        if showsPhone, let phone {
            out.append(EntryField(.phone, phone.number, label: "Phone"))
            // A brief entry says whose line it is at the start of its paragraph.
            if let note = phone.note, style != .brief { out.append(EntryField(.plain, note)) }
        }
        switch style {
        case .full:
            for other in otherPhones { out.append(EntryField(.labelled, other, label: "Also")) }
            out.append(EntryField(.plain, description))
            if !alsoHere.isEmpty { out.append(EntryField(.labelled, alsoHere.joined(separator: "; ") + ".", label: "Also here")) }
            if let why { out.append(EntryField(.labelled, why, label: "Why")) }
            if let whoFor { out.append(EntryField(.labelled, whoFor, label: "Who it's for")) }
            if !isPhoneOnly { out.append(EntryField(.labelled, whereText, label: "Where")) }
            if let when { out.append(EntryField(.labelled, when, label: "When")) }
            out.append(EntryField(.labelled, costAndChecked, label: "Cost"))
            if let howToStart { out.append(EntryField(.labelled, howToStart, label: "How to start")) }
            if let web { out.append(EntryField(.labelled, web, label: "Web")) }
        case .brief:
            // What it is, when, the cost and the date in one short paragraph: "Free support
            // after someone close to you has died. 24 hours a day. Free. Checked June 2020."
            if let why { out.append(EntryField(.labelled, why, label: "Why")) }
            let facts = [showsPhone ? phone?.note : nil, PrintText.firstSentence(description), when, briefCost, checkedLine].compactMap { $0 }
                .map { $0.hasSuffix(".") ? $0 : $0 + "." }
            out.append(EntryField(.plain, facts.joined(separator: " ")))
            if !isPhoneOnly { out.append(EntryField(.labelled, whereText, label: "Where")) }
        case .pointer:
            break
        case .index:
            out.append(EntryField(.plain, description))
            if let file { out.append(EntryField(.labelled, file, label: "File")) }
        }
        return out
    }

    /// True for a phone line: the number says where, so no "Where: By phone".
    var isPhoneOnly: Bool { phone != nil && whereText == PrintedListBuilder.byPhone }

    /// The cost without its detail ("Free", "Concessions available"), for brief entries.
    var briefCost: String? {
        let label = cost.split(separator: ":", maxSplits: 1).first.map(String.init) ?? cost
        return label.isEmpty ? nil : label
    }

    /// "Free. Checked April 2024.": the cost and the date share a line.
    var costAndChecked: String {
        guard let checkedLine else { return cost }
        return cost + (cost.hasSuffix(".") ? " " : ". ") + checkedLine
    }
}
