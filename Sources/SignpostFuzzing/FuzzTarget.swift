/// The inputs Signpost reads from people and programs it does not control, each a fuzz target:
/// `scripts/fuzz TARGET SECONDS` runs one under libFuzzer; `swift test` replays every committed
/// input (`Fuzz/corpus/<target>/` and `Fuzz/regressions/<target>/`) through the same checks.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// One protocol line through the full dispatch: parse → validate → handler → encode.
    case protocolLine = "protocol-line"
    /// A Directory service file through the loader and validator.
    case directoryService = "directory-service"
    /// An ORUK feed document (a service, a list, a page) through the importer.
    case orukFeed = "oruk-feed"
    /// Free-text needs through interpretation and a full match.
    case needsText = "needs-text"
    /// Arbitrary service text (odd Unicode, long words, control characters) through the PDF writer.
    case pdfText = "pdf-text"

    /// Runs one input and checks the target's properties; a violation is a bug.
    public func check(_ bytes: [UInt8]) throws(PropertyViolation) {
        switch self {
        case .protocolLine: try ProtocolLineProperty.check(bytes)
        case .directoryService: try DirectoryServiceProperty.check(bytes)
        case .orukFeed: try ORUKFeedProperty.check(bytes)
        case .needsText: try NeedsTextProperty.check(bytes)
        case .pdfText: try PDFTextProperty.check(bytes)
        }
    }
}

/// A property that did not hold: what was expected, and what happened.
public struct PropertyViolation: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// `condition`, or a violation saying `message`.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(PropertyViolation) {
    if !condition { throw PropertyViolation(message()) }
}
