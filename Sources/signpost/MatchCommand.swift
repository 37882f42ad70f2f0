import ArgumentParsing
import SignpostCore
import SignpostModules
import SignpostPrint

/// `signpost match`: rank local services for a resident, and say why.
enum MatchCommand: Command {
    static let spec = CommandSpec(
        name: "match",
        abstract: "Rank local services for a resident, with reasons, exclusions and needs nothing covers.",
        discussion: """
            EXAMPLE:
              signpost match --parish Sevenoaks --age 74 --needs "lonely since my husband died, had a fall" \\
                --circumstances lives-alone,no-car

            Needs are taxonomy ids and/or free text, separated by commas. Circumstances (comma-separated):
            \(Circumstance.allCases.map(\.rawValue).joined(separator: ", ")).
            Rule modules (comma-separated, default all): \(RegisteredModules.all.map(\.id).joined(separator: ", ")).
            Rules can be switched off by id with --without-rules (see `signpost rules`).
            """,
        options: [
            .value("parish", "NAME", help: "Where the resident lives: a town or parish."),
            .value("postcode", "PC", help: "Or a postcode or postcode district (only the district is used)."),
            .value("lat", "X", help: "Or a latitude (with --lon)."),
            .value("lon", "Y", help: "Longitude (with --lat)."),
            .value("age", "N", help: "The resident's age in years."),
            .value("needs", "TEXT", help: "What the resident needs help with: ids and/or words.", required: true),
            .value("circumstances", "A,B", help: "Circumstances, comma-separated (see below)."),
            .value("not", "A,B", help: "Circumstances known not to apply (\"not a carer\"); others are unknown, never no."),
            .repeating(
                "for", "ROLE[:AGE][,C…]",
                help: "Someone else the help may be for: child:8, cared-for:81,diagnosed-dementia (repeatable)."),
            .value("limit", "N", help: "How many matches to list (default 10, at most 100)."),
            .value("modules", "A,B", help: "Only these rule modules (default: all)."),
            .value("without-rules", "A,B", help: "Switch these rules off by id (see `signpost rules`)."),
            .value("format", "FORMAT", help: "Print a handout for the resident instead: pdf, html or text."),
            .value("out", "FILE", help: "Write the handout here (default: stdout for html and text)."),
            .flag("show-needs", help: "Put the needs typed on the handout (left off by default)."),
            .flag("large-print", help: "Large print handout (18 pt body)."),
            .flag(
                "easy-read",
                help: "Easy Read handout: one service a page, short sentences, the number very large (20 pt body; not with --large-print)."),
            CommonOptions.directory, CommonOptions.json,
        ],
        exclusiveGroups: [["parish", "postcode", "lat"], ["parish", "postcode", "lon"], ["json", "format"], ["json", "easy-read"]])

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let easyRead = arguments.flag("easy-read")
        if easyRead && arguments.flag("large-print") {
            // Easy Read type is already larger than large print: two sizes asked for is a mistake.
            throw UsageError("--easy-read is already larger than large print (20 pt body): leave out --large-print", command: spec.name)
        }
        let query = try residentQuery(arguments)
        let directory = try loadDirectory(arguments)
        let engine = try makeEngine(directory)
        let result: MatchResult
        do throws(SignpostError) {
            result = try engine.match(query, today: .today())
        } catch where error.kind == .unknownModule || error.kind == .unknownRule {
            // A module or rule name the user typed: a usage error, in the option's own name.
            throw UsageError(error.message.replacingOccurrences(of: "withoutRules", with: "--without-rules"), command: spec.name)
        } catch {
            throw CommandFailure(message: "signpost match: \(error.message)")
        }
        if arguments.flag("json") {
            Console.outJSON(result.json)
        } else if arguments.has("format") || arguments.has("out") || easyRead {
            // A clear-print handout for the resident: no name, no identifying data.
            let format = try rethrowing { () throws(SignpostError) in try PrintFormat.named(arguments.value("format") ?? "pdf") }
            let handout = PrintedListBuilder(index: engine.index).handout(
                for: result, showNeeds: arguments.flag("show-needs"), today: .today())
            let bytes = easyRead ? format.renderEasyRead(handout).bytes : format.render(handout, largePrint: arguments.flag("large-print")).bytes
            try PrintCommand.deliver(bytes, format: format, out: arguments.value("out"))
            PrintCommand.reportLeftOff(handout.leftOffOnlineOnly)
        } else {
            Console.out(MatchTextFormatter.format(result))
        }
        return 0
    }

    /// The resident described by the options, or a usage error.
    static func residentQuery(_ arguments: ParsedArguments) throws -> ResidentQuery {
        let place: ResidentQuery.Place
        if let parish = arguments.value("parish") {
            place = .parish(parish)
        } else if let postcode = arguments.value("postcode") {
            place = .postcode(postcode)
        } else if arguments.has("lat") || arguments.has("lon") {
            guard let lat = arguments.value("lat").flatMap(Double.init), let lon = arguments.value("lon").flatMap(Double.init)
            else { throw UsageError("give both --lat and --lon as numbers", command: spec.name) }
            place = .coordinate(GeoPoint(latitude: lat, longitude: lon))
        } else {
            throw UsageError("say where the resident lives: --parish, --postcode, or --lat with --lon", command: spec.name)
        }
        var age: Int? = nil
        if let text = arguments.value("age") {
            guard let value = Int(text) else { throw UsageError("--age takes a whole number of years", command: spec.name) }
            age = value
        }
        var limit = 10
        if let text = arguments.value("limit") {
            guard let value = Int(text) else { throw UsageError("--limit takes a whole number", command: spec.name) }
            limit = value
        }
        let circumstances = split(arguments.value("circumstances") ?? "")
        let notCircumstances = split(arguments.value("not") ?? "")
        if let both = circumstances.first(where: { c in notCircumstances.contains { $0.lowercased() == c.lowercased() } }) {
            throw UsageError("--circumstances \(both) and --not \(both) contradict each other: give one", command: spec.name)
        }
        var query = ResidentQuery(
            place: place, age: age, needs: splitNeeds(arguments.value("needs") ?? ""), circumstances: circumstances,
            limit: limit, modules: arguments.value("modules").map(split),
            withoutRules: arguments.value("without-rules").map(split))
        query.notCircumstances = notCircumstances
        for text in arguments.values("for") {
            do throws(SignpostError) {
                query.household.append(try HouseholdMember.parse(text))
            } catch {
                throw UsageError("--for: \(error.message)", command: spec.name)
            }
        }
        if query.household.count > MatchLimits.maxHousehold {
            throw UsageError("--for is given more than \(MatchLimits.maxHousehold) times", command: spec.name)
        }
        return query
    }

    /// `--needs` entries: as `split`, except that an age set off by commas stays with the words
    /// around it ("my husband, 81, has dementia" is one entry, so the age and the dementia are his).
    static func splitNeeds(_ text: String) -> [String] {
        var entries: [String] = []
        var joinNext = false
        for piece in split(text) {
            let isAge = piece.count <= 3 && piece.allSatisfy(\.isNumber)
            if (isAge || joinNext), let last = entries.popLast() {
                entries.append(last + ", " + piece)
            } else {
                entries.append(piece)
            }
            joinNext = isAge
        }
        return entries
    }

    /// Comma- or semicolon-separated entries, trimmed, empty ones dropped.
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
