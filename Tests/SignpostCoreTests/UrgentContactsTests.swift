import Foundation
@testable import SignpostCore
import Testing

/// `Directory/urgent-contacts.json`: every number is sourced (a service record's, or the file's own
/// source and date), and what cannot be trusted is left out with a located finding.
@Suite("Urgent contacts")
struct UrgentContactsTests {
    static func load(_ json: String) -> DirectoryLoadResult {
        var files = TestSupport.bundledFiles
        files.urgentContacts = DirectoryFiles.File(path: "Directory/urgent-contacts.json", bytes: Array(json.utf8))
        return DirectoryLoader.load(files, today: TestSupport.today)
    }

    static func findings(_ result: DirectoryLoadResult) -> [Finding] {
        result.findings.filter { $0.file == "Directory/urgent-contacts.json" }
    }

    @Test("the bundled file loads clean, with contacts for every risk and the five numbers to keep")
    func bundled() {
        let urgent = TestSupport.directory.urgentContacts
        #expect(Self.findings(TestSupport.bundled).isEmpty, "\(Self.findings(TestSupport.bundled))")
        for risk in ["immediate-danger", "suicide-self-harm", "domestic-abuse", "child-at-risk", "adult-at-risk", "carer-breakdown"] {
            #expect(!urgent.contacts(for: risk).isEmpty, "\(risk) has no contacts")
        }
        #expect(urgent.keep.map(\.phone) == ["999", "111", "116 123", "0808 2000 247", "01732 227000"])
        #expect(urgent.contacts(for: "suicide-self-harm").contains { $0.phone == "116 123" })
        #expect(urgent.contact("shout")?.isText == true)
        #expect(urgent.rank(of: "immediate-danger") == 0)
    }

    @Test("a number that is not on the service's record, a missing number, an unknown service or contact: left out, each located")
    func problems() {
        let result = Self.load(
            """
            {
              "contacts": [
                {"id": "samaritans", "service": "samaritans-helpline", "name": "Samaritans", "phone": "116 999", "when": "any time", "resident": "Someone to talk to"},
                {"id": "nobody", "service": "no-such-service", "name": "Nobody", "phone": "0800 000 000", "when": "never", "resident": "No one"},
                {"id": "unsourced", "name": "A helpline", "phone": "0800 111 222", "when": "any time", "resident": "Help"},
                {"id": "numberless", "service": "davss-domestic-abuse-support", "name": "DAVSS", "when": "weekdays", "resident": "Support"},
                {"id": "emergency", "name": "Emergency services", "phone": "999", "when": "now", "resident": "If in danger", "source": "a page", "verified": "2024-04-01"}
              ],
              "risks": [{"risk": "domestic-abuse", "contacts": ["emergency", "samaritans", "ghost"]}],
              "keep": ["emergency", "numberless"]
            }
            """)
        let findings = Self.findings(result)
        func has(_ field: String, _ words: String) -> Bool {
            findings.contains { $0.field.hasSuffix(field) && $0.message.contains(words) && $0.line > 1 }
        }
        #expect(has("contacts[0].phone", "not one of service"), "\(findings)")
        #expect(has("contacts[1].service", "no service"), "\(findings)")
        #expect(has("contacts[2].source", "needs a source"), "\(findings)")
        #expect(has("contacts[3].phone", "no sourced number"), "\(findings)")
        #expect(has("risks[0].contacts[2]", "no contact \"ghost\""), "\(findings)")
        let urgent = result.directory.urgentContacts
        #expect(urgent.contacts(for: "domestic-abuse").map(\.id) == ["emergency"])
        #expect(urgent.keep.map(\.id) == ["emergency"])
    }

    @Test("a Directory without the file raises risks with no contacts, and no finding")
    func absent() {
        var files = TestSupport.bundledFiles
        files.urgentContacts = nil
        let result = DirectoryLoader.load(files, today: TestSupport.today)
        #expect(result.directory.urgentContacts == .none)
        #expect(Self.findings(result).isEmpty)
    }
}
