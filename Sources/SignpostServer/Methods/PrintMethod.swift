import SignpostCore
import SignpostPrint

/// `print`: a printed list for a parish, returned as text or HTML, or written to a file.
public enum PrintMethod: RPCMethod {
    public static let name = "print"
    public static let summary = "A printed service list for a parish: text or HTML returned, or any format written to `out`."

    public struct Params: Sendable {
        public var parish: String
        public var filter: PrintedListBuilder.Filter
        public var format: PrintFormat
        public var largePrint: Bool
        public var out: String?
    }

    public static func params(_ r: inout ParamsReader) throws(RPCError) -> Params {
        guard let parish = try r.string("parish", required: true, maxLength: 200) else {
            throw .invalidParams("\"parish\" is required")
        }
        let needs = try r.string("needs", maxLength: MatchLimits.maxNeedsLength)
        let themes = try r.strings("themes", maxCount: Theme.all.count, maxLength: 60)
        if needs != nil && themes != nil { throw .invalidParams("give \"needs\" or \"themes\", not both") }
        var filter = PrintedListBuilder.Filter.all
        if let needs { filter = .needs(needs) }
        if let themes {
            var resolved: [Theme] = []
            for name in themes { resolved.append(try rpc { () throws(SignpostError) in try Theme.named(name) }) }
            filter = .themes(resolved)
        }
        let formatName = try r.string("format", maxLength: 10) ?? "text"
        guard let format = PrintFormat(rawValue: formatName) else {
            throw .invalidParams("\"format\" must be \"text\", \"html\" or \"pdf\"")
        }
        let largePrint = try r.bool("largePrint") ?? false
        let out = try r.string("out", maxLength: 4096)
        if format == .pdf && out == nil { throw .invalidParams("\"out\" (a file path) is required for \"pdf\"") }
        return Params(parish: parish, filter: filter, format: format, largePrint: largePrint, out: out)
    }

    public static func handle(_ p: Params, _ context: RPCContext) throws(RPCError) -> JSONValue {
        let builder = PrintedListBuilder(index: context.snapshot.index)
        let list = try rpc { () throws(SignpostError) in
            try builder.parishList(parish: p.parish, filter: p.filter, today: context.today)
        }
        let rendered = p.format.render(list, largePrint: p.largePrint)
        var result: JSONObject = [
            "format": .string(p.format.rawValue), "services": JSONValue(list.entryCount),
            "leftOffOnlineOnly": JSONValue(list.leftOffOnlineOnly),
        ]
        if let pages = rendered.pages { result["pages"] = JSONValue(pages) }
        if let out = p.out {
            let files = try context.state.requireFiles("out")
            result["written"] = .string(try files.write(rendered.bytes, to: out, param: "out"))
            result["bytes"] = JSONValue(rendered.bytes.count)
        } else {
            result["content"] = .string(String(decoding: rendered.bytes, as: UTF8.self))
        }
        return .object(result)
    }
}
