import Foundation
import SignpostCore
import SignpostTestSupport
import Testing

/// The built `signpost` binary, end to end: exit codes, stdout, and usage on stderr.
@Suite("CLI: validate, services, parishes")
struct FoundationCommandTests {
    @Test("validate passes on the bundled Directory with a summary line")
    func validateBundled() throws {
        let result = try CLIRunner.run(["validate"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 errors"))
        #expect(result.stdout.contains("31 parishes"))
    }

    @Test("validate --json is JSON with counts and located findings")
    func validateJSON() throws {
        let result = try CLIRunner.run(["validate", "--json"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(result.stdout).value
        #expect(json["valid"] == .bool(true))
        #expect(json["counts"]?["parishes"] == .number(Double(LoadedDirectories.bundled.parishes.count)))
        let first = json["findings"]?.arrayValue?.first
        #expect(first?["file"]?.stringValue?.contains("Directory/") == true)
        #expect(first?["line"]?.intValue != nil)
    }

    @Test("validate exits 1 with located errors on a broken Directory")
    func validateBroken() throws {
        let temp = try TemporaryDirectory()
        try temp.copyBundledDirectory()
        let file = temp.url.appendingPathComponent("Directory/services/dial-a-ride.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"01892 530330\"", with: "\"01892 5303\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["validate", "--directory", "Directory"], workingDirectory: temp.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Directory/services/dial-a-ride.json:25: phones[0].number: error: \"01892 5303\" is not a well-formed UK phone number"))
        #expect(result.stdout.contains("1 error,"))
    }

    @Test("the Directory is found from a subfolder, from $SIGNPOST_DIRECTORY, or not at all")
    func locating() throws {
        let sub = try CLIRunner.run(["validate"], workingDirectory: CLIRunner.packageRoot.appendingPathComponent("Sources"))
        #expect(sub.status == 0)
        let temp = try TemporaryDirectory()
        let env = try CLIRunner.run(
            ["parishes"], workingDirectory: temp.url,
            environment: ["SIGNPOST_DIRECTORY": TestDirectories.bundled.path])
        #expect(env.status == 0)
        let none = try CLIRunner.run(["parishes"], workingDirectory: temp.url)
        #expect(none.status == 1)
        #expect(none.stderr.contains("no Directory found"))
    }

    @Test("services --parish lists what serves that parish")
    func servicesParish() throws {
        let result = try CLIRunner.run(["services", "--parish", "Edenbridge"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Edenbridge Leisure Centre"))
        #expect(!result.stdout.contains("Go2 bookable bus"))
    }

    @Test("services --need --json gives Directory-format records")
    func servicesJSON() throws {
        let result = try CLIRunner.run(["services", "--need", "transport", "--json"])
        #expect(result.status == 0)
        let ids = try JSONParser.parse(result.stdout).value.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(ids.contains("dial-a-ride"))
    }

    @Test("an unknown parish is a clear error with a suggestion")
    func unknownParish() throws {
        let result = try CLIRunner.run(["services", "--parish", "Edenbrige"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean \"Edenbridge\"?"))
    }

    @Test(
        "usage errors exit 64 with usage on stderr",
        arguments: [
            (["services", "--parsh", "Seal"], "unknown option '--parsh' (did you mean '--parish'?)"),
            (["services", "--parish"], "option '--parish' needs a value"),
            (["validat"], "unknown command 'validat' (did you mean 'validate'?)"),
            ([String](), "USAGE: signpost <command>"),
        ])
    func usage(args: [String], message: String) throws {
        let result = try CLIRunner.run(args)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
        #expect(result.stderr.contains("USAGE"))
        #expect(result.stdout.isEmpty)
    }

    @Test("every command has --help", arguments: ["match", "serve", "print", "gaps", "checks", "export", "import", "validate", "services", "parishes", "rules"])
    func help(command: String) throws {
        let result = try CLIRunner.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: signpost \(command)"))
    }
}

/// A temporary folder removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func copyBundledDirectory() throws {
        try FileManager.default.copyItem(
            at: TestDirectories.bundled, to: url.appendingPathComponent("Directory"))
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
