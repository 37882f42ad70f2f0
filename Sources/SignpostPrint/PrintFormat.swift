import SignpostCore

/// The formats a printed list comes in.
public enum PrintFormat: String, Sendable, CaseIterable {
    case pdf
    case html
    case text

    public var fileExtension: String { self == .text ? "txt" : rawValue }

    /// The rendered bytes, with the page count for PDF.
    public func render(_ list: PrintedList, largePrint: Bool) -> (bytes: [UInt8], pages: Int?) {
        switch self {
        case .pdf:
            let output = PDFRenderer.render(list, largePrint: largePrint)
            return (output.bytes, output.pages)
        case .html: return (Array(HTMLRenderer.render(list, largePrint: largePrint).utf8), nil)
        case .text: return (Array(TextRenderer.render(list).utf8), nil)
        }
    }

    public static func named(_ name: String) throws(SignpostError) -> PrintFormat {
        guard let format = PrintFormat(rawValue: name.lowercased()) else {
            throw SignpostError(.invalidInput, "format must be pdf, html or text")
        }
        return format
    }
}

/// Printed lists for every parish, written to a folder with an index.
public struct AllParishesPrinter {
    public let builder: PrintedListBuilder
    public let format: PrintFormat
    public let largePrint: Bool

    public init(builder: PrintedListBuilder, format: PrintFormat, largePrint: Bool) {
        self.builder = builder
        self.format = format
        self.largePrint = largePrint
    }

    /// A file name for a parish: "Sundridge and Ide Hill" → "sundridge-and-ide-hill.pdf".
    public func fileName(for parish: String) -> String {
        NameMatching.normalise(parish).replacingSpaces(with: "-") + "." + format.fileExtension
    }

    public struct Written: Sendable {
        public var parish: String
        public var file: String
        public var services: Int
        public var leftOff: Int
    }

    /// Writes one parish's list into `folder` atomically.
    public func write(parish: Parish, into folder: String, today: CalendarDate) throws(SignpostError) -> Written {
        let list = try builder.parishList(parish: parish.name, today: today)
        let file = fileName(for: parish.name)
        try AtomicFile.write(format.render(list, largePrint: largePrint).bytes, to: folder + "/" + file)
        return Written(parish: parish.name, file: file, services: list.entryCount, leftOff: list.leftOffOnlineOnly)
    }

    /// The index of what was written, in the same format.
    public func index(_ written: [Written], today: CalendarDate) -> [UInt8] {
        let entries = written.map { w in
            var entry = PrintedList.Entry(
                name: w.parish, phone: nil, description: "\(w.services) services listed.", whereText: w.file, cost: "",
                showsPhone: false)
            entry.file = w.file
            return entry
        }
        let list = PrintedList(
            title: "Local support lists by parish", printed: today,
            subtitle: "One list for each town and parish council area of Sevenoaks District. Each name opens its list.",
            sections: [PrintedList.Section(heading: "Towns and parishes", entries: entries, style: .index)], leftOffOnlineOnly: 0)
        return format.render(list, largePrint: largePrint).bytes
    }
}

extension String {
    func replacingSpaces(with replacement: String) -> String {
        split(separator: " ").joined(separator: replacement)
    }
}
