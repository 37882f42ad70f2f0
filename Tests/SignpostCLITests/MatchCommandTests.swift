import Foundation
import SignpostCore
import Testing

@Suite("CLI: match")
struct MatchCommandTests {
    @Test("the README's main job: a realistic resident gets ranked services with reasons")
    func readmeExample() throws {
        let result = try CLIRunner.run([
            "match", "--parish", "Sevenoaks", "--age", "74", "--needs", "lonely since my husband died, had a fall last month",
            "--circumstances", "lives-alone,no-car",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. "))
        #expect(result.stdout.contains("Why: "))
        #expect(result.stdout.contains("Loneliness and isolation"))
        #expect(result.stdout.contains("Not covered:"))
    }

    @Test("--json has the documented shape")
    func json() throws {
        let result = try CLIRunner.run(["match", "--postcode", "TN8 5AX", "--age", "50", "--needs", "overweight", "--json"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(result.stdout).value
        #expect(json["interpreted"]?["needs"]?.arrayValue?.first?["id"] == "weight-loss")
        #expect(json["interpreted"]?["unrecognised"]?.arrayValue != nil)
        let first = try #require(json["matches"]?.arrayValue?.first)
        #expect(first["service"]?["id"]?.stringValue != nil)
        #expect(first["service"]?["name"]?.stringValue != nil)
        #expect(first["service"]?["organisation"]?.stringValue != nil)
        #expect(first["score"]?.doubleValue != nil)
        #expect(first["reasons"]?.arrayValue?.isEmpty == false)
        #expect(json["excluded"]?.arrayValue != nil)
        #expect(json["unmet"]?.arrayValue != nil)
        #expect(!result.stdout.contains("5AX"), "the full postcode must not be echoed")
    }

    @Test("--modules switches rule modules off")
    func modules() throws {
        let all = try CLIRunner.run(["match", "--parish", "Edenbridge", "--age", "52", "--needs", "BMI 34", "--json"])
        let none = try CLIRunner.run(["match", "--parish", "Edenbridge", "--age", "52", "--needs", "BMI 34", "--modules", "", "--json"])
        let allModules = try JSONParser.parse(all.stdout).value["modules"]?.arrayValue?.count
        let noModules = try JSONParser.parse(none.stdout).value["modules"]?.arrayValue?.count
        #expect(allModules == 4)
        #expect(noModules == 0)
        let bad = try CLIRunner.run(["match", "--parish", "Seal", "--needs", "x", "--modules", "health"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("is not a rule module"))
    }

    @Test(
        "bad residents are clear errors",
        arguments: [
            (["match", "--parish", "Edenbrige", "--needs", "lonely"], Int32(1), "did you mean \"Edenbridge\"?"),
            (["match", "--postcode", "ME14 5PP", "--needs", "lonely"], 1, "not in the Directory's area"),
            (["match", "--needs", "lonely"], 64, "say where the resident lives"),
            (["match", "--parish", "Seal", "--postcode", "TN15", "--needs", "x"], 64, "give only one of"),
            (["match", "--parish", "Seal", "--age", "old", "--needs", "x"], 64, "--age takes a whole number"),
            (["match", "--parish", "Seal", "--needs", "x", "--circumstances", "no-cars"], 1, "did you mean \"no-car\"?"),
            (["match", "--lat", "51.3", "--needs", "x"], 64, "give both --lat and --lon"),
        ])
    func errors(args: [String], status: Int32, message: String) throws {
        let result = try CLIRunner.run(args)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--for: a match for a household member says who it is for; a bad member is a usage error naming no data")
    func household() throws {
        let args = ["match", "--parish", "Edenbridge", "--age", "38", "--needs", "children-activities,family-support"]
        let result = try CLIRunner.run(args + ["--for", "child:8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Also for: their child, 8"))
        #expect(result.stdout.contains("   For: their child, 8"))
        let json = try JSONParser.parse(try CLIRunner.run(args + ["--for", "child:8", "--json"]).stdout).value
        #expect(json["resident"]?["household"]?.arrayValue?.first?["age"] == 8)
        #expect(json["matches"]?.arrayValue?.contains { $0["for"]?["role"] == "child" } == true)
        let bad = try CLIRunner.run(args + ["--for", "grandad:81"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--for: a household member's role must be one of child, cared-for"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("grandad") && !bad.stderr.contains("81"))
        let many = try CLIRunner.run(args + Array(repeating: ["--for", "child"], count: 9).flatMap { $0 })
        #expect(many.status == 64 && many.stderr.contains("more than 8"), "\(many.stderr)")
    }

    @Test("--needs keeps an age set off by commas with its person: 'my husband, 81, has dementia'")
    func ageInNeeds() throws {
        let run = try CLIRunner.run(["match", "--parish", "Sevenoaks", "--needs", "my husband, 81, has dementia", "--json"])
        let json = try JSONParser.parse(run.stdout).value
        let member = try #require(json["resident"]?["household"]?.arrayValue?.first)
        #expect(member["role"] == "cared-for" && member["age"] == 81)
        #expect(member["circumstances"]?.arrayValue == ["diagnosed-dementia"])
    }

    @Test("--without-rules switches rules off by id; an unknown id is a usage error with a suggestion")
    func withoutRules() throws {
        let args = ["match", "--parish", "Edenbridge", "--needs", "get fitter", "--circumstances", "low-income", "--json"]
        let all = try JSONParser.parse(try CLIRunner.run(args).stdout).value
        let off = try JSONParser.parse(try CLIRunner.run(args + ["--without-rules", "cost.free"]).stdout).value
        func rules(_ v: JSONValue) -> Set<String> {
            Set((v["matches"]?.arrayValue ?? []).flatMap { ($0["reasons"]?.arrayValue ?? []).compactMap { $0["rule"]?.stringValue } })
        }
        #expect(rules(all).contains("cost.free"))
        #expect(!rules(off).contains("cost.free"))
        let bad = try CLIRunner.run(["match", "--parish", "Seal", "--needs", "x", "--without-rules", "reach.distanse"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("did you mean \"reach.distance\""))
    }

    @Test("rules --json lists at least 30 rules, each with both kinds of example")
    func rulesListing() throws {
        let run = try CLIRunner.run(["rules", "--json"])
        #expect(run.status == 0)
        let rules = try #require(try JSONParser.parse(run.stdout).value.arrayValue)
        #expect(rules.count >= 30)
        for rule in rules {
            #expect((rule["examples"]?["triggering"]?.intValue ?? 0) >= 1)
            #expect((rule["examples"]?["nonTriggering"]?.intValue ?? 0) >= 1)
            #expect(rule["stage"]?.stringValue != nil && rule["title"]?.stringValue != nil)
        }
    }

    @Test("match has --help")
    func help() throws {
        let result = try CLIRunner.run(["match", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("no-car, no-internet, low-income"))
    }
}
