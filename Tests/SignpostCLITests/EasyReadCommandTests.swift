import Foundation
import SignpostTestSupport
import Testing

@Suite("CLI: Easy Read handouts")
struct EasyReadCommandTests {
    @Test("match --easy-read writes an Easy Read PDF; text and HTML go to stdout")
    func easyRead() throws {
        let temp = try TemporaryDirectory()
        let out = temp.url.appendingPathComponent("easy-read.pdf").path
        let pdf = try CLIRunner.run(["match", "--parish", "Edenbridge", "--age", "78", "--needs", "lonely", "--format", "pdf", "--easy-read", "--out", out])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: out))
        #expect(bytes.prefix(5) == Data("%PDF-".utf8))
        #expect(String(decoding: bytes, as: UTF8.self).contains("/Title <FEFF0048"), "titled \"Help that may be useful for you\"")
        let text = try CLIRunner.run(["match", "--parish", "Seal", "--needs", "lonely", "--format", "text", "--easy-read"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("HELP THAT MAY BE USEFUL FOR YOU"))
        #expect(text.stdout.contains("\nRing "))
        let html = try CLIRunner.run(["match", "--parish", "Seal", "--needs", "lonely", "--format", "html", "--easy-read"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("<section class=\"page\""))
    }

    @Test("--easy-read with --large-print is a usage error that says why")
    func withLargePrint() throws {
        let result = try CLIRunner.run(["match", "--parish", "Seal", "--needs", "lonely", "--format", "text", "--easy-read", "--large-print"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("--easy-read is already larger than large print"))
        #expect(result.stdout.isEmpty)
        let json = try CLIRunner.run(["match", "--parish", "Seal", "--needs", "lonely", "--json", "--easy-read"])
        #expect(json.status == 64)
    }

    @Test("match --help lists --easy-read, and large print at 18 pt")
    func help() throws {
        let help = try CLIRunner.run(["match", "--help"])
        #expect(help.stdout.contains("--easy-read") && help.stdout.contains("Large print handout (18 pt body)."))
    }
}
