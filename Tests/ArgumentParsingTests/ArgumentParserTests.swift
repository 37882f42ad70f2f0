import Testing
@testable import ArgumentParsing

@Suite("Argument parser")
struct ArgumentParserTests {
    static let spec = CommandSpec(
        name: "match", abstract: "Match.",
        options: [
            .value("parish", "NAME", help: "Parish."),
            .value("postcode", "PC", help: "Postcode."),
            .value("needs", "TEXT", help: "Needs.", required: true),
            .value("lon", "X", help: "Longitude."),
            .repeating("theme", "ID", help: "Theme."),
            .flag("json", help: "JSON."),
        ],
        exclusiveGroups: [["parish", "postcode"]])

    func run(_ args: [String]) throws -> ParsedArguments {
        guard case .run(let parsed) = try ArgumentParser.parse(args, spec: Self.spec) else {
            Issue.record("expected arguments, got help")
            return ParsedArguments()
        }
        return parsed
    }

    @Test func valuesFlagsAndRepeats() throws {
        let parsed = try run(["--parish", "Edenbridge", "--needs=lonely, low", "--theme", "a", "--theme", "b", "--json"])
        #expect(parsed.value("parish") == "Edenbridge")
        #expect(parsed.value("needs") == "lonely, low")
        #expect(parsed.values("theme") == ["a", "b"])
        #expect(parsed.flag("json"))
        #expect(!parsed.flag("other"))
    }

    @Test func negativeNumbersAreValues() throws {
        #expect(try run(["--needs", "x", "--lon", "-0.12"]).value("lon") == "-0.12")
    }

    @Test func help() throws {
        #expect(try ArgumentParser.parse(["--needs", "x", "--help"], spec: Self.spec) == .help)
        #expect(try ArgumentParser.parse(["-h"], spec: Self.spec) == .help)
    }

    @Test(
        "usage errors say what was wrong",
        arguments: [
            (["--needs", "x", "--parsh", "Seal"], "unknown option '--parsh' (did you mean '--parish'?)"),
            (["--needs"], "option '--needs' needs a value"),
            (["--parish", "Seal"], "missing required option '--needs TEXT'"),
            (["--needs", "x", "--json=yes"], "option '--json' does not take a value"),
            (["--needs", "x", "--parish", "a", "--parish", "b"], "option '--parish' was given more than once"),
            (["--needs", "x", "--parish", "a", "--postcode", "TN8"], "give only one of '--parish', '--postcode'"),
            (["--needs", "x", "stray"], "unexpected argument 'stray'"),
            (["--needs", "x", "-q"], "unknown option '-q'"),
        ])
    func usageErrors(args: [String], message: String) {
        #expect(throws: UsageError(message, command: "match")) { try ArgumentParser.parse(args, spec: Self.spec) }
    }

    @Test func helpText() {
        let text = HelpFormatter.help(tool: "signpost", spec: Self.spec)
        #expect(text.contains("USAGE: signpost match [--parish NAME] [--postcode PC] --needs TEXT"))
        #expect(text.contains("--theme ID"))
        #expect(text.contains("(repeatable)"))
        #expect(text.contains("-h, --help"))
    }
}
