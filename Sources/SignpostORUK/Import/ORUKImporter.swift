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
        try run(base: DirectoryLoader.tables(base), options: options, today: today, progress: progress) { reader in
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
        var ids = ORUKIdentifiers()
        let readServices = prepare(&reader)
        let mapper = ORUKServiceMapper(base: baseResult.directory, options: options, organizations: reader.organizations)
        var read = 0
        readServices(&reader) { record in
            read += 1
            if read % 1000 == 0 { progress?(read) }
            if let m = mapper.map(record, ids: &ids, sink: sink) { mapped.append(m) }
        }
        var extraOrganisations: [Organisation] = []
        for (uuid, listed) in mapper.organizations.sorted(by: { $0.key < $1.key }) where ids.organisation(uuid: uuid) == nil {
            if let o = mapper.mapListedOrganisation(listed, ids: &ids, sink: sink) { extraOrganisations.append(o) }
        }
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
        return Result(
            directory: loaded.directory, findings: findings.sortedForDisplay(),
            validationWarnings: loaded.findings.filter { $0.severity == .warning }, servicesRead: read)
    }

    private static func id(in path: String, folder: String) -> String? {
        guard path.hasPrefix(folder), path.hasSuffix(".json") else { return nil }
        return String(path.dropFirst(folder.count).dropLast(5))
    }
}
