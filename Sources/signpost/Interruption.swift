import Foundation

/// SIGTERM and SIGINT during long work: finish the file in hand, then stop.
enum Interruption {
    nonisolated(unsafe) static var flag: sig_atomic_t = 0

    static func install() {
        signal(SIGTERM) { _ in Interruption.flag = 1 }
        signal(SIGINT) { _ in Interruption.flag = 1 }
    }

    static var requested: Bool { flag != 0 }
}
