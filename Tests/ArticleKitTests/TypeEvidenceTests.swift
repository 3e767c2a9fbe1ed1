import Testing
@testable import ArticleKit

/// Each rule of the type evidence (`TypeEvidenceRule`), on a short invented example: the rule
/// that decides the name's evidence, and the type the entity gets.
@Suite("Type evidence: one example per rule")
struct TypeEvidenceTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let rule: String
        let text: String
        let name: String
        let type: EntityType?
        var testDescription: String { rule }
    }

    static let examples: [Example] = [
        Example(rule: "known name", text: "Officials at the Pentagon declined to comment.", name: "Pentagon", type: .organization),
        Example(rule: "gazetteer place", text: "The ferry left for New York on Monday.", name: "New York", type: .place),
        Example(rule: "demonym and movement word", text: "Leaders of the Islamic Front met at noon.", name: "Islamic Front", type: .organization),
        Example(rule: "facility head", text: "Flights left Marrow International Airport late.", name: "Marrow International Airport", type: .place),
        Example(rule: "organisation word", text: "Shares of Velta Biosciences rose on Monday.", name: "Velta Biosciences", type: .organization),
        Example(rule: "after a place noun", text: "Rain flooded the Harlow suburb of Kessing Vale overnight.", name: "Kessing Vale", type: .place),
        Example(rule: "ampersand", text: "The book is published by Orrin & Vale next year.", name: "Orrin & Vale", type: .organization),
        Example(rule: "given name before a place word", text: "The minister met Frank Field after the vote.", name: "Frank Field", type: .person),
        Example(rule: "place word last", text: "Floods closed roads across Marsh County overnight.", name: "Marsh County", type: .place),
        Example(rule: "place prefix", text: "The bus reached San Teodar before dawn.", name: "San Teodar", type: .place),
        Example(rule: "feature prefix", text: "Climbers reached Mt. Korvan on Sunday.", name: "Mt. Korvan", type: .place),
        Example(rule: "title or honorific", text: "The vote was delayed, and Mr Burlow left early.", name: "Burlow", type: .person),
        Example(rule: "given name first", text: "The plan was drawn up by Brianna Colfax last year.", name: "Brianna Colfax", type: .person),
        Example(rule: "short word in capitals", text: "The report by the IAWO was published on Monday.", name: "IAWO", type: .organization),
        Example(rule: "dateline", text: "TRELLOW — The harbour reopened on Monday.", name: "TRELLOW", type: .place),
        Example(rule: "camel case", text: "Passengers of NorthWind were delayed again.", name: "NorthWind", type: .organization),
        Example(rule: "town", text: "The storm reached Hoboken overnight.", name: "Hoboken", type: .place),
    ]

    @Test func everyRuleHasAnExample() {
        #expect(Set(Self.examples.map(\.rule)) == Set(TypeEvidenceRule.allCases.map(\.name)))
    }

    @Test(arguments: examples)
    func theRuleDecidesTheName(_ example: Example) throws {
        let text = SourceText("Morning Report\n\n" + example.text + "\n")
        let output = ArticleAnalysis.run(text)
        let mention = try #require(output.mentions.first { $0.surface(output.tokens, text) == example.name },
                                   "no mention \(example.name)")
        #expect(mention.rule?.name == example.rule)
        if let type = example.type {
            #expect(output.entities.first { $0.aliases.contains(example.name) }?.type == type)
        }
    }
}
