import HealthBehaviours
import PlacesAndCommunities
import Safeguarding
import SignpostCore
import WiderDeterminants

/// The one list of rule modules Signpost runs with. Adding a module is a line here (and its target
/// in `Package.swift`); the registry refuses duplicate module and rule ids, and a test fails when a
/// folder under `Plugins/` is missing from this list.
public enum RegisteredModules {
    public static let all: [any RuleModule] = [
        WiderDeterminantsModule(),
        HealthBehavioursModule(),
        PlacesAndCommunitiesModule(),
        SafeguardingModule(),
    ]

    /// The built-in rules and every registered module's (fails only on a duplicate id).
    public static func registry() throws(RuleRegistry.RegistrationError) -> RuleRegistry {
        try RuleRegistry(modules: all)
    }
}
