import SignpostCore
import SignpostORUK

/// Facts of the ORUK 3.0 JSON Schemas (openreferraluk.org/specifications/3.0/schema/*.json),
/// written out by hand so the conformance tests run without the schema files; `.ci/run`
/// additionally validates an export against the official schemas themselves.
enum ORUKSchemaFacts {
    struct ObjectFacts {
        var required: [String]
        /// Member → the kind of object nested there (arrays of it, or one).
        var children: [String: String] = [:]
        var numbers: Set<String> = []
        var enums: [String: [String]] = [:]
    }

    static let objects: [String: ObjectFacts] = [
        "service": ObjectFacts(
            required: ["id", "name", "status"],
            children: [
                "schedules": "schedule", "service_areas": "service_area", "service_at_locations": "service_at_location",
                "languages": "language", "organization": "organization", "funding": "funding", "cost_options": "cost_option",
                "contacts": "contact", "attributes": "attribute", "phones": "phone",
            ],
            numbers: ["minimum_age", "maximum_age"],
            enums: ["status": ["active", "inactive", "defunct", "temporarily closed"]]),
        "schedule": ObjectFacts(required: ["id"], numbers: ["interval"], enums: ["freq": ["WEEKLY", "MONTHLY"]]),
        "service_area": ObjectFacts(required: ["id"]),
        "service_at_location": ObjectFacts(required: ["id"], children: ["location": "location"]),
        "location": ObjectFacts(
            required: ["id", "location_type"], children: ["addresses": "address", "accessibility": "accessibility"],
            numbers: ["latitude", "longitude"], enums: ["location_type": ["physical", "postal", "virtual"]]),
        "address": ObjectFacts(
            required: ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
            enums: ["address_type": ["physical", "postal", "virtual"]]),
        "accessibility": ObjectFacts(required: ["id"]),
        "language": ObjectFacts(required: ["id"]),
        "organization": ObjectFacts(required: ["id", "name", "description"], children: ["phones": "phone"]),
        "funding": ObjectFacts(required: ["id"]),
        "cost_option": ObjectFacts(required: ["id"], numbers: ["amount"]),
        "contact": ObjectFacts(required: ["id"], children: ["phones": "phone"]),
        "phone": ObjectFacts(required: ["id", "number"], numbers: ["extension"]),  // core HSDS 3.0 `extension`
        "attribute": ObjectFacts(required: ["id"], children: ["taxonomy_term": "taxonomy_term"]),
        "taxonomy": ObjectFacts(required: ["id", "name", "description"], children: ["taxonomy_terms": "taxonomy_term"]),
        "taxonomy_term": ObjectFacts(required: ["id", "name", "description"]),
    ]

    /// Members whose schema format is uuid.
    static let uuidMembers: Set<String> = [
        "id", "service_id", "organization_id", "location_id", "link_id", "taxonomy_term_id", "taxonomy_id", "parent_id",
        "contact_id", "service_at_location_id", "parent_organization_id",
    ]
    static let emailMembers: Set<String> = ["email", "assurer_email"]
    static let uriMembers: Set<String> = ["url", "website", "uri", "term_uri", "schedule_link"]
    /// List responses: `*_list.json` pagination members and their JSON types.
    static let pageMembers: [(String, String)] = [
        ("total_items", "integer"), ("total_pages", "integer"), ("page_number", "integer"), ("size", "integer"),
        ("first_page", "boolean"), ("last_page", "boolean"), ("empty", "boolean"), ("contents", "array"),
    ]

    /// Every way `value` (an object of `kind`) breaks the facts, as "path: problem".
    static func problems(_ value: JSONValue, kind: String, path: String = "") -> [String] {
        guard let facts = objects[kind] else { return ["\(path): no facts for \(kind)"] }
        guard case .object(let object) = value else { return ["\(path): \(kind) must be an object"] }
        var found: [String] = []
        for key in facts.required where object[key] == nil { found.append("\(path).\(key): required member missing") }
        for member in object.members where member.key != ORUKProfile.extensionKey {
            let at = path + "." + member.key
            found += emptiness(member.value, at)
            if let child = facts.children[member.key] {
                switch member.value {
                case .array(let items):
                    for (i, item) in items.enumerated() { found += problems(item, kind: child, path: at + "[\(i)]") }
                case .object: found += problems(member.value, kind: child, path: at)
                default: found.append("\(at): expected \(child) object(s)")
                }
                continue
            }
            if facts.numbers.contains(member.key) {
                if member.value.doubleValue == nil { found.append("\(at): expected a number") }
                continue
            }
            guard let text = member.value.stringValue else {
                found.append("\(at): expected a string, found \(member.value.typeDescription)")
                continue
            }
            if let allowed = facts.enums[member.key], !allowed.contains(text) { found.append("\(at): \"\(text)\" not in \(allowed)") }
            if uuidMembers.contains(member.key), !NameBasedUUID.isWellFormed(text) { found.append("\(at): not a uuid") }
            if emailMembers.contains(member.key), !text.contains("@") { found.append("\(at): not an email") }
            if uriMembers.contains(member.key), !(text.hasPrefix("http://") || text.hasPrefix("https://")) {
                found.append("\(at): not a URI")
            }
            if member.key == "assured_date", CalendarDate(iso: text) == nil { found.append("\(at): not a date") }
            if member.key == "last_modified", !isDateTime(text) { found.append("\(at): not an RFC 3339 date-time") }
        }
        return found
    }

    /// Optional empty members are omitted, never null, "" or [].
    private static func emptiness(_ value: JSONValue, _ path: String) -> [String] {
        switch value {
        case .null: return ["\(path): null (omit it instead)"]
        case .string(let s) where s.isEmpty: return ["\(path): empty string (omit it instead)"]
        case .array(let a) where a.isEmpty: return ["\(path): empty array (omit it instead)"]
        default: return []
        }
    }

    /// YYYY-MM-DDThh:mm:ss(.fraction)?(Z|±hh:mm).
    static func isDateTime(_ text: String) -> Bool {
        let chars = Array(text)
        guard chars.count >= 20, CalendarDate(iso: String(chars[0..<10])) != nil, chars[10] == "T" else { return false }
        let time = chars[11..<19]
        let digits = [0, 1, 3, 4, 6, 7].allSatisfy { time[time.startIndex + $0].isNumber }
        guard digits, time[time.startIndex + 2] == ":", time[time.startIndex + 5] == ":" else { return false }
        return text.hasSuffix("Z") || text.dropLast(6).count >= 19 && (chars[chars.count - 6] == "+" || chars[chars.count - 6] == "-")
    }

    /// Every way a list response breaks the `*_list.json` facts.
    static func pageProblems(_ page: JSONValue, itemKind: String) -> [String] {
        var found: [String] = []
        for (key, type) in pageMembers {
            guard let value = page[key] else {
                found.append("\(key): missing")
                continue
            }
            switch (type, value) {
            case ("integer", .number(let d)) where d.rounded() == d: break
            case ("boolean", .bool), ("array", .array): break
            default: found.append("\(key): expected \(type)")
            }
        }
        for (i, item) in (page["contents"]?.arrayValue ?? []).enumerated() {
            found += problems(item, kind: itemKind, path: "contents[\(i)]")
        }
        return found
    }
}
