/// The options and positionals of one parsed command line.
public struct ParsedArguments: Sendable, Equatable {
    var flags: Set<String> = []
    var values: [String: [String]] = [:]
    public private(set) var positionals: [String] = []

    public init() {}

    public func flag(_ long: String) -> Bool { flags.contains(long) }
    /// The value of a single-valued option.
    public func value(_ long: String) -> String? { values[long]?.last }
    /// Every value of a repeating option, in order.
    public func values(_ long: String) -> [String] { values[long] ?? [] }
    public func has(_ long: String) -> Bool { flags.contains(long) || values[long] != nil }

    mutating func setFlag(_ long: String) { flags.insert(long) }
    mutating func append(_ long: String, _ value: String) { values[long, default: []].append(value) }
    mutating func appendPositional(_ value: String) { positionals.append(value) }
}

/// A command line that cannot be understood. Exit code 64 (EX_USAGE), usage on stderr.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The command whose usage should be shown, when known.
    public var command: String?

    public init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    public var description: String { message }

    /// The conventional exit status for usage errors (sysexits.h `EX_USAGE`).
    public static let exitCode: Int32 = 64
}
