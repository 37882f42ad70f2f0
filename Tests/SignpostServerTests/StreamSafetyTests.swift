#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SignpostCore
import SignpostTestSupport
import Testing

/// The stream under conditions a host can create: stderr closed, FIFOs where files should be.
@Suite("signpost serve: the stream cannot be hurt", .serialized)
struct StreamSafetyTests {
    static let levels = ["off", "error", "info", "debug"]

    @Test("with stderr closed, at every log level, every request is answered and stdout carries protocol only", arguments: levels)
    func stderrClosed(level: String) throws {
        let server = try ServerProcess(["--log-level", level], stderrClosed: true)
        let requests = [
            #"{"jsonrpc":"2.0","id":1,"method":"server.info"}"#,
            "not json",
            #"{"jsonrpc":"2.0","id":2,"method":"match","params":{"parish":"Otford","needs":["lonely"]}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"nope"}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"match_services","arguments":{"parish":"Seal","needs":["lonely"]}}}"#,
            #"{"jsonrpc":"2.0","id":6,"method":"directory.reload"}"#,
        ]
        for line in requests { server.sendLine(line) }
        server.closeInput()
        var lines: [String] = []
        while let line = server.nextLine(timeout: 20) { lines.append(line) }
        #expect(lines.count == 7, "\(lines.map { $0.prefix(80) })")
        for line in lines {
            let json = try JSONParser.parse(line).value
            #expect(json["jsonrpc"] == "2.0", "\(line.prefix(200))")
        }
        #expect(server.waitForExit() == 0)
    }

    @Test("a FIFO dropped into the served Directory: reload answers with a finding, and the server goes on")
    func fifoReload() throws {
        let temp = try ServerSupport.temporaryFolder("fifo-reload")
        defer { try? FileManager.default.removeItem(at: temp) }
        try FileManager.default.copyItem(at: TestDirectories.bundled, to: temp.appendingPathComponent("Directory"))
        let server = try ServerProcess(["--directory", "Directory", "--log-level", "info"], directory: temp)
        server.sendLine(#"{"jsonrpc":"2.0","id":0,"method":"ping"}"#)
        #expect(try server.nextJSON()?["id"] == 0)
        #expect(mkfifo(temp.appendingPathComponent("Directory/services/aa-fifo.json").path, 0o644) == 0)
        #expect(mkfifo(temp.appendingPathComponent("Directory/parishes.json.tmp").path, 0o644) == 0)
        server.sendLine(#"{"jsonrpc":"2.0","id":1,"method":"directory.reload"}"#)
        let reload = try #require(try server.nextJSON(timeout: 20), "reload hung on a FIFO")
        #expect(reload["error"]?["code"] == -32010)
        #expect(reload["error"]?["data"]?["findings"]?.arrayValue?.first?["file"] == "Directory/services/aa-fifo.json")
        server.sendLine(#"{"jsonrpc":"2.0","id":2,"method":"services.get","params":{"id":"dial-a-ride"}}"#)
        #expect(try server.nextJSON()?["result"]?["id"] == "dial-a-ride")
        server.closeInput()
        #expect(server.waitForExit() == 0)
    }

    @Test("gaps with a FIFO under --files is refused at once")
    func fifoWith() throws {
        let temp = try ServerSupport.temporaryFolder("fifo-with")
        defer { try? FileManager.default.removeItem(at: temp) }
        #expect(mkfifo(temp.appendingPathComponent("proposed.json").path, 0o644) == 0)
        let server = try ServerProcess(["--files", temp.path])
        server.sendLine(#"{"jsonrpc":"2.0","id":1,"method":"gaps","params":{"with":["proposed.json"]}}"#)
        let response = try #require(try server.nextJSON(timeout: 20), "gaps hung on a FIFO")
        #expect(response["error"]?["code"] == -32016)
        server.closeInput()
        #expect(server.waitForExit() == 0)
    }
}
