/// The set of rule modules the engine may use. Built once at start-up from the one list in
/// `SignpostModules`; duplicate ids are an error there and then.
public struct ModuleRegistry: Sendable {
    public struct DuplicateModuleID: Error, CustomStringConvertible, Equatable {
        public var id: String
        public init(id: String) { self.id = id }
        public var description: String { "two rule modules share the id \"\(id)\"" }
    }

    public let modules: [any RuleModule]

    public init(_ modules: [any RuleModule]) throws(DuplicateModuleID) {
        var seen: Set<String> = []
        for module in modules where !seen.insert(module.id).inserted { throw DuplicateModuleID(id: module.id) }
        self.modules = modules
    }

    /// No modules: the engine's own rules only.
    public static let empty = try! ModuleRegistry([])

    public var ids: [String] { modules.map(\.id) }

    /// The modules to use for a request: all of them, or those named (unknown names are an error).
    public func select(_ names: [String]?) throws(SignpostError) -> [any RuleModule] {
        guard let names else { return modules }
        var selected: [any RuleModule] = []
        for (i, name) in names.enumerated() {
            guard let module = modules.first(where: { $0.id == name }) else {
                // Request values are never repeated back (they travel with resident data); the
                // position and the known ids are enough to fix it.
                throw SignpostError.withSuggestions(
                    .unknownModule, "modules[\(i)] is not a rule module (known: \(ids.joined(separator: ", ")))",
                    NameMatching.suggestions(for: name, among: ids))
            }
            if !selected.contains(where: { $0.id == module.id }) { selected.append(module) }
        }
        return selected
    }
}
