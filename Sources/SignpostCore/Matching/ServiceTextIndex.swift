import Foundation

/// Full-text relevance of the resident's own words to each service's name and description (BM25
/// over stems), built once per Directory. It is the second signal beside the taxonomy: it ranks
/// services within a need and finds candidates when the taxonomy reads little ("grab rails"
/// appears in a service's description though no need says so).
public struct ServiceTextIndex: Sendable {
    struct Posting: Sendable {
        var service: Int32
        var frequency: Float
    }

    private let postings: [String: [Posting]]
    private let lengths: [Float]
    private let averageLength: Float

    /// BM25's term-frequency saturation and length normalisation.
    static let k1: Float = 1.2
    static let b: Float = 0.75
    /// How much more a word in the service's name counts than one in its description.
    static let nameWeight: Float = 2

    public init(services: [Service]) {
        let tokeniser = Tokeniser()
        var postings: [String: [Posting]] = [:]
        var lengths: [Float] = []
        lengths.reserveCapacity(services.count)
        for (s, service) in services.enumerated() {
            var frequencies: [String: Float] = [:]
            var length: Float = 0
            for (text, weight) in [(service.name, Self.nameWeight), (service.description, 1)] {
                for stem in Self.terms(of: tokeniser.tokenise(text)) {
                    frequencies[stem, default: 0] += weight
                    length += weight
                }
            }
            lengths.append(length)
            for (stem, frequency) in frequencies {
                postings[stem, default: []].append(Posting(service: Int32(s), frequency: frequency))
            }
        }
        self.postings = postings
        self.lengths = lengths
        averageLength = lengths.isEmpty ? 1 : max(1, lengths.reduce(0, +) / Float(lengths.count))
    }

    /// The stems of a text worth searching for: words (not numbers or punctuation) that are not
    /// common function words.
    static func terms(of text: TokenisedText) -> [String] {
        text.tokens.compactMap { token in
            token.isWord && !NeedInterpreter.stopWords.contains(token.normalised) && token.stem.count > 1
                ? token.stem : nil
        }
    }

    /// The stems of the resident's words that may count: meant literally, not denied, about the
    /// resident (a denied or someone else's phrase never counts), not a person's name ("my
    /// husband") and not already read as a taxonomy phrase (that need counts already), without
    /// repeats.
    public static func residentTerms(_ words: ReadWords) -> [(stem: String, word: String)] {
        var seen: Set<String> = []
        var out: [(stem: String, word: String)] = []
        for passage in words.passages {
            for (i, token) in passage.text.tokens.enumerated()
            where token.isWord && passage.isLiteral(i) && !passage.isNegated(i) && passage.person(for: i) == nil
                && !passage.readAsPhrase.contains(i) && !passage.namesPerson(i)
                && !NeedInterpreter.stopWords.contains(token.normalised) && token.stem.count > 1
            {
                if seen.insert(token.stem).inserted { out.append((token.stem, token.normalised)) }
            }
        }
        return out
    }

    /// One service's relevance to some words.
    public struct Hit: Sendable, Equatable {
        public var service: Int
        public var score: Double
        /// The searched stems it contains, in the order searched.
        public var stems: [String]
    }

    /// Services containing any of `stems`, best first (ties by position).
    public func search(_ stems: [String]) -> [Hit] {
        var scores: [Int32: (Double, [String])] = [:]
        let n = Float(lengths.count)
        for stem in stems {
            // A word in a fifth of all services ("people", "support") says nothing about any one.
            guard let list = postings[stem], list.count <= max(3, lengths.count / 5) else { continue }
            let df = Float(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            for posting in list {
                let norm = Self.k1 * (1 - Self.b + Self.b * lengths[Int(posting.service)] / averageLength)
                let part = idf * posting.frequency * (Self.k1 + 1) / (posting.frequency + norm)
                scores[posting.service, default: (0, [])].0 += Double(part)
                scores[posting.service, default: (0, [])].1.append(stem)
            }
        }
        return scores.map { Hit(service: Int($0.key), score: $0.value.0, stems: $0.value.1) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.service < $1.service }
    }

}
