import Foundation
import SignpostCore

/// One labelled phrase of a quality file (`phrases.json`): what a resident said, and the need a
/// careful reader takes from it (nil for small talk, idioms and pure denials).
public struct PhraseCase: Sendable {
    public var phrase: String
    public var need: String?
    public var negated: Bool
    public var aboutSomeoneElse: Bool
    /// Needs the notes say the phrase denies ("denies: stop-smoking").
    public var denies: [String]
    /// Other needs the notes say it touches ("also: bereavement"): read, they are not errors.
    public var also: [String]
    /// The style the notes start with: plain, colloquial, indirect, misspelt, long, someone else,
    /// idiom, negated, small talk.
    public var styles: Set<String>

    public static let knownStyles = [
        "plain", "colloquial", "indirect", "misspelt", "long", "someone else", "idiom", "negated", "small talk",
    ]

    /// Reads a phrases file; throws with the file and what is wrong.
    public static func load(_ path: String) throws -> [PhraseCase] {
        let root = try QualityFile.root(path)
        guard let list = root["phrases"]?.arrayValue else { throw QualityFile.Problem(path, "no \"phrases\" array") }
        return try list.enumerated().map { i, entry in
            guard let phrase = entry["phrase"]?.stringValue else { throw QualityFile.Problem(path, "phrases[\(i)]: no phrase") }
            let notes = entry["notes"]?.stringValue ?? ""
            return PhraseCase(
                phrase: phrase, need: entry["need"]?.stringValue, negated: entry["negated"]?.boolValue ?? false,
                aboutSomeoneElse: entry["about_someone_else"]?.boolValue ?? false, denies: ids(after: "denies", in: notes),
                also: ids(after: "also", in: notes), styles: styles(of: notes))
        }
    }

    static func ids(after label: String, in notes: String) -> [String] {
        var out: [String] = []
        var rest = Substring(notes)
        while let range = rest.range(of: label + ":") {
            rest = rest[range.upperBound...]
            let list = rest.prefix { $0.isLetter || $0 == "-" || $0 == "," || $0 == " " }
            for part in list.split(separator: ",") {
                let id = part.trimmingCharacters(in: .whitespaces)
                let word = id.prefix { $0.isLetter || $0 == "-" }
                if !word.isEmpty, word == id { out.append(String(word)) } else if !word.isEmpty { out.append(String(word)); break }
            }
        }
        return out
    }

    static func styles(of notes: String) -> Set<String> {
        let head = notes.split(whereSeparator: { $0 == ":" || $0 == ";" }).first.map(String.init) ?? ""
        var out: Set<String> = []
        for style in knownStyles where head.contains(style) { out.insert(style) }
        return out
    }
}

/// Reading the quality files.
enum QualityFile {
    struct Problem: Error, CustomStringConvertible {
        var description: String
        init(_ path: String, _ message: String) { description = "\(path): \(message)" }
    }

    static func root(_ path: String) throws -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path) else { throw Problem(path, "cannot be read") }
        do {
            return try JSONParser.parse([UInt8](data)).value
        } catch {
            throw Problem(path, "not valid JSON: \(error)")
        }
    }
}
