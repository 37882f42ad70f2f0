import SignpostCore

/// Reads a feed's `service_areas` as places Signpost knows: a parish by name (or GSS code, when
/// the Directory lists parish codes), the district, West Kent, Kent or the whole country by name
/// or ONS code ("England", "UK", E92000001), and postcode districts ("TN13, TN14") as the parishes
/// they cover. Places known to lie outside the district are told apart from unknown ones, so the
/// import can say which.
struct ORUKAreas {
    let base: Directory
    /// GSS code → parish name, from the Directory's vocabularies (none are sourced yet).
    var parishCodes: [String: String] = [:]

    enum Reading: Equatable {
        /// A Signpost area; `note` says how a wider area was read.
        case area(ServiceArea, note: String?)
        case parishes([String])
        /// A place that does not include Sevenoaks District ("Bristol", E06000023, ME14).
        case outside(String)
        case unknown
    }

    /// Names (normalised) of the areas that include the whole district.
    private static let names: [String: ServiceArea] = [
        "sevenoaks district": .district, "sevenoaks district council": .district, "sevenoaks dc": .district,
        "district of sevenoaks": .district, "west kent": .westKent, "kent": .kent, "kent county": .kent,
        "kent county council": .kent, "county of kent": .kent, "kcc": .kent, "england": .national,
        "all of england": .national, "uk": .national, "u k": .national, "the uk": .national, "united kingdom": .national,
        "the united kingdom": .national, "great britain": .national, "gb": .national, "national": .national,
        "nationwide": .national, "uk wide": .national, "england and wales": .national, "all areas": .national,
    ]

    /// ONS codes of areas that include the district; other local-authority, county and region
    /// codes are outside it. The South East region is read as Kent (Signpost has nothing between).
    private static let codes: [String: (ServiceArea, String?)] = [
        "E07000111": (.district, nil), "E10000016": (.kent, nil), "E92000001": (.national, nil),
        "K02000001": (.national, nil), "K03000001": (.national, nil), "K04000001": (.national, nil),
        "E12000008": (.kent, "the South East region read as Kent, the widest Signpost area short of the whole country"),
    ]

    func read(name rawName: String?, uri: String?) -> Reading {
        if let code = uri.flatMap(Self.gssCode) ?? rawName.flatMap(Self.gssCode) {
            if let (area, note) = Self.codes[code] { return .area(area, note: note) }
            if let parish = parishCodes[code] { return .parishes([parish]) }
            if ["E06", "E07", "E08", "E09", "E10", "E11", "E12", "E13", "W06", "S12", "N09", "W92", "S92", "N92"].contains(String(code.prefix(3))) {
                return .outside(rawName.map { "\($0) (\(code))" } ?? code)
            }
        }
        guard let name = rawName?.trimmingSpaces(), !name.isEmpty else { return .unknown }
        let whole = readOne(name)
        if whole != .unknown { return whole }
        // A list: "Sevenoaks, Otford", "TN13 / TN14".
        let parts = name.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "\n" }).map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
        let spaced = parts.count == 1 ? name.split(separator: " ").map(String.init) : []
        let pieces = parts.count > 1 ? parts : (spaced.count > 1 && spaced.allSatisfy(UKFormats.isWellFormedOutcode) ? spaced : [])
        guard !pieces.isEmpty else { return .unknown }
        var parishes: [String] = []
        var widest: ServiceArea? = nil
        var outside: [String] = []
        for piece in pieces {
            switch readOne(piece) {
            case .area(let area, _): if widest.map({ Self.rank($0) < Self.rank(area) }) ?? true { widest = area }
            case .parishes(let names): for n in names where !parishes.contains(n) { parishes.append(n) }
            case .outside(let what): outside.append(what)
            case .unknown: return .unknown
            }
        }
        if let widest { return .area(widest, note: nil) }
        if !parishes.isEmpty { return .parishes(parishes) }
        return .outside(outside.joined(separator: ", "))
    }

    private func readOne(_ name: String) -> Reading {
        let key = NameMatching.normalise(name)
        if let area = Self.names[key] { return .area(area, note: nil) }
        if let parish = base.parish(named: name) { return .parishes([parish.name]) }
        // "Sevenoaks Town Council", "Otford Parish Council", "Edenbridge parish".
        for suffix in [" town council", " parish council", " town", " parish", " village"] where key.hasSuffix(suffix) {
            if let parish = base.parish(named: String(key.dropLast(suffix.count))) { return .parishes([parish.name]) }
        }
        if let outcode = UKFormats.outcode(of: name), UKFormats.isWellFormedOutcode(name.trimmingSpaces()) || UKFormats.canonicalPostcode(name) != nil {
            if let known = base.outcode(outcode) { return .parishes(known.parishes) }
            return .outside(outcode)
        }
        return .unknown
    }

    static func rank(_ area: ServiceArea) -> Int {
        switch area {
        case .national: return 4
        case .kent: return 3
        case .westKent: return 2
        default: return 1
        }
    }

    /// The nine-character GSS code at the end of a URI or in a text ("…/statistical-geography/E07000111").
    static func gssCode(_ text: String) -> String? {
        let candidate = text.split(whereSeparator: { $0 == "/" || $0 == "=" || $0 == "#" || $0 == " " || $0 == ":" }).last.map(String.init) ?? text
        let c = Array(candidate.uppercased().utf8)
        guard c.count == 9, [UInt8(ascii: "E"), UInt8(ascii: "K"), UInt8(ascii: "W"), UInt8(ascii: "S"), UInt8(ascii: "N")].contains(c[0]),
            c[1...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        return String(decoding: c, as: UTF8.self)
    }
}
