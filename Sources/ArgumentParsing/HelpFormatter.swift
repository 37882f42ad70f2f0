/// Renders `--help` and usage text.
public enum HelpFormatter {
    /// The one-line synopsis: `signpost match --needs TEXT [--parish NAME] …`.
    public static func usageLine(tool: String, spec: CommandSpec) -> String {
        var parts = [tool, spec.name]
        for option in spec.options {
            parts.append(option.isRequired ? option.synopsis : "[" + option.synopsis + "]")
        }
        for positional in spec.positionals {
            parts.append(positional.isRequired ? positional.name : "[" + positional.name + "]")
        }
        return parts.joined(separator: " ")
    }

    /// Full help for one command.
    public static func help(tool: String, spec: CommandSpec) -> String {
        var lines = ["OVERVIEW: " + spec.abstract, "", "USAGE: " + usageLine(tool: tool, spec: spec), ""]
        if !spec.positionals.isEmpty {
            lines.append("ARGUMENTS:")
            for p in spec.positionals { lines.append(row(p.name, p.help)) }
            lines.append("")
        }
        lines.append("OPTIONS:")
        for option in spec.options {
            var left = option.synopsis
            if let short = option.short { left = "-\(short), " + left }
            var help = option.help
            if case .repeating = option.kind { help += " (repeatable)" }
            if option.isRequired { help += " (required)" }
            lines.append(row(left, help))
        }
        lines.append(row("-h, --help", "Show help for this command."))
        if let discussion = spec.discussion {
            lines.append("")
            lines.append(discussion)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Help for the tool as a whole: its commands.
    public static func toolHelp(tool: String, abstract: String, commands: [CommandSpec]) -> String {
        var lines = ["OVERVIEW: " + abstract, "", "USAGE: \(tool) <command> [options]", "", "COMMANDS:"]
        for command in commands { lines.append(row(command.name, command.abstract)) }
        lines.append("")
        lines.append("See '\(tool) <command> --help' for the options of each command.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ left: String, _ right: String) -> String {
        let width = 26
        let padded = "  " + left
        if padded.count < width { return padded + String(repeating: " ", count: width - padded.count) + right }
        return padded + "\n" + String(repeating: " ", count: width) + right
    }
}
