#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes files people rely on without ever leaving a half-written one: the bytes go to a
/// temporary file beside the target, are flushed to disk, then renamed over it in one step. On any
/// failure the temporary file is removed, the previous file is untouched, and the error says what
/// went wrong and where.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(SignpostError) {
        let writer = try Writer(path: path)
        try writer.append(bytes)
        try writer.commit()
    }

    /// A file written in pieces (an ndjson export of 100,000 services) with the same guarantee:
    /// nothing appears at `path` until `commit()`; `discard()` (or dropping the writer) removes
    /// the temporary file.
    public final class Writer {
        public let path: String
        private let temporary: String
        private var fd: Int32
        private var buffer: [UInt8] = []
        private var finished = false
        private static let flushAt = 1 << 20

        public init(path: String) throws(SignpostError) {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw SignpostError(.output, "cannot write \(path): it is a directory")
            }
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw SignpostError(.output, "cannot write \(path): the folder \(folder) does not exist")
            }
            self.path = path
            temporary = folder + "/." + url.lastPathComponent + ".tmp-" + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max))
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw failure(path, errno) }
        }

        deinit { discard() }

        public func append(_ bytes: [UInt8]) throws(SignpostError) {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.flushAt { try flush() }
        }

        /// Flushes, syncs and renames the file into place.
        public func commit() throws(SignpostError) {
            try flush()
            if fsync(fd) != 0 { try fail(errno) }
            let closing = fd
            fd = -1
            if close(closing) != 0 { try fail(errno) }
            if rename(temporary, path) != 0 { try fail(errno) }
            finished = true
        }

        /// Abandons the file: the temporary is removed and `path` is untouched.
        public func discard() {
            if fd >= 0 {
                close(fd)
                fd = -1
            }
            if !finished { unlink(temporary) }
            finished = true
        }

        private func flush() throws(SignpostError) {
            guard fd >= 0 else { return }
            let error = FileBytes.writeAll(fd, buffer)
            buffer.removeAll(keepingCapacity: true)
            if error != 0 { try fail(error) }
        }

        private func fail(_ code: Int32) throws(SignpostError) {
            discard()
            throw failure(path, code)
        }
    }

    static func failure(_ path: String, _ code: Int32) -> SignpostError {
        let reason: String
        switch code {
        case EACCES, EPERM: reason = "permission denied"
        case ENOSPC: reason = "the disk is full"
        case EROFS: reason = "the file system is read-only"
        case EISDIR: reason = "it is a directory"
        case ENOENT: reason = "the folder does not exist"
        case ENOTDIR: reason = "it is not a folder"
        case EFBIG: reason = "the file is larger than this process may write"
        default: reason = String(cString: strerror(code))
        }
        return SignpostError(.output, "cannot write \(path): \(reason); nothing was changed")
    }
}
