import ArgumentParsing
import SignpostCore
import SignpostModules

/// `signpost rules`: every rule the engine runs — built-in and from modules — with its stage,
/// references, weights and how many examples document it.
enum RulesCommand: Command {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "List every matching rule: id, module, stage, title, references, weights and examples.",
        discussion: """
            Rule ids are what --without-rules (match) and withoutRules (protocol) switch off, and what each
            reason in match --json names in "rule".
            """,
        options: [CommonOptions.json, .flag("markdown", help: "Print the README's rule tables (scripts/readme-rules uses it).")],
        exclusiveGroups: [["json", "markdown"]])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let registry = try RegisteredModules.registry()
        let listing = RuleListing(registry: registry)
        if arguments.flag("markdown") {
            Console.outLine(RuleListing.circumstancesBlock(registry: registry))
            Console.outLine(listing.readmeBlock(modules: registry.modules))
        } else if arguments.flag("json") {
            Console.outJSON(listing.json)
        } else {
            Console.out(listing.text)
            Console.outLine("\(listing.items.count) rules")
        }
        return 0
    }
}
