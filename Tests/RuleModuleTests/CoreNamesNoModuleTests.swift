import Foundation
import SignpostCore
import SignpostModules
import SignpostTestSupport
import Testing

/// The open rule boundary: no file under Sources/SignpostCore imports a module, names a module's
/// type, or uses a module's id as a string in code (prose in comments may speak of modules).
@Suite("The core never names a module")
struct CoreNamesNoModuleTests {
    @Test("no file under Sources/SignpostCore names a registered module")
    func noModuleNamed() throws {
        let root = PackageRoot.url.appendingPathComponent("Sources/SignpostCore")
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var checked = 0
        for case let url as URL in files where url.pathExtension == "swift" {
            let code = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            checked += 1
            for module in RegisteredModules.all {
                let type = String(describing: Swift.type(of: module))
                let target = type.hasSuffix("Module") ? String(type.dropLast(6)) : type
                #expect(!code.contains("\"\(module.id)\""), "\(url.lastPathComponent) names \(module.id)")
                #expect(!code.contains(type), "\(url.lastPathComponent) names \(type)")
                #expect(!code.contains("import \(target)"), "\(url.lastPathComponent) imports \(target)")
            }
            for risk in ["suicide-self-harm", "domestic-abuse", "child-at-risk", "adult-at-risk", "carer-breakdown", "immediate-danger"] {
                #expect(!code.contains("\"\(risk)\""), "\(url.lastPathComponent) names the risk \(risk)")
            }
        }
        #expect(checked > 50)
    }
}
