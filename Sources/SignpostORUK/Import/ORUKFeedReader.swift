#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SignpostCore

/// One ORUK object read from a feed, with where it came from (for `path:line: field:` findings).
public struct ORUKRecord: Sendable {
    public var object: JSONObject
    public var source: RecordSource
    /// Where the object sits in its file: "" for a whole file, "contents[3]" in a page.
    public var path: String
}

/// Reads an ORUK 3.0 feed in any of the shapes publishers use: a `/services` page, a JSON array
/// of services, one service (as `GET /services/{id}` returns it), an ndjson stream (one service per
/// line), or a folder of those (Signpost's own export included). Bad input becomes findings.
public struct ORUKFeedReader {
    /// Largest single JSON document read whole; bigger feeds must be ndjson or split into pages.
    public static let maxDocumentBytes = 64 << 20
    /// Longest ndjson line (one service).
    public static let maxLineBytes = 4 << 20
    /// Deepest nesting accepted (a full service is about 6 deep).
    static let maxDepth = 32

    /// Organizations listed beside the services (`organizations.json`), by ORUK id.
    public private(set) var organizations: [String: ORUKRecord] = [:]
    public private(set) var findings: [Finding] = []
    /// The first file read (where feed-wide findings are placed).
    public private(set) var firstFile: String? = nil

    public init() {}

    /// Reads `path` (file or folder), calling `visit` with each service object in order.
    public mutating func read(_ path: String, visit: (ORUKRecord) -> Void) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            problem(path, 1, "no such file or folder")
            return
        }
        if !isDirectory.boolValue {
            readFile(path, visit: visit)
            return
        }
        let fm = FileManager.default
        let servicesFolder = path + "/services"
        let folder = fm.fileExists(atPath: servicesFolder, isDirectory: &isDirectory) && isDirectory.boolValue ? servicesFolder : path
        let skip: Set<String> = ["organizations.json", "taxonomies.json", "taxonomy_terms.json", "index.json"]
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else {
            problem(folder, 1, "folder cannot be read")
            return
        }
        let files = Self.naturallySorted(names).filter { name in
            !name.hasPrefix(".") && (name.hasSuffix(".json") || name.hasSuffix(".ndjson") || name.hasSuffix(".jsonl"))
                && !(folder == path && skip.contains(name))
        }
        if files.isEmpty { problem(folder, 1, "no .json or .ndjson files to read") }
        for name in files { readFile(folder + "/" + name, visit: visit) }
    }

    private mutating func readFile(_ path: String, visit: (ORUKRecord) -> Void) {
        if firstFile == nil { firstFile = path }
        if path.hasSuffix(".ndjson") || path.hasSuffix(".jsonl") {
            readLines(path, visit: visit)
            return
        }
        guard let (document, bytes) = readDocument(path) else { return }
        // Small files are read again for their lines if a finding needs them; big ones are kept.
        let kept: [UInt8]? = bytes.count > 1 << 20 ? bytes : nil
        let source = RecordSource(file: path, maxDepth: Self.maxDepth) { kept ?? (try? FileBytes.read(path, limit: Self.maxDocumentBytes).get()) }
        visitDocument(document.value, source: source, visit: visit)
    }

    /// Reads a feed held in memory (a fuzzer's input, a protocol upload): `name` names it in
    /// findings, and a name ending in `.ndjson` or `.jsonl` reads it a line at a time.
    public mutating func read(bytes: [UInt8], name: String, visit: (ORUKRecord) -> Void) {
        if firstFile == nil { firstFile = name }
        if name.hasSuffix(".ndjson") || name.hasSuffix(".jsonl") {
            var lineNumber = 0
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lineNumber += 1
                readLine(Array(line.last == 0x0D ? line.dropLast() : line), name, lineNumber, visit: visit)
            }
            return
        }
        guard bytes.count <= Self.maxDocumentBytes else {
            problem(name, 1, Self.tooLarge(bytes.count))
            return
        }
        guard let document = parse(bytes, name) else { return }
        visitDocument(document.value, source: RecordSource(file: name, maxDepth: Self.maxDepth) { bytes }, visit: visit)
    }

    private mutating func visitDocument(_ value: JSONValue, source: RecordSource, visit: (ORUKRecord) -> Void) {
        switch value {
        case .object(let object) where object["contents"] != nil || object["content"] != nil:
            // A list page: 3.0 `contents` with total_pages/page_number, or v1 `content` with
            // totalPages/number (Spring's shape, sometimes counted from 0).
            let key = object["contents"] != nil ? "contents" : "content"
            notePage(object, source: source)
            guard case .array(let items)? = object[key] else {
                if case .null? = object[key] {
                    findings.append(source.finding(.warning, key, "an empty page: no services on it"))
                    return
                }
                findings.append(source.finding(.error, key, "expected an array of services, found \(object[key]!.typeDescription)"))
                return
            }
            if items.isEmpty { findings.append(source.finding(.warning, key, "an empty page: no services on it")) }
            each(items, path: key, source: source, visit: visit)
        case .object(let object) where object["id"] == nil && object["name"] == nil:
            if object.keys.contains(where: Self.pageKeys.contains) {
                notePage(object, source: source)
                findings.append(source.finding(.warning, "", "a list page with no contents: no services on it"))
            } else {
                findings.append(
                    source.finding(.error, "", "not an ORUK service or list page: it has no id, no name and no contents"))
            }
        case .object(let object):
            visit(ORUKRecord(object: object, source: source, path: ""))
        case .array(let items):
            each(items, path: "", source: source, visit: visit)
        default:
            findings.append(
                source.finding(.error, "", "expected an ORUK service, a list of services or a /services page, found \(value.typeDescription)"))
        }
    }

    /// Members of list pages in either version (3.0 `total_items`…, v1 `totalElements`…).
    static let pageKeys: Set<String> = [
        "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "totalElements",
        "totalPages", "totalpages", "number", "first", "last", "numberOfElements", "pageable", "per_page",
    ]

    /// Pages read, by folder: which numbers, and how many the pages say there are.
    private struct PageSet {
        var file: String
        var numbers: [Int: String] = [:]
        var totalPages: Int?
        var zeroBased = false
    }
    private var pageSets: [String: PageSet] = [:]
    private var pageSetOrder: [String] = []

    private mutating func notePage(_ object: JSONObject, source: RecordSource) {
        let number = (object["page_number"] ?? object["number"] ?? object["page"])?.intValue
        let total = (object["total_pages"] ?? object["totalPages"] ?? object["totalpages"])?.intValue
        let folder = source.file.contains("/") ? String(source.file[..<source.file.lastIndex(of: "/")!]) : ""
        if pageSets[folder] == nil {
            pageSets[folder] = PageSet(file: source.file)
            pageSetOrder.append(folder)
        }
        if let total, total >= 0 { pageSets[folder]!.totalPages = max(pageSets[folder]!.totalPages ?? 0, total) }
        if let number {
            if number == 0 { pageSets[folder]!.zeroBased = true }
            if let earlier = pageSets[folder]!.numbers[number] {
                findings.append(source.finding(.warning, "", "page \(number) was read before, from \(earlier): its services are read again (repeats keep the later copy)"))
            }
            pageSets[folder]!.numbers[number] = source.file
        }
    }

    /// One warning per page set with pages missing: a partial feed is imported, but never silently.
    public mutating func finishPages() {
        for folder in pageSetOrder {
            guard let set = pageSets[folder], let total = set.totalPages, total > 0 else { continue }
            let offset = set.zeroBased ? 1 : 0
            let seen = Set(set.numbers.keys.map { $0 + offset })
            let missing = (1...min(total, 100_000)).filter { !seen.contains($0) }
            guard !missing.isEmpty else { continue }
            let list = missing.prefix(10).map(String.init).joined(separator: ", ") + (missing.count > 10 ? " and \(missing.count - 10) more" : "")
            findings.append(
                Finding(
                    severity: .warning, file: set.file, line: 1, field: "",
                    message: "\(seen.count) of \(total) pages read; missing page\(missing.count == 1 ? "" : "s") \(list): their services are not imported (save every page into one folder and import the folder)"))
        }
    }

    /// Page files in page order: "2.json" before "10.json" (keys made once: a folder may hold
    /// 100,000 files).
    static func naturallySorted(_ names: [String]) -> [String] {
        names.map { (key: naturalKey($0), name: $0) }.sorted { a, b in
            for (x, y) in zip(a.key, b.key) where x != y { return x.text != y.text ? x.text < y.text : x.number < y.number }
            return a.key.count != b.key.count ? a.key.count < b.key.count : a.name < b.name
        }.map(\.name)
    }

    private static func naturalKey(_ s: String) -> [(text: String, number: Int)] {
        var parts: [(text: String, number: Int)] = []
        var text = ""
        var digits = ""
        for ch in s {
            if ch.isASCII && ch.isNumber {
                digits.append(ch)
            } else {
                if !digits.isEmpty {
                    parts.append((text, Int(digits.prefix(18)) ?? 0))
                    text = ""
                    digits = ""
                }
                text.append(ch)
            }
        }
        parts.append((text, Int(digits.prefix(18)) ?? -1))
        return parts
    }

    private mutating func each(_ items: [JSONValue], path: String, source: RecordSource, visit: (ORUKRecord) -> Void) {
        for (i, item) in items.enumerated() {
            let itemPath = JSONPath.element(path, i)
            guard case .object(let object) = item else {
                findings.append(source.finding(.error, itemPath, "expected a service object, found \(item.typeDescription)"))
                continue
            }
            visit(ORUKRecord(object: object, source: source, path: itemPath))
        }
    }

    /// Reads and parses one whole JSON file, refusing oversized ones before reading them.
    private mutating func readDocument(_ path: String) -> (JSONDocument, [UInt8])? {
        switch FileBytes.read(path, limit: Self.maxDocumentBytes) {
        case .success(let bytes): return parse(bytes, path).map { ($0, bytes) }
        case .failure(.tooLarge(let size)): problem(path, 1, Self.tooLarge(size))
        case .failure(.unreadable): problem(path, 1, "file cannot be read")
        }
        return nil
    }

    /// One whole JSON document, or a located finding.
    private mutating func parse(_ bytes: [UInt8], _ name: String) -> JSONDocument? {
        do {
            return try JSONParser.parse(bytes, options: .init(maxDepth: Self.maxDepth))
        } catch {
            problem(name, error.line, "malformed JSON: \(error.message) (column \(error.column))")
            return nil
        }
    }

    private static func tooLarge(_ size: Int) -> String {
        "file is \(size >> 20) MiB; JSON documents over \(maxDocumentBytes >> 20) MiB are not read whole (publish it as ndjson, one service per line, or as pages)"
    }

    /// Streams an ndjson file a line at a time: memory stays bounded by the longest line.
    private mutating func readLines(_ path: String, visit: (ORUKRecord) -> Void) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            problem(path, 1, "file cannot be read")
            return
        }
        defer { close(fd) }
        var reader = LineReader(fd: fd, maxLineBytes: Self.maxLineBytes)
        var lineNumber = 0
        loop: while true {
            lineNumber += 1
            switch reader.next() {
            case .end: break loop
            case .tooLong(let bytes):
                problem(path, lineNumber, "line is \(bytes) bytes; one service may be at most \(Self.maxLineBytes >> 20) MiB")
            case .line(let bytes): readLine(bytes, path, lineNumber, visit: visit)
            }
        }
    }

    /// One ndjson line: one service.
    private mutating func readLine(_ bytes: [UInt8], _ path: String, _ lineNumber: Int, visit: (ORUKRecord) -> Void) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
        if bytes.count > Self.maxLineBytes {
            problem(path, lineNumber, "line is \(bytes.count) bytes; one service may be at most \(Self.maxLineBytes >> 20) MiB")
            return
        }
        do {
            let value = try JSONParser.parse(bytes, options: .init(maxDepth: Self.maxDepth)).value
            let source = RecordSource(file: path, lines: ["": lineNumber])
            guard case .object(let object) = value else {
                findings.append(source.finding(.error, "", "expected a service object, found \(value.typeDescription)"))
                return
            }
            visit(ORUKRecord(object: object, source: source, path: ""))
        } catch {
            problem(path, lineNumber, "malformed JSON: \(error.message) (column \(error.column))")
        }
    }

    /// Reads `organizations.json` beside the services when `path` is a folder that has one, so
    /// services that give only an `organization_id` can be resolved. Call before `read`.
    public mutating func readOrganizations(near path: String) {
        var isDirectory: ObjCBool = false
        let file = path + "/organizations.json"
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            FileManager.default.fileExists(atPath: file)
        else { return }
        readOrganizations(file)
    }

    private mutating func readOrganizations(_ path: String) {
        guard let (document, bytes) = readDocument(path) else { return }
        let source = RecordSource(file: path, maxDepth: Self.maxDepth) { bytes }
        let items: [JSONValue]
        let base: String
        if case .array(let a)? = document.value["contents"] {
            (items, base) = (a, "contents")
        } else if case .array(let a)? = document.value["content"] {
            (items, base) = (a, "content")
        } else if case .array(let a) = document.value {
            (items, base) = (a, "")
        } else {
            findings.append(source.finding(.error, "", "expected an /organizations page or a list of organizations"))
            return
        }
        for (i, item) in items.enumerated() {
            if case .object(let o) = item, let id = o["id"].flatMap({ $0.stringValue ?? $0.intValue.map(String.init) }) {
                organizations[id] = ORUKRecord(object: o, source: source, path: JSONPath.element(base, i))
            } else {
                findings.append(source.finding(.error, JSONPath.element(base, i), "expected an organization with an id"))
            }
        }
    }

    private mutating func problem(_ file: String, _ line: Int, _ message: String) {
        findings.append(Finding(severity: .error, file: file, line: line, field: "", message: message))
    }
}
