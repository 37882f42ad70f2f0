import Foundation
import SignpostCore
import SignpostModules
@testable import SignpostServer
import SignpostTestSupport

enum ServerSupport {
    static let packageRoot: URL = PackageRoot.url

    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static func state(
        directory: URL = TestDirectories.bundled, maxLineBytes: Int = 4096,
        maxResponseBytes: Int = ProtocolInfo.defaultMaxResponseBytes, files: URL? = nil
    ) throws -> ServerState {
        try ServerState(
            location: DirectoryLocator.Location(url: directory, displayPath: "Directory"),
            registry: try RegisteredModules.registry(), maxLineBytes: maxLineBytes, maxResponseBytes: maxResponseBytes,
            files: try files.map { try FileSandbox(folder: $0.path) }, today: { today })
    }

    /// A fresh temporary folder (the caller removes it).
    static func temporaryFolder(_ label: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-\(label)-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let dispatcher: Dispatcher = try! Dispatcher(state: state())

    /// Sends one line and parses the response (nil when none is due).
    static func send(_ line: String, to dispatcher: Dispatcher = dispatcher) throws -> JSONValue? {
        guard let bytes = dispatcher.respond(to: Array(line.utf8)) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        precondition(!text.contains("\n"), "a response must be one line")
        return try JSONParser.parse(text).value
    }

    static func request(_ method: String, id: Int = 1, params: String? = nil) -> String {
        var line = "{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"\(method)\""
        if let params { line += ",\"params\":\(params)" }
        return line + "}"
    }
}
