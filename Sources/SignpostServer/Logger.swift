#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Diagnostics on stderr, off by default. Lines name methods, outcomes and timings — never
/// params, so no resident data (needs, ages, postcodes) can reach a log.
///
/// A log line is one `write(2)` to descriptor 2 whose result is ignored: a closed stderr (EBADF),
/// a reader that has gone (EPIPE, with SIGPIPE ignored by the transport) or a full disk costs the
/// line, never the server, and nothing is ever written anywhere else (stdout is the protocol's).
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
    public func debug(_ message: @autoclosure () -> String) { write(.debug, message) }

    private func write(_ at: Level, _ message: () -> String) {
        guard level >= at else { return }
        let line = Array(("signpost serve: " + message() + "\n").utf8)
        line.withUnsafeBytes { raw in
            // One attempt, result ignored on purpose (see above); EINTR retried.
            while true {
                let n = Glibc.write(2, raw.baseAddress, raw.count)
                if n < 0 && errno == EINTR { continue }
                break
            }
        }
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

/// Standard descriptors that were closed when the process started are opened on /dev/null, so
/// that no file the server opens later (a Directory file, a printed list being written) can take
/// descriptor 1 or 2 and receive protocol lines or log lines.
public enum StandardDescriptors {
    public static func reserve() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if opened >= 0 && opened != fd {
                _ = dup2(opened, fd)
                _ = close(opened)
            }
        }
    }
}
