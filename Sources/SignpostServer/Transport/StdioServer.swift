#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SignpostCore

/// The transport: lines in from stdin, lines out on stdout, nothing else on stdout. Ends at end
/// of input (after answering everything read), after `shutdown`, or quietly when the client goes
/// away (broken pipe); each of these is exit status 0.
public struct StdioServer {
    let dispatcher: Dispatcher
    var reader: LineReader
    let writer: LineWriter

    public init(dispatcher: Dispatcher, input: Int32 = 0, output: Int32 = 1) {
        self.dispatcher = dispatcher
        self.reader = LineReader(fd: input, maxLineBytes: dispatcher.state.maxLineBytes)
        self.writer = LineWriter(fd: output)
    }

    /// Serves until the input ends; returns the exit status.
    public mutating func run() -> Int32 {
        // A closed pipe must be an error from write(2), not a signal that kills the process.
        signal(SIGPIPE, SIG_IGN)
        while true {
            let response: [UInt8]?
            switch reader.next() {
            case .end:
                dispatcher.log.info("end of input")
                return 0
            case .tooLong(let bytes):
                dispatcher.log.info("discarded a line of \(bytes) bytes")
                response = RPCResponse.failure(
                    id: .null, error: .invalidRequest("line longer than \(dispatcher.state.maxLineBytes) bytes; discarded"))
            case .line(let line):
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                response = dispatcher.respond(to: line)
            }
            if let response, !writer.writeLine(response) {
                dispatcher.log.info("client went away")
                return 0
            }
            if dispatcher.shutdown.isRaised {
                dispatcher.log.info("shutdown")
                return 0
            }
        }
    }
}
