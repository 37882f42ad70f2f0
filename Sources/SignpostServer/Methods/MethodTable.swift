/// Every protocol method, in one place: adding a method is one type and one line here.
public enum MethodTable {
    public static let all: [any RPCMethod.Type] = [
        ServerInfoMethod.self,
        MatchMethod.self,
        ServicesListMethod.self,
        ServicesGetMethod.self,
        ParishesListMethod.self,
        NeedsListMethod.self,
        DirectoryValidateMethod.self,
        DirectoryReloadMethod.self,
        PrintMethod.self,
        GapsMethod.self,
        ShutdownMethod.self,
        // The Model Context Protocol, on the same stream (MCP/MCPMethods.swift).
        MCPInitializeMethod.self,
        MCPInitializedNotification.self,
        MCPCancelledNotification.self,
        MCPPingMethod.self,
        MCPToolsListMethod.self,
        MCPToolsCallMethod.self,
        MCPResourcesListMethod.self,
        MCPResourceTemplatesListMethod.self,
        MCPResourcesReadMethod.self,
    ]

    static let byName: [String: AnyMethod] = {
        var table: [String: AnyMethod] = [:]
        for method in all {
            precondition(table[method.name] == nil, "two protocol methods named \(method.name)")
            table[method.name] = method.erased
        }
        return table
    }()
}
