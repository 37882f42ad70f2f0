import Foundation
import SignpostCore
import Testing
@testable import SignpostServer

/// The protocol's `match` carries `urgent` exactly as `match --json` does (it serialises the same
/// result), and leaves the key out when no risk is raised.
@Suite("Urgent risks over the protocol")
struct UrgentProtocolTests {
    @Test("a disclosure gives urgent first, with risk, because, say and contacts")
    func disclosure() throws {
        let line = ServerSupport.request(
            "match", params: #"{"parish":"Kemsing","age":38,"needs":["he checks my phone and won't let me see my sister"]}"#)
        let response = try #require(try ServerSupport.send(line))
        let result = try #require(response["result"])
        guard case .array(let urgent)? = result["urgent"] else {
            Issue.record("no urgent array: \(JSONWriter().string(result))")
            return
        }
        let first = try #require(urgent.first)
        #expect(first["risk"] == .string("domestic-abuse"))
        guard case .array(let because)? = first["because"], case .array(let contacts)? = first["contacts"] else {
            Issue.record("because and contacts must be arrays")
            return
        }
        #expect(!because.isEmpty)
        if case .string(let say)? = first["say"] { #expect(!say.isEmpty) } else { Issue.record("say must be a string") }
        #expect(contacts.contains { $0["phone"] == .string("0808 2000 247") })
        for contact in contacts {
            guard case .object(let object) = contact else { continue }
            #expect(object.members.map(\.key) == ["name", "phone", "when", "url"])
        }
        // The protocol's result is the CLI's JSON: the first key is urgent.
        if case .object(let object) = result { #expect(object.members.first?.key == "urgent") }
    }

    @Test("no risk, no urgent key")
    func none() throws {
        let line = ServerSupport.request("match", params: #"{"parish":"Kemsing","needs":["my back is killing me, I'd like a walking group"]}"#)
        let result = try #require(try ServerSupport.send(line)?["result"])
        #expect(result["urgent"] == nil)
    }
}
