#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writes command output. stdout carries results; stderr carries diagnostics and usage.
/// Each call is one write, so nothing waits in a buffer when stdout is a pipe.
enum Console {
    static func out(_ text: String) { write(Array(text.utf8)) }

    static func outLine(_ text: String = "") { out(text + "\n") }

    /// Raw bytes on stdout, written whole (retrying short writes). A reader that has gone away
    /// (`signpost export oruk --format ndjson | head -1`) ends the command quietly with status 0:
    /// nothing more can be delivered, and every file the command writes is atomic anyway.
    static func write(_ bytes: [UInt8]) {
        if FileBytes.writeAll(1, bytes) == EPIPE { exit(0) }
    }

    static func err(_ text: String) {
        FileBytes.writeAll(2, Array(text.utf8))
    }

    static func errLine(_ text: String) { err(text + "\n") }

    /// Pretty JSON plus a newline on stdout.
    static func outJSON(_ value: SignpostCoreJSON) {
        out(JSONWriter(style: .pretty).string(value))
    }
}

import SignpostCore
typealias SignpostCoreJSON = JSONValue
