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
        let files = names.sorted().filter { name in
            !name.hasPrefix(".") && (name.hasSuffix(".json") || name.hasSuffix(".ndjson") || name.hasSuffix(".jsonl"))
                && !(folder == path && skip.contains(name))
        }
        if files.isEmpty { problem(folder, 1, "no .json or .ndjson files to read") }
        for name in files { readFile(folder + "/" + name, visit: visit) }
    }

    private mutating func readFile(_ path: String, visit: (ORUKRecord) -> Void) {
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
        case .object(let object) where object["contents"] != nil:
            guard case .array(let items)? = object["contents"] else {
                findings.append(source.finding(.error, "contents", "expected an array of services, found \(object["contents"]!.typeDescription)"))
                return
            }
            each(items, path: "contents", source: source, visit: visit)
        case .object(let object):
            visit(ORUKRecord(object: object, source: source, path: ""))
        case .array(let items):
            each(items, path: "", source: source, visit: visit)
        default:
            findings.append(
                source.finding(.error, "", "expected an ORUK service, a list of services or a /services page, found \(value.typeDescription)"))
        }
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
        } else if case .array(let a) = document.value {
            (items, base) = (a, "")
        } else {
            findings.append(source.finding(.error, "", "expected an /organizations page or a list of organizations"))
            return
        }
        for (i, item) in items.enumerated() {
            if case .object(let o) = item, case .string(let id)? = o["id"] {
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
