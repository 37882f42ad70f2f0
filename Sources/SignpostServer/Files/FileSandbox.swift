#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SignpostCore

/// The one folder a server may read and write files in, given with `signpost serve --files DIR`.
///
/// A path from a request is a relative path *inside* that folder, and nothing else: no absolute
/// paths, no `..`, no `.` or hidden names, no NUL bytes, no empty components. It is opened one
/// component at a time from the folder's descriptor with O_NOFOLLOW, so a symbolic link anywhere
/// on the way is refused rather than followed out of the folder. Only regular files are read
/// (opened O_NONBLOCK and checked with `fstat`, so a FIFO or a device never blocks the server),
/// up to a size limit. Writes go to a new temporary file in the target's folder and are renamed
/// over the target in one step; a target that is not a regular file, or is read-only, is left
/// alone. Error messages name the parameter and the rule broken, never a file's contents.
public struct FileSandbox: Sendable {
    /// The folder, as an absolute path with symbolic links resolved (once, at start-up).
    public let root: String
    /// Largest file read (a proposed service file).
    public static let maxReadBytes = DirectoryFiles.maxFileBytes
    /// Largest file written (a printed list).
    public static let maxWriteBytes = 64 << 20
    static let maxPathBytes = 1024
    static let maxComponents = 16

    public struct Unusable: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The folder at `path`, which must exist and be a folder.
    public init(folder path: String) throws(Unusable) {
        guard !path.utf8.contains(0), let resolved = realpath(path, nil) else {
            throw Unusable(description: "--files: \(path) does not exist")
        }
        defer { free(resolved) }
        let absolute = String(cString: resolved)
        var info = stat()
        guard stat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw Unusable(description: "--files: \(path) is not a folder")
        }
        root = absolute
    }

    /// The components of a request path, or the error saying which rule it breaks.
    static func components(_ path: String, param: String) throws(RPCError) -> [String] {
        func refuse(_ why: String) -> RPCError {
            .fileAccess("\"\(param)\": \(why); give a relative path inside the server's files folder (--files)")
        }
        if path.isEmpty { throw refuse("the path is empty") }
        if path.utf8.contains(0) { throw refuse("the path contains a NUL byte") }
        if path.utf8.count > maxPathBytes { throw refuse("the path is longer than \(maxPathBytes) bytes") }
        if path.hasPrefix("/") { throw refuse("absolute paths are not accepted") }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count > maxComponents { throw refuse("the path has more than \(maxComponents) parts") }
        for part in parts {
            if part.isEmpty { throw refuse("the path has an empty part (\"//\" or a trailing \"/\")") }
            if part == ".." { throw refuse("\"..\" is not accepted") }
            if part == "." { throw refuse("\".\" is not accepted") }
            if part.hasPrefix(".") { throw refuse("hidden names (starting with \".\") are not accepted") }
            if part.utf8.count > 255 { throw refuse("a name is longer than 255 bytes") }
        }
        return parts
    }

    /// Opens the folder holding the last component; returns its descriptor and the file's name.
    private func openParent(_ parts: [String], param: String) throws(RPCError) -> (Int32, String) {
        var fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .fileAccess("\"\(param)\": the server's files folder cannot be opened") }
        for folder in parts.dropLast() {
            let next = openat(fd, folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            let failure = errno
            close(fd)
            guard next >= 0 else {
                let why: String
                switch failure {
                case ENOENT: why = "a folder on the path does not exist"
                case ELOOP, ENOTDIR: why = "a part of the path is a symbolic link or not a folder"
                default: why = "a folder on the path cannot be opened"
                }
                throw .fileAccess("\"\(param)\": \(why)")
            }
            fd = next
        }
        return (fd, parts[parts.count - 1])
    }

    /// Reads a regular file inside the folder, of at most `limit` bytes.
    public func read(_ path: String, param: String, limit: Int = FileSandbox.maxReadBytes) throws(RPCError) -> [UInt8] {
        let parts = try Self.components(path, param: param)
        let (folder, name) = try openParent(parts, param: param)
        defer { close(folder) }
        let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            let why: String
            switch errno {
            case ENOENT: why = "the file does not exist"
            case ELOOP: why = "the file is a symbolic link"
            default: why = "the file cannot be opened"
            }
            throw .fileAccess("\"\(param)\": \(why)")
        }
        defer { close(fd) }
        switch FileBytes.read(descriptor: fd, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(.tooLarge): throw .fileAccess("\"\(param)\": the file is larger than \(limit) bytes")
        case .failure(.unreadable):
            throw .fileAccess("\"\(param)\": not a regular file (a FIFO, device, socket or folder), or unreadable")
        }
    }

    /// Writes `bytes` atomically to a file inside the folder; returns the path written (relative).
    @discardableResult
    public func write(_ bytes: [UInt8], to path: String, param: String) throws(RPCError) -> String {
        let parts = try Self.components(path, param: param)
        guard bytes.count <= Self.maxWriteBytes else {
            throw .fileAccess("\"\(param)\": the output would be larger than \(Self.maxWriteBytes) bytes")
        }
        let (folder, name) = try openParent(parts, param: param)
        defer { close(folder) }
        var existing = stat()
        if fstatat(folder, name, &existing, AT_SYMLINK_NOFOLLOW) == 0 {
            guard (existing.st_mode & S_IFMT) == S_IFREG else {
                throw .fileAccess("\"\(param)\": something other than a regular file is there (a link, folder, FIFO or device); it is left alone")
            }
            guard (existing.st_mode & S_IWUSR) != 0, faccessat(folder, name, W_OK, 0) == 0 else {
                throw .fileAccess("\"\(param)\": the file there is read-only; it is left alone")
            }
        }
        let temporary = ".signpost-" + String(getpid()) + "-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
        let fd = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw RPCError(code: RPCError.outputFailedCode, message: "\"\(param)\": cannot create a file in that folder; nothing was changed")
        }
        var failure = FileBytes.writeAll(fd, bytes)
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && renameat(folder, temporary, folder, name) != 0 { failure = errno }
        if failure != 0 {
            unlinkat(folder, temporary, 0)
            let why = failure == ENOSPC ? "the disk is full" : "the file could not be written"
            throw RPCError(code: RPCError.outputFailedCode, message: "\"\(param)\": \(why); nothing was changed")
        }
        return parts.joined(separator: "/")
    }
}
