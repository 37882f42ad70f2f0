import SignpostCore
import SignpostPrint

/// One MCP tool: a protocol method under a model-friendly name, with schemas and a description
/// written for a model, and a renderer that turns the method's result into readable text. The
/// method's own handler does the work (there is one copy of matching, printing and gap
/// analysis); the tool only chooses which arguments reach it and how the answer reads.
public struct MCPTool: Sendable {
    public let name: String
    /// The protocol method run.
    let method: String
    /// The tool's `tools/list` entry.
    let definition: JSONValue
    /// Argument names the tool takes (its inputSchema's properties).
    let arguments: [String]
    /// Arguments the tool itself reads, not passed on to the method.
    let own: [String]
    let render: @Sendable (any RPCResult, JSONObject, RPCContext) -> MCPToolResult

    /// Runs the tool; every failure is a result with `isError: true`.
    func call(_ given: JSONObject, _ context: RPCContext) -> MCPToolResult {
        for member in given.members {
            guard arguments.contains(member.key) else {
                var message = "unknown argument \"\(member.key.count > 40 ? String(member.key.prefix(40)) + "…" : member.key)\""
                if let guess = NameMatching.suggestions(for: member.key, among: arguments, limit: 1).first {
                    message += " (did you mean \"\(guess)\"?)"
                }
                message += "; \(name) takes: " + arguments.joined(separator: ", ")
                return .failure(.invalidParams(message))
            }
        }
        let params = own.isEmpty ? given : JSONObject(given.members.filter { !own.contains($0.key) })
        guard let handler = MethodTable.byName[method] else { return .failure(.internalError("no method \(method)")) }
        do throws(RPCError) {
            let result = try handler.call(params, context)
            return render(result, given, context)
        } catch {
            return .failure(error)
        }
    }
}

/// The tools, in the order `tools/list` gives them.
public enum MCPTools {
    public static let all: [MCPTool] = [
        matchServices, searchServices, getService, listParishes, parishServiceList, gapFindings,
    ]

    static let byName: [String: MCPTool] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The `tools/list` result, built once.
    static let listing: JSONValue = .object(["tools": .array(all.map(\.definition))])

    /// A tool from its JSON definition (schemas as text, so they read as JSON Schema).
    static func tool(
        _ name: String, method: String, title: String, description: String, input: String, output: String, own: [String] = [],
        render: @escaping @Sendable (any RPCResult, JSONObject, RPCContext) -> MCPToolResult
    ) -> MCPTool {
        // The schemas are ours; a mistake in them fails the first test that lists the tools.
        let inputSchema = (try? JSONParser.parse(input).value) ?? .null
        let outputSchema = (try? JSONParser.parse(output).value) ?? .null
        precondition(inputSchema != .null && outputSchema != .null, "the schema of \(name) is not JSON")
        let arguments = inputSchema["properties"]?.objectValue?.keys ?? []
        let definition: JSONValue = .object([
            "name": .string(name), "title": .string(title), "description": .string(description),
            "inputSchema": inputSchema, "outputSchema": outputSchema,
            "annotations": .object([
                "title": .string(title), "readOnlyHint": true, "destructiveHint": false, "idempotentHint": true,
                "openWorldHint": false,
            ]),
        ])
        return MCPTool(name: name, method: method, definition: definition, arguments: arguments, own: own, render: render)
    }

    static func jsonList(_ items: [String]) -> String { JSONWriter().string(JSONValue(items)) }

    /// A method's result as a JSON value (the tools use the Directory shape only).
    static func json(_ result: any RPCResult) -> JSONValue? {
        if let value = result as? JSONValue { return value }
        if case .directory(let value)? = result as? ServicesListMethod.Result { return value }
        return nil
    }

    // MARK: match_services

    static let matchServices = tool(
        "match_services", method: MatchMethod.name, title: "Find services for a resident",
        description: """
            Rank local services (Sevenoaks District, Kent, UK) for one resident, from what they say they need in their own \
            words. Give `needs` (free text, one entry per need, e.g. ["can't get to the shops", "lonely since my wife died"]) \
            and where they live: `parish` (see list_parishes) or `postcode`. Age and circumstances improve the ranking. \
            The result lists services in order with phone numbers and the reasons each fits, anything URGENT to act on first, \
            facts to check with the service, related needs worth asking about, services ruled out and why, and needs nothing \
            in the Directory covers. Read the urgent part first and pass phone numbers on exactly as given.
            """,
        input: """
            {"type":"object","properties":{
             "needs":{"type":"array","minItems":1,"maxItems":\(MatchLimits.maxNeedEntries),"items":{"type":"string","maxLength":\(MatchLimits.maxNeedEntryLength)},
              "description":"What the resident needs, in their words or as need ids from the signpost://needs resource; one entry per need."},
             "parish":{"type":"string","description":"Town or parish where the resident lives (list_parishes). Give parish, postcode, or lat with lon."},
             "postcode":{"type":"string","description":"UK postcode or postcode district, e.g. TN13 1HG or TN13 (only the district is used)."},
             "lat":{"type":"number","minimum":-90,"maximum":90,"description":"Latitude, with lon, instead of parish or postcode."},
             "lon":{"type":"number","minimum":-180,"maximum":180,"description":"Longitude, with lat."},
             "age":{"type":"integer","minimum":0,"maximum":\(MatchLimits.maxAge),"description":"The resident's age in years."},
             "circumstances":{"type":"array","items":{"type":"string","enum":\(jsonList(Circumstance.allCases.map(\.rawValue)))},
              "description":"Facts that change what fits, e.g. no-car, no-internet, lives-alone, carer."},
             "notCircumstances":{"type":"array","items":{"type":"string","enum":\(jsonList(Circumstance.allCases.map(\.rawValue)))},
              "description":"Facts known NOT to apply (the resident said so). Any other is unknown, and unknown never rules a service out."},
             "household":{"type":"array","maxItems":\(MatchLimits.maxHousehold),"items":{"type":"object","required":["role"],"additionalProperties":false,"properties":{
               "role":{"type":"string","enum":\(jsonList(HouseholdMember.Role.allCases.map(\.rawValue)))},
               "age":{"type":"integer","minimum":0,"maximum":\(MatchLimits.maxAge)},
               "circumstances":{"type":"array","items":{"type":"string","enum":\(jsonList(Circumstance.allCases.map(\.rawValue)))}}}},
              "description":"Others the help may be for (a child, the person the resident cares for), no names: each service is checked against the person it is for, and matches say who."},
             "limit":{"type":"integer","minimum":1,"maximum":\(MatchLimits.maxLimit),"default":10,"description":"How many services to list."},
             "modules":{"type":"array","items":{"type":"string"},"description":"Rule modules to use (default all); rarely needed."},
             "withoutRules":{"type":"array","items":{"type":"string"},"description":"Rule ids to switch off; rarely needed."}
            },"required":["needs"],"additionalProperties":false}
            """,
        output: """
            {"type":"object","required":["resident","interpreted","matches","excluded","unmet"],"properties":{
             "resident":{"type":"object","properties":{"place":{"type":"object"},"circumstances":{"type":"array","items":{"type":"string"}}}},
             "interpreted":{"type":"object","properties":{"needs":{"type":"array","items":{"type":"object","required":["id","label"]}},
              "unrecognised":{"type":"array","items":{"type":"string"}}}},
             "matches":{"type":"array","items":{"type":"object","required":["rank","service","score","reasons"],"properties":{
              "rank":{"type":"integer"},"score":{"type":"number"},
              "service":{"type":"object","required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"phone":{"type":"string"},"url":{"type":"string"}}},
              "reasons":{"type":"array","items":{"type":"object","required":["rule","text"],"properties":{"rule":{"type":"string"},"text":{"type":"string"}}}}}}},
             "excluded":{"type":"array","items":{"type":"object"}},
             "unmet":{"type":"array","items":{"type":"object","required":["id","label"]}},
             "moreMatches":{"type":"integer"},
             "modules":{"type":"array","items":{"type":"string"}}
            }}
            """
    ) { result, _, _ in
        guard let match = result as? MatchResult else { return .failure(.internalError("unexpected match result")) }
        // The match JSON goes through as it is (whatever fields it grows), streamed, never re-built.
        return MCPToolResult(text: MCPText.match(match), structured: match, isError: false)
    }

    // MARK: search_services

    static let searchServices = tool(
        "search_services", method: ServicesListMethod.name, title: "Browse services",
        description: """
            List services in the Directory, optionally only those for one need (a need id from the signpost://needs resource, \
            e.g. "transport", "loneliness"), available in one parish, or under one priority area of the local action plan. \
            Paged with offset and limit. For a resident's own words, use match_services instead: it understands free text and \
            ranks by fit.
            """,
        input: """
            {"type":"object","properties":{
             "need":{"type":"string","description":"A need id (signpost://needs), e.g. transport, loneliness, healthy-weight."},
             "parish":{"type":"string","description":"Only services available to residents of this town or parish."},
             "priorityArea":{"type":"string","enum":["wider-determinants","health-behaviours","places-and-communities"],"description":"A priority area of the action plan."},
             "offset":{"type":"integer","minimum":0,"default":0},
             "limit":{"type":"integer","minimum":1,"maximum":\(ServicesListMethod.maxPage),"default":50}
            },"additionalProperties":false}
            """,
        output: """
            {"type":"object","required":["total","offset","limit","services"],"properties":{
             "total":{"type":"integer"},"offset":{"type":"integer"},"limit":{"type":"integer"},
             "services":{"type":"array","items":{"type":"object","required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}}}}
            }}
            """
    ) { result, _, _ in
        guard let json = json(result) else { return .failure(.internalError("unexpected result")) }
        return MCPToolResult(text: MCPText.serviceList(json), structured: json, isError: false)
    }

    // MARK: get_service

    static let getService = tool(
        "get_service", method: ServicesGetMethod.name, title: "One service in full",
        description: """
            Everything the Directory holds about one service, by its id (as given by match_services or search_services): \
            description, phone numbers with what each is for, address, cost, eligibility, how to get started, opening times, \
            and when the record was last checked.
            """,
        input: """
            {"type":"object","properties":{"id":{"type":"string","description":"The service id, e.g. dial-a-ride."}},"required":["id"],"additionalProperties":false}
            """,
        output: """
            {"type":"object","required":["id","name","description"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"verified":{"type":"string"}}}
            """
    ) { result, _, _ in
        guard let json = json(result) else { return .failure(.internalError("unexpected result")) }
        return MCPToolResult(text: MCPText.service(json), structured: json, isError: false)
    }

    // MARK: list_parishes

    static let listParishes = tool(
        "list_parishes", method: ParishesListMethod.name, title: "Towns and parishes",
        description: """
            The towns and parishes of Sevenoaks District that Signpost knows, with population and postcode districts. Use a \
            name from this list as `parish` in the other tools.
            """,
        input: #"{"type":"object","properties":{},"additionalProperties":false}"#,
        output: """
            {"type":"object","required":["parishes"],"properties":{"parishes":{"type":"array","items":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"outcodes":{"type":"array","items":{"type":"string"}}}}}}}
            """
    ) { result, _, _ in
        guard let json = json(result) else { return .failure(.internalError("unexpected result")) }
        return MCPToolResult(text: MCPText.parishes(json), structured: json, isError: false)
    }

    // MARK: parish_service_list

    static let parishServiceList = tool(
        "parish_service_list", method: PrintMethod.name, title: "Printed service list for a parish",
        description: """
            The printed list of local services for one town or parish, as plain text ready to read out, paste or print for \
            someone who does not use the internet (services reachable only online are left off). Narrow it with `themes` or \
            with `needs` (free text).
            """,
        input: """
            {"type":"object","properties":{
             "parish":{"type":"string","description":"The town or parish (list_parishes)."},
             "themes":{"type":"array","items":{"type":"string","enum":\(jsonList(Theme.all.map(\.id)))},"description":"Only these sections."},
             "needs":{"type":"string","description":"Only services for these needs, in plain words."},
             "largePrint":{"type":"boolean","default":false,"description":"Wider spacing for large print."}
            },"required":["parish"],"additionalProperties":false}
            """,
        output: """
            {"type":"object","required":["format","services","content"],"properties":{"format":{"type":"string"},"services":{"type":"integer"},"leftOffOnlineOnly":{"type":"integer"},"content":{"type":"string"}}}
            """
    ) { result, _, _ in
        guard let json = json(result) else { return .failure(.internalError("unexpected result")) }
        return MCPToolResult(text: json["content"]?.stringValue ?? "", structured: json, isError: false)
    }

    // MARK: gap_findings

    static let gapFindings = tool(
        "gap_findings", method: GapsMethod.name, title: "Gaps in local provision",
        description: """
            Where the Directory shows gaps: for each parish and kind of need, whether there is nothing, nothing without a car \
            or the internet, nothing free, or a single provider, scored by how many residents are affected and deprivation. \
            Narrow with `parish` or `domain` (a domain id from signpost://needs); `without` (service ids) shows what would \
            open up if those services closed. Findings are sentences, most severe first.
            """,
        input: """
            {"type":"object","properties":{
             "parish":{"type":"string","description":"Only this town or parish."},
             "domain":{"type":"string","description":"Only this domain (e.g. transport, social-connection)."},
             "without":{"type":"array","items":{"type":"string"},"description":"Service ids to take away (what if they closed)."},
             "limit":{"type":"integer","minimum":1,"maximum":500,"default":20,"description":"How many gaps to list, most severe first."}
            },"additionalProperties":false}
            """,
        output: """
            {"type":"object","required":["totalGaps","gaps","byDomain","byParish"],"properties":{
             "totalGaps":{"type":"integer"},
             "gaps":{"type":"array","items":{"type":"object","required":["parish","domain","finding"],"properties":{"parish":{"type":"string"},"domain":{"type":"string"},"finding":{"type":"string"},"score":{"type":"number"}}}},
             "byDomain":{"type":"array"},"byParish":{"type":"array"},"whatIf":{"type":"object"},"method":{"type":"object"}
            }}
            """,
        own: ["limit"]
    ) { result, arguments, _ in
        guard let json = json(result), let report = json.objectValue else { return .failure(.internalError("unexpected result")) }
        if let given = arguments["limit"], given != .null, !(given.intValue.map { (1...500).contains($0) } ?? false) {
            return .failure(.invalidParams("\"limit\" must be a whole number from 1 to 500"))
        }
        let limit = arguments["limit"]?.intValue ?? 20
        let gaps = report["gaps"]?.arrayValue ?? []
        // The per-cell table is for reports; a model gets the findings and the summaries.
        var trimmed: JSONObject = ["totalGaps": JSONValue(gaps.count), "gaps": .array(Array(gaps.prefix(limit)))]
        for key in ["byDomain", "byParish", "whatIf", "method"] { if let v = report[key] { trimmed[key] = v } }
        let structured = JSONValue.object(trimmed)
        return MCPToolResult(text: MCPText.gaps(structured, limit: limit), structured: structured, isError: false)
    }
}
