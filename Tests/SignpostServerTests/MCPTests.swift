import Foundation
import SignpostCore
import SignpostTestSupport
import Testing
@testable import SignpostServer

/// MCP through the dispatcher: the handshake, tools and resources, and that each tool is the
/// protocol method it stands for.
@Suite("MCP")
struct MCPTests {
    func call(_ method: String, _ params: String? = nil) throws -> JSONValue {
        try #require(try ServerSupport.send(ServerSupport.request(method, params: params)))
    }

    func tool(_ name: String, _ arguments: String = "{}") throws -> JSONValue {
        let response = try call("tools/call", "{\"name\":\"\(name)\",\"arguments\":\(arguments),\"_meta\":{\"progressToken\":1}}")
        #expect(response["error"] == nil, "\(String(describing: response["error"]))")
        return try #require(response["result"])
    }

    @Test("initialize negotiates the version, accepts _meta, and describes tools and resources", arguments: [
        ("2025-11-25", "2025-11-25"), ("2025-06-18", "2025-06-18"), ("2024-11-05", "2025-11-25"), ("1999-01-01", "2025-11-25"),
    ])
    func initialize(asked: String, answered: String) throws {
        let response = try call(
            "initialize",
            "{\"protocolVersion\":\"\(asked)\",\"capabilities\":{\"roots\":{}},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"},\"_meta\":{\"x\":1}}")
        let result = try #require(response["result"])
        #expect(result["protocolVersion"] == .string(answered))
        #expect(result["capabilities"]?["tools"] != nil && result["capabilities"]?["resources"] != nil)
        #expect(result["serverInfo"]?["name"] == "signpost")
        #expect(result["instructions"]?.stringValue?.isEmpty == false)
    }

    @Test("initialize without protocolVersion is invalid params; ping is empty; notifications get no answer")
    func basics() throws {
        #expect(try call("initialize", "{}")["error"]?["code"] == -32602)
        #expect(try call("ping")["result"] == .object([:]))
        #expect(try call("ping", #"{"_meta":{"progressToken":"p"}}"#)["result"] == .object([:]))
        #expect(try ServerSupport.send(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#) == nil)
        #expect(try ServerSupport.send(#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":3,"reason":"x"}}"#) == nil)
        // `_meta` is accepted on the line protocol's methods too.
        #expect(try call("services.get", #"{"id":"dial-a-ride","_meta":{"a":1}}"#)["result"] != nil)
    }

    @Test("tools/list: the six tools, each with schemas and a description for a model")
    func toolsList() throws {
        let tools = try #require(try call("tools/list", #"{"cursor":null}"#)["result"]?["tools"]?.arrayValue)
        let names = tools.compactMap { $0["name"]?.stringValue }
        #expect(names == ["match_services", "search_services", "get_service", "list_parishes", "parish_service_list", "gap_findings"])
        for tool in tools {
            #expect(tool["inputSchema"]?["type"] == "object")
            #expect(tool["outputSchema"]?["type"] == "object")
            #expect((tool["description"]?.stringValue?.count ?? 0) > 100)
            #expect(tool["annotations"]?["readOnlyHint"] == true)
        }
    }

    @Test("match_services passes the match result through as structuredContent, with readable text")
    func matchServices() throws {
        let arguments = #"{"parish":"Otford","age":85,"needs":["can't get to the shops"],"circumstances":["no-car","limited-mobility"]}"#
        let result = try tool("match_services", arguments)
        let plain = try #require(try call("match", arguments)["result"])
        #expect(result["structuredContent"] == plain)
        #expect(result["isError"] == false)
        let text = try #require(result["content"]?.arrayValue?.first?["text"]?.stringValue)
        #expect(text.contains("Dial a Ride") && text.contains("01892 530330"))
        #expect(result["content"]?.arrayValue?.first?["type"] == "text")
    }

    @Test("every tool answers with text and JSON", arguments: [
        ("search_services", #"{"need":"transport","limit":3}"#, "dial-a-ride"),
        ("get_service", #"{"id":"dial-a-ride"}"#, "01892 530330"),
        ("list_parishes", "{}", "Edenbridge"),
        ("parish_service_list", #"{"parish":"Cowden","themes":["getting-about"]}"#, "Local support for people in Cowden"),
        ("gap_findings", #"{"domain":"transport","limit":2}"#, "transport"),
    ])
    func tools(name: String, arguments: String, expected: String) throws {
        let result = try tool(name, arguments)
        #expect(result["isError"] == false)
        #expect(result["structuredContent"]?.objectValue != nil)
        #expect(result["content"]?.arrayValue?.first?["text"]?.stringValue?.contains(expected) == true)
    }

    @Test("gap_findings lists at most `limit` gaps and the total")
    func gapLimit() throws {
        let result = try tool("gap_findings", #"{"limit":3}"#)
        #expect(result["structuredContent"]?["gaps"]?.arrayValue?.count == 3)
        #expect((result["structuredContent"]?["totalGaps"]?.intValue ?? 0) >= 3)
        #expect(result["structuredContent"]?["cells"] == nil)
        #expect(try tool("gap_findings", #"{"limit":0}"#)["isError"] == true)
    }

    @Test("tool failures are results with isError; an unknown tool is a protocol error")
    func errors() throws {
        let wrongParish = try tool("match_services", #"{"parish":"Edenbrige","needs":["lonely"]}"#)
        #expect(wrongParish["isError"] == true)
        #expect(wrongParish["content"]?.arrayValue?.first?["text"]?.stringValue?.contains("Edenbridge") == true)
        #expect(wrongParish["structuredContent"] == nil)
        #expect(try tool("match_services", #"{"parish":"Seal"}"#)["isError"] == true)
        // Arguments outside the schema never reach the method: no `out`, no `with`, no `format`.
        for (name, arguments) in [
            ("parish_service_list", #"{"parish":"Hever","out":"x.pdf"}"#), ("parish_service_list", #"{"parish":"Hever","format":"pdf"}"#),
            ("gap_findings", #"{"with":["x.json"]}"#), ("get_service", #"{"id":"dial-a-ride","shape":"oruk"}"#),
        ] {
            let result = try tool(name, arguments)
            #expect(result["isError"] == true, "\(name) \(arguments)")
            #expect(result["content"]?.arrayValue?.first?["text"]?.stringValue?.contains("unknown argument") == true)
        }
        let unknown = try call("tools/call", #"{"name":"match_service","arguments":{}}"#)
        #expect(unknown["error"]?["code"] == -32602)
        #expect(unknown["error"]?["message"]?.stringValue?.contains("did you mean match_services?") == true)
    }

    @Test("resources: each parish's printed list, the taxonomy, the provenance")
    func resources() throws {
        let listed = try #require(try call("resources/list")["result"]?["resources"]?.arrayValue)
        let parishes = ServerSupport.dispatcher.state.snapshot.directory.parishes
        #expect(listed.count == parishes.count + 2)
        #expect(Set(listed.compactMap { $0["uri"]?.stringValue }).count == listed.count, "URIs are unique")
        for parish in parishes.prefix(5) {
            let uri = "signpost://parishes/\(MCPResources.slug(parish.name))/service-list"
            let read = try #require(try call("resources/read", "{\"uri\":\"\(uri)\"}")["result"]?["contents"]?.arrayValue?.first)
            let printed = try call("print", "{\"parish\":\"\(parish.name)\"}")["result"]?["content"]
            #expect(read["text"] == printed)
            #expect(read["mimeType"] == "text/plain")
        }
        let needs = try #require(try call("resources/read", #"{"uri":"signpost://needs"}"#)["result"]?["contents"]?.arrayValue?.first?["text"]?.stringValue)
        #expect(try JSONParser.parse(needs).value == (try call("needs.list")["result"]))
        let provenance = try #require(try call("resources/read", #"{"uri":"signpost://directory/provenance"}"#)["result"]?["contents"]?.arrayValue?.first?["text"]?.stringValue)
        #expect(try JSONParser.parse(provenance).value["services"]?.arrayValue?.count == ServerSupport.dispatcher.state.snapshot.directory.services.count)
        let missing = try call("resources/read", #"{"uri":"signpost://parishes/otfrd/service-list"}"#)
        #expect(missing["error"]?["code"] == -32602)
        #expect(missing["error"]?["message"]?.stringValue?.contains("signpost://parishes/otford/service-list") == true)
        #expect(try call("resources/templates/list")["result"]?["resourceTemplates"] == .array([]))
    }
}
