import Foundation
import SignpostCore
import SignpostORUK
import Synchronization

/// What the server serves: one immutable snapshot of the Directory, its index and engine,
/// swapped whole on reload. A request takes the snapshot once, at its start, so it never sees
/// half-old, half-new data.
public final class ServerState: Sendable {
    public struct Snapshot: Sendable {
        public let directory: Directory
        public let index: ServiceIndex
        public let engine: MatchEngine
        /// Built with the snapshot: the ORUK shape of `services.list`/`services.get`.
        public let oruk: ORUKEncoder
        public let warnings: Int
    }

    public let location: DirectoryLocator.Location
    public let registry: RuleRegistry
    /// Longest request line accepted, in bytes.
    public let maxLineBytes: Int
    /// Longest response line written, in bytes; a batch's responses together count as one line.
    public let maxResponseBytes: Int
    /// The one folder requests may name files in (`print` `out`, `gaps` `with`), when the server
    /// was started with `--files DIR`; nil (the default) refuses every file parameter.
    public let files: FileSandbox?
    public var allowsFileAccess: Bool { files != nil }
    private let current: Mutex<Snapshot>
    private let clock: @Sendable () -> CalendarDate
    /// Where rule mistakes found at run time are logged (rule ids only, never resident data).
    private let ruleWarning: @Sendable (String) -> Void

    /// Loads the Directory at `location`; fails with the findings when it has errors.
    public init(
        location: DirectoryLocator.Location, registry: RuleRegistry,
        maxLineBytes: Int = ProtocolInfo.defaultMaxLineBytes, maxResponseBytes: Int = ProtocolInfo.defaultMaxResponseBytes,
        allowsFileAccess: Bool = true, files: FileSandbox? = nil,
        today: @escaping @Sendable () -> CalendarDate = { .today() },
        ruleWarning: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(DirectoryInvalid) {
        self.ruleWarning = ruleWarning
        self.location = location
        self.registry = registry
        self.maxLineBytes = maxLineBytes
        self.maxResponseBytes = maxResponseBytes
        // `allowsFileAccess: false` forces files off whatever `files` says.
        self.files = allowsFileAccess ? files : nil
        self.clock = today
        current = Mutex(try ServerState.load(location, registry: registry, today: today(), log: ruleWarning))
    }

    /// A Directory that cannot be served, with its problems.
    public struct DirectoryInvalid: Error, Sendable {
        public var findings: [Finding]
    }

    static func load(
        _ location: DirectoryLocator.Location, registry: RuleRegistry, today: CalendarDate,
        log: @escaping @Sendable (String) -> Void
    ) throws(DirectoryInvalid) -> Snapshot
    {
        let result = DirectoryLoader.load(at: location.url, displayRoot: location.displayPath, today: today)
        guard result.isUsable else { throw DirectoryInvalid(findings: result.findings.filter { $0.severity == .error }) }
        let index = ServiceIndex(directory: result.directory)
        let engine: MatchEngine
        do {
            engine = try MatchEngine(index: index, registry: registry, log: log)
        } catch {
            throw DirectoryInvalid(
                findings: error.problems.map {
                    Finding(severity: .error, file: location.displayPath, line: 0, field: "rules", message: $0)
                })
        }
        return Snapshot(
            directory: result.directory, index: index, engine: engine,
            oruk: ORUKEncoder(directory: result.directory), warnings: result.findings.warningCount)
    }

    public var snapshot: Snapshot { current.withLock { $0 } }

    public var today: CalendarDate { clock() }

    /// The file folder, or the error that refuses a file path in `param` when there is none.
    func requireFiles(_ param: String) throws(RPCError) -> FileSandbox {
        guard let files else {
            throw .fileAccess(
                "\"\(param)\": this server reads and writes no files (start it with --files DIR to allow files inside DIR)")
        }
        return files
    }

    /// Re-reads the Directory. On errors — or when the new data has no services at all, which is
    /// an emptied or half-copied folder rather than a Directory anyone meant to serve — the old data
    /// keeps being served and the findings are returned; otherwise the new snapshot replaces the
    /// old one in a single step.
    @discardableResult
    public func reload() throws(DirectoryInvalid) -> Snapshot {
        let fresh = try ServerState.load(location, registry: registry, today: clock(), log: ruleWarning)
        guard !fresh.directory.services.isEmpty else {
            throw DirectoryInvalid(findings: [
                Finding(
                    severity: .error, file: location.displayPath + "/services", line: 1, field: "",
                    message: "no services: a Directory with no services is not served"),
            ])
        }
        current.withLock { $0 = fresh }
        return fresh
    }
}
