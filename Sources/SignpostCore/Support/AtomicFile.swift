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
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw SignpostError(.output, "cannot write \(path): it is a directory")
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SignpostError(.output, "cannot write \(path): the folder \(folder) does not exist")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-" + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max))
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, errno) }
        var ok = true
        var error: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    ok = false
                    error = n < 0 ? errno : ENOSPC
                    return
                }
            }
        }
        if ok && fsync(fd) != 0 {
            ok = false
            error = errno
        }
        if close(fd) != 0 && ok {
            ok = false
            error = errno
        }
        if ok && rename(temporary, path) != 0 {
            ok = false
            error = errno
        }
        if !ok {
            unlink(temporary)
            throw failure(path, error)
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
        default: reason = String(cString: strerror(code))
        }
        return SignpostError(.output, "cannot write \(path): \(reason); nothing was changed")
    }
}
