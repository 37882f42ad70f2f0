import ArgumentParsing
import SignpostCore

/// `signpost parishes`: the district's towns and parishes as loaded.
enum ParishesCommand: Command {
    static let spec = CommandSpec(
        name: "parishes",
        abstract: "List the towns and parishes in the Directory with population and postcode districts.",
        options: [CommonOptions.directory, CommonOptions.json])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let directory = try loadDirectory(arguments)
        if arguments.flag("json") {
            Console.outJSON(.array(directory.parishes.map(\.directoryJSON)))
            return 0
        }
        for parish in directory.parishes {
            let population = parish.population.map { Format.grouped($0.count) + " (\($0.year))" } ?? "population unknown"
            Console.outLine(
                parish.name + " (" + parish.kind.rawValue + ") — " + population + " — "
                    + parish.outcodes.joined(separator: " ") + " — deprivation level \(parish.deprivation.level)/5")
        }
        Console.outLine("\(directory.parishes.count) towns and parishes")
        return 0
    }
}
