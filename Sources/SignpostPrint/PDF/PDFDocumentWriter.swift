/// A minimal PDF writer: numbered objects, a cross-reference table whose offsets are the
/// exact byte positions of each object, a trailer and document information. Content is plain
/// (uncompressed) so that it can be inspected and checked with qpdf. The header says 1.4; a
/// document using later features (a tagged PDF's /Tabs) says /Version in its catalog.
struct PDFDocumentWriter {
    private(set) var bytes: [UInt8] = []
    private var offsets: [Int] = [0]  // index 0 is the free-list head

    init() {
        append("%PDF-1.4\n")
        // A comment with high-bit bytes marks the file as binary for transfer tools.
        bytes.append(contentsOf: [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    }

    /// Reserves the next object number without writing it yet.
    mutating func reserve() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    /// Writes object `number` with the given body.
    mutating func object(_ number: Int, _ body: String) {
        object(number, Array(body.utf8))
    }

    mutating func object(_ number: Int, _ body: [UInt8]) {
        offsets[number] = bytes.count
        append("\(number) 0 obj\n")
        bytes.append(contentsOf: body)
        append("\nendobj\n")
    }

    /// Writes a stream object; `entries` go into its dictionary after /Length.
    mutating func stream(_ number: Int, _ content: [UInt8], entries: String = "") {
        offsets[number] = bytes.count
        append("\(number) 0 obj\n<< /Length \(content.count)\(entries.isEmpty ? "" : " " + entries) >>\nstream\n")
        bytes.append(contentsOf: content)
        append("\nendstream\nendobj\n")
    }

    /// Writes the cross-reference table and trailer; returns the finished file.
    mutating func finish(root: Int, info: Int) -> [UInt8] {
        precondition(!offsets.dropFirst().contains(-1), "every reserved object must be written")
        let xref = bytes.count
        append("xref\n0 \(offsets.count)\n")
        append("0000000000 65535 f \n")
        for offset in offsets.dropFirst() { append(pad10(offset) + " 00000 n \n") }
        append("trailer\n<< /Size \(offsets.count) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(xref)\n%%EOF\n")
        return bytes
    }

    private mutating func append(_ s: String) { bytes.append(contentsOf: Array(s.utf8)) }

    private func pad10(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 10 - s.count)) + s
    }

    /// A PDF literal string of WinAnsi bytes: parentheses and backslashes escaped, everything
    /// outside printable ASCII as an octal escape, so the file stays 7-bit outside streams.
    static func literal(_ winAnsi: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "(")]
        for b in winAnsi {
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(b)
            case 0x20...0x7E:
                out.append(b)
            default:
                out.append(UInt8(ascii: "\\"))
                out.append(UInt8(ascii: "0") + (b >> 6))
                out.append(UInt8(ascii: "0") + ((b >> 3) & 7))
                out.append(UInt8(ascii: "0") + (b & 7))
            }
        }
        out.append(UInt8(ascii: ")"))
        return out
    }

    /// A text string for the document information dictionary, as UTF-16BE hex with a byte
    /// order mark (any character prints, whatever the viewer's encoding).
    static func textString(_ s: String) -> String {
        var hex = "<FEFF"
        let digits = Array("0123456789ABCDEF")
        for unit in s.utf16 {
            for shift in [12, 8, 4, 0] { hex.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        return hex + ">"
    }
}
