/// "Which services meet this need / serve this parish?": the listing behind `signpost services`
/// and the protocol's `services.list`, answered from the same index the engine uses.
public struct ServiceQuery: Sendable {
    public var need: String?
    public var parish: String?
    /// A priority-area id of the Directory's action plan (`WDH`, `HB`, `PC`).
    public var priorityArea: String?

    public init(need: String? = nil, parish: String? = nil, priorityArea: String? = nil) {
        self.need = need
        self.parish = parish
        self.priorityArea = priorityArea
    }

    /// Matching services in Directory order.
    public func run(on index: ServiceIndex) throws(SignpostError) -> [Service] {
        let directory = index.directory
        var ordinals = Array(directory.services.indices)
        if let need {
            guard let n = directory.taxonomy.ordinal(ofNeed: need) else {
                throw SignpostError.withSuggestions(
                    .unknownNeed, "unknown need \"\(need)\"",
                    NameMatching.suggestions(for: need, among: directory.taxonomy.needs.map(\.id)))
            }
            ordinals = ordinals.filter { index.needSet(ofService: $0).contains(n) }
        }
        if let parish {
            let p = try ParishResolver(directory: directory).ordinal(named: parish)
            ordinals = ordinals.filter { index.serves(service: $0, parish: p) }
        }
        if let priorityArea {
            guard directory.actionPlan.priorityArea(priorityArea) != nil else {
                throw SignpostError.withSuggestions(
                    .invalidInput, "unknown priority area \"\(priorityArea)\"",
                    NameMatching.suggestions(for: priorityArea, among: directory.actionPlan.priorityAreas.map(\.id)))
            }
            let taxonomy = directory.taxonomy
            ordinals = ordinals.filter { s in
                directory.services[s].needs.contains { taxonomy.need($0)?.priorityArea == priorityArea }
            }
        }
        return ordinals.map { directory.services[$0] }
    }
}

/// Turns what a user typed into a parish, or a helpful error.
public struct ParishResolver: Sendable {
    public let directory: Directory

    public init(directory: Directory) { self.directory = directory }

    public func ordinal(named name: String) throws(SignpostError) -> Int {
        if let p = directory.parishOrdinal(named: name) { return p }
        throw SignpostError.withSuggestions(
            .unknownParish, "unknown town or parish",
            NameMatching.suggestions(for: name, among: directory.parishes.map(\.name)))
    }
}
