/// A TrueType font read from its bytes: what a PDF needs to measure text with the font's own
/// advance widths (hmtx, found through the Unicode cmap) and to embed a subset of it. Every read is
/// bounds-checked, so malformed bytes are a thrown `Malformed`, never a trap.
struct TrueTypeFont: Sendable {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    let bytes: [UInt8]
    /// Table tag → byte range in `bytes`.
    let tables: [String: Range<Int>]
    let unitsPerEm: Int
    let numGlyphs: Int
    /// Advance width of each glyph, in font units.
    let advances: [Int]
    /// Start of each glyph's data in glyf (numGlyphs + 1 entries, from loca).
    let glyphOffsets: [Int]
    /// Unicode (BMP) → glyph id, from the (3, 1) or (0, x) format 4 subtable.
    let glyphForScalar: [UInt32: Int]
    /// The PostScript name (name id 6), e.g. "LiberationSans-Bold".
    let postScriptName: String
    let boundingBox: [Int]  // xMin yMin xMax yMax, font units
    let ascender: Int
    let descender: Int
    let capHeight: Int
    let weightClass: Int

    init(_ bytes: [UInt8]) throws(Malformed) {
        self.bytes = bytes
        let r = Reader(bytes: bytes)
        let count = try r.u16(4)
        var tables: [String: Range<Int>] = [:]
        for i in 0..<count {
            let entry = 12 + 16 * i
            let tag = String(decoding: try r.slice(entry, 4), as: UTF8.self)
            let offset = try r.u32(entry + 8)
            let length = try r.u32(entry + 12)
            guard offset + length <= bytes.count else { throw Malformed(description: "table \(tag) runs past the end") }
            tables[tag] = offset..<(offset + length)
        }
        self.tables = tables
        func table(_ tag: String) throws(Malformed) -> Int {
            guard let range = tables[tag] else { throw Malformed(description: "no \(tag) table") }
            return range.lowerBound
        }
        let head = try table("head")
        unitsPerEm = try r.u16(head + 18)
        guard unitsPerEm > 0 else { throw Malformed(description: "unitsPerEm is 0") }
        boundingBox = [try r.i16(head + 36), try r.i16(head + 38), try r.i16(head + 40), try r.i16(head + 42)]
        let longLoca = try r.i16(head + 50) == 1
        numGlyphs = try r.u16(try table("maxp") + 4)
        let hhea = try table("hhea")
        ascender = try r.i16(hhea + 4)
        descender = try r.i16(hhea + 6)
        let metricCount = try r.u16(hhea + 34)
        guard metricCount > 0, metricCount <= numGlyphs else { throw Malformed(description: "bad numberOfHMetrics") }
        let hmtx = try table("hmtx")
        var advances: [Int] = []
        advances.reserveCapacity(numGlyphs)
        for g in 0..<numGlyphs { advances.append(try r.u16(hmtx + 4 * min(g, metricCount - 1))) }
        self.advances = advances

        let loca = try table("loca")
        let glyf = try table("glyf")
        let glyfLength = tables["glyf"]!.count
        var offsets: [Int] = []
        offsets.reserveCapacity(numGlyphs + 1)
        for g in 0...numGlyphs {
            let o = longLoca ? try r.u32(loca + 4 * g) : 2 * (try r.u16(loca + 2 * g))
            guard o <= glyfLength, glyf + o >= (offsets.last ?? glyf) else { throw Malformed(description: "bad loca entry \(g)") }
            offsets.append(glyf + o)
        }
        glyphOffsets = offsets

        if let os2 = tables["OS/2"], try r.u16(os2.lowerBound) >= 2 {
            capHeight = try r.i16(os2.lowerBound + 88)
        } else {
            capHeight = ascender
        }
        weightClass = tables["OS/2"] != nil ? try r.u16(try table("OS/2") + 4) : 400
        glyphForScalar = try Self.readCmap(r, at: try table("cmap"), numGlyphs: numGlyphs)
        postScriptName = try Self.readPostScriptName(r, at: try table("name"))
    }

    /// Advance width of a glyph in 1/1000 em, rounded as a PDF `/Widths` entry holds it.
    func width(glyph: Int) -> Int {
        (advances[glyph] * 1000 + unitsPerEm / 2) / unitsPerEm
    }

    /// Scales font units to the PDF's 1/1000 em glyph space.
    func scaled(_ units: Int) -> Int {
        let n = units * 1000
        return n >= 0 ? (n + unitsPerEm / 2) / unitsPerEm : -((-n + unitsPerEm / 2) / unitsPerEm)
    }

    // MARK: Subsetting

    /// The glyph ids in `glyphs` with every component of the composite glyphs among them, and
    /// glyph 0 (.notdef), which a font must keep.
    func closure(_ glyphs: Set<Int>) -> Set<Int> {
        var kept: Set<Int> = [0]
        var pending = Array(glyphs)
        while let g = pending.popLast() {
            guard g >= 0, g < numGlyphs, kept.insert(g).inserted else { continue }
            pending += components(of: g)
        }
        return kept
    }

    /// The component glyph ids of a composite glyph (none for a simple or empty glyph).
    func components(of glyph: Int) -> [Int] {
        let r = Reader(bytes: bytes)
        let start = glyphOffsets[glyph]
        let end = glyphOffsets[glyph + 1]
        guard end - start >= 10, let contours = try? r.i16(start), contours < 0 else { return [] }
        var found: [Int] = []
        var at = start + 10
        while at + 4 <= end, let flags = try? r.u16(at), let component = try? r.u16(at + 2) {
            found.append(component)
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)  // ARG_1_AND_2_ARE_WORDS
            if flags & 0x0008 != 0 { at += 2 }  // WE_HAVE_A_SCALE
            else if flags & 0x0040 != 0 { at += 4 }  // WE_HAVE_AN_X_AND_Y_SCALE
            else if flags & 0x0080 != 0 { at += 8 }  // WE_HAVE_A_TWO_BY_TWO
            if flags & 0x0020 == 0 { break }  // MORE_COMPONENTS
        }
        return found
    }

    /// Tables a subset keeps: what a PDF viewer needs to draw the glyphs (hinting programs
    /// included, as glyph instructions call them), the cmap that maps WinAnsi text to glyphs, and
    /// the name table with its copyright and licence notice. Layout tables (GPOS, GSUB, kern) are
    /// dropped: a PDF positions every glyph itself.
    static let keptTables = ["OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"]

    /// A valid TrueType font holding only `glyphs` (with their components and .notdef): glyph
    /// ids stay as they are, so cmap and hmtx are kept whole; every other glyph's outline is
    /// emptied and loca rebuilt (short offsets when they fit); post loses its glyph names.
    func subset(keeping glyphs: Set<Int>) -> [UInt8] {
        let kept = closure(glyphs)
        var glyf: [UInt8] = []
        var loca: [Int] = [0]
        for g in 0..<numGlyphs {
            if kept.contains(g) {
                glyf += bytes[glyphOffsets[g]..<glyphOffsets[g + 1]]
                if glyf.count % 2 == 1 { glyf.append(0) }
            }
            loca.append(glyf.count)
        }
        let shortLoca = glyf.count / 2 <= 0xFFFF
        var locaBytes: [UInt8] = []
        for o in loca {
            if shortLoca { locaBytes.append(be16: o / 2) } else { locaBytes.append(be32: o) }
        }
        var head = Array(bytes[tables["head"]!])
        head.replace(be32: 0, at: 8)  // checkSumAdjustment, set below
        head.replace(be16: shortLoca ? 0 : 1, at: 50)
        var out: [String: [UInt8]] = ["glyf": glyf, "loca": locaBytes, "head": head]
        if let post = tables["post"], post.count >= 32 {
            var header = Array(bytes[post.lowerBound..<(post.lowerBound + 32)])
            header.replace(be32: 0x0003_0000, at: 0)  // version 3: no glyph names
            out["post"] = header
        }
        for tag in Self.keptTables where out[tag] == nil {
            if let range = tables[tag] { out[tag] = Array(bytes[range]) }
        }
        return Self.assemble(out)
    }

    /// An sfnt file from its tables: the table directory (sorted by tag), each table 4-byte
    /// aligned with its checksum, and head's checkSumAdjustment.
    static func assemble(_ tables: [String: [UInt8]]) -> [UInt8] {
        let tags = tables.keys.sorted()
        var power = 1
        var log = 0
        while power * 2 <= tags.count {
            power *= 2
            log += 1
        }
        var font: [UInt8] = []
        font.append(be32: 0x0001_0000)
        font.append(be16: tags.count)
        font.append(be16: power * 16)
        font.append(be16: log)
        font.append(be16: tags.count * 16 - power * 16)
        var offset = 12 + 16 * tags.count
        var body: [UInt8] = []
        var headAt = -1
        for tag in tags {
            let data = tables[tag]!
            font += Array(tag.utf8)
            font.append(be32: Int(checksum(data)))
            font.append(be32: offset)
            font.append(be32: data.count)
            if tag == "head" { headAt = offset }
            body += data
            while body.count % 4 != 0 { body.append(0) }
            offset = 12 + 16 * tags.count + body.count
        }
        font += body
        if headAt >= 0 { font.replace(be32: Int((0xB1B0_AFBA &- checksum(font)) & 0xFFFF_FFFF), at: headAt + 8) }
        return font
    }

    static func checksum(_ data: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var i = 0
        while i < data.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(i + k < data.count ? data[i + k] : 0) }
            sum = sum &+ word
            i += 4
        }
        return sum
    }

    // MARK: Tables

    private static func readCmap(_ r: Reader, at cmap: Int, numGlyphs: Int) throws(Malformed) -> [UInt32: Int] {
        var chosen: Int? = nil
        for i in 0..<(try r.u16(cmap + 2)) {
            let platform = try r.u16(cmap + 4 + 8 * i)
            let encoding = try r.u16(cmap + 6 + 8 * i)
            let sub = cmap + (try r.u32(cmap + 8 + 8 * i))
            guard try r.u16(sub) == 4 else { continue }
            if platform == 3 && encoding == 1 { chosen = sub } else if platform == 0 && chosen == nil { chosen = sub }
        }
        guard let sub = chosen else { throw Malformed(description: "no Unicode format 4 cmap") }
        let segments = try r.u16(sub + 6) / 2
        let ends = sub + 14
        let starts = ends + 2 * segments + 2
        let deltas = starts + 2 * segments
        let rangeOffsets = deltas + 2 * segments
        var map: [UInt32: Int] = [:]
        for s in 0..<segments {
            let end = try r.u16(ends + 2 * s)
            let start = try r.u16(starts + 2 * s)
            let delta = try r.u16(deltas + 2 * s)
            let rangeOffset = try r.u16(rangeOffsets + 2 * s)
            guard start <= end else { continue }
            for c in start...end where c != 0xFFFF {
                var g: Int
                if rangeOffset == 0 {
                    g = (c + delta) & 0xFFFF
                } else {
                    g = try r.u16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start))
                    if g != 0 { g = (g + delta) & 0xFFFF }
                }
                if g != 0 && g < numGlyphs { map[UInt32(c)] = g }
            }
        }
        return map
    }

    private static func readPostScriptName(_ r: Reader, at name: Int) throws(Malformed) -> String {
        let count = try r.u16(name + 2)
        let strings = name + (try r.u16(name + 4))
        for i in 0..<count {
            let record = name + 6 + 12 * i
            guard try r.u16(record + 6) == 6 else { continue }
            let platform = try r.u16(record)
            let length = try r.u16(record + 8)
            let data = try r.slice(strings + (try r.u16(record + 10)), length)
            if platform == 1 { return String(decoding: data, as: UTF8.self) }
            // Windows and Unicode platforms: UTF-16BE.
            var units: [UInt16] = []
            var k = 0
            while k + 1 < data.count {
                units.append(UInt16(data[k]) << 8 | UInt16(data[k + 1]))
                k += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        throw Malformed(description: "no PostScript name")
    }

    /// Big-endian reads that throw instead of trapping past the end.
    struct Reader {
        let bytes: [UInt8]

        func u16(_ at: Int) throws(Malformed) -> Int {
            guard at >= 0, at + 2 <= bytes.count else { throw Malformed(description: "read past the end at \(at)") }
            return Int(bytes[at]) << 8 | Int(bytes[at + 1])
        }

        func i16(_ at: Int) throws(Malformed) -> Int {
            let v = try u16(at)
            return v >= 0x8000 ? v - 0x10000 : v
        }

        func u32(_ at: Int) throws(Malformed) -> Int {
            try u16(at) << 16 | u16(at + 2)
        }

        func slice(_ at: Int, _ count: Int) throws(Malformed) -> ArraySlice<UInt8> {
            guard at >= 0, count >= 0, at + count <= bytes.count else { throw Malformed(description: "read past the end at \(at)") }
            return bytes[at..<(at + count)]
        }
    }
}

extension [UInt8] {
    mutating func append(be16 v: Int) {
        append(UInt8((v >> 8) & 0xFF))
        append(UInt8(v & 0xFF))
    }

    mutating func append(be32 v: Int) {
        append(be16: (v >> 16) & 0xFFFF)
        append(be16: v & 0xFFFF)
    }

    mutating func replace(be16 v: Int, at i: Int) {
        self[i] = UInt8((v >> 8) & 0xFF)
        self[i + 1] = UInt8(v & 0xFF)
    }

    mutating func replace(be32 v: Int, at i: Int) {
        replace(be16: (v >> 16) & 0xFFFF, at: i)
        replace(be16: v & 0xFFFF, at: i + 2)
    }
}
