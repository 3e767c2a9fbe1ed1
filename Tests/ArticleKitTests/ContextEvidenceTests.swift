import Testing
@testable import ArticleKit

/// Each rule that reads a type from a mention's context (`ContextRule`), on a short invented example: a single
/// word with no evidence of its own, the rule that gives its vote, and the type the entity gets.
@Suite("Context evidence: one example per rule")
struct ContextEvidenceTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let rule: String
        let text: String
        let name: String
        let type: EntityType
        var testDescription: String { rule }
    }

    static let examples: [Example] = [
        Example(rule: "place preposition", text: "The convoy waited outside Kessmark overnight.", name: "Kessmark", type: .place),
        Example(rule: "leader's body", text: "Tariffs rose under the Vandersloot administration.", name: "Vandersloot", type: .person),
        Example(rule: "organisation verb", text: "After the course she joined Vellacorp as a clerk.", name: "Vellacorp", type: .organization),
        Example(rule: "at", text: "He trained for two years at Marrowick before the war.", name: "Marrowick", type: .organization),
        Example(rule: "town before its region", text: "Storms hit Pellworth, Alabama, on Monday.", name: "Pellworth", type: .place),
        Example(rule: "citation", text: "Reading aloud helps, as Brezinski (2005) showed.", name: "Brezinski", type: .person),
        Example(rule: "citation", text: "Reading aloud helps, as Brezinski & Tolle (2005) showed.", name: "Brezinski", type: .person),
        Example(rule: "relative pronoun", text: "The pumps were made by Darnova, which opened a plant in May.", name: "Darnova", type: .organization),
        Example(rule: "organisation follower", text: "Analysts expect Torvane shares to rise.", name: "Torvane", type: .organization),
        Example(rule: "person follower", text: "The plan works, Kessick said on Monday.", name: "Kessick", type: .person),
    ]

    @Test func everyRuleHasAnExample() {
        #expect(Set(Self.examples.map(\.rule)) == Set(ContextRule.allCases.map(\.name)))
    }

    @Test(arguments: examples)
    func theRuleGivesTheVote(_ example: Example) throws {
        let text = SourceText("Morning Report\n\n" + example.text + "\n")
        let output = ArticleAnalysis.run(text)
        let mention = try #require(output.mentions.first { $0.surface(output.tokens, text) == example.name },
                                   "no mention \(example.name)")
        #expect(mention.hint == nil, "the name has evidence of its own")
        #expect(ContextRule.allCases.first { $0.vote(mention, output.tokens) != nil }?.name == example.rule)
        #expect(output.entities.first { $0.aliases.contains(example.name) }?.type == example.type)
    }

    @Test func aCitationNeedsAYear() {
        let a = Article(analyzing: "Notes\n\nAs Brezinski et al. argue, and as Ostrova (1987) found, it helps.\n")
        #expect(a.entity("Brezinski")?.type == .person)
        #expect(a.entity("Ostrova")?.type == .person)
    }
}
