import SignpostCore
import SignpostPrint

/// Any service text renders to a structurally sound PDF: header, objects where the
/// cross-reference table says they are, a trailer pointing at that table. (`swift test` also runs
/// every committed input's PDF through `qpdf --check` when qpdf is installed.)
enum PDFTextProperty {
    /// The input split into an entry's fields (NUL separates them), as a printed list.
    static func list(_ bytes: [UInt8]) -> PrintedList {
        let parts = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        func part(_ i: Int) -> String { i < parts.count ? parts[i] : "" }
        let entry = PrintedList.Entry(
            name: part(0), phone: part(1).isEmpty ? nil : PrintedList.PhoneLine(number: part(1), note: part(11).isEmpty ? nil : part(11)),
            otherPhones: [], description: part(2), whoFor: part(12).isEmpty ? nil : part(12), whereText: part(3),
            when: part(4).isEmpty ? nil : part(4), cost: part(5), howToStart: part(6).isEmpty ? nil : part(6),
            web: part(7).isEmpty ? nil : part(7), checked: FuzzFixtures.today)
        var list = PrintedList(
            title: "Local support for people in " + part(8), printed: FuzzFixtures.today,
            subtitle: part(9).isEmpty ? nil : part(9),
            sections: [
                PrintedList.Section(heading: part(10), entries: [entry, entry]),
                PrintedList.Section(heading: part(10), note: part(9), entries: [entry], style: .brief),
            ],
            leftOffOnlineOnly: 0)
        list.showsContents = true
        return list
    }

    static func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        for largePrint in [false, true] {
            let output = PDFRenderer.render(list(bytes), largePrint: largePrint)
            try PDFStructure.check(output.bytes)
            try require(output.pages >= 1, "a PDF with no pages")
        }
    }
}

/// The structural checks a PDF reader relies on first.
public enum PDFStructure {
    public static func check(_ pdf: [UInt8]) throws(PropertyViolation) {
        try require(pdf.starts(with: Array("%PDF-1.".utf8)), "no %PDF header")
        try require(pdf.suffix(6) == ArraySlice("%%EOF\n".utf8), "no %%EOF at the end")
        let tail = String(decoding: pdf.suffix(64), as: UTF8.self)
        guard let range = tail.range(of: "startxref\n") else { throw PropertyViolation("no startxref") }
        let number = tail[range.upperBound...].prefix { $0.isNumber }
        guard let xref = Int(number), xref < pdf.count else { throw PropertyViolation("startxref is not an offset in the file") }
        try require(pdf[xref...].starts(with: Array("xref\n0 ".utf8)), "startxref does not point at the xref table")
        var i = xref + 7
        var countText = ""
        while i < pdf.count, pdf[i] != 0x0A { countText.append(Character(UnicodeScalar(pdf[i]))); i += 1 }
        guard let count = Int(countText), count > 1 else { throw PropertyViolation("xref table without a count") }
        i += 1
        for object in 0..<count {
            guard i + 20 <= pdf.count else { throw PropertyViolation("xref table is cut short") }
            let entry = String(decoding: pdf[i..<(i + 20)], as: UTF8.self)
            i += 20
            guard object > 0, entry.dropFirst(17).hasPrefix("n") else { continue }
            guard let offset = Int(entry.prefix(10)), offset < xref else { throw PropertyViolation("xref entry \(object) has no offset") }
            try require(pdf[offset...].starts(with: Array("\(object) 0 obj\n".utf8)), "xref entry \(object) does not point at object \(object)")
        }
    }
}

/// The PDF a pdf-text input renders to, for checks outside the fuzzer (qpdf in the tests).
public enum FuzzRendering {
    public static func pdf(_ bytes: [UInt8], largePrint: Bool = false) -> [UInt8] {
        PDFRenderer.render(PDFTextProperty.list(bytes), largePrint: largePrint).bytes
    }
}
