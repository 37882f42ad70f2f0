import Foundation
import SignpostTestSupport
import Testing

/// `signpost export oruk` and `signpost import oruk`, end to end through the built binary.
@Suite("ORUK commands")
struct ORUKCommandTests {
    @Test("export writes the publication; a second export replaces it; another folder is left alone")
    func export() throws {
        let temp = try TemporaryDirectory()
        let out = temp.url.appendingPathComponent("feed").path
        let first = try CLIRunner.run(["export", "oruk", "--out", out])
        #expect(first.status == 0, "\(first.stderr)")
        let d = LoadedDirectories.bundled
        let pages = (d.services.count + 49) / 50
        #expect(first.stderr.contains("\(d.services.count) services in \(pages) pages, \(d.organisations.count) organizations"))
        for name in ["index.json", "organizations.json", "taxonomies.json", "taxonomy_terms.json", "pages/services/1.json", "pages/services/2.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/services").count == d.services.count)
        #expect(try CLIRunner.run(["export", "oruk", "--out", out]).status == 0)
        // Nothing left behind beside the target: no staging folders.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == ["feed"])

        let precious = temp.url.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: precious, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: precious.appendingPathComponent("notes.txt"))
        let refused = try CLIRunner.run(["export", "oruk", "--out", precious.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already exists; nothing was changed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: precious.path) == ["notes.txt"])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: temp.url.path)) == ["feed", "precious"])
    }

    @Test("ndjson on stdout: one full service per line")
    func ndjson() throws {
        let run = try CLIRunner.run(["export", "oruk", "--format", "ndjson"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == LoadedDirectories.bundled.services.count)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"id\":\"") && $0.contains("\"status\":\"active\"") })
    }

    @Test("import: dry run writes nothing; import writes a Directory that validates; an existing one needs --replace")
    func importRoundTrip() throws {
        let temp = try TemporaryDirectory()
        let feed = temp.url.appendingPathComponent("feed").path
        #expect(try CLIRunner.run(["export", "oruk", "--out", feed]).status == 0)
        let into = temp.url.appendingPathComponent("imported").path

        let dry = try CLIRunner.run(["import", "oruk", feed, "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        let d = LoadedDirectories.bundled
        #expect(dry.stderr.contains("\(d.services.count) services read, \(d.services.count) imported, \(d.organisations.count) organisations; 0 errors, 0 warnings"), "\(dry.stderr)")
        #expect(!FileManager.default.fileExists(atPath: into))

        let run = try CLIRunner.run(["import", "oruk", feed, "--into", into])
        #expect(run.status == 0, "\(run.stderr)")
        let validate = try CLIRunner.run(["validate", "--directory", into])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let match = try CLIRunner.run(["match", "--directory", into, "--parish", "Otford", "--needs", "can't get to the shops", "--circumstances", "no-car", "--json"])
        #expect(match.stdout.contains("\"dial-a-ride\""))

        let again = try CLIRunner.run(["import", "oruk", feed, "--into", into])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; nothing was changed"))
        #expect(try CLIRunner.run(["import", "oruk", feed, "--into", into, "--replace"]).status == 0)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: temp.url.path)) == ["feed", "imported"])
    }

    @Test("a feed that cannot be read: located error, exit 1, nothing written")
    func badFeed() throws {
        let temp = try TemporaryDirectory()
        let feed = temp.url.appendingPathComponent("feed.json")
        try Data("{\"contents\": [{\"id\": 1,}]}".utf8).write(to: feed)
        let into = temp.url.appendingPathComponent("imported").path
        let run = try CLIRunner.run(["import", "oruk", feed.path, "--into", into])
        #expect(run.status == 1)
        #expect(run.stderr.contains(feed.path + ":1: error: malformed JSON"))
        #expect(run.stderr.contains("nothing could be imported"))
        #expect(!FileManager.default.fileExists(atPath: into))
    }

    @Test("usage errors", arguments: [
        (["export", "hsds", "--out", "x"], "the only export standard is 'oruk'"),
        (["export", "oruk"], "--out FOLDER is required"),
        (["export", "oruk", "--format", "csv", "--out", "x"], "--format must be json or ndjson"),
        (["import", "oruk"], "missing argument feed"),
        (["import", "oruk", "feed.json"], "--into FOLDER is required"),
        (["import", "oruk", "feed.json", "--dry-run", "--default-area", "moon"], "--default-area must be"),
    ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLIRunner.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }
}
