import Foundation

/// The raw files of a Directory, read but not yet parsed. Loading works on this value, so tests,
/// fuzzers and the ORUK importer can validate files that never touched the disk.
public struct DirectoryFiles: Sendable {
    /// One file: the path as shown in findings, and its bytes.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
        /// The file name without folders or extension ("west-kent-mind-wellbeing").
        public var stem: String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        }
    }

    public var root: String
    public var taxonomy: File?
    public var parishes: File?
    public var outcodes: File?
    /// `action-plan.json`; optional (without it, action-plan references are not checked).
    public var actionPlan: File?
    public var organisations: [File]
    public var services: [File]
    /// `vocabularies/*.json`: mapping tables from other publishers' vocabularies (read by imports).
    public var vocabularies: [File] = []
    /// `common-words.txt`: one common English word a line, for the spelling tolerance; optional.
    public var commonWords: File?
    /// `urgent-contacts.json`: who to call for each risk a rule raises, and the numbers printed
    /// lists keep; optional (without it, risks are raised with no contacts).
    public var urgentContacts: File?
    /// Problems met while reading (missing or unreadable files).
    public var problems: [Finding]

    public init(
        root: String, taxonomy: File?, parishes: File?, outcodes: File?, actionPlan: File? = nil, organisations: [File],
        services: [File], problems: [Finding] = []
    ) {
        self.root = root
        self.taxonomy = taxonomy
        self.parishes = parishes
        self.outcodes = outcodes
        self.actionPlan = actionPlan
        self.organisations = organisations
        self.services = services
        self.problems = problems
    }

    /// Largest Directory file read; anything bigger is an error, not a memory spike.
    public static let maxFileBytes = 4 << 20

    /// Reads the Directory at `url`; `displayRoot` is how findings name it ("Directory").
    public static func read(at url: URL, displayRoot: String) -> DirectoryFiles {
        var problems: [Finding] = []
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            problems.append(
                Finding(severity: .error, file: displayRoot, line: 1, field: "", message: "not a directory"))
            return DirectoryFiles(
                root: displayRoot, taxonomy: nil, parishes: nil, outcodes: nil, organisations: [], services: [],
                problems: problems)
        }

        func readFile(_ relative: String, required: Bool) -> File? {
            let display = displayRoot + "/" + relative
            let fileURL = url.appendingPathComponent(relative)
            guard fm.fileExists(atPath: fileURL.path) else {
                if required {
                    problems.append(
                        Finding(severity: .error, file: display, line: 1, field: "", message: "file is missing"))
                }
                return nil
            }
            // Only regular files are opened: a FIFO, a device or a folder named like a Directory
            // file is a located finding, never a read that could block the loader (or a reload).
            guard FileBytes.isRegularFile(fileURL.path) else {
                problems.append(
                    Finding(
                        severity: .error, file: display, line: 1, field: "",
                        message: "not a regular file (a FIFO, device, socket or folder); only regular files are read"))
                return nil
            }
            switch FileBytes.read(fileURL.path, limit: maxFileBytes) {
            case .success(let bytes): return File(path: display, bytes: bytes)
            case .failure(.tooLarge):
                problems.append(
                    Finding(
                        severity: .error, file: display, line: 1, field: "",
                        message: "file is larger than \(maxFileBytes >> 20) MiB"))
            case .failure(.unreadable):
                problems.append(
                    Finding(severity: .error, file: display, line: 1, field: "", message: "file cannot be read"))
            }
            return nil
        }

        func readFolder(_ folder: String) -> [File] {
            let folderURL = url.appendingPathComponent(folder)
            guard let names = try? fm.contentsOfDirectory(atPath: folderURL.path) else {
                problems.append(
                    Finding(
                        severity: .error, file: displayRoot + "/" + folder, line: 1, field: "",
                        message: "folder is missing or cannot be read"))
                return []
            }
            var files: [File] = []
            for name in names.sorted() where !name.hasPrefix(".") {
                guard name.hasSuffix(".json") else {
                    problems.append(
                        Finding(
                            severity: .warning, file: displayRoot + "/" + folder + "/" + name, line: 1, field: "",
                            message: "ignored: only .json files are read here"))
                    continue
                }
                if let file = readFile(folder + "/" + name, required: true) { files.append(file) }
            }
            return files
        }

        var files = DirectoryFiles(
            root: displayRoot,
            taxonomy: readFile("taxonomy.json", required: true),
            parishes: readFile("parishes.json", required: true),
            outcodes: readFile("outcodes.json", required: true),
            actionPlan: readFile("action-plan.json", required: false),
            organisations: readFolder("organisations"),
            services: readFolder("services"),
            problems: problems)
        files.commonWords = readFile("common-words.txt", required: false)
        files.urgentContacts = readFile("urgent-contacts.json", required: false)
        // Optional: a Directory without vocabularies imports with its taxonomy's synonyms alone.
        if let names = try? fm.contentsOfDirectory(atPath: url.appendingPathComponent("vocabularies").path) {
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                if let file = readFile("vocabularies/" + name, required: true) { files.vocabularies.append(file) }
            }
            files.problems = problems
        }
        return files
    }
}
