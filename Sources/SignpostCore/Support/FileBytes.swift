#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes whole byte buffers with plain system calls. Reading: one `fstat` for the size (refusing files over a
/// limit before reading a byte) and one `read` in the usual case. `FileManager`'s attribute
/// lookups resolve owner names through NSS, which costs more than the read on small files.
public enum FileBytes {
    public enum Failure: Error, Sendable, Equatable {
        /// The file is larger than the limit; `size` in bytes.
        case tooLarge(size: Int)
        case unreadable
    }

    /// Reads a regular file of at most `limit` bytes. Anything else — a FIFO, a device, a socket,
    /// a folder — is `.unreadable` without blocking: the file is opened with O_NONBLOCK (opening a
    /// FIFO for reading would otherwise wait for a writer forever) and checked with `fstat` on the
    /// descriptor itself, so a file swapped for a FIFO after a check is still refused.
    public static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        if path.utf8.contains(0) { return .failure(.unreadable) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { return .failure(.unreadable) }
        defer { close(fd) }
        return read(descriptor: fd, limit: limit)
    }

    /// Whether `path` names a regular file (following symbolic links), without opening it.
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Reads an open descriptor that must be a regular file of at most `limit` bytes.
    public static func read(descriptor fd: Int32, limit: Int) -> Result<[UInt8], Failure> {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable) }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size: size)) }
        // One read when the size is right (+1 sees the end); grow if the file grew meanwhile.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { return .failure(.tooLarge(size: count)) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            }
            let n = bytes.withUnsafeMutableBufferPointer { p in Glibc.read(fd, p.baseAddress! + count, p.count - count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return .failure(.unreadable) }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    /// Writes every byte to `fd`, retrying short writes and interrupted calls: 0, or the errno
    /// that stopped it (EPIPE when the reader has gone, ENOSPC when the disk is full…).
    @discardableResult
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { raw -> Int32 in
            guard let base = raw.baseAddress else { return 0 }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base + offset, raw.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return n < 0 ? errno : ENOSPC
                }
            }
            return 0
        }
    }
}
