import Foundation

/// How long tests wait for a child process. CI's AddressSanitizer run starts children several
/// times slower, on a loaded machine, and says so with `SIGNPOST_TEST_TIMEOUT_SCALE` (a number,
/// 1 when unset); every wait in the suites goes through `scaled(_:)`, so no test times out only
/// because the build is instrumented.
public enum TestTimeouts {
    /// The factor from `SIGNPOST_TEST_TIMEOUT_SCALE`, at least 1.
    public static let scale: Double = {
        guard let text = ProcessInfo.processInfo.environment["SIGNPOST_TEST_TIMEOUT_SCALE"],
            let value = Double(text), value >= 1
        else { return 1 }
        return value
    }()

    /// `seconds`, stretched by `scale`.
    public static func scaled(_ seconds: Double) -> Double { seconds * scale }
}
