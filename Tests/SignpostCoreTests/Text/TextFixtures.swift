import Foundation
@testable import SignpostCore

/// What the text-layer tests share: the bundled common-words list, the taxonomy's vocabulary, and
/// (when the project's shared folder sits beside the package) the labelled resident phrases.
enum TextFixtures {
    static let commonWords: CommonWords = {
        let url = TestSupport.packageRoot.appendingPathComponent("Directory/common-words.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return CommonWords(text: text)
    }()

    /// Every synonym and circumstance phrase of the bundled taxonomy.
    static let taxonomyPhrases: [String] = {
        let taxonomy = TestSupport.directory.taxonomy
        return taxonomy.needs.flatMap(\.synonyms) + taxonomy.circumstancePhrases.flatMap(\.phrases)
    }()

    /// Parish names and "Kent": real words the common list does not have.
    static let placeNames: [String] = TestSupport.directory.parishes.flatMap { parish in
        Tokeniser().tokenise(parish.name).tokens.filter(\.isWord).map(\.normalised)
    } + ["kent"]

    static let corrector = SpellingCorrector(vocabulary: taxonomyPhrases, commonWords: commonWords, alsoKnown: placeNames)

    /// One labelled phrase of shared/examples/phrases.json.
    struct Phrase {
        var text: String
        var need: String?
        var negated: Bool
        var aboutSomeoneElse: Bool
        var notes: String
    }

    static let phrasesURL = TestSupport.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/examples/phrases.json")

    static var hasSharedPhrases: Bool { FileManager.default.fileExists(atPath: phrasesURL.path) }

    static let phrases: [Phrase] = {
        guard let data = try? Data(contentsOf: phrasesURL),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = root["phrases"] as? [[String: Any]] else { return [] }
        return list.map {
            Phrase(text: $0["phrase"] as? String ?? "", need: $0["need"] as? String,
                   negated: $0["negated"] as? Bool ?? false, aboutSomeoneElse: $0["about_someone_else"] as? Bool ?? false,
                   notes: $0["notes"] as? String ?? "")
        }
    }()

    /// One statement of shared/examples/safeguarding.json: `risk` is nil for one that must not
    /// raise a concern.
    struct Statement {
        var text: String
        var risk: String?
    }

    static let statements: [Statement] = {
        let url = phrasesURL.deletingLastPathComponent().appendingPathComponent("safeguarding.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let list = root["statements"] as? [[String: Any]] else { return [] }
        return list.map { Statement(text: $0["text"] as? String ?? "", risk: $0["risk"] as? String) }
    }()

    /// "12 of 40 (30.0%)".
    static func rate(_ hits: Int, _ total: Int) -> String {
        let percent = total == 0 ? 0 : Double(hits) * 100 / Double(total)
        return "\(hits) of \(total) (\(String(format: "%.1f", percent))%)"
    }
}
