import Foundation
import SignpostCore
import SignpostModules
import Synchronization
import Testing

/// The registered modules as a whole: the registry, the module-level examples (whole residents
/// against the bundled Directory), and what a module must declare.
@Suite("Rule module conformance")
struct RuleModuleConformanceTests {
    static let modules: [any RuleModule] = RegisteredModules.all
    static let moduleIDs = modules.map(\.id)

    @Test("the registry lists every module folder under Plugins/")
    func registryIsComplete() throws {
        let folders = try FileManager.default.contentsOfDirectory(
            atPath: Bundled.packageRoot.appendingPathComponent("Plugins").path
        ).filter { !$0.hasPrefix(".") }
        let registered = Self.modules.map { String(describing: type(of: $0)) }
        #expect(Set(folders.map { $0 + "Module" }) == Set(registered))
    }

    @Test("the registry refuses two modules with one id, naming it")
    func duplicateModulesRefused() {
        let module = Self.modules[0]
        #expect {
            try RuleRegistry(modules: [module, module])
        } throws: { error in
            "\(error)" == "two rule modules share the id \"\(module.id)\""
        }
    }

    @Test("switching modules off per request works and unknown names are an error with a suggestion")
    func moduleSelection() throws {
        let registry = Bundled.registry
        #expect(try registry.selection(modules: nil, withoutRules: nil).modules == Self.moduleIDs)
        #expect(try registry.selection(modules: ["health-behaviours"], withoutRules: nil).modules == ["health-behaviours"])
        #expect {
            try registry.selection(modules: ["health-behaviour"], withoutRules: nil)
        } throws: { error in
            (error as? SignpostError)?.suggestions == ["health-behaviours"]
        }
    }

    @Test("each module is described, and cites only actions and priority areas of the loaded plan", arguments: moduleIDs)
    func describes(id: String) throws {
        let module = try #require(Self.modules.first { $0.id == id })
        let plan = Bundled.directory.actionPlan
        #expect(!module.title.isEmpty && module.summary.hasSuffix("."))
        #expect(module.examples.count >= 3, "write at least three module-level examples")
        #expect(!module.rules.isEmpty)
        for reference in module.references { #expect(plan.contains(reference), "\(reference)") }
        for area in module.priorityAreas { #expect(plan.priorityArea(area) != nil, "\(area)") }
    }

    @Test("every module-level example holds with all modules on", arguments: moduleIDs)
    func examplesHold(id: String) throws {
        let module = try #require(Self.modules.first { $0.id == id })
        for example in module.examples {
            let result = try Bundled.match(example.resident)
            let failures = example.failures(in: result)
            #expect(failures.isEmpty, "\(id): \(example.name): not met: \(failures) — got \(result.matches.prefix(5).map(\.service.id))")
        }
    }

    @Test("module-level examples that show the module's effect fail without it", arguments: moduleIDs)
    func examplesNeedTheirModule(id: String) throws {
        let module = try #require(Self.modules.first { $0.id == id })
        let others = try RuleRegistry(modules: Self.modules.filter { $0.id != id })
        let engine = try MatchEngine(index: Bundled.index, registry: others)
        for example in module.examples where example.showsModuleEffect {
            let result = try Bundled.match(example.resident, engine: engine)
            #expect(!example.failures(in: result).isEmpty, "\(id): \(example.name) holds even without the module")
        }
    }
}
