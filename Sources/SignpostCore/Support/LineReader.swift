#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads newline-delimited lines from a file descriptor without ever holding more than the line
/// limit: an over-long line is reported and skipped as it streams past, not buffered whole.
/// `\r\n` endings are accepted.
public struct LineReader {
    public enum Event: Equatable {
        case line([UInt8])
        /// A line longer than the limit was discarded; `bytes` is how long it was.
        case tooLong(bytes: Int)
        case end
    }

    let fd: Int32
    let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private static let chunk = 64 * 1024

    public init(fd: Int32, maxLineBytes: Int) {
        self.fd = fd
        self.maxLineBytes = max(1, maxLineBytes)
        buffer.reserveCapacity(Self.chunk * 2)
    }

    public mutating func next() -> Event {
        var scanFrom = start
        while true {
            if let newline = findNewline(from: scanFrom) {
                let length = newline - start
                defer { start = newline + 1 }
                if length > maxLineBytes { return .tooLong(bytes: length) }
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                return .line(Array(buffer[start..<end]))
            }
            scanFrom = buffer.count
            if buffer.count - start > maxLineBytes { return discardRestOfLine() }
            if atEnd {
                guard start < buffer.count else { return .end }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = buffer.count
                return .line(line)
            }
            scanFrom -= start
            compact()
            scanFrom += start
            if !fill() { atEnd = true }
        }
    }

    /// Drops the current line up to and including its newline, reading as needed.
    private mutating func discardRestOfLine() -> Event {
        var discarded = buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
        while true {
            if !fill() {
                atEnd = true
                buffer.removeAll(keepingCapacity: true)
                return .tooLong(bytes: discarded)
            }
            if let newline = findNewline(from: 0) {
                discarded += newline
                start = newline + 1
                return .tooLong(bytes: discarded)
            }
            discarded += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
    }

    private func findNewline(from offset: Int) -> Int? {
        guard offset < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress,
                let found = memchr(base + offset, 0x0A, p.count - offset)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private mutating func compact() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// Appends up to one chunk; false at end of input or on a read error.
    private mutating func fill() -> Bool {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
        while true {
            let n = buffer.withUnsafeMutableBufferPointer { p in read(fd, p.baseAddress! + old, Self.chunk) }
            if n > 0 {
                buffer.removeLast(Self.chunk - n)
                return true
            }
            if n < 0 && errno == EINTR { continue }
            buffer.removeLast(Self.chunk)
            return false
        }
    }
}
