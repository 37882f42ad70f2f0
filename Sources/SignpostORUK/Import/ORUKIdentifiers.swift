import SignpostCore

/// Gives imported records Directory ids: the id Signpost exported (`x_signpost.id`) when it is
/// safe, otherwise one made from the name ("Community Counselling" → `community-counselling`),
/// never reused, never able to name a path outside the Directory.
struct ORUKIdentifiers {
    private var serviceIDs: [String: String] = [:]
    private var usedServiceIDs: Set<String> = []
    private var organisationsByUUID: [String: Organisation] = [:]
    private var usedOrganisationIDs: Set<String> = []

    /// Services whose ORUK id appeared more than once: how often, and where last.
    private(set) var repeats: [String: (count: Int, source: RecordSource, path: String)] = [:]
    private(set) var repeatOrder: [String] = []

    /// The Directory id for a service; a repeated ORUK id gets the id it had the first time (the
    /// importer keeps the later record), and is counted for one finding per id.
    mutating func serviceID(
        uuid: String, preferred: String?, name: String, at field: String, source: RecordSource, path: String, sink: FindingSink
    ) -> String {
        if let existing = serviceIDs[uuid] {
            if repeats[uuid] == nil { repeatOrder.append(uuid) }
            repeats[uuid] = ((repeats[uuid]?.count ?? 1) + 1, source, path)
            return existing
        }
        let id = Self.allocate(preferred: preferred, name: name, used: &usedServiceIDs, next: &nextSuffix, field: field, source: source, sink: sink)
        serviceIDs[uuid] = id
        return id
    }

    func organisation(uuid: String) -> Organisation? { organisationsByUUID[uuid] }

    mutating func organisationID(uuid: String, preferred: String?, name: String, at field: String, source: RecordSource, sink: FindingSink) -> String {
        Self.allocate(preferred: preferred, name: name, used: &usedOrganisationIDs, next: &nextOrganisationSuffix, field: field, source: source, sink: sink)
    }

    mutating func remember(_ organisation: Organisation, uuid: String) { organisationsByUUID[uuid] = organisation }

    /// The next free "-n" for each name stem, so many services of one name stay linear.
    private var nextSuffix: [String: Int] = [:]
    private var nextOrganisationSuffix: [String: Int] = [:]

    private static func allocate(
        preferred: String?, name: String, used: inout Set<String>, next: inout [String: Int], field: String, source: RecordSource,
        sink: FindingSink
    ) -> String {
        if let preferred {
            if isSafe(preferred), !used.contains(preferred) {
                used.insert(preferred)
                return preferred
            }
            sink.add(source.finding(.warning, field, "id \"\(preferred)\" cannot be used (unsafe or repeated): one is made from the name"))
        }
        let stem = slug(name)
        var id = stem
        var n = next[stem] ?? 2
        while used.contains(id) {
            id = stem + "-" + String(n)
            n += 1
        }
        if id != stem { next[stem] = n }
        used.insert(id)
        return id
    }

    /// Lower-case ASCII letters and digits in hyphen-separated words, at most 80 characters.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in NameMatching.normalise(text).unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
                if out.count >= 80 { break }
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "service" : out
    }

    /// True when `id` is already a slug: safe as a file name, and what the Directory expects.
    static func isSafe(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 100 && slug(id) == id
    }
}
