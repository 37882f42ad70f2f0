import Foundation
import SignpostCore
import SignpostTestSupport
import Testing

@Suite("CLI: checks")
struct ChecksCommandTests {
    static let fixture = PackageRoot.url.appendingPathComponent("Tests/Fixtures/Checks/Directory")

    @Test("text by default, 20 rows; --limit 0 for all; csv and pdf to a file")
    func formats() throws {
        let text = try CLIRunner.run(["checks", "--today", "2026-11-25"])
        #expect(text.status == 0, "\(text.stderr)")
        let count = LoadedDirectories.bundled.services.count
        #expect(text.stdout.contains("\(min(20, count)) of \(count) services"))
        #expect(text.stdout.contains("\n1. "))
        let all = try CLIRunner.run(["checks", "--directory", Self.fixture.path, "--today", "2026-11-25", "--limit", "0"])
        #expect(all.stdout.contains("no number: find one"))
        let temp = try TemporaryDirectory()
        for format in ["csv", "pdf"] {
            let out = temp.url.appendingPathComponent("rota.\(format)").path
            let result = try CLIRunner.run(["checks", "--format", format, "--limit", "3", "--out", out, "--today", "2026-11-25"])
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = FileManager.default.contents(atPath: out) ?? Data()
            if format == "pdf" { #expect(bytes.starts(with: Array("%PDF-1.4".utf8))) }
            if format == "csv" { #expect(String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").count == 5) }
        }
    }

    @Test("record updates the file and its history; bad input exits non-zero and changes nothing")
    func record() throws {
        let temp = try TemporaryDirectory()
        let folder = temp.url.appendingPathComponent("Directory")
        try FileManager.default.copyItem(at: Self.fixture, to: folder)
        let file = folder.appendingPathComponent("services/club.json").path
        let original = FileManager.default.contents(atPath: file)
        let refused: [([String], Int32, String)] = [
            (["--date", "2026-13-01"], 64, "--date takes a date as YYYY-MM-DD"),
            (["--date", "2026-11-26"], 1, "is in the future"),
            (["--date", "2020-01-01"], 1, "is before the record's verified date"),
            ([], 64, "needs --date"),
        ]
        for (extra, status, message) in refused {
            let result = try CLIRunner.run(["checks", "record", "club", "--directory", folder.path, "--today", "2026-11-25"] + extra)
            #expect(result.status == status, "\(extra): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(extra): \(result.stderr)")
            #expect(FileManager.default.contents(atPath: file) == original)
        }
        let unknown = try CLIRunner.run(["checks", "record", "clubb", "--date", "2026-11-20", "--directory", folder.path])
        #expect(unknown.status == 1 && unknown.stderr.contains("did you mean \"club\"?"), "\(unknown.stderr)")
        let done = try CLIRunner.run([
            "checks", "record", "club", "--date", "2026-11-20", "--note", "Rang the community team", "--directory", folder.path,
            "--today", "2026-11-25",
        ])
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("verified was 2024-11-25, now 2026-11-20"))
        let validate = try CLIRunner.run(["validate", "--directory", folder.path])
        #expect(validate.status == 0, "\(validate.stdout)")
        let written = String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
        #expect(written.contains("\"verified\": \"2026-11-20\",\n  \"history\": ["))
        #expect(written.contains("\"note\": \"Rang the community team\""))
    }

    @Test("usage errors", arguments: [
        (["checks", "--format", "html"], "--format must be text, csv or pdf"),
        (["checks", "--limit", "-1"], "--limit takes a whole number"),
        (["checks", "--today", "25/11/2026"], "--today takes a date as YYYY-MM-DD"),
        (["checks", "recrod", "club"], "did you mean 'record'?"),
        (["checks", "--date", "2026-11-20"], "--date is for 'checks record SERVICE'"),
        (["checks", "record", "club", "--date", "2026-11-20", "--format", "csv"], "--format is for the rota"),
    ])
    func usage(args: [String], message: String) throws {
        let result = try CLIRunner.run(args)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
