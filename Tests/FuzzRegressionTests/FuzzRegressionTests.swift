import Foundation
import SignpostFuzzing
import Testing
import SignpostTestSupport

/// Every committed fuzz input — the seed corpus and every crash or violation the fuzzers found
/// (`Fuzz/regressions/`) — replayed through the same property checks the fuzzers run.
@Suite("Fuzz corpus and regressions")
struct FuzzRegressionTests {
    static let root: URL = PackageRoot.url

    static func inputs(_ target: FuzzTarget) -> [URL] {
        ["corpus", "regressions"].flatMap { kind -> [URL] in
            let folder = root.appendingPathComponent("Fuzz/\(kind)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") }.map { folder.appendingPathComponent($0) }
        }
    }

    @Test("every committed input keeps its properties", arguments: FuzzTarget.allCases)
    func replay(_ target: FuzzTarget) throws {
        _ = FileManager.default.changeCurrentDirectoryPath(Self.root.path)
        let inputs = Self.inputs(target)
        #expect(inputs.count >= 5, "a seed corpus for \(target.rawValue)")
        for url in inputs {
            let bytes = [UInt8](try Data(contentsOf: url))
            do throws(PropertyViolation) {
                try target.check(bytes)
            } catch {
                Issue.record("\(url.lastPathComponent): \(error)")
            }
        }
    }

    @Test("the PDF writer's output for every committed input passes qpdf --check",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf")))
    func qpdf() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-fuzz-pdf-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for url in Self.inputs(.pdfText) {
            let pdf = folder.appendingPathComponent(url.lastPathComponent + ".pdf")
            try Data(FuzzRendering.pdf([UInt8](try Data(contentsOf: url)))).write(to: pdf)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
            process.arguments = ["--check", pdf.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "qpdf --check failed for \(url.lastPathComponent)")
        }
    }
}
