import Foundation
import SignpostCore
import Testing

/// `match` with a disclosure: `urgent` in the JSON exactly as the contract says, the box first in
/// the text, the handout starting with the numbers and never repeating what was said, nothing
/// written to stderr or left on disk.
@Suite("CLI: urgent risks")
struct UrgentCommandTests {
    static let disclosure = ["match", "--parish", "Crockenhill", "--age", "52", "--needs", "lost my job; no point carrying on, they'd be better off without me", "--circumstances", "man"]

    @Test("--json carries urgent with exactly risk, because, say and contacts (name, phone, when, url)")
    func json() throws {
        let result = try CLIRunner.run(Self.disclosure + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONParser.parse(result.stdout).value
        let urgent = try #require(json["urgent"]?.arrayValue)
        let first = try #require(urgent.first)
        guard case .object(let object) = first else { throw CLIError("urgent entries are objects") }
        #expect(object.members.map(\.key) == ["risk", "because", "say", "contacts"])
        #expect(first["risk"] == "suicide-self-harm")
        #expect(first["because"]?.arrayValue?.isEmpty == false)
        #expect(first["say"]?.stringValue?.isEmpty == false)
        let contacts = try #require(first["contacts"]?.arrayValue)
        #expect(contacts.contains { $0["phone"] == "116 123" })
        #expect(contacts.contains { $0["phone"] == "999" })
        for contact in contacts {
            guard case .object(let c) = contact else { continue }
            #expect(c.members.map(\.key) == ["name", "phone", "when", "url"])
        }
        #expect(result.stderr.isEmpty)
    }

    @Test("no risk: no urgent key at all")
    func none() throws {
        let result = try CLIRunner.run(["match", "--parish", "Sevenoaks", "--needs", "my back is killing me, dying to get out more", "--json"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(result.stdout).value
        #expect(json["urgent"] == nil)
    }

    @Test("the text output shows the risk first, boxed, then the ranked services")
    func text() throws {
        let result = try CLIRunner.run(Self.disclosure)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("┌") == true)
        #expect(result.stdout.contains("suicide-self-harm"))
        let box = try #require(result.stdout.range(of: "└"))
        let list = try #require(result.stdout.range(of: "1. "))
        #expect(box.lowerBound < list.lowerBound)
    }

    @Test("the handout starts with the numbers, in resident words, and never repeats what was said", arguments: ["text", "html"])
    func handout(format: String) throws {
        let result = try CLIRunner.run(Self.disclosure + ["--format", format, "--show-needs"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout.replacingOccurrences(of: "\u{00A0}", with: " ")  // numbers held together in HTML
        let keep = try #require(out.range(of: "Numbers to keep", options: .caseInsensitive))
        let first = try #require(out.range(of: "Suggested for you"))
        #expect(keep.lowerBound < first.lowerBound)
        #expect(out.contains("116 123"))
        for said in ["better off", "no point", "carrying on", "safeguarding", "disclosed", "suicide-self-harm"] {
            #expect(!out.lowercased().contains(said), "the handout repeats \(said)")
        }
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
