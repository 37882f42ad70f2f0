import Foundation

/// Diagnostics on stderr, off by default. Lines name methods, outcomes and timings — never
/// params, so no resident data (needs, ages, postcodes) can reach a log.
public struct Logger: Sendable {
    public enum Level: Int, Sendable, Comparable, CaseIterable {
        case off = 0
        case error = 1
        case info = 2
        case debug = 3

        public init?(name: String) {
            switch name {
            case "off": self = .off
            case "error": self = .error
            case "info": self = .info
            case "debug": self = .debug
            default: return nil
            }
        }

        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    public let level: Level

    public init(level: Level) { self.level = level }

    public func error(_ message: @autoclosure () -> String) { write(.error, message) }
    public func info(_ message: @autoclosure () -> String) { write(.info, message) }

    private func write(_ at: Level, _ message: () -> String) {
        guard level >= at else { return }
        FileHandle.standardError.write(Data(("signpost serve: " + message() + "\n").utf8))
    }
}

/// Monotonic nanoseconds.
enum MonotonicClock {
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
