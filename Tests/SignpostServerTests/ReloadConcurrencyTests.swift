import Foundation
import SignpostCore
import SignpostTestSupport
import Testing
@testable import SignpostServer

/// `directory.reload` while requests are in flight: every response is computed from one
/// snapshot, never half-old and half-new.
@Suite("Reload under load")
struct ReloadConcurrencyTests {
    @Test("requests on four threads while the Directory flips between two versions")
    func reloadWhileServing() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-reload-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: temp) }
        let live = temp.appendingPathComponent("Directory")
        let other = temp.appendingPathComponent("Other")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestDirectories.bundled, to: live)
        try FileManager.default.copyItem(at: live, to: other)
        // The other version has two services fewer.
        for id in ["dial-a-ride", "west-kent-mind-wellbeing"] {
            try? FileManager.default.removeItem(at: other.appendingPathComponent("services/\(id).json"))
        }
        let state = try ServerState(
            location: DirectoryLocator.Location(url: live, displayPath: "Directory"), registry: .coreOnly, today: { ServerSupport.today })
        let dispatcher = Dispatcher(state: state)
        let full = try FileManager.default.contentsOfDirectory(atPath: live.appendingPathComponent("services").path).count
        let fewer = try FileManager.default.contentsOfDirectory(atPath: other.appendingPathComponent("services").path).count

        let stop = ManagedFlag()
        let problems = ProblemLog()
        let group = DispatchGroup()
        for worker in 0..<4 {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                var i = 0
                while !stop.isSet {
                    i += 1
                    let line = worker % 2 == 0
                        ? #"{"jsonrpc":"2.0","id":1,"method":"services.list","params":{"limit":500}}"#
                        : #"{"jsonrpc":"2.0","id":1,"method":"match","params":{"parish":"Otford","needs":["can't get to the shops"],"circumstances":["no-car"]}}"#
                    guard let bytes = dispatcher.respond(to: Array(line.utf8)),
                        let response = try? JSONParser.parse(bytes).value, let result = response["result"]
                    else {
                        problems.add("no result on worker \(worker)")
                        continue
                    }
                    if worker % 2 == 0 {
                        let total = result["total"]?.intValue ?? -1
                        let listed = result["services"]?.arrayValue?.count ?? -1
                        if total != listed || (total != full && total != fewer) {
                            problems.add("services.list: total \(total), listed \(listed)")
                        }
                    } else {
                        // Dial a Ride is in one version only: when it is missing it must be missing
                        // everywhere in the response, never half there.
                        let text = String(decoding: bytes, as: UTF8.self)
                        let matched = result["matches"]?.arrayValue?.contains { $0["service"]?["id"] == "dial-a-ride" } ?? false
                        if !matched && text.contains("\"dial-a-ride\"") && result["excluded"]?.arrayValue?.contains(where: { $0["service"]?["id"] == "dial-a-ride" }) != true {
                            problems.add("match mentions a service its own snapshot does not have")
                        }
                    }
                }
            }
        }
        var reloads = 0
        for round in 0..<30 {
            // Swap the folders' contents by renaming, then reload.
            let aside = temp.appendingPathComponent("aside")
            try FileManager.default.moveItem(at: live, to: aside)
            try FileManager.default.moveItem(at: other, to: live)
            try FileManager.default.moveItem(at: aside, to: other)
            if (try? state.reload()) != nil { reloads += 1 }
            let expected = round % 2 == 0 ? fewer : full
            #expect(state.snapshot.directory.services.count == expected)
        }
        stop.set()
        group.wait()
        #expect(reloads == 30)
        #expect(problems.all.isEmpty, "\(problems.all.prefix(5))")
    }
}

final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

final class ProblemLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.withLock { items.append(s) } }
    var all: [String] { lock.withLock { items } }
}
