import SignpostCore

/// Plain keyword search, as UK directories such as Outpost offer it: the resident's words
/// matched against service names and descriptions (BM25 over stems, the same index the engine
/// uses), with the age and service-area filters, and nothing else — no taxonomy, no rules. The
/// quality benchmark runs the same residents through it, side by side with Signpost.
public struct KeywordBaseline: Sendable {
    let index: ServiceIndex

    public init(index: ServiceIndex) { self.index = index }

    /// The services the search lists for a resident, best first, with their organisations' names.
    public func search(_ query: ResidentQuery, limit: Int? = nil) -> [(service: Service, organisation: String)] {
        let directory = index.directory
        let parish: Int?
        switch query.place {
        case .parish(let name): parish = directory.parishOrdinal(named: name)
        default: parish = (try? ResolvedPlace.resolve(query.place, index: index))?.parishes.first
        }
        // Keyword search reads words, not meanings: no negation or attribution, as such engines do.
        let tokeniser = Tokeniser()
        var stems: [String] = []
        for entry in query.needs {
            for token in tokeniser.tokenise(entry).tokens
            where token.isWord && !NeedInterpreter.stopWords.contains(token.normalised) && !stems.contains(token.stem) {
                stems.append(token.stem)
            }
        }
        var out: [(Service, String)] = []
        for hit in index.text.search(stems) {
            let service = directory.services[hit.service]
            if let age = query.age {
                if let min = service.eligibility.minimumAge, age < min { continue }
                if let max = service.eligibility.maximumAge, age > max { continue }
            }
            if let parish, !index.serves(service: hit.service, parish: parish) { continue }
            out.append((service, index.organisationNames[hit.service]))
            if out.count == (limit ?? query.limit) { break }
        }
        return out
    }
}
