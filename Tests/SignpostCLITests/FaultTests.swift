#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Outputs that fail — a full disk, a read-only file system, a file-size limit, a SIGTERM — give
/// a clear error, leave the previous file as it was, and leave no temporary file behind.
@Suite("Faults: failing outputs and signals", .serialized)
struct FaultTests {
    /// A small tmpfs, mounted for the test (root only; skipped elsewhere).
    final class SmallMount {
        let url: URL
        let temp: TemporaryDirectory
        init?(size: String, readOnly: Bool = false) throws {
            guard getuid() == 0 else { return nil }
            temp = try TemporaryDirectory()
            url = temp.url.appendingPathComponent("mnt")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            guard Self.run(["mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", url.path]) == 0 else { return nil }
            if readOnly { _ = Self.run(["mount", "-o", "remount,ro", url.path]) }
        }
        func remountReadOnly() -> Bool { Self.run(["mount", "-o", "remount,ro", url.path]) == 0 }
        deinit { _ = Self.run(["umount", url.path]) }
        static func run(_ arguments: [String]) -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = arguments
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return -1 }
            p.waitUntilExit()
            return p.terminationStatus
        }
    }

    static var canMount: Bool { getuid() == 0 && ((try? SmallMount(size: "16k")) ?? nil) != nil }

    static func hidden(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") }
    }

    @Test("a full disk: print and export fail clearly, the previous file stays, nothing is left behind", .enabled(if: canMount))
    func fullDisk() throws {
        let mount = try #require(try SmallMount(size: "16k"))
        let list = mount.url.appendingPathComponent("edenbridge.pdf")
        try Data("previous list".utf8).write(to: list)
        let print = try CLIRunner.run(["print", "--parish", "Edenbridge", "--large-print", "--out", list.path])
        #expect(print.status == 1)
        #expect(print.stderr.contains("the disk is full; nothing was changed"), "\(print.stderr)")
        #expect(try String(contentsOf: list, encoding: .utf8) == "previous list")
        let export = try CLIRunner.run(["export", "oruk", "--out", mount.url.appendingPathComponent("feed").path])
        #expect(export.status == 1)
        #expect(export.stderr.contains("the disk is full"), "\(export.stderr)")
        let ndjson = try CLIRunner.run(["export", "oruk", "--format", "ndjson", "--out", mount.url.appendingPathComponent("feed.ndjson").path])
        #expect(ndjson.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.url.path) == ["edenbridge.pdf"])
    }

    @Test("a read-only file system: a clear error, the previous file untouched", .enabled(if: canMount))
    func readOnly() throws {
        let mount = try #require(try SmallMount(size: "1m"))
        let out = mount.url.appendingPathComponent("gaps.csv")
        try Data("previous report".utf8).write(to: out)
        #expect(mount.remountReadOnly())
        let gaps = try CLIRunner.run(["gaps", "--format", "csv", "--out", out.path])
        #expect(gaps.status == 1)
        #expect(gaps.stderr.contains("the file system is read-only; nothing was changed"), "\(gaps.stderr)")
        let export = try CLIRunner.run(["export", "oruk", "--out", mount.url.appendingPathComponent("feed").path])
        #expect(export.status == 1 && export.stderr.contains("read-only"), "\(export.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8) == "previous report")
        #expect(Self.hidden(mount.url).isEmpty)
    }

    /// ThreadSanitizer's runtime cannot start under a tiny file-size limit (it dies with SIGBUS
    /// before Signpost runs), so that one test is left to the other builds.
    static var underThreadSanitizer: Bool { dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__tsan_init") != nil }

    @Test("a file-size limit (ulimit -f): the write fails, the previous file stays, no temporary file",
          .disabled(if: underThreadSanitizer, "TSan's runtime needs more than ulimit -f 8 allows"))
    func fileSizeLimit() throws {
        let temp = try TemporaryDirectory()
        let list = temp.url.appendingPathComponent("sevenoaks.pdf")
        try Data("previous list".utf8).write(to: list)
        let run = try CLIRunner.run([
            "/bin/sh", "-c", "ulimit -f 8; exec \"$0\" print --parish Sevenoaks --large-print --out \"$1\"",
            CLIRunner.binary.path, list.path,
        ], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.status == 1)
        #expect(run.stderr.contains("larger than this process may write; nothing was changed"), "\(run.stderr)")
        #expect(try String(contentsOf: list, encoding: .utf8) == "previous list")
        #expect(Self.hidden(temp.url).isEmpty)
    }

    @Test("a reader that closes the pipe early ends the command quietly (status 0, nothing on stderr)")
    func closedPipe() throws {
        let run = try CLIRunner.run([
            "/bin/bash", "-c", "set -o pipefail; \"$0\" export oruk --format ndjson | head -c 100 > /dev/null; echo \"status=${PIPESTATUS[0]}\"",
            CLIRunner.binary.path,
        ], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.stdout.contains("status=0"), "\(run.stdout)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test("SIGTERM during print --all-parishes: exit 143, every file written is complete")
    func sigtermDuringPrint() throws {
        let temp = try TemporaryDirectory()
        let out = temp.url.appendingPathComponent("lists")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["print", "--all-parishes", "--large-print", "--out-dir", out.path]
        process.currentDirectoryURL = CLIRunner.packageRoot
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait for the first list to be reported, then ask it to stop.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("[ 1/") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        kill(process.processIdentifier, SIGTERM)
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        if process.terminationStatus == 143 {
            #expect(!files.contains("index.pdf"), "stopped before the index")
        } else {
            #expect(process.terminationStatus == 0, "finished before the signal arrived")
        }
        #expect(Self.hidden(out).isEmpty, "no temporary files: \(files)")
        for name in files {
            let bytes = [UInt8](try Data(contentsOf: out.appendingPathComponent(name)))
            #expect(bytes.starts(with: Array("%PDF-1.".utf8)) && bytes.suffix(6) == ArraySlice("%%EOF\n".utf8), "\(name) is complete")
        }
    }
}
