import Foundation
import SignpostCore
import SignpostORUK

/// What the server serves: one immutable snapshot of the Directory, its index and engine,
/// swapped whole on reload. A request takes the snapshot once, at its start, so it never sees
/// half-old, half-new data.
public final class ServerState: @unchecked Sendable {
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
    /// Whether requests may name files to write (`print` `out`) or read (`gaps` `with`). Off with
    /// `signpost serve --no-file-access`, for clients that must not touch the file system.
    public let allowsFileAccess: Bool
    private let lock = NSLock()
    private var current: Snapshot
    private let clock: @Sendable () -> CalendarDate
    /// Where rule mistakes found at run time are logged (rule ids only, never resident data).
    private let ruleWarning: @Sendable (String) -> Void

    /// Loads the Directory at `location`; fails with the findings when it has errors.
    public init(
        location: DirectoryLocator.Location, registry: RuleRegistry,
        maxLineBytes: Int = ProtocolInfo.defaultMaxLineBytes, allowsFileAccess: Bool = true,
        today: @escaping @Sendable () -> CalendarDate = { .today() },
        ruleWarning: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(DirectoryInvalid) {
        self.ruleWarning = ruleWarning
        self.location = location
        self.registry = registry
        self.maxLineBytes = maxLineBytes
        self.allowsFileAccess = allowsFileAccess
        self.clock = today
        current = try ServerState.load(location, registry: registry, today: today(), log: ruleWarning)
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

    public var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    public var today: CalendarDate { clock() }

    /// Refuses a file path in `param` when file access is off.
    func requireFileAccess(_ param: String) throws(RPCError) {
        if !allowsFileAccess {
            throw .invalidParams("\"\(param)\": this server does not read or write files (started with --no-file-access)")
        }
    }

    /// Re-reads the Directory. On errors the old data keeps being served and the findings are
    /// returned; otherwise the new snapshot replaces the old one in a single step.
    @discardableResult
    public func reload() throws(DirectoryInvalid) -> Snapshot {
        let fresh = try ServerState.load(location, registry: registry, today: clock(), log: ruleWarning)
        lock.lock()
        current = fresh
        lock.unlock()
        return fresh
    }
}
