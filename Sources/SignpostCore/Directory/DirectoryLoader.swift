import Foundation

/// The outcome of loading a Directory: what could be built, and every problem found on the way.
public struct DirectoryLoadResult: Sendable {
    /// Everything that decoded, even when there were errors (so `validate` can check more).
    public var directory: Directory
    public var findings: [Finding]

    /// Safe to serve: no errors (warnings are fine).
    public var isUsable: Bool { !findings.hasErrors }
}

/// Parses, decodes and validates a Directory. Reads every file even after errors and reports all
/// problems, each located to file, line and field.
public enum DirectoryLoader {
    /// Loads the Directory folder at `url`.
    public static func load(at url: URL, displayRoot: String, today: CalendarDate) -> DirectoryLoadResult {
        load(DirectoryFiles.read(at: url, displayRoot: displayRoot), today: today)
    }

    /// Loads already-read files.
    public static func load(_ files: DirectoryFiles, today: CalendarDate) -> DirectoryLoadResult {
        load(tables(files), organisations: files.organisations, services: files.services, today: today)
    }

    /// Loads organisation and service files against tables decoded once (`tables(_:)`): for
    /// callers that check many records against the same taxonomy and parishes.
    public static func load(
        _ tables: DirectoryTables, organisations organisationFiles: [DirectoryFiles.File],
        services serviceFiles: [DirectoryFiles.File], today: CalendarDate
    ) -> DirectoryLoadResult {
        let sink = FindingSink()
        sink.add(contentsOf: tables.findings)
        let organisations = decode(organisationFiles, sink: sink, OrganisationDecoding.decode, id: \.id)
        let services = decode(serviceFiles, sink: sink, ServiceDecoding.decode, id: \.id)
        return assemble(tables.tables, organisations: organisations, services: services, sink: sink, today: today)
    }

    /// Validates organisations and services built in memory (an import) against `tables`,
    /// exactly as if each had been read from `<root>/organisations/<id>.json` and
    /// `<root>/services/<id>.json`: no encoding and parsing back of records that are already values.
    public static func load(
        _ tables: DirectoryTables, organisations: [Organisation], services: [Service], today: CalendarDate
    ) -> DirectoryLoadResult {
        let sink = FindingSink()
        sink.add(contentsOf: tables.findings)
        func source(_ folder: String, _ id: String) -> RecordSource {
            RecordSource(file: tables.root + "/" + folder + "/" + id + ".json", lines: [:])
        }
        // Records built in memory (an import) are not the Directory the urgent contacts cite.
        var t = tables.tables
        t.urgentContacts = nil
        return assemble(
            t, organisations: organisations.map { Located(value: $0, source: source("organisations", $0.id), path: "") },
            services: services.map { Located(value: $0, source: source("services", $0.id), path: "") }, sink: sink,
            today: today)
    }

    /// The taxonomy, parishes and outcodes of `files`, decoded once, with their findings.
    public static func tables(_ files: DirectoryFiles) -> DirectoryTables {
        let sink = FindingSink()
        let tables = readTables(files, sink: sink)
        return DirectoryTables(root: files.root, tables: tables, findings: sink.findings)
    }

    /// The taxonomy, parishes and outcodes, decoded.
    struct Tables: Sendable {
        var domains: [Located<NeedDomain>] = []
        var needs: [Located<Need>] = []
        var circumstancePhrases: [CircumstancePhrases] = []
        var parishes: [Located<Parish>] = []
        var outcodes: [Located<Outcode>] = []
        var actionPlan = ActionPlan.none
        /// Where `action-plan.json` was read from, for findings about it.
        var actionPlanSource: RecordSource? = nil
        var commonWords = CommonWords(words: [String]())
        var neutralPhrases: [String] = []
        /// `urgent-contacts.json`, decoded with the services (its contacts cite them).
        var urgentContacts: DirectoryFiles.File? = nil
    }

    private static func readTables(_ files: DirectoryFiles, sink: FindingSink) -> Tables {
        sink.add(contentsOf: files.problems)
        var t = Tables()
        if let file = files.taxonomy, let (root, source) = parse(file, sink: sink) {
            for reader in root.objects("domains", required: true) ?? [] {
                if let d = TaxonomyDecoding.decodeDomain(reader) {
                    t.domains.append(Located(value: d, source: source, path: reader.path))
                }
            }
            for reader in root.objects("needs", required: true) ?? [] {
                if let n = TaxonomyDecoding.decodeNeed(reader) {
                    t.needs.append(Located(value: n, source: source, path: reader.path))
                }
            }
            for reader in root.objects("circumstance_phrases") ?? [] {
                if let c = TaxonomyDecoding.decodeCircumstancePhrases(reader) { t.circumstancePhrases.append(c) }
            }
            t.neutralPhrases = root.strings("neutral_phrases") ?? []
            root.finish()
        }
        if let file = files.parishes, let (root, source) = parse(file, sink: sink) {
            for reader in root.objects("parishes", required: true) ?? [] {
                if let p = ParishDecoding.decodeParish(reader) {
                    t.parishes.append(Located(value: p, source: source, path: reader.path))
                }
            }
            root.finish()
        }
        if let file = files.outcodes, let (root, source) = parse(file, sink: sink) {
            for reader in root.objects("outcodes", required: true) ?? [] {
                if let o = ParishDecoding.decodeOutcode(reader) {
                    t.outcodes.append(Located(value: o, source: source, path: reader.path))
                }
            }
            root.finish()
        }
        if let file = files.actionPlan, let (root, source) = parse(file, sink: sink) {
            t.actionPlan = TaxonomyDecoding.decodeActionPlan(root)
            t.actionPlanSource = source
        }
        if let file = files.commonWords {
            t.commonWords = CommonWords(text: String(decoding: file.bytes, as: UTF8.self))
        }
        t.urgentContacts = files.urgentContacts
        return t
    }

    private static func assemble(
        _ t: Tables, organisations: [Located<Organisation>], services: [Located<Service>], sink: FindingSink,
        today: CalendarDate
    ) -> DirectoryLoadResult {
        let records = DirectoryRecords(
            domains: t.domains, needs: t.needs, parishes: t.parishes, outcodes: t.outcodes, organisations: organisations,
            services: services, actionPlan: t.actionPlan, actionPlanSource: t.actionPlanSource)
        sink.add(contentsOf: DirectoryValidator(records: records, today: today).validate())

        var urgent = UrgentContacts.none
        if let file = t.urgentContacts, let (root, _) = parse(file, sink: sink) {
            urgent = UrgentContactsDecoding.decode(root, services: services.map(\.value), today: today)
        }
        var taxonomy = Taxonomy(
            domains: t.domains.map(\.value), needs: t.needs.map(\.value), circumstancePhrases: t.circumstancePhrases)
        taxonomy.commonWords = t.commonWords
        taxonomy.neutralPhrases = t.neutralPhrases
        let directory = Directory(
            organisations: organisations.map(\.value), services: services.map(\.value),
            parishes: t.parishes.map(\.value), outcodes: t.outcodes.map(\.value), taxonomy: taxonomy,
            actionPlan: t.actionPlan, urgentContacts: urgent)
        return DirectoryLoadResult(directory: directory, findings: sink.findings.sortedForDisplay())
    }

    /// One record per file (organisations, services), each checked against its file name.
    private static func decode<T: Sendable>(
        _ files: [DirectoryFiles.File], sink: FindingSink, _ decode: (ObjectReader) -> T?, id: (T) -> String
    ) -> [Located<T>] {
        var records: [Located<T>] = []
        for file in files {
            guard let (root, source) = parse(file, sink: sink), let record = decode(root) else { continue }
            records.append(Located(value: record, source: source, path: ""))
            checkFileName(file, id: id(record), source: source, sink: sink)
        }
        return records
    }

    /// Parses one file, reporting malformed JSON at its line.
    private static func parse(_ file: DirectoryFiles.File, sink: FindingSink) -> (ObjectReader, RecordSource)? {
        do {
            let document = try JSONParser.parse(file.bytes, options: .init(maxDepth: 32, recordLines: true))
            let source = RecordSource(file: file.path, lines: document.lines)
            guard let reader = ObjectReader.root(document.value, source: source, sink: sink) else { return nil }
            return (reader, source)
        } catch {
            sink.add(
                Finding(
                    severity: .error, file: file.path, line: error.line, field: "",
                    message: "malformed JSON: \(error.message) (column \(error.column))"))
            return nil
        }
    }

    private static func checkFileName(_ file: DirectoryFiles.File, id: String, source: RecordSource, sink: FindingSink) {
        if file.stem != id {
            sink.add(source.finding(.error, "id", "id \"\(id)\" does not match the file name \"\(file.stem).json\""))
        }
    }
}

/// A Directory's taxonomy, parishes and outcodes, decoded once (`DirectoryLoader.tables`).
public struct DirectoryTables: Sendable {
    /// How findings name the Directory's folder.
    public var root: String
    let tables: DirectoryLoader.Tables
    /// Problems in the tables themselves (and in reading the folder).
    public let findings: [Finding]
}

/// Every decoded record with its location, as the validator sees them.
struct DirectoryRecords {
    var domains: [Located<NeedDomain>]
    var needs: [Located<Need>]
    var parishes: [Located<Parish>]
    var outcodes: [Located<Outcode>]
    var organisations: [Located<Organisation>]
    var services: [Located<Service>]
    var actionPlan: ActionPlan
    var actionPlanSource: RecordSource?
}
