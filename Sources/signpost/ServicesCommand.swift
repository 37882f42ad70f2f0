import ArgumentParsing
import SignpostCore

/// `signpost services`: what is loaded, optionally only what meets a need or serves a parish.
enum ServicesCommand: Command {
    static let spec = CommandSpec(
        name: "services",
        abstract: "List the services in the Directory (those meeting a need, or serving a parish).",
        options: [
            .value("need", "ID", help: "Only services meeting this need (a taxonomy id, e.g. loneliness)."),
            .value("parish", "NAME", help: "Only services that serve residents of this town or parish."),
            CommonOptions.directory, CommonOptions.json,
        ])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let directory = try loadDirectory(arguments)
        let query = ServiceQuery(need: arguments.value("need"), parish: arguments.value("parish"))
        let services: [Service]
        do throws(SignpostError) {
            services = try query.run(on: ServiceIndex(directory: directory))
        } catch {
            throw CommandFailure(message: "signpost services: \(error.message)")
        }
        if arguments.flag("json") {
            Console.outJSON(.array(services.map(\.directoryJSON)))
            return 0
        }
        for service in services {
            let org = directory.organisation(service.organisationID)?.name ?? service.organisationID
            var line = service.name + " — " + org
            if let phone = service.phone { line += " — " + phone }
            Console.outLine(line)
            Console.outLine("    " + service.id + " · " + service.area.plainDescription + " · " + service.cost.plainLabel)
        }
        Console.outLine("\(services.count) service\(services.count == 1 ? "" : "s")")
        return 0
    }
}
