import SignpostCore
import SignpostPrint

/// MCP resources: each parish's printed service list (text), the need taxonomy and the
/// Directory's provenance (JSON). All read from the snapshot being served, through the same
/// handlers as `print` and `needs.list`.
enum MCPResources {
    struct Resource: Sendable {
        var uri: String
        var name: String
        var title: String
        var description: String
        var mimeType: String

        var json: JSONValue {
            .object([
                "uri": .string(uri), "name": .string(name), "title": .string(title), "description": .string(description),
                "mimeType": .string(mimeType),
            ])
        }
    }

    static let needsURI = "signpost://needs"
    static let provenanceURI = "signpost://directory/provenance"
    static let parishPrefix = "signpost://parishes/"
    static let parishSuffix = "/service-list"

    /// "Sevenoaks Weald" → "sevenoaks-weald".
    static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    static func list(_ snapshot: ServerState.Snapshot) -> [Resource] {
        var resources = [
            Resource(
                uri: needsURI, name: "needs", title: "Need taxonomy",
                description: "The needs Signpost understands (ids, labels, synonyms), their domains, and the resident circumstances.",
                mimeType: "application/json"),
            Resource(
                uri: provenanceURI, name: "provenance", title: "Directory provenance",
                description: "Where the Directory's records come from and when each was last checked.",
                mimeType: "application/json"),
        ]
        for parish in snapshot.directory.parishes {
            resources.append(
                Resource(
                    uri: parishPrefix + slug(parish.name) + parishSuffix, name: "service-list-" + slug(parish.name),
                    title: "Service list for \(parish.name)",
                    description: "The printed list of local services for \(parish.name), as plain text.", mimeType: "text/plain"))
        }
        return resources
    }

    static func read(_ uri: String, _ context: RPCContext) throws(RPCError) -> (Resource, String) {
        let resources = list(context.snapshot)
        guard let resource = resources.first(where: { $0.uri == uri }) else {
            let shown = uri.count > 80 ? String(uri.prefix(80)) + "…" : uri
            var message = "Resource not found: \(shown)"
            if let guess = NameMatching.suggestions(for: uri, among: resources.map(\.uri), limit: 1).first {
                message += " (did you mean \(guess)?)"
            }
            throw RPCError(code: -32602, message: message, data: .object(["uri": .string(shown)]))
        }
        switch uri {
        case needsURI:
            let needs = try NeedsListMethod.handle(.init(), context)
            return (resource, JSONWriter().string(needs))
        case provenanceURI:
            return (resource, JSONWriter().string(provenance(context)))
        default:
            let slugged = String(uri.dropFirst(parishPrefix.count).dropLast(parishSuffix.count))
            guard let parish = context.snapshot.directory.parishes.first(where: { slug($0.name) == slugged }) else {
                throw RPCError(code: -32602, message: "Resource not found")
            }
            let printed = try PrintMethod.handle(
                .init(parish: parish.name, filter: .all, format: .text, largePrint: false, out: nil), context)
            return (resource, printed["content"]?.stringValue ?? "")
        }
    }

    static func provenance(_ context: RPCContext) -> JSONValue {
        let d = context.snapshot.directory
        var summary: JSONObject = [
            "path": .string(context.state.location.displayPath), "services": JSONValue(d.services.count),
            "organisations": JSONValue(d.organisations.count), "parishes": JSONValue(d.parishes.count),
        ]
        if let oldest = d.oldestVerified { summary["oldestVerified"] = .string(oldest.description) }
        if let newest = d.newestVerified { summary["newestVerified"] = .string(newest.description) }
        return .object([
            "signpostVersion": .string(SignpostVersion.current),
            "directory": .object(summary),
            "note": "Each service record names its source and the date it was last checked (verified). Check a phone number before relying on an old record.",
            "services": .array(
                d.services.map {
                    .object(["id": .string($0.id), "name": .string($0.name), "source": .string($0.source), "verified": .string($0.verified.description)])
                }),
        ])
    }
}
