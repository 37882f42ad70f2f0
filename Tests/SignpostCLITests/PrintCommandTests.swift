import Foundation
import SignpostCore
import SignpostTestSupport
import Testing

@Suite("CLI: print and handouts")
struct PrintCommandTests {
    @Test("print --parish writes a PDF atomically and reports services left off")
    func parishPDF() throws {
        let temp = try TemporaryDirectory()
        let out = temp.url.appendingPathComponent("sevenoaks.pdf").path
        let result = try CLIRunner.run(["print", "--parish", "Sevenoaks", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: out)?.prefix(5) == Data("%PDF-".utf8))
        #expect(result.stderr.contains("reachable only online and were left off"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == ["sevenoaks.pdf"])
    }

    @Test("text and HTML go to stdout")
    func stdout() throws {
        let text = try CLIRunner.run(["print", "--parish", "Cowden", "--format", "text"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Local support for people in Cowden"))
        let html = try CLIRunner.run(["print", "--parish", "Cowden", "--format", "html", "--theme", "getting-about"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("--all-parishes writes one file per parish and an index, with progress on stderr")
    func allParishes() throws {
        let temp = try TemporaryDirectory()
        let result = try CLIRunner.run(["print", "--all-parishes", "--out-dir", "lists", "--format", "text"], workingDirectory: temp.url, environment: ["SIGNPOST_DIRECTORY": TestDirectories.bundled.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: temp.url.appendingPathComponent("lists").path)
        #expect(files.count == 32)
        #expect(files.contains("index.txt") && files.contains("sundridge-and-ide-hill.txt"))
        #expect(result.stderr.contains("[31/31]"))
    }

    @Test("a directory in place of the output is a clear error")
    func outputIsDirectory() throws {
        let temp = try TemporaryDirectory()
        let result = try CLIRunner.run(["print", "--parish", "Seal", "--format", "text", "--out", temp.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it is a directory"))
    }

    @Test(
        "usage and unknown names",
        arguments: [
            (["print"], Int32(64), "say which list"),
            (["print", "--all-parishes"], 64, "needs --out-dir"),
            (["print", "--parish", "Seal", "--parish-x"], 64, "unknown option"),
            (["print", "--parish", "Seel", "--format", "text"], 1, "did you mean \"Seal\"?"),
            (["print", "--parish", "Seal", "--theme", "getting-abut", "--format", "text"], 1, "did you mean \"getting-about\"?"),
            (["print", "--parish", "Seal", "--format", "docx"], 1, "format must be pdf, html or text"),
        ])
    func errors(args: [String], status: Int32, message: String) throws {
        let result = try CLIRunner.run(args)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("match --format writes a resident handout; needs only with --show-needs")
    func handout() throws {
        let plain = try CLIRunner.run(["match", "--postcode", "TN13 1GP", "--needs", "lonely", "--format", "text"])
        #expect(plain.status == 0)
        #expect(plain.stdout.hasPrefix("Services that may help you"))
        #expect(!plain.stdout.contains("You asked about") && !plain.stdout.contains("1GP"))
        let shown = try CLIRunner.run(["match", "--parish", "Seal", "--needs", "lonely", "--format", "text", "--show-needs"])
        #expect(shown.stdout.contains("You asked about loneliness and isolation."))
        let temp = try TemporaryDirectory()
        let out = temp.url.appendingPathComponent("handout.pdf").path
        let pdf = try CLIRunner.run(["match", "--parish", "Seal", "--needs", "lonely", "--out", out, "--large-print"])
        #expect(pdf.status == 0)
        #expect(FileManager.default.contents(atPath: out)?.prefix(5) == Data("%PDF-".utf8))
    }
}
