import SignpostCore

extension GapReport {
    /// A heading, led by the scenario when there is one: "If Dial a Ride stopped: what changes";
    /// "What changes" otherwise.
    public static func heading(_ text: String, scenario: String?) -> String {
        guard let scenario else { return text.prefix(1).uppercased() + text.dropFirst() }
        return scenario + ": " + text
    }
}

/// A gap analysis with what-if changes: services removed (budgets are shrinking, seed 003) and
/// proposed services added (Directory service files). Reports the baseline, the scenario and
/// the gaps that open or close between them.
public struct GapScenario: Sendable {
    public var baseline: GapReport
    /// The analysis with the changes applied (the baseline when there are none).
    public var scenario: GapReport
    public var opened: [GapChange]
    public var closed: [GapChange]
    /// What the scenario is, for every title and heading: "If Dial a Ride community transport
    /// stopped", "If Safe Spaces Swanley started", both joined; nil for the baseline.
    public var name: String? = nil

    /// Runs the analysis on a loaded Directory with the changes.
    /// - Parameters:
    ///   - index: the Directory as served.
    ///   - without: ids of services to remove.
    ///   - proposed: service files to add; they must validate against the Directory, so its
    ///     files are needed too (read only when there are proposals).
    public static func run(
        index: ServiceIndex, today: CalendarDate, parish: String? = nil, domain: String? = nil, without: [String] = [],
        proposed: [DirectoryFiles.File] = [], files: () -> DirectoryFiles
    ) throws(SignpostError) -> GapScenario {
        let (parishes, domains) = try selection(index.directory, parish: parish, domain: domain)
        let baseline = GapAnalysis(index: index).run(parishes: parishes, domains: domains)
        guard !without.isEmpty || !proposed.isEmpty else {
            return GapScenario(baseline: baseline, scenario: baseline, opened: [], closed: [])
        }
        var scenarioIndex = index
        if !proposed.isEmpty {
            var changed = files()
            changed.services += proposed
            let result = DirectoryLoader.load(changed, today: today)
            let errors = result.findings.filter { $0.severity == .error }
            let proposedErrors = errors.filter { f in proposed.contains { $0.path == f.file } }
            if !proposedErrors.isEmpty {
                throw SignpostError(
                    .invalidInput,
                    "the proposed service has errors:\n" + proposedErrors.map(\.description).joined(separator: "\n"))
            }
            guard errors.isEmpty else { throw SignpostError(.invalidInput, "the Directory has errors; run 'signpost validate'") }
            scenarioIndex = ServiceIndex(directory: result.directory)
        }
        var removed: Set<Int> = []
        let services = scenarioIndex.directory.services
        for id in without {
            guard let s = services.firstIndex(where: { $0.id == id }) else {
                throw SignpostError.withSuggestions(
                    .unknownService, "unknown service id", NameMatching.suggestions(for: id, among: services.map(\.id)))
            }
            removed.insert(s)
        }
        let scenario = GapAnalysis(index: scenarioIndex).run(parishes: parishes, domains: domains, removed: removed)
        let (opened, closed) = GapChange.changes(from: baseline, to: scenario)
        let added = services.filter { s in !index.directory.services.contains { $0.id == s.id } }.map(\.name)
        let stopped = removed.sorted().map { services[$0].name }
        return GapScenario(
            baseline: baseline, scenario: scenario, opened: opened, closed: closed, name: Self.name(stopped: stopped, started: added))
    }

    /// "If A and B stopped and C started".
    static func name(stopped: [String], started: [String]) -> String? {
        var parts: [String] = []
        if !stopped.isEmpty { parts.append(Format.list(stopped) + " stopped") }
        if !started.isEmpty { parts.append(Format.list(started) + " started") }
        return parts.isEmpty ? nil : "If " + parts.joined(separator: " and ")
    }

    /// Parish ordinals and domain ids chosen, or nil for all; clear errors for unknown names.
    static func selection(_ directory: Directory, parish: String?, domain: String?) throws(SignpostError)
        -> (parishes: [Int]?, domains: [String]?)
    {
        var parishes: [Int]? = nil
        if let parish { parishes = [try ParishResolver(directory: directory).ordinal(named: parish)] }
        var domains: [String]? = nil
        if let domain {
            guard directory.taxonomy.domain(domain) != nil else {
                throw SignpostError.withSuggestions(
                    .invalidInput, "unknown domain (known: \(directory.taxonomy.domains.map(\.id).joined(separator: ", ")))",
                    NameMatching.suggestions(for: domain, among: directory.taxonomy.domains.map(\.id)))
            }
            domains = [domain]
        }
        return (parishes, domains)
    }
}
