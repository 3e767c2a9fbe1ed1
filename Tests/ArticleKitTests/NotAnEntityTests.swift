import Testing
@testable import ArticleKit

/// Each rule that keeps a name out of the entity list (`NotAnEntityRule`), on a short invented example: the name
/// is not listed, and without the rule it would be.
@Suite("Not an entity: one example per rule")
struct NotAnEntityTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let rule: String
        let text: String
        let name: String
        var testDescription: String { rule }
    }

    static let examples: [Example] = [
        Example(rule: "only in headlines", text: "Crew Cheers Marta\n\nThe crew stayed in port.", name: "Marta"),
        Example(rule: "hashtag or handle", text: "Report\n\nCrews posted under #StrandedAbroad all night.", name: "StrandedAbroad"),
        Example(rule: "once at a sentence start", text: "Report\n\nThe crew stayed. Marta left early.", name: "Marta"),
        Example(rule: "event, law or work", text: "Report\n\nFans queued for Starfall 2 at midnight.", name: "Starfall"),
        Example(rule: "agency credit", text: "Report\n\nThe figures (Reuters) were revised on Monday.", name: "Reuters"),
        Example(rule: "written in lower case", text: "Report\n\nThe Quillon rang twice, as a quillon does.", name: "Quillon"),
        Example(rule: "organisation, place or title word alone", text: "Report\n\nThe Ministry declined to comment.", name: "Ministry"),
        Example(rule: "common word alone", text: "Report\n\nThe panel praised Credibility above all.", name: "Credibility"),
        Example(rule: "common word alone", text: "Report\n\nThe panel praised Beekeeping above all.", name: "Beekeeping"),
        Example(rule: "acronym of a thing", text: "Report\n\nShe printed the PDF file and framed her PhD certificate.", name: "PDF"),
        Example(rule: "party adjective", text: "Report\n\nA Republican councillor and two Republican donors spoke.", name: "Republican"),
        Example(rule: "adjective of origin", text: "Report\n\nThe Shetlandic skippers met the crews.", name: "Shetlandic"),
    ]

    @Test func everyRuleHasAnExample() {
        #expect(Set(Self.examples.map(\.rule)) == Set(NotAnEntityRule.allCases.map(\.name)))
    }

    /// The names of the entities of `text`, with the rule `skipped` left out.
    static func names(_ text: SourceText, skipping skipped: NotAnEntityRule? = nil) -> [String] {
        let output = ArticleAnalysis.run(text)
        let evidence = NameEvidence(output.tokens)
        let found = MentionFinder(text: text, tokens: output.tokens, evidence: evidence).find()
        let built = EntityBuilder.build(found.mentions, found.evidence, tokens: output.tokens, text: text, evidence: evidence,
                                        skipping: skipped.map { 1 << $0.rawValue } ?? 0)
        return built.entities.flatMap(\.aliases)
    }

    @Test(arguments: examples)
    func theRuleDropsTheName(_ example: Example) throws {
        let text = SourceText(example.text + "\n")
        let rule = try #require(NotAnEntityRule.allCases.first { $0.name == example.rule })
        #expect(!Self.names(text).contains(example.name))
        #expect(Self.names(text, skipping: rule).contains(example.name), "the example does not need the rule")
    }
}
