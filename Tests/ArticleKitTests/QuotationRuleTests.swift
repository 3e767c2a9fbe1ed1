import Testing
@testable import ArticleKit

/// Each rule that tells a quotation from other words between marks (`QuotationRule`), on a short invented
/// example: the rule that decided, and whether the words are a quotation.
@Suite("Quotation: one example per rule")
struct QuotationRuleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let rule: String
        let text: String
        let quote: String
        let isQuotation: Bool
        var testDescription: String { rule }
    }

    static let examples: [Example] = [
        Example(rule: "no words", text: "The pier, built in “1908”, is closed.", quote: "1908", isQuotation: false),
        Example(rule: "markup", text: "<tweet tweet-author=\"@harbourmaster\" date=\"May 3\">Pier closed</tweet>",
                quote: "@harbourmaster", isQuotation: false),
        Example(rule: "nickname in a name", text: "Jonas “Jojo” Meyer opened the market.", quote: "Jojo", isQuotation: false),
        Example(rule: "name introduced", text: "The so-called “green corridor” opened on Monday.",
                quote: "green corridor", isQuotation: false),
        Example(rule: "known as", text: "The new bridge, known as “the harp”, opened on Monday.",
                quote: "the harp", isQuotation: false),
        Example(rule: "title of a work", text: "The paper ran a story headlined “Harbour fees will rise again next spring”.",
                quote: "Harbour fees will rise again next spring", isQuotation: false),
        Example(rule: "term in the writer's sentence",
                text: "There is nothing ordinary about a “fresh, line-caught harbour mackerel.”",
                quote: "fresh, line-caught harbour mackerel.", isQuotation: false),
        Example(rule: "epithet after a name", text: "Lena Ortiz, “the queen of the harbour,” opened the market.",
                quote: "the queen of the harbour,", isQuotation: false),
        Example(rule: "continued quotation", text: "Marta Lindqvist said: “The pier will hold.\n\n“It was built to last.”",
                quote: "It was built to last.", isQuotation: true),
        Example(rule: "headline", text: "Boats return to the harbour.", quote: "Boats", isQuotation: false),
        Example(rule: "title case", text: "Tickets for “Rivers of Light” sold out in a day.",
                quote: "Rivers of Light", isQuotation: false),
        Example(rule: "name given", text: "Locals call the new bridge “the harp”.", quote: "the harp", isQuotation: false),
        Example(rule: "short fragment", text: "Mayor Lena Ortiz said the plan was “dead and buried” on Monday.",
                quote: "dead and buried", isQuotation: true),
        Example(rule: "sentence or cue", text: "“The pier will hold,” said Marta Lindqvist.",
                quote: "The pier will hold,", isQuotation: true),
    ]

    @Test func everyRuleHasAnExample() {
        #expect(Set(Self.examples.map(\.rule)) == Set(QuotationRule.allCases.map(\.name)))
    }

    @Test(arguments: examples)
    func theRuleDecides(_ example: Example) throws {
        let headline = example.rule == "headline" ? "“Boats” Return, Council Says" : "Harbour Report"
        let source = SourceText(headline + "\n\n" + example.text + "\n")
        let output = ArticleAnalysis.run(source)
        let d = try #require(output.quoteDecisions.first { source.string($0.content) == example.quote },
                             "no candidate \(example.quote)")
        #expect(d.quotationRule.name == example.rule)
        #expect((d.quote != nil || d.quotationRule == .headline && example.isQuotation) == example.isQuotation)
    }
}
