import SignpostCore

/// Imports an ORUK feed as a Directory: every service is mapped (ORUKServiceMapper), the result
/// is checked by the same validator as any Directory, and services the validator rejects are
/// dropped with their reasons, reported where they are in the feed. Nothing is written here:
/// the caller writes the result through a `StagedFolder`, so a Directory is never half-written.
public enum ORUKImporter {
    public struct Result: Sendable {
        /// The imported Directory: the base's taxonomy, parishes and outcodes with the feed's
        /// organisations and services, sorted by id as a Directory folder lists them.
        public var directory: Directory
        /// What happened to the feed, located in the feed's own files.
        public var findings: [Finding]
        /// Warnings the validator has about the new Directory (stale dates, no phone…).
        public var validationWarnings: [Finding]
        public var servicesRead: Int
        /// What to tell the user first, before any finding: why nothing (or not everything) was
        /// imported, and the option that fixes it.
        public var advice: [String] = []
        /// Services skipped because no area Signpost knows was found.
        public var skippedForArea = 0
        /// Taxonomy terms met and mapped to nothing, most frequent first: the report to extend
        /// `vocabularies/esd-needs.json` from.
        public var unmappedTerms: [(term: String, vocabulary: String?, services: Int)] = []
        /// Services read in the ORUK v1 shape.
        public var v1Services = 0
        /// True when there is something worth writing: at least one service.
        public var isUsable: Bool { !directory.services.isEmpty }

        /// The organisation and service files of the new Directory, relative to its folder.
        public func files() -> [(path: String, bytes: [UInt8])] {
            var files: [(path: String, bytes: [UInt8])] = []
            write { path, bytes in files.append((path, bytes)) }
            return files
        }

        /// Writes the organisation and service files into `folder`, encoding one at a time.
        public func write(to folder: StagedFolder) throws(SignpostError) {
            var failure: SignpostError? = nil
            write { path, bytes in
                if failure == nil {
                    do throws(SignpostError) { try folder.write(bytes, to: path) } catch { failure = error }
                }
            }
            if let failure { throw failure }
        }

        private func write(_ put: (String, [UInt8]) -> Void) {
            let writer = JSONWriter(style: .pretty)
            for o in directory.organisations { put("organisations/" + o.id + ".json", writer.bytes(o.directoryJSON)) }
            for s in directory.services { put("services/" + s.id + ".json", writer.bytes(s.directoryJSON)) }
        }
    }

    /// Maps the feed at `feed` onto the taxonomy, parishes and outcodes of `base`.
    /// `progress` is called with the number of services read so far, every 1,000.
    public static func run(
        feed: String, base: DirectoryFiles, options: ORUKImportOptions, today: CalendarDate,
        progress: ((Int) -> Void)? = nil
    ) throws(SignpostError) -> Result {
        var options = options
        if options.vocabulary == nil, !base.vocabularies.isEmpty {
            let taxonomy = DirectoryLoader.load(DirectoryLoader.tables(base), organisations: [Organisation](), services: [Service](), today: today).directory.taxonomy
            let (vocabulary, problems) = ORUKVocabulary.load(base.vocabularies, taxonomy: taxonomy)
            if let problem = problems.first(where: { $0.severity == .error }) {
                throw SignpostError(.invalidInput, "a vocabulary table of \(base.root) has errors: \(problem)")
            }
            options.vocabulary = vocabulary
        }
        return try run(base: DirectoryLoader.tables(base), options: options, today: today, progress: progress) { reader in
            reader.readOrganizations(near: feed)
            return { reader, visit in reader.read(feed, visit: visit) }
        }
    }

    /// The same for a feed held in memory; `name` names it in findings (`.ndjson` reads lines).
    /// `base` is decoded once by the caller (`DirectoryLoader.tables`) when it imports many feeds.
    public static func run(
        bytes: [UInt8], name: String, base: DirectoryTables, options: ORUKImportOptions, today: CalendarDate
    ) throws(SignpostError) -> Result {
        try run(base: base, options: options, today: today, progress: nil) { _ in
            { reader, visit in reader.read(bytes: bytes, name: name, visit: visit) }
        }
    }

    /// Reads a feed's services, handing each to the visitor.
    private typealias ServiceReading = (inout ORUKFeedReader, (ORUKRecord) -> Void) -> Void

    /// `prepare` reads what must come first (organizations.json) and returns the service reading.
    private static func run(
        base: DirectoryTables, options: ORUKImportOptions, today: CalendarDate, progress: ((Int) -> Void)?,
        prepare: (inout ORUKFeedReader) -> ServiceReading
    ) throws(SignpostError) -> Result {
        var tables = base
        let root = "(imported)"
        tables.root = root
        let baseResult = DirectoryLoader.load(tables, organisations: [Organisation](), services: [Service](), today: today)
        guard baseResult.isUsable else {
            throw SignpostError(
                .invalidInput,
                "the Directory at \(base.root) that supplies the taxonomy and parishes has errors; run 'signpost validate'")
        }
        var reader = ORUKFeedReader()
        let sink = FindingSink()
        var mapped: [ORUKServiceMapper.Mapped] = []
        var indexByID: [String: Int] = [:]
        var ids = ORUKIdentifiers()
        let readServices = prepare(&reader)
        let tally = ImportTally()
        let mapper = ORUKServiceMapper(
            base: baseResult.directory, options: options, organizations: reader.organizations,
            vocabulary: options.vocabulary ?? ORUKVocabulary(), tally: tally)
        var read = 0
        readServices(&reader) { record in
            read += 1
            if read % 1000 == 0 { progress?(read) }
            guard let m = mapper.map(record, ids: &ids, sink: sink) else { return }
            // A repeated service id: the later record is kept, under the id the first was given.
            if let index = indexByID[m.service.id] {
                mapped[index] = m
            } else {
                indexByID[m.service.id] = mapped.count
                mapped.append(m)
            }
        }
        reader.finishPages()
        var extraOrganisations: [Organisation] = []
        for (uuid, listed) in mapper.organizations.sorted(by: { $0.key < $1.key }) where ids.organisation(uuid: uuid) == nil {
            if let o = mapper.mapListedOrganisation(listed, ids: &ids, sink: sink) { extraOrganisations.append(o) }
        }
        for uuid in ids.repeatOrder {
            let r = ids.repeats[uuid]!
            sink.add(r.source.finding(.warning, r.path, "service id \(uuid) appears \(r.count) times in the feed: the last one read is kept"))
        }
        sink.add(contentsOf: summaryFindings(tally, feedFile: reader.firstFile))
        var findings = reader.findings + sink.findings
        mapped.sort { $0.service.id < $1.service.id }

        // Check the result as a Directory; drop what the validator rejects and say why.
        var loaded: DirectoryLoadResult
        while true {
            var organisations: [String: Organisation] = [:]
            for m in mapped { organisations[m.organisation.id] = m.organisation }
            for o in extraOrganisations { organisations[o.id] = o }
            loaded = DirectoryLoader.load(
                tables, organisations: organisations.values.sorted { $0.id < $1.id }, services: mapped.map(\.service),
                today: today)
            let errors = loaded.findings.filter { $0.severity == .error }
            if errors.isEmpty { break }
            var rejected: [String: [Finding]] = [:]
            for error in errors {
                if let id = id(in: error.file, folder: root + "/services/") { rejected[id, default: []].append(error) }
            }
            let rejectedOrganisations = Set(errors.compactMap { id(in: $0.file, folder: root + "/organisations/") })
            let before = mapped.count
            mapped.removeAll { m in
                if let problems = rejected[m.service.id] {
                    for problem in problems {
                        findings.append(m.source.finding(.error, m.path, "service skipped: \(problem.field): \(problem.message)"))
                    }
                    return true
                }
                if rejectedOrganisations.contains(m.service.organisationID) {
                    findings.append(
                        m.source.finding(.error, m.path, "service skipped: its organization \"\(m.service.organisationID)\" is not valid"))
                    return true
                }
                return false
            }
            extraOrganisations.removeAll { rejectedOrganisations.contains($0.id) }
            if mapped.count == before && rejectedOrganisations.isEmpty {
                // Errors the import cannot pin on a record: report them as they are.
                findings += errors
                break
            }
        }
        var result = Result(
            directory: loaded.directory, findings: findings.sortedForDisplay(),
            validationWarnings: loaded.findings.filter { $0.severity == .warning }, servicesRead: read)
        result.skippedForArea = tally.noArea
        result.v1Services = tally.v1Services
        result.unmappedTerms = tally.unmappedOrder.map { tally.unmappedTerms[$0]! }.sorted { $0.count > $1.count }
            .map { ($0.name, $0.vocabulary, $0.count) }
        if tally.noArea > 0 {
            let areas = "no area in the feed names a Sevenoaks parish, Sevenoaks District, West Kent, Kent or the UK"
            if result.directory.services.isEmpty && tally.noArea * 2 >= read {
                result.advice.append(
                    "Nothing was imported because \(areas) (\(tally.noArea) of \(read) services). Import again with --default-area district (or west-kent, kent, national) to give those services that area.")
            } else {
                result.advice.append(
                    "\(tally.noArea) of \(read) services were skipped because \(areas). --default-area district (or west-kent, kent, national) imports them with that area.")
            }
        }
        return result
    }

    /// Feed-wide findings: HTML converted, and taxonomy terms no table maps (one each, where first met).
    private static func summaryFindings(_ tally: ImportTally, feedFile: String?) -> [Finding] {
        var findings: [Finding] = []
        if !tally.htmlFields.isEmpty {
            let total = tally.htmlFields.values.reduce(0, +)
            let fields = tally.htmlFields.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
            findings.append(
                Finding(
                    severity: .warning, file: feedFile ?? "feed", line: 1, field: "",
                    message: "HTML converted to plain text in \(total) field\(total == 1 ? "" : "s") of \(tally.htmlServices) service\(tally.htmlServices == 1 ? "" : "s") (\(fields))"))
        }
        for key in tally.unmappedOrder {
            let term = tally.unmappedTerms[key]!
            var finding = term.first
            let vocabulary = term.vocabulary.map { " (\($0))" } ?? ""
            finding.message = "taxonomy term \"\(term.name)\"\(vocabulary) on \(term.count) service\(term.count == 1 ? "" : "s") maps to no Signpost need: add it to vocabularies/\(ORUKVocabulary.fileName) if it should"
            findings.append(finding)
        }
        return findings
    }

    private static func id(in path: String, folder: String) -> String? {
        guard path.hasPrefix(folder), path.hasSuffix(".json") else { return nil }
        return String(path.dropFirst(folder.count).dropLast(5))
    }
}
