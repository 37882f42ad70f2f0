import Foundation

/// A list of common English words, to tell a real word from a typo: ``SpellingCorrector`` never
/// corrects a word on it. The bundled list is `Directory/common-words.txt` (the 5,000 most frequent
/// English words, most frequent first); this type parses such a text and answers look-ups. Loading
/// the file is the caller's business.
public struct CommonWords: Sendable {
    private let ranks: [String: Int]
    private let stems: Set<String>
    /// The text of the list's first comment line (where the words came from), if it has one.
    public let source: String?

    /// Parses one word a line, most frequent first. Lines starting with `#` are comments; blank
    /// lines are skipped; words are normalised (lower-case, straight apostrophes, accents folded).
    public init(text: String) {
        var words: [String] = []
        var source: String? = nil
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("#") {
                if source == nil { source = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces) }
                continue
            }
            words.append(String(trimmed))
        }
        self.init(words: words, source: source)
    }

    /// The given words, most frequent first.
    public init(words: some Sequence<String>, source: String? = nil) {
        var ranks: [String: Int] = [:]
        var stems: Set<String> = []
        for word in words {
            let normalised = TextNormaliser.normaliseWord(word)
            guard !normalised.isEmpty, ranks[normalised] == nil else { continue }
            ranks[normalised] = ranks.count
            stems.insert(EnglishStemmer.stem(normalised))
        }
        self.ranks = ranks
        self.stems = stems
        self.source = source
    }

    /// How many distinct words the list holds.
    public var count: Int { ranks.count }

    /// Whether the (normalised) word is on the list.
    public func contains(_ word: String) -> Bool { ranks[word] != nil }

    /// Whether the word is on the list or is another form of a listed word (same Porter2 stem:
    /// "worrying" for "worried").
    public func containsForm(of word: String) -> Bool { containsForm(of: word, stem: EnglishStemmer.stem(word)) }

    /// The same, given the word's stem.
    func containsForm(of word: String, stem: String) -> Bool { ranks[word] != nil || stems.contains(stem) }

    /// Every word on the list, and every word's stem (for building look-up tables).
    var words: Dictionary<String, Int>.Keys { ranks.keys }
    var allStems: Set<String> { stems }

    /// The word's place in the list, 0 for the most frequent.
    public func rank(of word: String) -> Int? { ranks[word] }
}
