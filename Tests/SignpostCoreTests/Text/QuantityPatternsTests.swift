import Testing
@testable import SignpostCore

@Suite("Quantity patterns")
struct QuantityPatternsTests {
    static func find(_ text: String) -> [QuantityPatterns.Quantity] {
        QuantityPatterns().find(in: Tokeniser().tokenise(text)).map(\.quantity)
    }

    @Test("typed values for what residents say", arguments: [
        ("I smoke forty a day", [QuantityPatterns.Quantity.cigarettes(count: 40, per: .day)]),
        ("20 fags a day and I want to stop", [.cigarettes(count: 20, per: .day)]),
        ("I'm on a pack a day", [.cigarettes(count: 20, per: .day)]),
        ("I drink a bottle of wine a night", [.drinks(count: 1, unit: "bottle of wine", per: .night)]),
        ("6 pints a night at the club", [.drinks(count: 6, unit: "pints", per: .night)]),
        ("about 30 units per week, drinking too much", [.drinks(count: 30, unit: "units", per: .week)]),
        ("three cans every night", [.drinks(count: 3, unit: "cans", per: .night)]),
        ("I'm drinking, maybe ten a day", [.drinks(count: 10, unit: "drinks", per: .day)]),
        ("I spend £60 a week on gas", [.money(pence: 6000, per: .week)]),
        ("60 quid a week on the meter", [.money(pence: 6000, per: .week)]),
        ("we owe £1,200", [.money(pence: 120_000, per: nil)]),
        ("I walk the dog twice a day", [.frequency(count: 2, per: .day)]),
        ("my BMI is 34", [.bmi(34)]),
        ("BMI 34.5 and rising", [.bmi(34.5)]),
        ("I'm three stone overweight", [.overweight(stones: 3)]),
        ("I need to lose 3 stone", [.overweight(stones: 3)]),
        ("I weigh 16 stone", [.weight(stones: 16)]),
        ("I'm 16st 7lb", [.weight(stones: 16.5)]),
        ("I'm 72 and live alone", [.age(years: 72, relation: nil)]),
        ("I am 72 years old", [.age(years: 72, relation: nil)]),
        ("I'm twenty-three now", [.age(years: 23, relation: nil)]),
        ("my 8-year-old can't sleep", [.age(years: 8, relation: .child)]),
        ("my husband, 81, has dementia", [.age(years: 81, relation: .partner)]),
    ])
    func quantities(text: String, expected: [QuantityPatterns.Quantity]) {
        #expect(Self.find(text) == expected)
    }

    @Test("numbers that are none of these", arguments: [
        "I'm 12 weeks pregnant", "had 2 falls this year", "I've lost three stone", "one day at a time",
        "a day out would be nice", "we've been on the list four years", "I'm 5 foot 2",
    ])
    func nothing(text: String) {
        #expect(Self.find(text).isEmpty, "\(Self.find(text))")
    }

    @Test("matches quote the resident's words")
    func quotes() {
        let text = Tokeniser().tokenise("Honestly I smoke forty a day.")
        let match = QuantityPatterns().find(in: text)[0]
        #expect(text.quote(match.tokens) == "forty a day")
    }
}
