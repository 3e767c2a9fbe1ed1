import Testing
@testable import ArticleKit

/// Each pass that cuts a run of capitalised words into a name (`NamePass`), on a short invented example: the
/// names found with every pass, and proof that the pass is what makes them so (without it they differ).
@Suite("Name passes: one example per pass")
struct NamePassTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let pass: String
        let text: String
        /// Every name found, in text order.
        let names: [String]
        var testDescription: String { pass }
    }

    static let examples: [Example] = [
        Example(pass: "shouting", text: "The sign read “OPEN UNTIL THE BREAD RUNS OUT” and by noon the bread was gone.",
                names: []),
        Example(pass: "leading demonyms", text: "The Brazilian Kaio Ferraz scored twice.", names: ["Kaio Ferraz"]),
        Example(pass: "leading country", text: "The U.S. Federal Water Agency approved the plan.",
                names: ["U.S.", "Federal Water Agency"]),
        Example(pass: "role word starting a sentence", text: "Engineer Pavel Novak warned the council.",
                names: ["Pavel Novak"]),
        Example(pass: "common word starting a sentence before a given name",
                text: "It was late. Enter Stuart Kaplan, the new editor.", names: ["Stuart Kaplan"]),
        Example(pass: "honorific", text: "The talks ended, and Ms King left first.", names: ["King"]),
        Example(pass: "titles", text: "The deal was signed by Coastal Police Commissioner Ana Ruiz on Friday.",
                names: ["Coastal Police", "Ana Ruiz"]),
        Example(pass: "word that starts sentences or a title alone", text: "The crews met After lunch on the quay.",
                names: []),
        Example(pass: "demonym alone", text: "The students debated Leninism at length.", names: []),
        Example(pass: "single letter", text: "The route runs from B to the harbour.", names: []),
        Example(pass: "acronym plural", text: "The vote was delayed for the MSPs of the region.", names: []),
        Example(pass: "flight", text: "The crew of Velta Air Flight VX12 landed safely.", names: ["Velta Air"]),
        Example(pass: "authors cited together", text: "Gains fade with age (Marsden & Okoye, 2009).",
                names: ["Marsden", "Okoye"]),
    ]

    @Test func everyPassHasAnExample() {
        #expect(Set(Self.examples.map(\.pass)) == Set(NamePass.allCases.map(\.name)))
    }

    /// The names found in `text`, with the passes of `skipped` left out.
    static func names(_ text: SourceText, skipping skipped: NamePass? = nil) -> [String] {
        let output = ArticleAnalysis.run(text)
        var finder = MentionFinder(text: text, tokens: output.tokens, evidence: NameEvidence(output.tokens))
        if let skipped { finder.skippedPasses = 1 << skipped.rawValue }
        return finder.find().mentions.filter { $0.paragraph >= 0 }.map { $0.surface(output.tokens, text) }
    }

    @Test(arguments: examples)
    func thePassCutsTheName(_ example: Example) throws {
        let text = SourceText("Morning Report\n\n" + example.text + "\n")
        let pass = try #require(NamePass.allCases.first { $0.name == example.pass })
        #expect(Self.names(text) == example.names)
        #expect(Self.names(text, skipping: pass) != example.names, "the example does not need the pass")
    }
}
