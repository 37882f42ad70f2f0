import Foundation
import SignpostTestSupport

/// Runs the built `signpost` binary as a child process, with a time limit so a hang fails a test
/// instead of stalling the suite.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot: URL = PackageRoot.url

    /// The binary SwiftPM built beside this test bundle.
    static let binary: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("signpost")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        for config in ["debug", "release"] {
            let candidate = packageRoot.appendingPathComponent(".build/\(config)/signpost")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("signpost binary not found next to \(exe.path)")
    }()

    /// Runs `signpost` with `arguments` in `workingDirectory` (the package root by default).
    static func run(
        _ arguments: [String], stdin: String? = nil, workingDirectory: URL = packageRoot,
        environment: [String: String] = [:], timeout: TimeInterval = 120, executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SIGNPOST_DIRECTORY")
        // On CI's second run over an edited copy of the Directory, commands run from the package
        // root read that copy.
        if workingDirectory == packageRoot, ProcessInfo.processInfo.environment["SIGNPOST_TEST_DIRECTORY"] != nil {
            env["SIGNPOST_DIRECTORY"] = TestDirectories.bundled.path
        }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Drain both pipes concurrently so a chatty child cannot block on a full pipe.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = outPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = errPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if group.wait(timeout: .now() + TestTimeouts.scaled(timeout)) == .timedOut {
            process.terminate()
            throw TimedOut(arguments: arguments)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    struct TimedOut: Error { var arguments: [String] }
}
