import Foundation
import SignpostTestSupport
import Testing
@testable import SignpostServer

/// PROTOCOL.md's examples are real: each request line is sent through the server (over the frozen
/// fixture Directory, Tests/Fixtures/Directory, so data edits never change them) and the
/// documented response must be what comes back (long ones are cut and give their full length).
/// Regenerate with `scripts/protocol-examples` when a change is intended.
@Suite("PROTOCOL.md examples")
struct ProtocolDocumentationTests {
    struct Example: CustomStringConvertible, Sendable {
        var request: String
        var response: String
        var description: String { String(request.prefix(70)) }
    }

    static let examples: [Example] = {
        let text = try! String(contentsOf: ServerSupport.packageRoot.appendingPathComponent("PROTOCOL.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var examples: [Example] = []
        for (i, line) in lines.enumerated() where line.hasPrefix("→ ") && i + 1 < lines.count && lines[i + 1].hasPrefix("← ") {
            examples.append(Example(request: String(line.dropFirst(2)), response: String(lines[i + 1].dropFirst(2))))
        }
        return examples
    }()

    @Test("every method is documented with an example")
    func everyMethodDocumented() {
        for method in MethodTable.all {
            #expect(Self.examples.contains { $0.request.contains("\"method\":\"\(method.name)\"") }, "\(method.name)")
        }
    }

    @Test("documented responses match the server", arguments: examples)
    func matches(example: Example) throws {
        let dispatcher = try Dispatcher(state: ServerSupport.state(directory: TestDirectories.fixture, maxLineBytes: 1 << 20))
        // A notification's example shows "(no response)".
        let actual = dispatcher.respond(to: Array(example.request.utf8)).map { String(decoding: $0, as: UTF8.self) } ?? "(no response)"
        if let marker = example.response.range(of: " …(", options: .backwards), example.response.hasSuffix(" bytes)") {
            let prefix = String(example.response[..<marker.lowerBound])
            let length = Int(example.response[marker.upperBound...].dropLast(" bytes)".count)) ?? -1
            #expect(actual.hasPrefix(prefix), "PROTOCOL.md is out of date; run scripts/protocol-examples")
            #expect(actual.utf8.count == length, "PROTOCOL.md is out of date; run scripts/protocol-examples")
        } else {
            #expect(actual == example.response, "PROTOCOL.md is out of date; run scripts/protocol-examples. Got: \(actual)")
        }
    }
}
