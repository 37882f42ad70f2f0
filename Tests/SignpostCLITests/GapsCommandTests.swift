import Foundation
import SignpostCore
import Testing

@Suite("CLI: gaps")
struct GapsCommandTests {
    @Test("text by default: five findings, top gaps, then summaries", arguments: [[String](), ["--domain", "transport"]])
    func text(extra: [String]) throws {
        let result = try CLIRunner.run(["gaps", "--top", "3"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Five findings to act on"))
        #expect(result.stdout.contains("Top gaps (3 of"))
        #expect(result.stdout.contains("By parish"))
    }

    @Test("csv, json and html to a file, atomically")
    func formats() throws {
        let temp = try TemporaryDirectory()
        for format in ["csv", "json", "html"] {
            let out = temp.url.appendingPathComponent("gaps.\(format)").path
            let result = try CLIRunner.run(["gaps", "--format", format, "--out", out])
            #expect(result.status == 0, "\(result.stderr)")
            #expect((FileManager.default.contents(atPath: out)?.count ?? 0) > 1000)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path).sorted() == ["gaps.csv", "gaps.html", "gaps.json"])
    }

    @Test("--without reports the gaps that open; --with the gaps a proposal closes")
    func whatIf() throws {
        let without = try CLIRunner.run(["gaps", "--domain", "transport", "--without", "dial-a-ride"])
        #expect(without.stdout.hasPrefix("If Dial a Ride"))
        #expect(without.stdout.contains("Opens (severity"))
        #expect(without.stdout.contains("Hever: transport & getting about: nothing in the Directory"))
        let temp = try TemporaryDirectory()
        let proposal = temp.url.appendingPathComponent("proposed-hever-lift.json")
        try """
            {"id": "proposed-hever-lift", "name": "Hever volunteer lifts", "organization_id": "compaid", "description": "Free volunteer lifts.",
             "needs": ["transport"], "service_area": {"kind": "parishes", "parishes": ["Hever"]}, "cost": {"kind": "free"},
             "delivery": ["transport"], "phones": [{"number": "01892 530330"}], "source": "proposal", "verified": "2026-11-01"}
            """.write(to: proposal, atomically: true, encoding: .utf8)
        let with = try CLIRunner.run(["gaps", "--domain", "transport", "--with", proposal.path])
        #expect(with.status == 0, "\(with.stderr)")
        #expect(with.stdout.hasPrefix("If Hever volunteer lifts started: "))
        #expect(with.stdout.contains("Closes (severity"))
        #expect(with.stdout.contains("Hever: transport"))
    }

    @Test(
        "errors",
        arguments: [
            (["gaps", "--format", "pdf"], Int32(64), "--format must be text, csv, html or json"),
            (["gaps", "--parish", "Hevr"], 1, "did you mean \"Hever\"?"),
            (["gaps", "--domain", "transprt"], 1, "did you mean \"transport\"?"),
            (["gaps", "--without", "dial-a-rid"], 1, "did you mean \"dial-a-ride\"?"),
            (["gaps", "--with", "/nonexistent.json"], 1, "cannot read /nonexistent.json"),
        ])
    func errors(args: [String], status: Int32, message: String) throws {
        let result = try CLIRunner.run(args)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
