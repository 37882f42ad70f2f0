import SignpostCore

/// Writes one response per line with a single `write(2)` call sequence, so nothing waits in a
/// stdio buffer: a client that waits for each reply never hangs.
public struct LineWriter {
    let fd: Int32

    public init(fd: Int32) { self.fd = fd }

    /// Writes `bytes` and a newline; false when the reader has gone (broken pipe) or on error.
    public func writeLine(_ bytes: [UInt8]) -> Bool {
        var out = bytes
        out.append(0x0A)
        return FileBytes.writeAll(fd, out) == 0
    }
}
