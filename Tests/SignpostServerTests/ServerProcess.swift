import Foundation
import SignpostCore
import SignpostTestSupport

/// `signpost serve` as a child process, spoken to over pipes the way an embedding program would:
/// write a line, wait (with a time limit) for the reply line.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var pending: [UInt8] = []
    private let lock = NSLock()
    private var outputClosed = false
    private var outputFD: Int32 { output.fileHandleForReading.fileDescriptor }

    static let binary: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("signpost")
    }()

    /// `stderrClosed`: the server starts with descriptor 2 closed (through `sh -c '… 2>&-'`), as
    /// some hosts start their tools.
    init(_ arguments: [String] = [], directory: URL = ServerSupport.packageRoot, stderrClosed: Bool = false) throws {
        if stderrClosed {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" serve \"$@\" 2>&-", Self.binary.path] + arguments
        } else {
            process.executableURL = Self.binary
            process.arguments = ["serve"] + arguments
        }
        process.currentDirectoryURL = directory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // The reader thread holds only what it fills, so a finished test frees this object.
        let errHandle = errors.fileHandleForReading
        let collected = collectedStderr
        Thread.detachNewThread {
            collected.set(errHandle.readDataToEndOfFile())
        }
    }

    /// What the server wrote to stderr, once it has closed it.
    final class CollectedData: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        private let done = DispatchSemaphore(value: 0)
        func set(_ value: Data) {
            lock.withLock { data = value }
            done.signal()
        }
        func wait(timeout: TimeInterval) -> Data {
            if done.wait(timeout: .now() + TestTimeouts.scaled(timeout)) == .success { done.signal() }
            return lock.withLock { data ?? Data() }
        }
    }
    private let collectedStderr = CollectedData()

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    func sendLine(_ line: String) { send(line + "\n") }

    func closeInput() { try? input.fileHandleForWriting.close() }

    /// The next response line, or nil if none arrives within `timeout` seconds (read with
    /// poll(2), so a server that buffers its output fails here instead of hanging the suite).
    func nextLine(timeout: TimeInterval = 10) -> String? {
        let deadline = Date().addingTimeInterval(TestTimeouts.scaled(timeout))
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            if outputClosed { return nil }
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            var descriptor = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, remaining) > 0 else { return nil }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(outputFD, &chunk, chunk.count)
            if n <= 0 {
                outputClosed = true
                continue
            }
            pending.append(contentsOf: chunk[..<n])
        }
    }

    func nextJSON(timeout: TimeInterval = 10) throws -> JSONValue? {
        guard let line = nextLine(timeout: timeout) else { return nil }
        return try JSONParser.parse(line).value
    }

    /// Waits for the process to exit; its status, or nil on time-out (then it is killed).
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(TestTimeouts.scaled(timeout))
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                return nil
            }
            usleep(10_000)
        }
        return process.terminationStatus
    }

    /// Everything the server wrote to stderr (waits for it to close its end).
    var stderr: String { String(decoding: collectedStderr.wait(timeout: 10), as: UTF8.self) }

    /// Closes our read end of stdout, as a client that goes away does.
    func closeOutput() {
        outputClosed = true
        try? output.fileHandleForReading.close()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
