extension PDFRenderer {
    /// One laid-out line of text.
    struct Line {
        var text: [UInt8]  // WinAnsi
        var font: PDFFont
        var size: Double
        var indent: Double
        /// Extra space above the line, in points.
        var spaceBefore: Double = 0
        /// Lines with a box id are drawn inside one ruled box (the numbers to keep).
        var box: Int? = nil
        /// What the line is in the document's structure (tagged PDF, outline).
        var tag: StructureTag = .paragraph
        /// True on the first line of a structure element: the lines of one `wrap` call (a
        /// paragraph over several lines, a heading on two) are one element.
        var startsElement = false
        /// Where the line links to, if anywhere (a contents entry, another list of the index).
        var link: LinkTarget? = nil
        /// On a section heading's first line: which section (from 0) of the list it heads.
        var sectionIndex: Int? = nil

        /// Where the line goes down the page: below the one before (most lines), or beside a
        /// neighbour on its baseline, taking no height of its own.
        var placement = Placement.below

        enum Placement: Equatable {
            case below
            /// On the next line's baseline (a number in the numbers box, its text to the right).
            case besideNext
            /// On the previous line's baseline (a brief entry's number, to the right of its name).
            case besidePrevious
        }

        /// False for a line drawn beside another.
        var advances: Bool { placement == .below }

        var height: Double { advances ? spaceBefore + size * PDFRenderer.lineSpacing : 0 }
    }

    /// Lines that must stay on one page together.
    struct Block {
        var lines: [Line]
        /// The heading of the section this block continues (repeated, "(continued)", when the
        /// block starts a page); nil for a block that starts its section or is in none.
        var continues: String? = nil
        var height: Double { lines.reduce(0) { $0 + $1.height } }
    }

    /// The structure role of a laid-out line, mapped to standard PDF structure types when the
    /// document is written.
    enum StructureTag: Sendable, Equatable {
        /// The document title (H1, and the first bookmark).
        case title
        /// A section heading (H2, bookmarked).
        case heading
        /// A service's name within a section (H3).
        case entryName
        /// Running text (P).
        case paragraph
        /// One item of a list such as the numbers to keep or a contents list (LI).
        case listItem
        /// Page furniture outside the reading order (footer): an artifact.
        case artifact
    }

    /// A link on a line: to a heading of this document, or to another file beside it.
    enum LinkTarget: Sendable, Equatable {
        /// The n-th (from 0) `.heading` element of the same document.
        case section(Int)
        /// A file name relative to this document (the all-parishes index).
        case file(String)
    }
}
