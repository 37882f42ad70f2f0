import Foundation
import SignpostCore
import SignpostTestSupport
import Testing

/// The built `signpost serve`, over real pipes, with time limits so that a buffering bug fails
/// the test instead of hanging it.
@Suite("signpost serve, end to end", .serialized)
struct ServeEndToEndTests {
    @Test("a conversation: valid requests interleaved with garbage, an over-long line, a batch, a notification, and EOF")
    func conversation() throws {
        let server = try ServerProcess(["--max-line-bytes", "4096", "--log-level", "info"])

        server.sendLine(#"{"jsonrpc":"2.0","id":1,"method":"server.info"}"#)
        let info = try #require(try server.nextJSON(), "no reply: is stdout buffered?")
        #expect(info["id"] == 1)
        #expect(info["result"]?["protocolVersion"] == "2.0")

        server.sendLine("this is not json")
        #expect(try server.nextJSON()?["error"]?["code"] == -32700)

        server.sendLine("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"match\",\"params\":{\"parish\":\"Seal\",\"needs\":[\"" + String(repeating: "x", count: 20_000) + "\"]}}")
        let tooLong = try #require(try server.nextJSON())
        #expect(tooLong["id"] == .null)
        #expect(tooLong["error"]?["code"] == -32600)
        #expect(tooLong["error"]?["message"]?.stringValue?.contains("longer than 4096 bytes") == true)

        server.sendLine(#"{"jsonrpc":"2.0","id":3,"method":"match","params":{"parish":"Otford","age":85,"needs":["can't get to the shops"],"circumstances":["no-car"]}}"#)
        let match = try #require(try server.nextJSON())
        #expect(match["id"] == 3)
        #expect(match["result"]?["matches"]?.arrayValue?.isEmpty == false)

        server.sendLine(#"{"jsonrpc":"2.0","method":"server.info"}"#)  // notification: no reply
        server.send("\n   \n")  // blank lines are ignored
        server.send(#"{"jsonrpc":"2.0","id":4,"method":"parishes.list"}"# + "\r\n")
        #expect(try server.nextJSON()?["id"] == 4)

        server.sendLine(#"[{"jsonrpc":"2.0","id":5,"method":"server.info"},{"jsonrpc":"2.0","method":"server.info"},{"jsonrpc":"2.0","id":6,"method":"nope"}]"#)
        let batch = try #require(try server.nextJSON()?.arrayValue)
        #expect(batch.map { $0["id"] } == [5, 6])

        // A last request without a trailing newline, then end of input: answered, then exit 0.
        server.send(#"{"jsonrpc":"2.0","id":7,"method":"needs.list"}"#)
        server.closeInput()
        #expect(try server.nextJSON()?["id"] == 7)
        #expect(server.nextLine(timeout: 2) == nil)
        #expect(server.waitForExit() == 0)
        #expect(server.stderr.contains("match ok"))
        #expect(!server.stderr.contains("Otford"), "diagnostics must not carry resident data")
        #expect(!server.stderr.contains("shops"))
    }

    @Test("shutdown: acknowledged, then the process exits 0")
    func shutdown() throws {
        let server = try ServerProcess()
        server.sendLine(#"{"jsonrpc":"2.0","id":"bye","method":"shutdown"}"#)
        #expect(try server.nextJSON()?["result"]?["shuttingDown"] == true)
        #expect(server.waitForExit() == 0)
    }

    @Test("a client that goes away ends the server quietly with status 0")
    func brokenPipe() throws {
        let server = try ServerProcess()
        server.sendLine(#"{"jsonrpc":"2.0","id":1,"method":"server.info"}"#)
        #expect(try server.nextJSON()?["id"] == 1)
        server.closeOutput()
        for i in 2..<50 { server.sendLine("{\"jsonrpc\":\"2.0\",\"id\":\(i),\"method\":\"parishes.list\"}") }
        #expect(server.waitForExit() == 0)
        #expect(!server.stderr.contains("Fatal"))
    }

    @Test("stdout carries protocol only, even with diagnostics on")
    func stdoutIsProtocolOnly() throws {
        let server = try ServerProcess(["--log-level", "debug"])
        for i in 1...20 { server.sendLine("{\"jsonrpc\":\"2.0\",\"id\":\(i),\"method\":\"server.info\"}") }
        server.closeInput()
        var count = 0
        while let line = server.nextLine(timeout: 5) {
            let json = try JSONParser.parse(line).value
            #expect(json["jsonrpc"] == "2.0")
            count += 1
        }
        #expect(count == 20)
        #expect(server.waitForExit() == 0)
    }

    @Test("directory.reload keeps serving the old data when the new data has errors, and swaps when it is fixed")
    func reload() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-reload-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        try FileManager.default.copyItem(
            at: TestDirectories.bundled, to: temp.appendingPathComponent("Directory"))
        let server = try ServerProcess(["--directory", "Directory"], directory: temp)
        server.sendLine(#"{"jsonrpc":"2.0","id":0,"method":"server.info"}"#)  // loaded before we break it
        #expect(try server.nextJSON()?["id"] == 0)

        let file = temp.appendingPathComponent("Directory/services/dial-a-ride.json")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "\"01892 530330\"", with: "\"998\"").write(to: file, atomically: true, encoding: .utf8)
        server.sendLine(#"{"jsonrpc":"2.0","id":1,"method":"directory.reload"}"#)
        let failed = try #require(try server.nextJSON())
        #expect(failed["error"]?["code"] == -32010)
        #expect(failed["error"]?["data"]?["findings"]?.arrayValue?.first?["file"] == "Directory/services/dial-a-ride.json")
        server.sendLine(#"{"jsonrpc":"2.0","id":2,"method":"services.get","params":{"id":"dial-a-ride"}}"#)
        #expect(try server.nextJSON()?["result"]?["phones"]?.arrayValue?.first?["number"] == "01892 530330")

        try FileManager.default.removeItem(at: temp.appendingPathComponent("Directory/services/silver-cafes.json"))
        try original.write(to: file, atomically: true, encoding: .utf8)
        server.sendLine(#"{"jsonrpc":"2.0","id":3,"method":"directory.reload"}"#)
        let remaining = try FileManager.default.contentsOfDirectory(atPath: temp.appendingPathComponent("Directory/services").path)
            .filter { $0.hasSuffix(".json") }.count
        #expect(try server.nextJSON()?["result"]?["services"] == .number(Double(remaining)))
        server.sendLine(#"{"jsonrpc":"2.0","id":4,"method":"services.get","params":{"id":"silver-cafes"}}"#)
        #expect(try server.nextJSON()?["error"]?["code"] == -32004)
        server.closeInput()
        #expect(server.waitForExit() == 0)
    }
}
