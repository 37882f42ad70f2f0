import Foundation
import SignpostCore
import Testing
@testable import SignpostServer

/// Resident data — needs, age, postcode, where they live — never appears in an error message,
/// its data, or a log line, on any of `match`'s error paths.
@Suite("Privacy of resident data")
struct PrivacyTests {
    /// Words that must never come back: each case below carries some of them.
    static let secrets = ["zqxsecret", "Zqxville", "4417", "TN13 9QZ", "TN13 9Q", "ZZ99", "QZ9 9QZ", "51.4242", "0.4242", "carer-zqx", "hb-zqx"]

    /// One request per error path of `match`, each carrying resident data.
    static let errorPaths: [(String, String)] = [
        ("no place", #"{"needs":["zqxsecret lonely"],"age":87}"#),
        ("two places", #"{"parish":"Zqxville","postcode":"TN13 9QZ","needs":["zqxsecret"]}"#),
        ("lat without lon", #"{"lat":51.4242,"needs":["zqxsecret"]}"#),
        ("lat out of range", #"{"lat":951.4242,"lon":0.4242,"needs":["zqxsecret"]}"#),
        ("parish of the wrong type", #"{"parish":4417,"needs":["zqxsecret"]}"#),
        ("parish too long", "{\"parish\":\"" + String(repeating: "Zqxville", count: 40) + "\",\"needs\":[\"zqxsecret\"]}"),
        ("unknown parish", #"{"parish":"Zqxville","needs":["zqxsecret lonely"],"age":87}"#),
        ("malformed postcode", #"{"postcode":"ZZ99 zqxsecret","needs":["zqxsecret"]}"#),
        ("postcode outside the district", #"{"postcode":"QZ9 9QZ","needs":["zqxsecret"]}"#),
        ("unknown postcode district", #"{"postcode":"TN13 9QZ","needs":["zqxsecret"]}"#.replacingOccurrences(of: "TN13", with: "TN99")),
        ("point outside the district", #"{"lat":54.4242,"lon":-2.4242,"needs":["zqxsecret"]}"#),
        ("age of the wrong type", #"{"parish":"Seal","age":"4417","needs":["zqxsecret"]}"#),
        ("age out of range", #"{"parish":"Seal","age":4417,"needs":["zqxsecret"]}"#),
        ("age not whole", #"{"parish":"Seal","age":44.17,"needs":["zqxsecret"]}"#),
        ("needs missing", #"{"parish":"Seal","age":87}"#),
        ("needs not an array", #"{"parish":"Seal","needs":"zqxsecret lonely"}"#),
        ("a need of the wrong type", #"{"parish":"Seal","needs":["zqxsecret",4417]}"#),
        ("too many needs", "{\"parish\":\"Seal\",\"needs\":[" + Array(repeating: "\"zqxsecret\"", count: 51).joined(separator: ",") + "]}"),
        ("a need too long", "{\"parish\":\"Seal\",\"needs\":[\"" + String(repeating: "zqxsecret ", count: 120) + "\"]}"),
        ("needs text too long", "{\"parish\":\"Seal\",\"needs\":[" + Array(repeating: "\"" + String(repeating: "zqxsecret ", count: 99) + "\"", count: 11).joined(separator: ",") + "]}"),
        ("unknown circumstance", #"{"parish":"Seal","needs":["zqxsecret"],"circumstances":["carer-zqx"]}"#),
        ("circumstances of the wrong type", #"{"parish":"Seal","needs":["zqxsecret"],"circumstances":"carer-zqx"}"#),
        ("unknown module", #"{"parish":"Seal","needs":["zqxsecret"],"modules":["hb-zqx"]}"#),
        ("limit out of range", #"{"parish":"Seal","needs":["zqxsecret"],"limit":4417}"#),
        // Parameter names are protocol vocabulary and are named back ("did you mean"); values never are.
        ("unknown member", #"{"parish":"Seal","needs":["zqxsecret"],"agee":4417,"postcod":"TN13 9QZ"}"#),
        ("params not an object", #"["Zqxville","zqxsecret",4417]"#),
    ]

    @Test("no error message or error data repeats what the resident said", arguments: errorPaths.map(\.0))
    func errorPath(_ name: String) throws {
        let params = try #require(Self.errorPaths.first { $0.0 == name }?.1)
        let line = ServerSupport.request("match", params: params)
        let response = try #require(try ServerSupport.send(line))
        let error = try #require(response["error"], "\(name) should be an error")
        let text = JSONWriter().string(error)
        for secret in Self.secrets { #expect(!text.contains(secret), "\(name): \(text)") }
    }

    /// Disclosures carrying a secret word, one for each way a risk is raised (as `needs` JSON).
    static let disclosures = [
        #""zqxsecret, he hits me when he's had a drink""#,
        #""zqxsecret I don't want to be here any more""#,
        #""zqxsecret, my 13-year-old has a boyfriend of 25""#,
        #""my nephew has my bank card zqxsecret", "I never see my pension""#,
        #""I look after my husband zqxsecret", "I'm at breaking point and scared I'll hurt him""#,
        #""zqxsecret he's outside now with a knife""#,
    ]

    @Test("nothing of the resident reaches the server's log, even at debug level")
    func logs() throws {
        let server = try ServerProcess(["--log-level", "debug"])
        for (i, path) in Self.errorPaths.enumerated() {
            server.sendLine(ServerSupport.request("match", id: i, params: path.1))
        }
        server.sendLine(ServerSupport.request("match", id: 999, params: #"{"parish":"Seal","age":87,"needs":["zqxsecret lonely"]}"#))
        // Every path that can raise an urgent risk: each kind, across entries, and with a carer.
        for (i, words) in Self.disclosures.enumerated() {
            server.sendLine(ServerSupport.request("match", id: 1000 + i, params: #"{"parish":"Seal","age":87,"needs":[\#(words)],"circumstances":["carer"]}"#))
        }
        server.closeInput()
        var responses = 0
        var urgent = 0
        while let line = server.nextLine(timeout: 10) {
            responses += 1
            if line.contains("\"urgent\"") { urgent += 1 }
        }
        #expect(responses == Self.errorPaths.count + 1 + Self.disclosures.count)
        #expect(urgent == Self.disclosures.count, "every disclosure should raise a risk")
        #expect(server.waitForExit() == 0)
        let log = server.stderr
        #expect(log.contains("match"), "the log should say something")
        for secret in Self.secrets { #expect(!log.contains(secret), "log: \(log)") }
    }
}
