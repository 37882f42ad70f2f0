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
        if !p.with.isEmpty {
            let files = try context.state.requireFiles("with")
            for (i, path) in p.with.enumerated() {
                // Named by position (and file name, which must match the record's id) in findings.
                let name = path.split(separator: "/").last.map(String.init) ?? path
                proposed.append(DirectoryFiles.File(path: "with[\(i)]/" + name, bytes: try files.read(path, param: "with[\(i)]")))
            }
        }
        let location = context.state.location
        let result: GapScenario
        do throws(SignpostError) {
            result = try GapScenario.run(
                index: context.snapshot.index, today: context.today, parish: p.parish, domain: p.domain, without: p.without,
                proposed: proposed, files: { DirectoryFiles.read(at: location.url, displayRoot: location.displayPath) })
        } catch where !proposed.isEmpty && error.kind == .invalidInput {
            // The findings quote what the file says (keys, values); say only where the problems are.
            let lines = error.message.split(separator: "\n").dropFirst()
            let where_ = Set(lines.compactMap { $0.split(separator: ":").first.map(String.init) }).sorted()
            throw RPCError(
                SignpostError(
                    .invalidInput,
                    where_.isEmpty
                        ? "the Directory has errors; run 'signpost validate'"
                        : "\(where_.joined(separator: ", ")): the proposed service has \(lines.count) error(s); check it with 'signpost validate' on a copy of the Directory"))
        } catch {
            throw RPCError(error)
        }
        return result.scenario.json(opened: result.opened, closed: result.closed, scenario: result.name)
    }
}
