import Foundation
import SignpostCore
import SignpostGaps

/// `gaps`: the gap analysis on the Directory being served, as `signpost gaps --format json`.
public enum GapsMethod: RPCMethod {
    public static let name = "gaps"
    public static let summary = "Gap analysis (filters: domain, parish; what-if: without, with) as JSON."

    public struct Params: Sendable {
        public var domain: String?
        public var parish: String?
        public var without: [String]
        public var with: [String]
    }

    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        Params(
            domain: try r.string("domain", maxLength: 100), parish: try r.string("parish", maxLength: 200),
            without: try r.strings("without", maxCount: 200, maxLength: 200) ?? [],
            with: try r.strings("with", maxCount: 20, maxLength: 4096) ?? [])
    }

    public static func handle(_ p: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        var proposed: [DirectoryFiles.File] = []
        if !p.with.isEmpty { try context.state.requireFileAccess("with") }
        for path in p.with {
            guard let bytes = try? FileBytes.read(path, limit: DirectoryFiles.maxFileBytes).get() else {
                throw RPCError(SignpostError(.invalidInput, "cannot read a proposed service file (a regular file of at most 4 MiB)"))
            }
            proposed.append(DirectoryFiles.File(path: path, bytes: bytes))
        }
        let location = context.state.location
        let result = try rpc { () throws(SignpostError) in
            try GapScenario.run(
                index: context.snapshot.index, today: context.today, parish: p.parish, domain: p.domain, without: p.without,
                proposed: proposed, files: { DirectoryFiles.read(at: location.url, displayRoot: location.displayPath) })
        }
        return result.scenario.json(opened: result.opened, closed: result.closed)
    }
}
