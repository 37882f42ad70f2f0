import Testing
@testable import SignpostCore

@Suite("Common English words")
struct CommonWordsTests {
    @Test("parses one word a line, skipping comments and blanks, keeping frequency order")
    func parse() {
        let words = CommonWords(text: "# From somewhere\n\nthe\nOf\n  and \n# another comment\nthe\ndon’t\n")
        #expect(words.source == "From somewhere")
        #expect(words.count == 4)
        #expect(words.rank(of: "the") == 0 && words.rank(of: "of") == 1 && words.rank(of: "and") == 2)
        #expect(words.contains("don't"))
        #expect(!words.contains("lonley"))
        #expect(words.containsForm(of: "ands"))
    }

    @Test("the bundled list: 5,000 words with a source line, and no common typo")
    func bundled() {
        let words = TextFixtures.commonWords
        #expect(words.count > 4_900)  // 5,000 lines; "dont" and "don't" are one word once normalised
        #expect(words.source?.contains("wordfreq") == true)
        for word in ["the", "lonely", "money", "don't", "mum", "worried", "because"] { #expect(words.contains(word), "\(word)") }
        for typo in ["lonley", "anxity", "wieght", "depresed", "becuase", "definately"] { #expect(!words.contains(typo), "\(typo)") }
    }
}
