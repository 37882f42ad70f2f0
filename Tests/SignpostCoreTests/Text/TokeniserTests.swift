import Testing
@testable import SignpostCore

@Suite("Tokeniser and normaliser")
struct TokeniserTests {
    static func normalised(_ text: String) -> [String] { Tokeniser().tokenise(text).tokens.map(\.normalised) }

    @Test("normalises case, quotes, accents, ampersands and repeats", arguments: [
        ("Lonely, since my HUSBAND died", ["lonely", ",", "since", "my", "husband", "died"]),
        ("I can’t afford it", ["i", "can't", "afford", "it"]),
        ("‘Money’s tight’", ["money's", "tight"]),
        ("cant sleep, dont know, wasnt me", ["can't", "sleep", ",", "don't", "know", ",", "wasn't", "me"]),
        ("the café club", ["the", "cafe", "club"]),
        ("cafe\u{301} naïve Zoë façade", ["cafe", "naive", "zoe", "facade"]),
        ("Straße", ["strasse"]),
        ("bread & butter", ["bread", "and", "butter"]),
        ("sooo lonelyyyy!!!", ["soo", "lonelyy", "!!!"]),
        ("I need... help", ["i", "need", "...", "help"]),
        ("tired - really tired", ["tired", "-", "really", "tired"]),
        ("kids' clubs", ["kids", "clubs"]),
        ("M25 and TN13", ["m25", "and", "tn13"]),
        ("Привет мир", ["привет", "мир"]),
        ("hello 👋 there", ["hello", "there"]),
    ])
    func normalise(text: String, expected: [String]) {
        #expect(Self.normalised(text) == expected)
    }

    @Test("numbers: digits, words, decimals, thousands", arguments: [
        ("I smoke forty a day", ["i", "smoke", "40", "a", "day"]),
        ("twenty-five years", ["25", "years"]),
        ("twenty five years", ["25", "years"]),
        ("three stone overweight", ["3", "stone", "overweight"]),
        ("a hundred and ten", ["110"]),
        ("two and a half stone", ["2.5", "stone"]),
        ("a dozen eggs", ["12", "eggs"]),
        ("BMI 34.5", ["bmi", "34.5"]),
        ("£1,200 debt", ["£1200", "debt"]),
        ("1,200 people, 3, 4", ["1200", "people", ",", "3", ",", "4"]),
        ("one a day", ["1", "a", "day"]),
        ("no one cares", ["no", "one", "cares"]),
        ("one of my friends", ["one", "of", "my", "friends"]),
        ("only got the one bed room", ["only", "got", "the", "one", "bed", "room"]),
        ("I'm seventy two", ["i'm", "72"]),
        ("20mg ones", ["20", "mg", "ones"]),
    ])
    func numbers(text: String, expected: [String]) {
        #expect(Self.normalised(text) == expected)
    }

    @Test("money: £ amounts and pence")
    func money() {
        let tokens = Tokeniser().tokenise("spend £60 a week, £1.50 each, 60p").tokens
        let money = tokens.compactMap { token -> Int? in
            if case .money(let pence) = token.kind { return pence }
            return nil
        }
        #expect(money == [6000, 150, 60])
        #expect(tokens.map(\.normalised) == ["spend", "£60", "a", "week", ",", "£1.50", "each", ",", "60p"])
    }

    @Test("tokens quote the resident's own words")
    func ranges() {
        let text = "My husband’s got COPD, twenty-five years now"
        let tokenised = Tokeniser().tokenise(text)
        #expect(tokenised.original(1) == "husband’s")
        #expect(tokenised.tokens[1].normalised == "husband's")
        #expect(tokenised.tokens[1].stem == "husband")
        #expect(tokenised.original(5) == "twenty-five")
        #expect(tokenised.quote(1..<4) == "husband’s got COPD")
    }

    @Test("hyphens and slashes split words but stay joinable")
    func compounds() {
        let tokenised = Tokeniser().tokenise("a health check-up and/or a 8-year-old")
        #expect(tokenised.tokens.map(\.normalised) == ["a", "health", "check", "up", "and", "or", "a", "8", "year", "old"])
        #expect(tokenised.tokens[2].joinsNext && !tokenised.tokens[3].joinsNext)
        let compound = tokenised.compound(at: 2)
        #expect(compound?.normalised == "checkup")
        #expect(compound?.tokens == 2..<4)
        #expect(tokenised.compound(at: 7)?.normalised == "8yearold")
        #expect(tokenised.compound(at: 1) == nil)
    }

    @Test("stems come with the tokens")
    func stems() {
        let tokens = Tokeniser().tokenise("Worried about falls, smoking and drinking").tokens
        #expect(tokens.map(\.stem) == ["worri", "about", "fall", ",", "smoke", "and", "drink"])
    }

    @Test("TextNormaliser.normalise joins the normalised tokens")
    func wholeText() {
        #expect(TextNormaliser.normalise("I can’t afford £60 a week & I smoke forty a day!")
            == "i can't afford £60 a week and i smoke 40 a day !")
        #expect(TextNormaliser.normaliseWord("Caféééé") == "cafee")
        #expect(TextNormaliser.normaliseWord("DONT") == "don't")
    }
}
