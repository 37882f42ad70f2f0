#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SignpostCore
import SignpostTestSupport
import Testing
@testable import SignpostServer

/// Runs `body` on another thread; fails (instead of hanging the suite) if it takes longer than
/// `seconds`. For the FIFO tests: a blocking open would never return.
func withinTime<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        box.value = Result { try body() }
        done.signal()
    }
    guard done.wait(timeout: .now() + TestTimeouts.scaled(seconds)) == .success, let value = box.value else {
        throw TimedOut()
    }
    return try value.get()
}

struct TimedOut: Error {}

final class ResultBox<T>: @unchecked Sendable {
    var value: Result<T, any Error>?
}

/// The text of a response, unparsed (for ids, which must come back byte for byte).
func rawResponse(_ line: String, to dispatcher: Dispatcher = ServerSupport.dispatcher) -> String {
    dispatcher.respond(to: Array(line.utf8)).map { String(decoding: $0, as: UTF8.self) } ?? ""
}

@Suite("Ids echoed exactly")
struct IDTests {
    @Test(
        "numeric ids come back as sent, beyond 2^53 and in any spelling",
        arguments: ["9007199254740993", "9007199254740992", "-9223372036854775809", "123456789012345678901234567890", "1.50", "1e2", "-0", "0.1"])
    func numbers(id: String) {
        let single = rawResponse("{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"ping\"}")
        #expect(single.hasPrefix("{\"jsonrpc\":\"2.0\",\"id\":\(id),"), "\(single)")
        let error = rawResponse("{\"id\" : \(id) , \"jsonrpc\":\"2.0\",\"method\":\"nope\"}")
        #expect(error.contains("\"id\":\(id),"), "\(error)")
        let batch = rawResponse("[{\"jsonrpc\":\"2.0\",\"id\":\"s\",\"method\":\"ping\"},7,{\"jsonrpc\":\"2.0\",\"params\":{\"id\":5},\"id\":\(id),\"method\":\"ping\"}]")
        #expect(batch.contains("\"id\":\(id),"), "\(batch)")
        #expect(!batch.contains("\"id\":5"), "a nested id is not the request's")
    }

    @Test("string and null ids, escaped member names, ids inside params are not confused with the request's")
    func others() {
        #expect(rawResponse(#"{"jsonrpc":"2.0","id":"a\"b\u00e9","method":"ping"}"#).hasPrefix(#"{"jsonrpc":"2.0","id":"a\"bé","#))
        #expect(rawResponse(#"{"jsonrpc":"2.0","id":null,"method":"ping"}"#).hasPrefix(#"{"jsonrpc":"2.0","id":null,"#))
        #expect(rawResponse(#"{"jsonrpc":"2.0","\u0069d":9007199254740993,"method":"ping"}"#).hasPrefix(#"{"jsonrpc":"2.0","id":9007199254740993,"#))
        let nested = rawResponse(#"{"jsonrpc":"2.0","method":"tools/call","params":{"name":"get_service","arguments":{"id":"x"},"_meta":{"id":3}},"id":12345678901234567890}"#)
        #expect(nested.hasPrefix(#"{"jsonrpc":"2.0","id":12345678901234567890,"#), "\(nested)")
    }
}

@Suite("Error codes")
struct ErrorCodeTests {
    @Test("application codes avoid MCP's: -32000/-32001 (SDK), -32002 (retired), -32020 and beyond (the specification's)")
    func range() {
        let codes = RPCError.applicationCodes
        #expect(Set(codes).count == codes.count)
        for code in codes { #expect((-32019 ... -32003).contains(code), "\(code)") }
        let kinds: [SignpostError.Kind] = [
            .unknownParish, .unknownPostcode, .outsideDistrict, .unknownNeed, .unknownService, .unknownModule, .unknownRule,
            .unknownCircumstance, .unknownTheme, .invalidInput, .limitExceeded, .output,
        ]
        let mapped = kinds.map(RPCError.code(for:))
        #expect(Set(mapped).count == kinds.count, "each kind has its own code")
        for code in mapped + [RPCError.directoryInvalidCode, RPCError.fileAccessCode] { #expect(codes.contains(code)) }
    }

    @Test("PROTOCOL.md's error table lists every application code")
    func documented() throws {
        let text = try String(contentsOf: ServerSupport.packageRoot.appendingPathComponent("PROTOCOL.md"), encoding: .utf8)
        for code in RPCError.applicationCodes { #expect(text.contains("| \(code) |"), "\(code)") }
    }
}

@Suite("Bounds")
struct BoundsTests {
    @Test("a response over the limit is refused with an error naming the limit")
    func single() throws {
        let small = try Dispatcher(state: ServerSupport.state(maxResponseBytes: 64 << 10))
        let response = try #require(try ServerSupport.send(ServerSupport.request("gaps", id: 4), to: small))
        #expect(response["id"] == 4)
        #expect(response["error"]?["code"] == -32011)
        #expect(response["error"]?["message"]?.stringValue?.contains("maxResponseBytes") == true)
        #expect(response["error"]?["data"]?["maxResponseBytes"] == .number(Double(64 << 10)))
        // Small answers still come.
        #expect(try ServerSupport.send(ServerSupport.request("ping"), to: small)?["result"] != nil)
    }

    @Test("a batch's responses together stay under the limit; the rest are refused and not run")
    func batch() throws {
        let limit = 200 << 10
        let small = try Dispatcher(state: ServerSupport.state(maxResponseBytes: limit))
        let line = "[" + (0..<100).map { ServerSupport.request("parishes.list", id: $0) }.joined(separator: ",") + "]"
        let bytes = try #require(small.respond(to: Array(line.utf8)))
        #expect(bytes.count <= limit)
        let items = try #require(try JSONParser.value(bytes).arrayValue)
        #expect(items.count == 100)
        #expect(items.first?["result"] != nil)
        #expect(items.last?["error"]?["code"] == -32011)
        #expect(items.map { $0["id"] } == (0..<100).map { .number(Double($0)) })
        // Past the limit, an invalid member still gets its own error, and a notification nothing.
        let mixed = "[" + (0..<60).map { ServerSupport.request("parishes.list", id: $0) }.joined(separator: ",")
            + #",42,{"jsonrpc":"2.0","method":"ping"}]"#
        let mixedBytes = try #require(small.respond(to: Array(mixed.utf8)))
        let answers = try #require(try JSONParser.value(mixedBytes).arrayValue)
        #expect(answers.count == 61)
        #expect(answers.last?["error"]?["code"] == -32600)
    }

    @Test("the default limit stops a batch of 100 whole-district gap analyses well short of 65 MB")
    func gapsBatch() throws {
        let line = "[" + (0..<100).map { ServerSupport.request("gaps", id: $0) }.joined(separator: ",") + "]"
        let bytes = try #require(ServerSupport.dispatcher.respond(to: Array(line.utf8)))
        #expect(bytes.count <= ProtocolInfo.defaultMaxResponseBytes)
        let items = try #require(try JSONParser.value(bytes).arrayValue)
        #expect(items.count == 100 && items.last?["error"]?["code"] == -32011)
    }
}

@Suite("Files: only inside --files DIR", .serialized)
struct FileAccessTests {
    @Test("without --files every file parameter is refused")
    func off() throws {
        for (method, params) in [("print", #"{"parish":"Hever","out":"list.txt"}"#), ("gaps", #"{"with":["proposed.json"]}"#)] {
            let response = try #require(try ServerSupport.send(ServerSupport.request(method, params: params)))
            #expect(response["error"]?["code"] == -32016)
            #expect(response["error"]?["message"]?.stringValue?.contains("--files") == true)
        }
    }

    @Test("paths that leave the folder, hide, or smuggle bytes are refused", arguments: [
        "../x.txt", "a/../../x.txt", "/tmp/x.txt", ".hidden", "sub/.x", "a//b.txt", "sub/", "./x.txt", "x\u{0}.txt", "",
    ])
    func refused(path: String) throws {
        let folder = try ServerSupport.temporaryFolder("files")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let dispatcher = try Dispatcher(state: ServerSupport.state(files: folder))
        let params = JSONWriter().string(.object(["parish": "Hever", "out": .string(path)]))
        let response = try #require(try ServerSupport.send(ServerSupport.request("print", params: params), to: dispatcher))
        #expect(response["error"]?["code"] == -32016, "\(path): \(String(describing: response))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["sub"], "nothing written")
    }

    @Test("symbolic links are never followed, in the folder or out of it; read-only files and FIFOs are left alone")
    func links() throws {
        let base = try ServerSupport.temporaryFolder("files-links")
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("files")
        let outside = base.appendingPathComponent("outside")
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try "secret-zqx".write(to: outside.appendingPathComponent("target.txt"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("out").path, withDestinationPath: outside.path)
        try fm.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: outside.appendingPathComponent("target.txt").path)
        try "keep".write(to: folder.appendingPathComponent("readonly.txt"), atomically: true, encoding: .utf8)
        chmod(folder.appendingPathComponent("readonly.txt").path, 0o444)
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        try fm.createDirectory(at: folder.appendingPathComponent("dir.txt"), withIntermediateDirectories: true)
        let dispatcher = try Dispatcher(state: ServerSupport.state(files: folder))

        for out in ["out/target.txt", "link.txt", "readonly.txt", "pipe.txt", "dir.txt", "missing/x.txt"] {
            let params = JSONWriter().string(.object(["parish": "Hever", "out": .string(out)]))
            let response = try withinTime(10) { try ServerSupport.send(ServerSupport.request("print", params: params), to: dispatcher) }
            #expect(response?["error"]?["code"] == -32016, "\(out)")
        }
        #expect(try String(contentsOf: outside.appendingPathComponent("target.txt"), encoding: .utf8) == "secret-zqx")
        #expect(try String(contentsOf: folder.appendingPathComponent("readonly.txt"), encoding: .utf8) == "keep")
        for with in ["out/target.txt", "link.txt", "pipe.txt", "dir.txt", "missing.json"] {
            let params = JSONWriter().string(.object(["with": .array([.string(with)])]))
            let response = try withinTime(10) { try ServerSupport.send(ServerSupport.request("gaps", params: params), to: dispatcher) }
            #expect(response?["error"]?["code"] == -32016, "\(with)")
            #expect(!JSONWriter().string(response ?? .null).contains("secret-zqx"))
        }
    }

    @Test("inside the folder: written atomically (no temporary file left), replaced when writable, read when regular")
    func inside() throws {
        let folder = try ServerSupport.temporaryFolder("files-ok")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("lists"), withIntermediateDirectories: true)
        let dispatcher = try Dispatcher(state: ServerSupport.state(files: folder))
        for _ in 0..<2 {
            let response = try ServerSupport.send(
                ServerSupport.request("print", params: #"{"parish":"Hever","out":"lists/hever.txt"}"#), to: dispatcher)
            #expect(response?["result"]?["written"] == "lists/hever.txt")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("lists").path) == ["hever.txt"])
        #expect(try String(contentsOf: folder.appendingPathComponent("lists/hever.txt"), encoding: .utf8).hasPrefix("Local support for people in Hever"))

        // A proposed service, read from the folder; a broken one is described without its contents.
        var record = try JSONParser.parse(
            try String(contentsOf: TestDirectories.bundled.appendingPathComponent("services/dial-a-ride.json"), encoding: .utf8)
        ).value.objectValue!
        record["id"] = "proposed-bus"
        try JSONWriter().string(.object(record)).write(to: folder.appendingPathComponent("proposed-bus.json"), atomically: true, encoding: .utf8)
        let ok = try ServerSupport.send(ServerSupport.request("gaps", params: #"{"domain":"transport","with":["proposed-bus.json"]}"#), to: dispatcher)
        #expect(ok?["result"]?["gaps"] != nil, "\(JSONWriter().string(ok ?? .null).prefix(600))")
        record["needs"] = ["zqx-secret-need"]
        record["zqxsecretkey"] = "zqx-secret-value"
        try JSONWriter().string(.object(record)).write(to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let broken = try #require(try ServerSupport.send(ServerSupport.request("gaps", params: #"{"with":["broken.json"]}"#), to: dispatcher))
        let text = JSONWriter().string(broken)
        #expect(broken["error"]?["code"] == -32009, "\(text)")
        #expect(text.contains("with[0]"))
        #expect(!text.contains("zqx"), "\(text)")
    }
}

@Suite("Directory files: regular files only; reload keeps a good snapshot", .serialized)
struct DirectorySafetyTests {
    func copyOfDirectory() throws -> URL {
        let temp = try ServerSupport.temporaryFolder("dir")
        try FileManager.default.copyItem(at: TestDirectories.bundled, to: temp.appendingPathComponent("Directory"))
        return temp
    }

    @Test("a FIFO in services/ is a located finding, not a hang, at start and on reload")
    func fifo() throws {
        let temp = try copyOfDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let directory = temp.appendingPathComponent("Directory")
        let state = try ServerSupport.state(directory: directory)
        let before = state.snapshot.directory.services.count
        #expect(mkfifo(directory.appendingPathComponent("services/zz-fifo.json").path, 0o644) == 0)
        let dispatcher = Dispatcher(state: state)
        let reload = try withinTime(20) { try ServerSupport.send(ServerSupport.request("directory.reload"), to: dispatcher) }
        #expect(reload?["error"]?["code"] == -32010)
        let finding = reload?["error"]?["data"]?["findings"]?.arrayValue?.first
        #expect(finding?["file"] == "Directory/services/zz-fifo.json")
        #expect(finding?["message"]?.stringValue?.contains("not a regular file") == true)
        #expect(state.snapshot.directory.services.count == before)
        let validate = try withinTime(20) { try ServerSupport.send(ServerSupport.request("directory.validate"), to: dispatcher) }
        #expect(validate?["result"]?["valid"] == false)
        #expect(throws: ServerState.DirectoryInvalid.self) { _ = try withinTime(20) { try ServerSupport.state(directory: directory) } }
    }

    @Test("a reload to a Directory with no services is refused, saying why, and the old data is still served")
    func emptyServices() throws {
        let temp = try copyOfDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let directory = temp.appendingPathComponent("Directory")
        let state = try ServerSupport.state(directory: directory)
        let before = state.snapshot.directory.services.count
        let services = directory.appendingPathComponent("services")
        for name in try FileManager.default.contentsOfDirectory(atPath: services.path) {
            try FileManager.default.removeItem(at: services.appendingPathComponent(name))
        }
        let dispatcher = Dispatcher(state: state)
        let reload = try #require(try ServerSupport.send(ServerSupport.request("directory.reload"), to: dispatcher))
        #expect(reload["error"]?["code"] == -32010)
        let message = reload["error"]?["message"]?.stringValue ?? ""
        #expect(message.contains("no services") && message.contains("still serving the previous data (\(before) services)"), "\(message)")
        #expect(state.snapshot.directory.services.count == before)
        #expect(try ServerSupport.send(ServerSupport.request("services.get", params: #"{"id":"dial-a-ride"}"#), to: dispatcher)?["result"] != nil)
    }
}
