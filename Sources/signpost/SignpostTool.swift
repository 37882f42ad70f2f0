import ArgumentParsing
import SignpostCore

/// The `signpost` command line: finds the subcommand, parses its options, runs it.
enum SignpostTool {
    static let name = "signpost"
    static let abstract = "Signpost: find local services for Sevenoaks District residents, and say why."

    /// Every subcommand, in the order `--help` lists them.
    nonisolated(unsafe) static let commands: [any Command.Type] = [
        MatchCommand.self, ServeCommand.self, PrintCommand.self, GapsCommand.self, ChecksCommand.self, ExportCommand.self, ImportCommand.self,
        ValidateCommand.self, ServicesCommand.self, ParishesCommand.self, RulesCommand.self,
    ]

    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else {
            Console.err(HelpFormatter.toolHelp(tool: name, abstract: abstract, commands: commands.map { $0.spec }))
            return UsageError.exitCode
        }
        if first == "--help" || first == "-h" || first == "help" {
            Console.out(HelpFormatter.toolHelp(tool: name, abstract: abstract, commands: commands.map { $0.spec }))
            return 0
        }
        if first == "--version" {
            Console.outLine(SignpostVersion.current)
            return 0
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            var message = "\(name): unknown command '\(first)'"
            if let guess = ArgumentParser.closest(first, among: commands.map { $0.spec.name }) {
                message += " (did you mean '\(guess)'?)"
            }
            Console.errLine(message)
            Console.err(HelpFormatter.toolHelp(tool: name, abstract: abstract, commands: commands.map { $0.spec }))
            return UsageError.exitCode
        }
        let spec = command.spec
        do {
            switch try ArgumentParser.parse(Array(arguments.dropFirst()), spec: spec) {
            case .help:
                Console.out(HelpFormatter.help(tool: name, spec: spec))
                return 0
            case .run(let parsed):
                return try command.run(parsed)
            }
        } catch let error as UsageError {
            Console.errLine("\(name) \(spec.name): \(error.message)")
            Console.errLine("USAGE: " + HelpFormatter.usageLine(tool: name, spec: spec))
            Console.errLine("See '\(name) \(spec.name) --help'.")
            return UsageError.exitCode
        } catch let failure as CommandFailure {
            Console.errLine(failure.message)
            return failure.exitCode
        } catch {
            Console.errLine("\(name) \(spec.name): \(error)")
            return 1
        }
    }
}
