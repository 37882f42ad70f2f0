#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a whole folder of files (an ORUK export, an imported Directory) so that readers only
/// ever see the old folder or the complete new one: files go into a hidden staging folder beside
/// the target, which is renamed into place at the end. On failure or `discard()` the staging
/// folder is removed and the target is untouched.
public final class StagedFolder {
    /// The folder being produced.
    public let target: String
    /// The hidden folder the files are written to until `commit`.
    public let staging: String
    private var createdFolders: Set<String> = [""]
    private var finished = false

    /// Creates the staging folder beside `target` (whose parent must exist).
    public init(target: String) throws(SignpostError) {
        let url = URL(fileURLWithPath: target)
        self.target = url.path
        let parent = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SignpostError(.output, "cannot write \(target): the folder \(parent) does not exist")
        }
        staging = parent + "/." + url.lastPathComponent + ".staging-" + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max))
        guard mkdir(staging, 0o755) == 0 else { throw AtomicFile.failure(target, errno) }
    }

    deinit { if !finished { discard() } }

    /// Writes one file at `relative` ("services/abc.json"), creating its folders.
    public func write(_ bytes: [UInt8], to relative: String) throws(SignpostError) {
        try makeFolders(for: relative)
        let error = Self.writeFile(staging + "/" + relative, bytes)
        if error != 0 { throw fail(error) }
    }

    /// Writes many files, several at a time: creating files is latency-bound on most disks.
    public func write(_ files: [(path: String, bytes: [UInt8])]) throws(SignpostError) {
        for file in files { try makeFolders(for: file.path) }
        let workers = min(files.count, 4)
        guard workers > 0 else { return }
        let errors = UnsafeMutableBufferPointer<Int32>.allocate(capacity: workers)
        errors.initialize(repeating: 0)
        defer { errors.deallocate() }
        nonisolated(unsafe) let results = errors
        let root = staging
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < files.count && results[worker] == 0 {
                results[worker] = Self.writeFile(root + "/" + files[i].path, files[i].bytes)
                i += workers
            }
        }
        if let error = errors.first(where: { $0 != 0 }) { throw fail(error) }
    }

    private func makeFolders(for relative: String) throws(SignpostError) {
        let parts = relative.split(separator: "/")
        var folder = ""
        for part in parts.dropLast() {
            folder += (folder.isEmpty ? "" : "/") + part
            if !createdFolders.contains(folder) {
                guard mkdir(staging + "/" + folder, 0o755) == 0 || errno == EEXIST else { throw fail(errno) }
                createdFolders.insert(folder)
            }
        }
    }

    /// Creates and writes one file; 0 or the errno of the failure.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        var error = FileBytes.writeAll(fd, bytes)
        if close(fd) != 0 && error == 0 { error = errno }
        return error
    }

    /// Renames the staging folder into place. An existing target is replaced only when `replace`
    /// allows it (it is moved aside first and removed after the swap).
    public func commit(replace: (String) -> Bool) throws(SignpostError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw fail(ENOTDIR) }
            guard replace(target) else {
                discard()
                throw SignpostError(.output, "\(target) already exists; nothing was changed")
            }
            let aside = staging + ".old"
            guard rename(target, aside) == 0 else { throw fail(errno) }
            guard rename(staging, target) == 0 else {
                let code = errno
                _ = rename(aside, target)
                throw fail(code)
            }
            try? fm.removeItem(atPath: aside)
        } else {
            guard rename(staging, target) == 0 else { throw fail(errno) }
        }
        finished = true
    }

    /// Removes the staging folder and everything in it.
    public func discard() {
        try? FileManager.default.removeItem(atPath: staging)
        finished = true
    }

    private func fail(_ code: Int32) -> SignpostError {
        discard()
        return AtomicFile.failure(target, code)
    }
}
