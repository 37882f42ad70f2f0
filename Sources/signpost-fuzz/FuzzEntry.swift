import Foundation
import SignpostFuzzing

// signpost-fuzz: one binary for every fuzz target.
//   Built by scripts/fuzz with -sanitize=fuzzer,address -DFUZZING, it is a libFuzzer target; the
//   target is chosen by $SIGNPOST_FUZZ_TARGET. Built normally, it replays inputs:
//   signpost-fuzz TARGET FILE... (exit 1 on the first property violation).

#if FUZZING
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["SIGNPOST_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(
            Data("set SIGNPOST_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do throws(PropertyViolation) {
        try selectedTarget.check(bytes)
    } catch {
        FileHandle.standardError.write(Data("property violated (\(selectedTarget.rawValue)): \(error)\n".utf8))
        abort()
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<product>_main`; hand control to libFuzzer.
@_cdecl("signpost_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
@main
struct FuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let first = arguments.first, let target = FuzzTarget(rawValue: first) else {
            FileHandle.standardError.write(
                Data("usage: signpost-fuzz TARGET FILE...  (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))\n".utf8))
            exit(64)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(1)
            }
            do throws(PropertyViolation) {
                try target.check([UInt8](data))
            } catch {
                FileHandle.standardError.write(Data("\(path): property violated: \(error)\n".utf8))
                exit(1)
            }
        }
        FileHandle.standardError.write(Data("\(arguments.count - 1) inputs passed\n".utf8))
    }
}
#endif
