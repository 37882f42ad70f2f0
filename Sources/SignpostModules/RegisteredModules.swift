import HealthBehaviours
import PlacesAndCommunities
import SignpostCore
import WiderDeterminants

/// The one list of rule modules Signpost runs with. Adding a module is a line here; the registry
/// rejects duplicate ids, and a test fails when a folder under `Plugins/` is missing from this list.
public enum RegisteredModules {
    public static let all: [any RuleModule] = [
        WiderDeterminantsModule(),
        HealthBehavioursModule(),
        PlacesAndCommunitiesModule(),
    ]

    /// The registry of every module (fails only if two modules share an id).
    public static func registry() throws(ModuleRegistry.DuplicateModuleID) -> ModuleRegistry {
        try ModuleRegistry(all)
    }
}
