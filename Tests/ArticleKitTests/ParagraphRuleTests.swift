import Testing
@testable import ArticleKit

/// Each rule of the paragraph classification (`ParagraphRule`), on a short invented article: the rule that
/// decides the paragraph, and the kind it gets.
@Suite("Paragraph rules: one example per rule")
struct ParagraphRuleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let rule: String
        /// The article's paragraphs after its title, one per line (blank lines are put between them).
        let paragraphs: [String]
        /// The paragraph the rule decides.
        let paragraph: String
        let kind: ParagraphKind
        var testDescription: String { rule }
    }

    static let body1 = "The harbour board approved the new ferry terminal on Tuesday after a long debate."
    static let body2 = "Work on the pier will start in the spring and last two years, the board said."
    static let quoted = "“We have waited long enough for this,” said Mara Lind, who chairs the board."

    static let examples: [Example] = [
        Example(rule: "boilerplate phrase", paragraphs: [body1, "Continue reading the main story", body2],
                paragraph: "Continue reading the main story", kind: .boilerplate),
        Example(rule: "bracketed link", paragraphs: [body1, "(What the new terminal will cost)", body2],
                paragraph: "(What the new terminal will cost)", kind: .boilerplate),
        Example(rule: "gallery counter", paragraphs: ["1 of 12. A ferry leaves the old pier at dawn.", body1, body2],
                paragraph: "1 of 12. A ferry leaves the old pier at dawn.", kind: .boilerplate),
        Example(rule: "chart label", paragraphs: [body1, "Passengers by year: 2010 - 2020", body2],
                paragraph: "Passengers by year: 2010 - 2020", kind: .boilerplate),
        Example(rule: "footnote", paragraphs: [body1, body2, "* Figures for 2020 are estimates."],
                paragraph: "* Figures for 2020 are estimates.", kind: .boilerplate),
        Example(rule: "no words", paragraphs: [body1, "---", body2], paragraph: "---", kind: .boilerplate),
        Example(rule: "markup leftover", paragraphs: [body1, "<embed id=\"77\"></embed>", body2],
                paragraph: "<embed id=\"77\"></embed>", kind: .boilerplate),
        Example(rule: "link list label", paragraphs: [body1, body2, "More harbour news:", "Ferry fares rise again"],
                paragraph: "More harbour news:", kind: .boilerplate),
        Example(rule: "contributor line", paragraphs: [body1, body2, "Tom Vale contributed reporting from Port Ellen."],
                paragraph: "Tom Vale contributed reporting from Port Ellen.", kind: .boilerplate),
        Example(rule: "follow line", paragraphs: [body1, body2, "Follow Ada Brennan on Twitter @adabrennan."],
                paragraph: "Follow Ada Brennan on Twitter @adabrennan.", kind: .boilerplate),
        Example(rule: "promotion line", paragraphs: [body1, "Keep up with the Harbour Gazette’s morning newsletter.", body2],
                paragraph: "Keep up with the Harbour Gazette’s morning newsletter.", kind: .boilerplate),
        Example(rule: "embed lead-in", paragraphs: [body1, "Watch the council’s vote below:", body2],
                paragraph: "Watch the council’s vote below:", kind: .boilerplate),
        Example(rule: "byline", paragraphs: ["By Ada Brennan", body1, body2],
                paragraph: "By Ada Brennan", kind: .byline),
        Example(rule: "list marker", paragraphs: [body1, "- a new waiting room", body2],
                paragraph: "- a new waiting room", kind: .listItem),
        Example(rule: "markdown heading", paragraphs: [body1, "## The new pier", body2],
                paragraph: "## The new pier", kind: .heading),
        Example(rule: "photo credit", paragraphs: [body1, "The old pier at dawn. Photo: Ada Brennan", body2],
                paragraph: "The old pier at dawn. Photo: Ada Brennan", kind: .caption),
        Example(rule: "agency credit", paragraphs: [body1, "Tom Vale via Reuters.", body2],
                paragraph: "Tom Vale via Reuters.", kind: .caption),
        Example(rule: "date line", paragraphs: ["Updated Sept. 25, 2018 1:39 PM ET", body1, body2],
                paragraph: "Updated Sept. 25, 2018 1:39 PM ET", kind: .dateline),
        Example(rule: "photographer after a media label", paragraphs: [body1, "View photo", "Ada Brennan", body2],
                paragraph: "Ada Brennan", kind: .caption),
        Example(rule: "list of short lines", paragraphs: [body1, "Best Ferry", "Best Harbour", "Best Pier", body2],
                paragraph: "Best Ferry", kind: .listItem),
        Example(rule: "standalone heading", paragraphs: [body1, "Costs Rise", body2],
                paragraph: "Costs Rise", kind: .heading),
        Example(rule: "stacked headings", paragraphs: [body1, "Getting there", "By ferry", body2],
                paragraph: "By ferry", kind: .heading),
        Example(rule: "numbered heading",
                paragraphs: [body1, "1. Check the lifejackets", body2, "2. Keep to the right of the channel", body1],
                paragraph: "2. Keep to the right of the channel", kind: .heading),
        Example(rule: "sentence-case heading",
                paragraphs: [body1, "Costs are rising faster than the board planned", body2],
                paragraph: "Costs are rising faster than the board planned", kind: .heading),
        Example(rule: "heading without text", paragraphs: [body1, body2, "## Harbour News"],
                paragraph: "## Harbour News", kind: .body),
        Example(rule: "link list after a label",
                paragraphs: [body1, body2, "Read more:", "Ferry fares rise again", "The pier that time forgot"],
                paragraph: "Ferry fares rise again", kind: .boilerplate),
        Example(rule: "author's note at the end",
                paragraphs: [body1, body2, "Ada Brennan is a reporter at the Harbour Gazette."],
                paragraph: "Ada Brennan is a reporter at the Harbour Gazette.", kind: .boilerplate),
        Example(rule: "capital credit at the end",
                paragraphs: [body1, body2, "ADA BRENNAN, HARBOUR EDITOR, IN PORT ELLEN"],
                paragraph: "ADA BRENNAN, HARBOUR EDITOR, IN PORT ELLEN", kind: .boilerplate),
        Example(rule: "readers' comments",
                paragraphs: [body1, quoted, body2, "I think the terminal is a waste of our money.",
                             "We never use the ferry anyway, so why should we pay?",
                             "My family has sailed from that pier for fifty years."],
                paragraph: "I think the terminal is a waste of our money.", kind: .boilerplate),
        Example(rule: "chart block",
                paragraphs: [body1, "Passengers by year: 2010 - 2020", "In thousands, by route",
                             "Crossings by month: 1 - 12", body2],
                paragraph: "In thousands, by route", kind: .boilerplate),
        Example(rule: "pull quote",
                paragraphs: [body1 + " " + body2, "Work on the pier will start in the spring and last two years, the board said.",
                             "The board will meet again in May to choose a builder for the terminal."],
                paragraph: "Work on the pier will start in the spring and last two years, the board said.", kind: .boilerplate),
    ]

    @Test func everyRuleHasAnExample() {
        #expect(Set(Self.examples.map(\.rule)) == Set(ParagraphRule.allCases.map(\.name)))
    }

    @Test(arguments: examples)
    func theRuleDecidesTheParagraph(_ example: Example) throws {
        let text = SourceText("Harbour Report\n\n" + example.paragraphs.joined(separator: "\n\n") + "\n")
        let structure = StructureParser.parse(text)
        let k = try #require(structure.paragraphs.firstIndex { text.string($0.range) == example.paragraph },
                             "no paragraph \(example.paragraph)")
        #expect(structure.rules[k]?.name == example.rule)
        #expect(structure.paragraphs[k].kind == example.kind)
    }
}
