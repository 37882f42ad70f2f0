/// The two fonts a printed list uses, Liberation Sans Regular and Bold (metric-compatible with
/// Helvetica), and text measurement with the widths the PDF declares for them, so that wrapping
/// matches what is drawn.
enum PDFFont: Sendable, CaseIterable {
    case regular
    case bold

    /// Resource name in page dictionaries.
    var resourceName: String { self == .regular ? "F1" : "F2" }

    /// The font as embedded: parsed once per process.
    var embedded: EmbeddedFont { self == .regular ? EmbeddedFont.regular : EmbeddedFont.bold }

    /// Width of WinAnsi-encoded text at `size` points.
    func width(_ bytes: some Sequence<UInt8>, size: Double) -> Double {
        let table = embedded.widths
        var units = 0
        for b in bytes { units += table[Int(b)] }
        return Double(units) * size / 1000
    }
}

/// One font of the printed lists as a PDF embeds it: its program, and its width and glyph for
/// each WinAnsi code.
///
/// The font program is compiled into the binary (`EmbeddedFontData`, base64) rather than shipped
/// as a SwiftPM resource: `Bundle.module` traps when the resource bundle is not beside the
/// executable, which is exactly the case of an installed `signpost` copied on its own, and a
/// PDF writer that needs a file at run time can fail in ways a printed list should not. Bytes in
/// the binary are always there. They are parsed once (a static let); if they ever failed to
/// parse (a build defect the tests catch), the writer falls back to the standard, non-embedded
/// Helvetica with its published metrics (`HelveticaMetrics`, which Liberation Sans matches)
/// instead of crashing.
struct EmbeddedFont: Sendable {
    /// The WinAnsi subset of the font, or nil in the fallback.
    let program: TrueTypeFont?
    /// Width of each WinAnsi code in 1/1000 em (codes without a glyph: .notdef's width).
    let widths: [Int]
    /// Glyph ids to keep when code `c` is used (its glyph; for 0xA0 and 0xAD also those of space
    /// and hyphen, which is what WinAnsiEncoding names those codes, and viewers may look up).
    let glyphs: [[Int]]
    /// Name of the standard font used in the fallback.
    let standardName: String
    /// Why the embedded font is not used, in the fallback.
    let failure: String?

    static let regular = EmbeddedFont(base64: EmbeddedFontData.regular, fallback: HelveticaMetrics.regular, standardName: "Helvetica")
    static let bold = EmbeddedFont(base64: EmbeddedFontData.bold, fallback: HelveticaMetrics.bold, standardName: "Helvetica-Bold")

    init(base64: String, fallback: [UInt16], standardName: String) {
        self.standardName = standardName
        do throws(TrueTypeFont.Malformed) {
            guard let bytes = Base64.decode(base64) else { throw TrueTypeFont.Malformed(description: "the compiled-in font is not base64") }
            let font = try TrueTypeFont(bytes)
            program = font
            (widths, glyphs) = Self.winAnsi(font)
            failure = nil
        } catch {
            program = nil
            widths = fallback.map(Int.init)
            glyphs = Array(repeating: [], count: 256)
            failure = error.description
        }
    }

    /// Each WinAnsi code's width (1/1000 em, from hmtx through the cmap) and glyphs in `font`.
    static func winAnsi(_ font: TrueTypeFont) -> (widths: [Int], glyphs: [[Int]]) {
        var widths: [Int] = []
        var glyphs: [[Int]] = []
        for code in 0...255 {
            let ids = WinAnsi.unicode(code).compactMap { font.glyphForScalar[$0] }
            widths.append(font.width(glyph: ids.first ?? 0))
            glyphs.append(ids)
        }
        return (widths, glyphs)
    }

    /// The glyph ids WinAnsi codes `codes` need.
    func glyphs(for codes: Set<UInt8>) -> Set<Int> {
        Set(codes.flatMap { glyphs[Int($0)] })
    }

    /// Every glyph a WinAnsi text can use: what `EmbeddedFontData` holds.
    var allWinAnsiGlyphs: Set<Int> { glyphs(for: Set((0x20...0xFF).map { UInt8($0) })) }
}

/// Base64 decoding (RFC 4648), skipping line breaks and spaces; nil on any other character.
enum Base64 {
    static func decode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for c in text.utf8 {
            let v: UInt32
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt32(c - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt32(c - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(c - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            case UInt8(ascii: "="), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "): continue
            default: return nil
            }
            buffer = buffer << 6 | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }

    static func encode(_ bytes: [UInt8], lineLength: Int = 76) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            var chunk: UInt32 = 0
            for k in 0..<3 { chunk = chunk << 8 | UInt32(k < n ? bytes[i + k] : 0) }
            for k in 0..<4 {
                out.append(k <= n ? alphabet[Int((chunk >> UInt32(18 - 6 * k)) & 63)] : UInt8(ascii: "="))
            }
            i += 3
            if i < bytes.count && (i / 3 * 4) % lineLength == 0 { out.append(UInt8(ascii: "\n")) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
