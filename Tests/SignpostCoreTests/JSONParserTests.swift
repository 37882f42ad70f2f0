import Testing
@testable import SignpostCore

@Suite("JSON parser")
struct JSONParserTests {
    @Test(
        "accepts valid JSON",
        arguments: [
            ("{}", JSONValue.object([:])),
            ("[]", .array([])),
            ("  42 ", .number(42)),
            ("-0.5e1", .number(-5)),
            ("\"a\\u00e9\\n\"", .string("aé\n")),
            ("\"\\ud83d\\ude00\"", .string("😀")),
            ("{\"a\": [true, false, null]}", .object(["a": [true, false, nil]])),
            ("\u{FEFF}{\"bom\": 1}", .object(["bom": 1])),
        ])
    func accepts(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text).value == expected)
    }

    @Test(
        "rejects invalid JSON with a located message",
        arguments: [
            ("", "line 1, column 1: empty input: expected a JSON value"),
            ("{\"a\": 1,}", "line 1, column 9: unexpected '}': expected a member name in double quotes"),
            ("{\"a\": 1, \"a\": 2}", "line 1, column 13: duplicate key \"a\""),
            ("[01]", "line 1, column 3: invalid number: leading zero"),
            ("NaN", "line 1, column 1: unexpected 'N': expected a value"),
            ("1e999", "line 1, column 1: number out of range"),
            ("\"\\ud800\"", "line 1, column 8: unpaired surrogate \\ud800 in string"),
            ("{\n  \"a\": tru\n}", "line 2, column 8: invalid literal: expected true"),
            ("[1] [2]", "line 1, column 5: unexpected '[' after the JSON value"),
            ("\"tab\there\"", "line 1, column 5: control character byte 0x9 inside a string (escape it)"),
        ])
    func rejects(text: String, message: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test("rejects invalid UTF-8")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
        #expect(throws: JSONParseError.self) { try JSONParser.parse(bytes) }
    }

    @Test("limits nesting depth")
    func depth() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep, options: .init(maxDepth: 64)) }
        #expect(throws: Never.self) { try JSONParser.parse(deep, options: .init(maxDepth: 128)) }
    }

    @Test("records the line of every member and element")
    func lines() throws {
        let text = """
            {
              "name": "x",
              "locations": [
                {"postcode": "TN13"},
                {
                  "postcode": "BR8"
                }
              ]
            }
            """
        let doc = try JSONParser.parse(text, options: .init(recordLines: true))
        #expect(doc.line(of: "name") == 2)
        #expect(doc.line(of: "locations") == 3)
        #expect(doc.line(of: "locations[0].postcode") == 4)
        #expect(doc.line(of: "locations[1]") == 5)
        #expect(doc.line(of: "locations[1].postcode") == 6)
        #expect(doc.line(of: "locations[1].missing") == 5)
    }

    @Test("writer round-trips through the parser", arguments: [JSONWriter.Style.compact, .pretty])
    func roundTrip(style: JSONWriter.Style) throws {
        let value: JSONValue = .object([
            "s": "quote \" backslash \\ newline \n tab \t control \u{01} é ’", "n": 12.5, "i": -3, "b": true,
            "z": nil, "a": [1, [2], .object([:])], "o": .object(["k": "v"]),
        ])
        let text = JSONWriter(style: style).string(value)
        #expect(try JSONParser.parse(text).value == value)
    }
}

@Suite("JSON stream")
struct JSONStreamTests {
    @Test("a streamed match result is byte-for-byte the compact writer's output of the same value")
    func matchResult() throws {
        let engine = try MatchEngine(index: TestSupport.index, registry: .coreOnly)
        let result = try engine.match(
            ResidentQuery(place: .postcode("TN8"), age: 80, needs: ["lonely, had a fall", "budgie"], circumstances: ["no-car"]),
            today: TestSupport.today)
        let streamed = result.jsonBytes()
        #expect(JSONWriter().bytes(try JSONParser.value(streamed)) == streamed)
    }

    @Test("nesting, commas and escapes")
    func shapes() throws {
        var o = JSONStream()
        o.beginObject()
        o.member("a", "x\"y")
        o.arrayMember("b")
        o.int(1)
        o.beginObject()
        o.endObject()
        o.strings([])
        o.endArray()
        o.key("c")
        o.value(.object(["d": [true, nil]]))
        o.member("e", 2.5)
        o.endObject()
        #expect(String(decoding: o.bytes, as: UTF8.self) == #"{"a":"x\"y","b":[1,{},[]],"c":{"d":[true,null]},"e":2.5}"#)
    }
}
