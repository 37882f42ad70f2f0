#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Timing and memory helpers for the benchmark.
enum Measure {
    /// Monotonic time in nanoseconds.
    @inline(__always) static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Runs `body` and returns its wall time in milliseconds.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return Double(now() - start) / 1e6
    }

    /// Percentiles of per-call latencies, in microseconds.
    struct Latencies {
        var samples: [UInt64] = []
        mutating func add(_ ns: UInt64) { samples.append(ns) }
        func percentile(_ p: Double) -> Double {
            let sorted = samples.sorted()
            guard !sorted.isEmpty else { return 0 }
            let index = min(sorted.count - 1, Int((p / 100 * Double(sorted.count)).rounded(.down)))
            return Double(sorted[index]) / 1000
        }
        var summary: String {
            "p50 \(fmt(percentile(50))) µs, p99 \(fmt(percentile(99))) µs (n=\(samples.count))"
        }
    }

    /// Resident set size and its peak, from /proc/self/status, in MiB.
    static func memory() -> (rss: Double, peak: Double) {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
        func value(_ key: String) -> Double {
            for line in text.split(separator: "\n") where line.hasPrefix(key) {
                let digits = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
                return digits / 1024
            }
            return 0
        }
        return (value("VmRSS:"), value("VmHWM:"))
    }

    /// "840 ms" or "3.7 s".
    static func duration(_ ms: Double) -> String { ms < 1000 ? fmt(ms) + " ms" : fmt(ms / 1000) + " s" }

    static func fmt(_ x: Double) -> String {
        if x >= 100 { return String(Int(x.rounded())) }
        let tenths = (x * 10).rounded() / 10
        return String(tenths)
    }
}
