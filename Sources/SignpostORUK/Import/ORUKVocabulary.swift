import SignpostCore

/// The mapping table `Directory/vocabularies/esd-needs.json`: terms of the LGA/esd Needs and
/// Circumstances lists (and the same words in other feeds' taxonomies) to Signpost needs and
/// circumstances. Read once per import; looked up by identifier, then by label.
public struct ORUKVocabulary: Sendable {
    public struct Entry: Sendable, Hashable {
        public var term: String
        public var vocabulary: String?
        public var needs: [String]
        public var circumstances: [Circumstance]
        /// Whether the term is also looked for in a service's name and description (tables that
        /// say `"read_in_text": true`), when nothing else gives it a need.
        public var inText: Bool = false
    }

    private var byID: [String: Int] = [:]
    private var byLabel: [String: Int] = [:]
    /// Normalised labels of the entries read in text, and their longest length in words.
    private var textLabels: [String: Int] = [:]
    private var longestTextLabel = 0
    public private(set) var entries: [Entry] = []

    public init() {}

    /// The file name the importer reads from a Directory's `vocabularies/` folder.
    public static let fileName = "esd-needs.json"

    /// Decodes the table; every problem is a located finding (unknown need, unknown circumstance,
    /// a term listed twice), and bad entries are left out.
    public static func load(_ file: DirectoryFiles.File, taxonomy: Taxonomy) -> (ORUKVocabulary, [Finding]) {
        var vocabulary = ORUKVocabulary()
        let findings = vocabulary.add(file, taxonomy: taxonomy)
        return (vocabulary, findings)
    }

    /// Every table of a Directory's `vocabularies/` folder, merged (a term in two tables is an error).
    public static func load(_ files: [DirectoryFiles.File], taxonomy: Taxonomy) -> (ORUKVocabulary, [Finding]) {
        var vocabulary = ORUKVocabulary()
        var findings: [Finding] = []
        for file in files { findings += vocabulary.add(file, taxonomy: taxonomy) }
        return (vocabulary, findings)
    }

    private mutating func add(_ file: DirectoryFiles.File, taxonomy: Taxonomy) -> [Finding] {
        let sink = FindingSink()
        let document: JSONDocument
        do {
            document = try JSONParser.parse(file.bytes, options: .init(maxDepth: 16, recordLines: true))
        } catch {
            return [Finding(severity: .error, file: file.path, line: error.line, field: "", message: "malformed JSON: \(error.message)")]
        }
        let source = RecordSource(file: file.path, lines: document.lines)
        guard let root = ObjectReader.root(document.value, source: source, sink: sink) else { return sink.findings }
        _ = root.string("about")
        let inText = root.value("read_in_text", required: false)?.boolValue ?? false
        _ = root.object("lists").map { lists in for member in lists.object.members { _ = lists.string(member.key) } }
        _ = root.string("licence")
        for entry in root.objects("terms", required: true) ?? [] {
            let term = entry.string("term", required: true)
            let vocab = entry.string("vocabulary")
            let ids = entry.strings("ids") ?? []
            var needs: [String] = []
            for (i, need) in (entry.strings("needs") ?? []).enumerated() {
                if taxonomy.need(need) != nil {
                    needs.append(need)
                } else {
                    var message = "unknown need \"\(need)\""
                    if let guess = NameMatching.suggestions(for: need, among: taxonomy.needs.map(\.id), limit: 1).first {
                        message += " (did you mean \"\(guess)\"?)"
                    }
                    sink.add(source.finding(.error, JSONPath.element(entry.fieldPath("needs"), i), message))
                }
            }
            let circumstances = entry.enumerations("circumstances", Circumstance.self) ?? []
            _ = entry.string("source", required: true)
            entry.finish()
            guard let term else { continue }
            if needs.isEmpty && circumstances.isEmpty {
                entry.error("needs", "maps to no need and no circumstance")
                continue
            }
            let index = entries.count
            let label = NameMatching.normalise(term)
            if byLabel[label] != nil {
                entry.error("term", "\"\(term)\" is listed twice")
                continue
            }
            entries.append(Entry(term: term, vocabulary: vocab, needs: needs, circumstances: circumstances, inText: inText))
            byLabel[label] = index
            if inText {
                textLabels[label] = index
                longestTextLabel = max(longestTextLabel, label.split(separator: " ").count)
            }
            for id in ids {
                guard let key = Self.key(id) else {
                    entry.error("ids", "\"\(id)\" is not an esd identifier (need/69, circumstance/Gender_Female)")
                    continue
                }
                byID[key] = index
            }
        }
        root.finish()
        return sink.findings
    }

    /// Entries read in text whose label appears in `text` as whole words, with the words matched.
    public func entries(inText text: String) -> [(entry: Entry, phrase: String)] {
        guard longestTextLabel > 0 else { return [] }
        let words = NameMatching.normalise(text).split(separator: " ").map(String.init)
        var found: [(entry: Entry, phrase: String)] = []
        var seen = Set<Int>()
        for start in words.indices {
            for length in stride(from: min(longestTextLabel, words.count - start), through: 1, by: -1) {
                let phrase = words[start..<(start + length)].joined(separator: " ")
                if let index = textLabels[phrase], seen.insert(index).inserted { found.append((entries[index], phrase)) }
            }
        }
        return found
    }

    /// The entry for a term, by its identifier (in any of the forms feeds use) or its label.
    public func entry(id: String?, name: String?, vocabulary: String? = nil) -> Entry? {
        if let id, let key = Self.key(id, vocabulary: vocabulary), let index = byID[key] { return entries[index] }
        if let name, let index = byLabel[NameMatching.normalise(name)] { return entries[index] }
        return nil
    }

    /// "esdNeed:69", "esdNeeds:69", "need:69", "http://id.esd.org.uk/need/69", or "69" in the
    /// esdNeeds vocabulary → "need/69"; the same for circumstances.
    static func key(_ id: String, vocabulary: String? = nil) -> String? {
        var text = id.trimmingSpaces()
        for prefix in ["https://id.esd.org.uk/", "http://id.esd.org.uk/", "id.esd.org.uk/"] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            let parts = text.split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return kind(String(parts[0])).map { $0 + "/" + parts[1] }
        }
        if let slash = text.firstIndex(of: "/"), let kind = kind(String(text[..<slash])) {
            return kind + "/" + text[text.index(after: slash)...]
        }
        if let colon = text.firstIndex(of: ":") {
            guard let kind = kind(String(text[..<colon])) else { return nil }
            return kind + "/" + text[text.index(after: colon)...]
        }
        if let vocabulary, let kind = kind(vocabulary) { return kind + "/" + text }
        return nil
    }

    private static func kind(_ prefix: String) -> String? {
        switch prefix.lowercased() {
        case "need", "needs", "esdneed", "esdneeds": return "need"
        case "circumstance", "circumstances", "esdcircumstance", "esdcircumstances": return "circumstance"
        default: return nil
        }
    }
}
