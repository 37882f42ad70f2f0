import Foundation
import SignpostCore
import SignpostModules
import Testing

/// One test suite for every registered rule module, the way SwiftLint runs every rule's
/// triggering and non-triggering examples.
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

    @Test("one module per priority area, with unique ids")
    func oneModulePerArea() throws {
        #expect(Set(Self.modules.map(\.priorityArea)) == Set(PriorityArea.allCases))
        #expect(Set(Self.moduleIDs).count == Self.modules.count)
    }

    @Test("the registry rejects duplicate ids")
    func duplicatesRejected() {
        let module = Self.modules[0]
        #expect(throws: ModuleRegistry.DuplicateModuleID(id: module.id)) { try ModuleRegistry([module, module]) }
    }

    @Test("switching modules off per request works and unknown names are an error")
    func selection() throws {
        let registry = try RegisteredModules.registry()
        #expect(try registry.select(nil).count == Self.modules.count)
        #expect(try registry.select(["health-behaviours"]).map(\.id) == ["health-behaviours"])
        #expect(throws: SignpostError.self) { try registry.select(["health-behaviour"]) }
    }

    @Test("each module is described and cites actions of its own priority area", arguments: moduleIDs)
    func describes(id: String) throws {
        let module = try #require(Self.modules.first { $0.id == id })
        #expect(!module.title.isEmpty)
        #expect(module.examples.count >= 3, "write at least three examples")
        #expect(!module.actionPlanReferences.isEmpty)
        for reference in module.actionPlanReferences {
            #expect(reference.priorityArea == module.priorityArea, "\(reference)")
        }
    }

    @Test("every example holds with all modules on", arguments: moduleIDs)
    func examplesHold(id: String) throws {
        let module = try #require(Self.modules.first { $0.id == id })
        for example in module.examples {
            let result = try Bundled.match(example.resident)
            let failures = example.failures(in: result)
            #expect(failures.isEmpty, "\(id): \(example.name): not met: \(failures) — got \(result.matches.prefix(5).map(\.service.id))")
        }
    }

    @Test("examples that show the module's effect fail without it", arguments: moduleIDs)
    func examplesNeedTheirModule(id: String) throws {
        let module = try #require(Self.modules.first { $0.id == id })
        let others = try ModuleRegistry(Self.modules.filter { $0.id != id })
        let engine = MatchEngine(index: Bundled.index, registry: others)
        for example in module.examples where example.showsModuleEffect {
            let result = try Bundled.match(example.resident, engine: engine)
            #expect(!example.failures(in: result).isEmpty, "\(id): \(example.name) holds even without the module")
        }
    }

    @Test("every module effect carries a reason, and suggestions name real needs", arguments: moduleIDs)
    func effectsHaveReasons(id: String) throws {
        let module = try #require(Self.modules.first { $0.id == id })
        let taxonomy = Bundled.directory.taxonomy
        for example in module.examples {
            let result = try Bundled.match(example.resident)
            let resident = RuleResident(
                age: example.resident.age, circumstances: Set(result.circumstances),
                needs: result.needs.map(\.need.id), parish: nil)
            for effect in module.suggestions(for: resident) {
                guard case .suggestNeed(let need, let reason) = effect else { continue }
                #expect(taxonomy.need(need) != nil, "\(need)")
                #expect(!reason.isEmpty)
            }
            for service in Bundled.directory.services {
                for effect in module.effects(for: resident, service: service) {
                    switch effect {
                    case .exclude(let reason), .adjust(_, let reason), .suggestNeed(_, let reason):
                        #expect(reason.hasSuffix(".") && reason.count > 10)
                    }
                }
            }
        }
    }
}
