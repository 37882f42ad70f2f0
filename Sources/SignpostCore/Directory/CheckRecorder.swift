import Foundation

/// Records a check of one service in its Directory file: `verified` becomes the date of the
/// check, and the value it replaces is appended to the record's `history`
/// (`{"verified": old, "recorded": new, "note": …}`, oldest first), so an export's
/// `last_modified` is the day someone last confirmed the record.
///
/// The file is parsed, changed in those two members only (`history` goes straight after
/// `verified` when it is new) and written back atomically as the Directory's files are laid out
/// (two-space JSON, keys in the file's order), so a file in that layout changes only in those
/// lines. Nothing is written unless every check passes: a known service, a date neither in the
/// future nor before the record's `verified`, a note that is not blank.
public enum CheckRecorder {
    /// What was recorded.
    public struct Outcome: Sendable, Equatable {
        /// The file written, as shown to the user.
        public var file: String
        public var check: CheckRecord
    }

    /// Records a check of `serviceID` on `date` in the Directory at `folder` (`displayRoot` names
    /// it in messages); `today` bounds the date.
    public static func record(
        service serviceID: String, date: CalendarDate, note: String?, today: CalendarDate, in folder: URL,
        displayRoot: String
    ) throws(SignpostError) -> Outcome {
        let services = folder.appendingPathComponent("services", isDirectory: true)
        let display = displayRoot + "/services/" + serviceID + ".json"
        let known = ((try? FileManager.default.contentsOfDirectory(atPath: services.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
        guard isSlug(serviceID), known.contains(serviceID) else {
            throw SignpostError.withSuggestions(
                .unknownService, "no service \"\(serviceID)\" in \(displayRoot)/services",
                NameMatching.suggestions(for: serviceID, among: known))
        }
        let path = services.appendingPathComponent(serviceID + ".json").path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SignpostError(.output, "cannot read \(display)")
        }
        let note = note?.trimmingSpaces()
        if note?.isEmpty == true { throw SignpostError(.invalidInput, "the note must not be blank") }

        let parsed: JSONValue
        do throws(JSONParseError) {
            parsed = try JSONParser.parse([UInt8](data)).value
        } catch {
            throw SignpostError(.invalidInput, "\(display): \(error): fix it (signpost validate) before recording a check")
        }
        guard case .object(let root) = parsed else {
            throw SignpostError(.invalidInput, "\(display) is not a JSON object: fix it (signpost validate) before recording a check")
        }
        guard root["id"]?.stringValue == serviceID else {
            throw SignpostError(.invalidInput, "\(display) does not have \"id\": \"\(serviceID)\": fix it (signpost validate) first")
        }
        guard let text = root["verified"]?.stringValue, let previous = CalendarDate(iso: text) else {
            throw SignpostError(.invalidInput, "\(display) has no verified date as YYYY-MM-DD: fix it (signpost validate) first")
        }
        if date > today {
            throw SignpostError(.invalidInput, "\(date) is in the future (today is \(today)): record a check on the day it was made")
        }
        if date < previous {
            throw SignpostError(
                .invalidInput, "\(date) is before the record's verified date, \(previous): a check cannot make a record older")
        }
        var history: [JSONValue] = []
        switch root["history"] {
        case nil: break
        case .array(let entries)?: history = entries
        case let other?:
            throw SignpostError(.invalidInput, "\(display): history is \(other.typeDescription), not an array: fix it (signpost validate) first")
        }
        let check = CheckRecord(previous: previous, recorded: date, note: note)
        history.append(check.directoryJSON)

        var members: [JSONMember] = []
        for member in root.members where member.key != "history" {
            if member.key == "verified" {
                members.append(JSONMember("verified", .string(date.description)))
                members.append(JSONMember("history", .array(history)))
            } else {
                members.append(member)
            }
        }
        // Where the file had `history` before `verified`, keep it where it was.
        if let at = root.members.firstIndex(where: { $0.key == "history" }),
            at < (root.members.firstIndex { $0.key == "verified" } ?? 0)
        {
            members.removeAll { $0.key == "history" }
            members.insert(JSONMember("history", .array(history)), at: at)
        }
        try AtomicFile.write(JSONWriter(style: .pretty).bytes(.object(JSONObject(members))), to: path)
        return Outcome(file: display, check: check)
    }

    /// Lower-case letters, digits and hyphens: what a service id (and so its file name) may be.
    static func isSlug(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
