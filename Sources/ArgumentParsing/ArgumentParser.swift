/// The outcome of parsing: either arguments to run with, or a request for help.
public enum ParseOutcome: Sendable, Equatable {
    case run(ParsedArguments)
    case help
}

/// Parses arguments against a `CommandSpec`: `--name value`, `--name=value`, `-x value`, flags,
/// repeated options and `--` to end options. Unknown or malformed input is a `UsageError` that
/// says what was wrong and, for near misses, what was meant.
public enum ArgumentParser {
    public static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParseOutcome {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        func fail(_ message: String) -> UsageError { UsageError(message, command: spec.name) }

        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.appendPositional(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            if argument == "--help" || argument == "-h" { return .help }

            var inlineValue: String? = nil
            let option: OptionSpec
            if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let found = spec.option(named: name) else {
                    var message = "unknown option '--\(name)'"
                    if let guess = closest(name, among: spec.options.map(\.long)) { message += " (did you mean '--\(guess)'?)" }
                    throw fail(message)
                }
                option = found
            } else {
                let letters = Array(argument.dropFirst())
                guard letters.count == 1, let found = spec.option(short: letters[0]) else {
                    throw fail("unknown option '\(argument)'")
                }
                option = found
            }

            switch option.kind {
            case .flag:
                if inlineValue != nil { throw fail("option '--\(option.long)' does not take a value") }
                parsed.setFlag(option.long)
            case .value, .repeating:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count, !isOptionLike(arguments[index]) else {
                        throw fail("option '--\(option.long)' needs a value")
                    }
                    value = arguments[index]
                    index += 1
                }
                if case .value = option.kind, parsed.has(option.long) {
                    throw fail("option '--\(option.long)' was given more than once")
                }
                parsed.append(option.long, value)
            }
        }

        for option in spec.options where option.isRequired && !parsed.has(option.long) {
            throw fail("missing required option '\(option.synopsis)'")
        }
        for group in spec.exclusiveGroups {
            let given = group.filter { parsed.has($0) }
            if given.count > 1 {
                throw fail("give only one of " + given.map { "'--\($0)'" }.joined(separator: ", "))
            }
        }
        let required = spec.positionals.filter(\.isRequired).count
        if parsed.positionals.count < required {
            let missing = spec.positionals[parsed.positionals.count]
            throw fail("missing argument \(missing.name)")
        }
        if parsed.positionals.count > spec.positionals.count {
            throw fail("unexpected argument '\(parsed.positionals[spec.positionals.count])'")
        }
        return .run(parsed)
    }

    /// A negative number is a value, not an option ("--lon -0.1").
    static func isOptionLike(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument.count > 1 else { return false }
        let rest = argument.dropFirst()
        return !(rest.first!.isNumber || rest.first! == ".")
    }

    /// The closest name within a small edit distance, for "did you mean".
    public static func closest(_ input: String, among names: [String]) -> String? {
        var best: (distance: Int, name: String)? = nil
        for name in names {
            let d = editDistance(input, name)
            if d <= max(2, name.count / 3), best == nil || d < best!.distance { best = (d, name) }
        }
        return best?.name
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
