#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SignpostCore

/// Protocol throughput, measured from a client process over real pipes against `signpost serve`.
enum ProtocolBench {
    /// A running server with raw pipe ends.
    final class Server: @unchecked Sendable {
        let process = Process()
        let toServer: Int32
        let fromServer: Int32
        private let input = Pipe()
        private let output = Pipe()

        init(binary: String, directory: String) throws {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["serve", "--directory", directory]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.standardError
            try process.run()
            toServer = input.fileHandleForWriting.fileDescriptor
            fromServer = output.fileHandleForReading.fileDescriptor
        }

        func write(_ bytes: [UInt8]) {
            if FileBytes.writeAll(toServer, bytes) != 0 { fatalError("server closed its input") }
        }

        /// Lines already read past the end of an earlier `readLines`.
        private var surplus = 0

        /// Reads until `count` newline-terminated lines have arrived; returns how many bytes.
        func readLines(_ count: Int) -> Int {
            var seen = surplus, bytes = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while seen < count {
                let n = read(fromServer, &chunk, chunk.count)
                if n <= 0 { fatalError("server closed its output after \(seen) lines") }
                bytes += n
                for i in 0..<n where chunk[i] == 0x0A { seen += 1 }
            }
            surplus = seen - count
            return bytes
        }

        func memory() -> (rss: Double, peak: Double) {
            guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
            else { return (0, 0) }
            func value(_ key: String) -> Double {
                for line in text.split(separator: "\n") where line.hasPrefix(key) {
                    return (line.split(separator: " ").compactMap { Double($0) }.first ?? 0) / 1024
                }
                return 0
            }
            return (value("VmRSS:"), value("VmHWM:"))
        }

        func stop() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    static let serverInfo = #"{"jsonrpc":"2.0","id":1,"method":"server.info"}"#
    static let ping = #"{"jsonrpc":"2.0","id":1,"method":"ping"}"#
    static let match = #"{"jsonrpc":"2.0","id":2,"method":"match","params":{"parish":"Otford","age":85,"needs":["can't get to the shops or appointments"],"circumstances":["no-car","limited-mobility"]}}"#
    /// The same resident as `match`, through MCP.
    static let mcpMatch = #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"match_services","arguments":{"parish":"Otford","age":85,"needs":["can't get to the shops or appointments"],"circumstances":["no-car","limited-mobility"]}}}"#
    static let mixed = [
        #"{"jsonrpc":"2.0","id":8,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}"#,
        #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
        mcpMatch,
        #"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"match_services","arguments":{"parish":"Edenbrige","needs":["lonely"]}}}"#,
        #"{"jsonrpc":"2.0","id":10,"method":"resources/read","params":{"uri":"signpost://parishes/otford/service-list"}}"#,
        #"{"jsonrpc":"2.0","id":11,"method":"tools/call","params":{"name":"search_services","arguments":{"need":"transport","limit":5}}}"#,
        #"{"jsonrpc":"2.0","id":12,"method":"ping"}"#,
        #"{"jsonrpc":"2.0","id":9007199254740993,"method":"tools/call","params":{"name":"nope"}}"#,
        serverInfo, match, "not json at all",
        #"{"jsonrpc":"2.0","id":3,"method":"services.list","params":{"need":"transport"}}"#,
        #"{"jsonrpc":"2.0","id":4,"method":"match","params":{"parish":"Edenbrige","needs":["lonely"]}}"#,
        #"{"jsonrpc":"2.0","id":5,"method":"nope"}"#,
        #"{"jsonrpc":"2.0","id":6,"method":"match","params":{"postcode":"TN8 5AX","age":50,"needs":["overweight"]}}"#,
        #"[{"jsonrpc":"2.0","id":7,"method":"parishes.list"},{"jsonrpc":"2.0","method":"server.info"}]"#,
    ]

    /// Pipelined: a writer thread streams `count` lines while this thread reads the replies.
    static func throughput(_ server: Server, line: String, count: Int) -> Double {
        let bytes = Array((line + "\n").utf8)
        let batch = Array([[UInt8]](repeating: bytes, count: 256).joined())
        let start = Measure.now()
        let writer = Thread {
            var sent = 0
            while sent < count {
                let n = min(256, count - sent)
                server.write(n == 256 ? batch : Array(batch.prefix(bytes.count * n)))
                sent += n
            }
        }
        writer.start()
        _ = server.readLines(count)
        return Double(count) / (Double(Measure.now() - start) / 1e9)
    }

    /// Ping-pong: send one, wait for its reply; per-request latency.
    static func latency(_ server: Server, line: String, count: Int) -> Measure.Latencies {
        let bytes = Array((line + "\n").utf8)
        var latencies = Measure.Latencies()
        for _ in 0..<count {
            let start = Measure.now()
            server.write(bytes)
            _ = server.readLines(1)
            latencies.add(Measure.now() - start)
        }
        return latencies
    }

    /// Foundation alone decoding each request line and encoding its response: the ceiling.
    static func foundationCeiling(request: String, response: String, count: Int) -> Double {
        let requestData = Data(request.utf8)
        let responseObject = try! JSONSerialization.jsonObject(with: Data(response.utf8))
        let start = Measure.now()
        var total = 0
        for _ in 0..<count {
            let decoded = try! JSONSerialization.jsonObject(with: requestData)
            let encoded = try! JSONSerialization.data(withJSONObject: responseObject)
            total += encoded.count + ((decoded as? [String: Any])?.count ?? 0)
        }
        precondition(total > 0)
        return Double(count) / (Double(Measure.now() - start) / 1e9)
    }

    static func run(binary: String, directory: String, requests: Int, log: (String) -> Void) throws {
        let server = try Server(binary: binary, directory: directory)
        // One exchange of each kind, to learn the response lines and warm up.
        server.write(Array((serverInfo + "\n" + match + "\n").utf8))
        _ = server.readLines(2)
        let infoResponse = try oneResponse(binary: binary, directory: directory, line: serverInfo)
        let matchResponse = try oneResponse(binary: binary, directory: directory, line: match)

        let n = min(requests, 200_000)
        log("Protocol over a pipe (pipelined, \(n) requests each):")
        // The transport alone: `ping`'s reply is a few bytes. (server.info's is ~28 kB now that it
        // lists every rule with its examples, so it is measured on fewer requests.)
        log("  ping:        \(Int(throughput(server, line: ping, count: n))) requests/s")
        let infoRate = throughput(server, line: serverInfo, count: n / 20)
        let infoCeiling = foundationCeiling(request: serverInfo, response: infoResponse, count: n / 80)
        log("  server.info (\(n / 20)): \(Int(infoRate)) requests/s; Foundation decode+encode ceiling \(Int(infoCeiling))/s (\(Int(100 * infoRate / infoCeiling))%)")
        // Plain match and MCP's tools/call match_services, alternated; the best of three rounds each
        // (the machine is shared: the best round is the one least disturbed).
        var matchRate = 0.0, mcpRate = 0.0
        for _ in 0..<3 {
            matchRate = max(matchRate, throughput(server, line: match, count: n / 4))
            mcpRate = max(mcpRate, throughput(server, line: mcpMatch, count: n / 4))
        }
        let matchCeiling = foundationCeiling(request: match, response: matchResponse, count: n / 8)
        log("  match:       \(Int(matchRate)) requests/s; Foundation decode+encode ceiling \(Int(matchCeiling))/s (\(Int(100 * matchRate / matchCeiling))%)")
        log("  tools/call match_services (MCP): \(Int(mcpRate)) requests/s, \(Int((100 * mcpRate / matchRate).rounded()))% of plain match")
        log("  latency, one at a time: server.info " + latency(server, line: serverInfo, count: 1_000).summary)
        log("  latency, one at a time: match       " + latency(server, line: match, count: 5_000).summary)
        log("  latency, one at a time: MCP match   " + latency(server, line: mcpMatch, count: 5_000).summary)

        // Memory: a mixed stream (including errors), RSS sampled along the way.
        var sent = 0
        var samples: [(Int, Double)] = []
        let mixedLines = mixed.map { $0 + "\n" }.joined()
        let mixedBytes = Array(String(repeating: mixedLines, count: 128).utf8)
        let perRound = mixed.count * 128
        // A notification (an object with no "id") gets no reply; every other line gets one.
        let repliesPerRound = mixed.filter { !($0.hasPrefix("{") && !$0.contains("\"id\"")) }.count * 128
        let writer = Thread {
            var done = 0
            while done < requests {
                server.write(mixedBytes)
                done += perRound
            }
        }
        writer.start()
        let rounds = (requests + perRound - 1) / perRound
        for round in 0..<rounds {
            _ = server.readLines(repliesPerRound)
            sent += perRound
            if round % max(1, rounds / 10) == 0 || round == rounds - 1 { samples.append((sent, server.memory().rss)) }
        }
        let peak = server.memory().peak
        log("  memory over \(sent) mixed requests (RSS MiB at request count): "
            + samples.map { "\($0.0 / 1000)k: \(Measure.fmt($0.1))" }.joined(separator: ", ") + "; peak \(Measure.fmt(peak)) MiB")
        server.stop()
    }

    static func oneResponse(binary: String, directory: String, line: String) throws -> String {
        let server = try Server(binary: binary, directory: directory)
        server.write(Array((line + "\n").utf8))
        var out: [UInt8] = []
        var byte: UInt8 = 0
        while read(server.fromServer, &byte, 1) == 1 && byte != 0x0A { out.append(byte) }
        server.stop()
        return String(decoding: out, as: UTF8.self)
    }
}
