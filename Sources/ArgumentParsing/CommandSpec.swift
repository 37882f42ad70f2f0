/// What a command accepts: the options and positional arguments, with their help text.
public struct CommandSpec: Sendable {
    public var name: String
    public var abstract: String
    /// Extra paragraphs printed after the options in `--help`.
    public var discussion: String?
    public var options: [OptionSpec]
    public var positionals: [PositionalSpec]
    /// Groups of options of which at most one may be given ("--parish | --postcode").
    public var exclusiveGroups: [[String]]

    public init(
        name: String, abstract: String, discussion: String? = nil, options: [OptionSpec] = [],
        positionals: [PositionalSpec] = [], exclusiveGroups: [[String]] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.positionals = positionals
        self.exclusiveGroups = exclusiveGroups
    }

    func option(named long: String) -> OptionSpec? { options.first { $0.long == long } }
    func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
}

/// One `--option`.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        /// `--json`: present or not.
        case flag
        /// `--parish NAME`: one value; giving it twice is an error.
        case value(placeholder: String)
        /// `--theme ID`: may be given several times.
        case repeating(placeholder: String)
    }

    public var long: String
    public var short: Character?
    public var kind: Kind
    public var help: String
    public var isRequired: Bool

    public init(_ long: String, short: Character? = nil, kind: Kind, help: String, required: Bool = false) {
        self.long = long
        self.short = short
        self.kind = kind
        self.help = help
        self.isRequired = required
    }

    public static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(long, short: short, kind: .flag, help: help)
    }

    public static func value(
        _ long: String, _ placeholder: String, short: Character? = nil, help: String, required: Bool = false
    ) -> OptionSpec {
        OptionSpec(long, short: short, kind: .value(placeholder: placeholder), help: help, required: required)
    }

    public static func repeating(_ long: String, _ placeholder: String, help: String) -> OptionSpec {
        OptionSpec(long, kind: .repeating(placeholder: placeholder), help: help)
    }

    var synopsis: String {
        switch kind {
        case .flag: return "--" + long
        case .value(let p), .repeating(let p): return "--" + long + " " + p
        }
    }
}

/// One positional argument.
public struct PositionalSpec: Sendable {
    public var name: String
    public var help: String
    public var isRequired: Bool

    public init(_ name: String, help: String, required: Bool = true) {
        self.name = name
        self.help = help
        self.isRequired = required
    }
}
