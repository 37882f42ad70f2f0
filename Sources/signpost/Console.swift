#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writes command output. stdout carries results; stderr carries diagnostics and usage.
/// Each call is one write, so nothing waits in a buffer when stdout is a pipe.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func outLine(_ text: String = "") { out(text + "\n") }

    /// Raw bytes on stdout, written whole (retrying short writes).
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func errLine(_ text: String) { err(text + "\n") }

    /// Pretty JSON plus a newline on stdout.
    static func outJSON(_ value: SignpostCoreJSON) {
        out(JSONWriter(style: .pretty).string(value))
    }
}

import SignpostCore
typealias SignpostCoreJSON = JSONValue
