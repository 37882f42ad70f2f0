import Foundation
import SignpostCore

/// One example resident of a quality file (`residents.json` schema): what the prescriber typed,
/// and what a good answer contains.
public struct ResidentCase: Sendable, CustomStringConvertible {
    public var id: String
    public var query: ResidentQuery
    /// A service whose name (or organisation and name) matches `pattern`, case-insensitively,
    /// must be within the first `within`.
    public var top: [(pattern: String, within: Int)]
    /// No listed service may match these.
    public var absent: [String]
    /// Needs the rules should suggest.
    public var suggests: [String]
    /// Needs that should be reported as not covered.
    public var unmet: [String]
    /// The risk kind that must be raised, if any.
    public var urgent: String?
    public var description: String { id }

    /// Reads a residents file; throws with the file and what is wrong.
    public static func load(_ path: String) throws -> [ResidentCase] {
        let root = try QualityFile.root(path)
        guard let residents = root["residents"]?.arrayValue else { throw QualityFile.Problem(path, "no \"residents\" array") }
        return try residents.enumerated().map { i, entry in
            guard let id = entry["id"]?.stringValue, let r = entry["resident"], let needs = r["needs"]?.arrayValue else {
                throw QualityFile.Problem(path, "residents[\(i)]: needs an id and resident.needs")
            }
            let place: ResidentQuery.Place
            if let parish = r["parish"]?.stringValue {
                place = .parish(parish)
            } else if let postcode = r["postcode"]?.stringValue {
                place = .postcode(postcode)
            } else if let lat = r["lat"]?.doubleValue, let lon = r["lon"]?.doubleValue {
                place = .coordinate(GeoPoint(latitude: lat, longitude: lon))
            } else {
                throw QualityFile.Problem(path, "residents[\(i)] (\(id)): no parish, postcode or lat/lon")
            }
            let expect = entry["expect"]
            let urgent: String?
            switch expect?["urgent"] {
            case .string(let kind)?: urgent = kind
            case .array(let kinds)?: urgent = kinds.first?.stringValue
            default: urgent = nil
            }
            return ResidentCase(
                id: id,
                query: ResidentQuery(
                    place: place, age: r["age"]?.intValue, needs: needs.compactMap(\.stringValue),
                    circumstances: r["circumstances"]?.arrayValue?.compactMap(\.stringValue) ?? []),
                top: (expect?["top"]?.arrayValue ?? []).compactMap { t in
                    guard let name = t["name"]?.stringValue, let within = t["within"]?.intValue else { return nil }
                    return (name, within)
                },
                absent: expect?["absent"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                suggests: expect?["suggests"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                unmet: expect?["unmet"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                urgent: urgent)
        }
    }

    /// Whether a service's name, or its organisation's and its name, matches `pattern`.
    public static func names(_ pattern: String, service: Service, organisation: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return false }
        for text in [service.name, organisation + " " + service.name] {
            if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { return true }
        }
        return false
    }

    /// The `top` and `absent` expectations a ranked list fails, described; empty when it meets
    /// them all. `ranked` is the listed services with their organisations' names, best first.
    public func rankingFailures(_ ranked: [(service: Service, organisation: String)]) -> [String] {
        var failures: [String] = []
        for (pattern, within) in top
        where !ranked.prefix(within).contains(where: { Self.names(pattern, service: $0.service, organisation: $0.organisation) }) {
            failures.append("/\(pattern)/ not in top \(within)")
        }
        for pattern in absent where ranked.contains(where: { Self.names(pattern, service: $0.service, organisation: $0.organisation) }) {
            failures.append("/\(pattern)/ should be absent")
        }
        return failures
    }

    /// Every expectation a match result fails (ranking, suggestions, unmet needs), described.
    public func failures(_ result: MatchResult) -> [String] {
        var failures = rankingFailures(result.matches.map { ($0.service, $0.organisation) })
        for need in suggests
        where !result.needs.contains(where: { $0.need.id == need && { if case .suggested = $0.source { true } else { false } }($0) }) {
            failures.append("\(need) not suggested")
        }
        for need in unmet where !result.unmet.contains(where: { $0.id == need }) {
            failures.append("\(need) not reported as unmet")
        }
        return failures
    }
}
