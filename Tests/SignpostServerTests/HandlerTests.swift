import Foundation
import SignpostModules
import SignpostTestSupport
import SignpostCore
import SignpostORUK
import Testing
@testable import SignpostServer

/// Every method and every error code, through the dispatcher, without pipes.
@Suite("Protocol handlers")
struct HandlerTests {
    func result(_ method: String, _ params: String? = nil) throws -> JSONValue {
        let response = try #require(try ServerSupport.send(ServerSupport.request(method, params: params)))
        #expect(response["error"] == nil, "\(String(describing: response["error"]))")
        return try #require(response["result"])
    }

    func error(_ line: String) throws -> (code: Int, message: String, id: JSONValue?, data: JSONValue?) {
        let response = try #require(try ServerSupport.send(line))
        let error = try #require(response["error"])
        return (error["code"]!.intValue!, error["message"]!.stringValue!, response["id"], error["data"])
    }

    @Test("server.info reports versions, Directory statistics and modules")
    func serverInfo() throws {
        let info = try result("server.info")
        #expect(info["protocolVersion"] == "2.0")
        #expect(info["signpostVersion"] == .string(SignpostVersion.current))
        let d = LoadedDirectories.bundled
        #expect(info["directory"]?["services"] == .number(Double(d.services.count)))
        #expect(info["directory"]?["oldestVerified"] == .string(d.oldestVerified!.description))
        #expect(info["modules"]?.arrayValue?.count == RegisteredModules.all.count)
        #expect(info["methods"]?.arrayValue?.count == MethodTable.all.count)
    }

    @Test("match returns exactly the CLI's --json object")
    func match() throws {
        let json = try result("match", #"{"parish":"Otford","age":85,"needs":["can't get to the shops"],"circumstances":["no-car","limited-mobility"]}"#)
        let engine = ServerSupport.dispatcher.state.snapshot.engine
        let direct = try engine.match(
            ResidentQuery(place: .parish("Otford"), age: 85, needs: ["can't get to the shops"], circumstances: ["no-car", "limited-mobility"]),
            today: ServerSupport.today)
        #expect(json == direct.json)
        #expect(json["matches"]?.arrayValue?.first?["service"]?["id"] == "dial-a-ride")
    }

    @Test("match with a household: each member judged, errors located by member and field, never echoing a value")
    func matchHousehold() throws {
        let json = try result(
            "match", #"{"parish":"Edenbridge","age":38,"needs":["children-activities"],"household":[{"role":"child","age":8}]}"#)
        #expect(json["resident"]?["household"]?.arrayValue?.count == 1)
        var query = ResidentQuery(place: .parish("Edenbridge"), age: 38, needs: ["children-activities"])
        query.household = [HouseholdMember(role: .child, age: 8)]
        let direct = try ServerSupport.dispatcher.state.snapshot.engine.match(query, today: ServerSupport.today)
        #expect(json == direct.json)
        for (household, message) in [
            (#"{"role":"grandad"}"#, "household[0]: \"role\" must be one of child, cared-for"),
            (#"{"role":"child","age":444}"#, "household[0]: \"age\" must be a whole number from 0 to 120"),
            (#"{"role":"child","name":"Secret"}"#, "household[0]: unknown parameter \"name\""),
            (#""child""#, "\"household[0]\" must be an object"),
        ] {
            let e = try error(ServerSupport.request("match", params: #"{"parish":"Seal","needs":["x"],"household":["# + household + "]}"))
            #expect(e.code == -32602)
            #expect(e.message.contains(message), "\(e.message)")
            #expect(!e.message.contains("Secret") && !e.message.contains("444") && !e.message.contains("grandad"))
        }
        let nine = Array(repeating: #"{"role":"child"}"#, count: 9).joined(separator: ",")
        let tooMany = try error(ServerSupport.request("match", params: #"{"parish":"Seal","needs":["x"],"household":["# + nine + "]}"))
        #expect(tooMany.message.contains("more than 8"))
    }

    @Test("match by postcode and by coordinates")
    func matchPlaces() throws {
        let byPostcode = try result("match", #"{"postcode":"TN8 5AX","needs":["lonely"]}"#)
        #expect(byPostcode["resident"]?["place"]?["precision"] == "postcode-district")
        let byPoint = try result("match", #"{"lat":51.31,"lon":0.187,"needs":["lonely"],"limit":1}"#)
        #expect(byPoint["matches"]?.arrayValue?.count == 1)
    }

    @Test("services.list filters and pages")
    func servicesList() throws {
        let all = try result("services.list", #"{"limit":5}"#)
        #expect(all["total"] == .number(Double(LoadedDirectories.bundled.services.count)))
        #expect(all["services"]?.arrayValue?.count == 5)
        let page2 = try result("services.list", #"{"limit":5,"offset":5}"#)
        #expect(page2["services"]?.arrayValue?.first?["id"] != all["services"]?.arrayValue?.first?["id"])
        let transport = try result("services.list", #"{"need":"transport","parish":"Edenbridge"}"#)
        let ids = transport["services"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(ids.contains("dial-a-ride") && !ids.contains("go2-demand-responsive-bus"))
        let area = try result("services.list", #"{"priorityArea":"health-behaviours","limit":500}"#)
        #expect((area["total"]?.intValue ?? 0) > 10)
    }

    @Test("services.list and services.get answer in ORUK shape, by our id or the ORUK UUID")
    func orukShape() throws {
        let page = try result("services.list", #"{"limit":10,"offset":20,"shape":"oruk"}"#)
        let total = LoadedDirectories.bundled.services.count
        #expect(page["total_items"] == .number(Double(total)))
        #expect(page["total_pages"] == .number(Double((total + 9) / 10)))
        #expect(page["page_number"] == 3)
        #expect(page["size"] == 10)
        #expect(page["first_page"] == false)
        #expect(page["contents"]?.arrayValue?.first?["status"] == "active")
        let dial = TestDirectory.service("dial-a-ride")
        let expected = ORUKEncoder(directory: ServerSupport.dispatcher.state.snapshot.directory).service(dial)
        #expect(try result("services.get", #"{"id":"dial-a-ride","shape":"oruk"}"#) == expected)
        let uuid = ORUKEncoder.serviceID("dial-a-ride")
        #expect(try result("services.get", "{\"id\":\"\(uuid)\",\"shape\":\"oruk\"}") == expected)
        #expect(try result("services.get", "{\"id\":\"\(uuid.uppercased())\"}") == dial.directoryJSON)
        let bad = try error(ServerSupport.request("services.get", params: #"{"id":"dial-a-ride","shape":"hsds"}"#))
        #expect(bad.code == -32602 && bad.message.contains("\"oruk\""))
    }

    @Test("services.get returns the Directory record")
    func servicesGet() throws {
        let service = try result("services.get", #"{"id":"dial-a-ride"}"#)
        #expect(service == TestDirectory.service("dial-a-ride").directoryJSON)
    }

    @Test("parishes.list and needs.list")
    func lists() throws {
        #expect(try result("parishes.list")["parishes"]?.arrayValue?.count == LoadedDirectories.bundled.parishes.count)
        let needs = try result("needs.list")
        #expect(needs["needs"]?.arrayValue?.first?["synonyms"]?.arrayValue?.isEmpty == false)
        #expect(needs["domains"]?.arrayValue?.count == LoadedDirectories.bundled.taxonomy.domains.count)
        #expect(needs["circumstances"]?.arrayValue?.count == Circumstance.allCases.count)
    }

    @Test("directory.validate gives validate --json's object")
    func validate() throws {
        let report = try result("directory.validate")
        #expect(report["valid"] == true)
        #expect(report["counts"]?["errors"] == 0)
    }

    @Test("notifications get no response; a batch of them gets none either")
    func notifications() throws {
        #expect(try ServerSupport.send(#"{"jsonrpc":"2.0","method":"server.info"}"#) == nil)
        #expect(try ServerSupport.send(#"[{"jsonrpc":"2.0","method":"server.info"},{"jsonrpc":"2.0","method":"needs.list"}]"#) == nil)
        #expect(try ServerSupport.send(#"{"jsonrpc":"2.0","method":"no.such.method"}"#) == nil)
    }

    @Test("batches get an array of responses in order, notifications left out")
    func batch() throws {
        let response = try #require(
            try ServerSupport.send(
                #"[{"jsonrpc":"2.0","id":"a","method":"server.info"},{"jsonrpc":"2.0","method":"server.info"},{"jsonrpc":"2.0","id":"b","method":"nope"},42]"#))
        let items = try #require(response.arrayValue)
        #expect(items.map { $0["id"] } == ["a", "b", .null])
        #expect(items[1]["error"]?["code"] == -32601)
        #expect(items[2]["error"]?["code"] == -32600)
    }

    @Test(
        "every error code",
        arguments: [
            ("not json", -32700, "Parse error"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server.info\",\"id\":2}", -32700, "duplicate key"),
            (String(repeating: "[", count: 40) + String(repeating: "]", count: 40), -32700, "nesting deeper than 32"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1e999,\"method\":\"server.info\"}", -32700, "number out of range"),
            ("[]", -32600, "empty batch"),
            ("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"server.info\"}", -32600, "\"jsonrpc\" must be \"2.0\""),
            ("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"server.info\"}", -32600, "\"id\" must be"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1}", -32600, "\"method\" is missing"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}", -32600, "\"method\" must be a string"),
            ("\"just a string\"", -32600, "must be a JSON object"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"mach\"}", -32601, "did you mean match?"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":[1]}", -32602, "params must be an object"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"parish\":\"Seal\"}}", -32602, "\"needs\" is required"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"parish\":\"Seal\",\"needs\":[\"x\"],\"age\":\"old\"}}", -32602, "\"age\" must be a whole number"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"parish\":\"Seal\",\"needs\":[\"x\"],\"age\":1e300}}", -32602, "\"age\" must be a whole number"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"parish\":\"Seal\",\"needs\":[\"x\"],\"parsh\":1}}", -32602, "unknown parameter \"parsh\""),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"parish\":\"Seal\",\"postcode\":\"TN15\",\"needs\":[\"x\"]}}", -32602, "only one of"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"lat\":\"NaN\",\"lon\":0,\"needs\":[\"x\"]}}", -32602, "\"lat\" must be a number"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"services.list\",\"params\":{\"limit\":501}}", -32602, "\"limit\" must be"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"parish\":\"Edenbrige\",\"needs\":[\"x\"]}}", -32014, "did you mean \"Edenbridge\"?"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"postcode\":\"ME14 5PP\",\"needs\":[\"x\"]}}", -32015, "not in the Directory's area"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"lat\":53.4,\"lon\":-2.2,\"needs\":[\"x\"]}}", -32003, "more than 10 km"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"services.get\",\"params\":{\"id\":\"dial-a-rid\"}}", -32004, "did you mean \"dial-a-ride\"?"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"services.list\",\"params\":{\"need\":\"lonelyness\"}}", -32005, "did you mean \"loneliness\"?"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"parish\":\"Seal\",\"needs\":[\"x\"],\"modules\":[\"health\"]}}", -32006, "modules[0] is not a rule module"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"parish\":\"Seal\",\"needs\":[\"x\"],\"circumstances\":[\"no-cars\"]}}", -32007, "did you mean \"no-car\"?"),
            ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"match\",\"params\":{\"postcode\":\"nonsense\",\"needs\":[\"x\"]}}", -32009, "not a UK postcode"),
        ])
    func errorCodes(line: String, code: Int, fragment: String) throws {
        let e = try error(line)
        #expect(e.code == code, "\(e.message)")
        #expect(e.message.contains(fragment), "\(e.message)")
    }

    @Test("limits: too many needs, too much text, too large a batch")
    func limits() throws {
        let many = (0..<51).map { _ in "\"x\"" }.joined(separator: ",")
        #expect(try error(ServerSupport.request("match", params: "{\"parish\":\"Seal\",\"needs\":[\(many)]}")).code == -32602)
        let total = (0..<11).map { _ in "\"" + String(repeating: "a ", count: 499) + "\"" }.joined(separator: ",")
        #expect(try error(ServerSupport.request("match", params: "{\"parish\":\"Seal\",\"needs\":[\(total)]}")).code == -32011)
        let batch = "[" + (0..<101).map { ServerSupport.request("server.info", id: $0) }.joined(separator: ",") + "]"
        #expect(try error(batch).code == -32600)
    }

    @Test("inputs designed to be slow are refused by the documented limits: 10,000 needs, 1 MB of needs text")
    func slowInputs() throws {
        let many = "[" + Array(repeating: "\"lonely\"", count: 10_000).joined(separator: ",") + "]"
        let tooMany = try error(ServerSupport.request("match", params: "{\"parish\":\"Seal\",\"needs\":\(many)}"))
        #expect(tooMany.code == -32602 && tooMany.message.contains("more than \(MatchLimits.maxNeedEntries) entries"))
        let megabyte = String(repeating: "lonely ", count: 150_000)
        let long = try error(ServerSupport.request("match", params: "{\"parish\":\"Seal\",\"needs\":[\"\(megabyte)\"]}"))
        #expect(long.code == -32602 && long.message.contains("\"needs\""), "\(long.message)")
        // Over the transport, a 1 MB line is refused before it is parsed (ServeEndToEndTests).
    }

    @Test("errors never echo resident data")
    func privacy() throws {
        for params in [
            #"{"parish":"Secretville","needs":["secret words"],"age":44}"#,
            #"{"postcode":"ME14 5PP","needs":["secret words"]}"#,
            #"{"parish":"Seal","needs":["secret words"],"age":444}"#,
            #"{"parish":"Seal","needs":["secret words"],"circumstances":["secret"]}"#,
            #"{"parish":"Seal","needs":"secret words"}"#,
        ] {
            let e = try error(ServerSupport.request("match", params: params))
            for leaked in ["Secretville", "secret", "ME14", "444", "44"] { #expect(!e.message.contains(leaked), "\(e.message)") }
        }
    }

    @Test("the id is echoed back exactly, whatever its type")
    func ids() throws {
        for id in ["\"abc\"", "7", "-1.5", "null"] {
            let response = try #require(try ServerSupport.send("{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"server.info\"}"))
            #expect(response["id"] == (try JSONParser.parse(id).value))
        }
    }

    @Test("shutdown acknowledges and raises the flag")
    func shutdown() throws {
        let dispatcher = try Dispatcher(state: ServerSupport.state())
        let response = try ServerSupport.send(ServerSupport.request("shutdown"), to: dispatcher)
        #expect(response?["result"]?["shuttingDown"] == true)
        #expect(dispatcher.shutdown.isRaised)
    }
}

/// The bundled Directory, for comparing protocol answers with the library's.
enum TestDirectory {
    static let directory = ServerSupport.dispatcher.state.snapshot.directory
    static func service(_ id: String) -> Service { directory.service(id)! }
}

@Suite("Protocol: print")
struct PrintMethodTests {
    @Test("print returns text or HTML, or writes a file")
    func print() throws {
        let text = try #require(try ServerSupport.send(ServerSupport.request("print", params: #"{"parish":"Hever","themes":["getting-about"]}"#)))
        let content = try #require(text["result"]?["content"]?.stringValue)
        #expect(content.hasPrefix("Local support for people in Hever"))
        #expect(content.contains("Dial a Ride"))
        let html = try #require(try ServerSupport.send(ServerSupport.request("print", params: #"{"parish":"Hever","format":"html","largePrint":true}"#)))
        #expect(html["result"]?["content"]?.stringValue?.hasPrefix("<!DOCTYPE html>") == true)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-rpc-print-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Dispatcher(state: ServerSupport.state(files: folder))
        let pdf = try #require(try ServerSupport.send(ServerSupport.request("print", params: #"{"parish":"Hever","format":"pdf","out":"hever.pdf"}"#), to: files))
        #expect(pdf["result"]?["written"] == "hever.pdf")
        #expect((pdf["result"]?["pages"]?.intValue ?? 0) > 0)
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("hever.pdf").path)?.prefix(8) == Data("%PDF-1.4".utf8))
    }

    @Test("print errors: pdf without out, unknown parish, unknown theme, an unwritable path")
    func errors() throws {
        let cases: [(String, Int)] = [
            (#"{"parish":"Hever","format":"pdf"}"#, -32602),
            (#"{"parish":"Hevre"}"#, -32014),
            (#"{"parish":"Hever","themes":["transportation"]}"#, -32008),
            // Without --files, every path is refused, before anything is written.
            (#"{"parish":"Hever","out":"x.txt"}"#, -32016),
            (#"{"parish":"Hever","needs":"x","themes":["company"]}"#, -32602),
        ]
        for (params, code) in cases {
            let response = try #require(try ServerSupport.send(ServerSupport.request("print", params: params)))
            #expect(response["error"]?["code"]?.intValue == code, "\(params)")
        }
    }
}

@Suite("Protocol: gaps")
struct GapsMethodTests {
    @Test("gaps returns the analysis as JSON, with what-if changes")
    func gaps() throws {
        let all = try #require(try ServerSupport.send(ServerSupport.request("gaps", params: #"{"domain":"transport"}"#)))
        #expect(all["result"]?["cells"]?.arrayValue?.count == LoadedDirectories.bundled.parishes.count)
        let whatIf = try #require(try ServerSupport.send(ServerSupport.request("gaps", params: #"{"domain":"transport","without":["dial-a-ride"]}"#)))
        #expect((whatIf["result"]?["whatIf"]?["opened"]?.arrayValue?.count ?? 0) > 10)
        let bad = try #require(try ServerSupport.send(ServerSupport.request("gaps", params: #"{"parish":"Hevr"}"#)))
        #expect(bad["error"]?["code"] == -32014)
    }
}
