import Testing
@testable import ArticleKit

/// Each rule that gives a quote its speaker (`AttributionRule`) and each construction of a cue (`CueForm`), on a
/// short invented example: the rule that decided, and the speaker it gave.
@Suite("Attribution: one example per rule and per cue form")
struct AttributionRuleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let rule: String
        let text: String
        let quote: String
        let speaker: String?
        var testDescription: String { rule }
    }

    /// The decision about the quote whose words are `quote` in `text` (after a headline).
    static func decision(_ text: String, _ quote: String) -> (QuoteDecision, String?)? {
        let source = SourceText("Harbour Report\n\n" + text + "\n")
        let output = ArticleAnalysis.run(source)
        guard let d = output.quoteDecisions.first(where: { source.string($0.content) == quote }) else { return nil }
        return (d, d.quote?.speaker?.name)
    }

    static let rules: [Example] = [
        Example(rule: "cue after the quote", text: "“The pier will hold,” said Marta Lindqvist.",
                quote: "The pier will hold,", speaker: "Marta Lindqvist"),
        Example(rule: "cue before the quote", text: "Marta Lindqvist told the council: “The pier will hold.”",
                quote: "The pier will hold.", speaker: "Marta Lindqvist"),
        Example(rule: "colon lead-in", text: "Harbour master Oskar Brandt was calm: “The pier will hold.”",
                quote: "The pier will hold.", speaker: "Oskar Brandt"),
        Example(rule: "cue later in the sentence",
                text: "“The pier will hold” was all that the engineer in charge, Pavel Novak, would tell reporters.",
                quote: "The pier will hold", speaker: "Pavel Novak"),
        Example(rule: "earlier segment", text: "Marta Lindqvist said: “The pier will hold.\n\n“It was built to last.”",
                quote: "It was built to last.", speaker: "Marta Lindqvist"),
        Example(rule: "sentence before",
                text: "Marta Lindqvist said the repairs were finished. “The pier will hold for another century.”",
                quote: "The pier will hold for another century.", speaker: "Marta Lindqvist"),
        Example(rule: "quote before in the paragraph",
                text: "“We are done,” said Marta Lindqvist. The crews left at noon. “The pier will hold for another century.”",
                quote: "The pier will hold for another century.", speaker: "Marta Lindqvist"),
        Example(rule: "quote paragraph before",
                text: "“We are done,” said Marta Lindqvist.\n\n“The pier will hold for another century.”",
                quote: "The pier will hold for another century.", speaker: "Marta Lindqvist"),
        Example(rule: "cue of the paragraph before",
                text: "Marta Lindqvist told the council the repairs were finished.\n\n“The pier will hold for another century.”",
                quote: "The pier will hold for another century.", speaker: "Marta Lindqvist"),
    ]

    static let forms: [Example] = [
        Example(rule: "speaker then verb", text: "“The pier will hold,” Marta Lindqvist said.",
                quote: "The pier will hold,", speaker: "Marta Lindqvist"),
        Example(rule: "verb then speaker", text: "“The pier will hold,” added Marta Lindqvist.",
                quote: "The pier will hold,", speaker: "Marta Lindqvist"),
        Example(rule: "according to", text: "The pier will reopen “within the month,” according to Marta Lindqvist.",
                quote: "within the month,", speaker: "Marta Lindqvist"),
        Example(rule: "quoted as saying", text: "“The pier will hold,” local radio quoted Marta Lindqvist as saying.",
                quote: "The pier will hold,", speaker: "Marta Lindqvist"),
        Example(rule: "as the speaker put it", text: "The port will need “a decade of dredging,” as Marta Lindqvist put it.",
                quote: "a decade of dredging,", speaker: "Marta Lindqvist"),
        Example(rule: "dash then name", text: "“The pier will hold.” — Marta Lindqvist, harbour engineer",
                quote: "The pier will hold.", speaker: "Marta Lindqvist"),
        Example(rule: "in the speaker's words", text: "The port is, in Marta Lindqvist's words, “a museum with cranes.”",
                quote: "a museum with cranes.", speaker: "Marta Lindqvist"),
        Example(rule: "name before a colon", text: "Harbour engineer Pavel Novak: “The pier will hold.”",
                quote: "The pier will hold.", speaker: "Pavel Novak"),
        Example(rule: "lead-in before a colon", text: "Pavel Novak was calm: “The pier will hold.”",
                quote: "The pier will hold.", speaker: "Pavel Novak"),
    ]

    @Test func everyRuleHasAnExample() {
        #expect(Set(Self.rules.map(\.rule)) == Set(AttributionRule.allCases.map(\.name)))
    }

    @Test func everyCueFormHasAnExample() {
        #expect(Set(Self.forms.map(\.rule)) == Set(CueForm.allCases.map(\.name)))
    }

    @Test(arguments: rules)
    func theRuleGivesTheSpeaker(_ example: Example) throws {
        let (d, speaker) = try #require(Self.decision(example.text, example.quote), "no quote \(example.quote)")
        #expect(d.attributionRule?.name == example.rule)
        #expect(speaker == example.speaker)
    }

    @Test(arguments: forms)
    func theCueFormGivesTheSpeaker(_ example: Example) throws {
        let (d, speaker) = try #require(Self.decision(example.text, example.quote), "no quote \(example.quote)")
        #expect(d.cueForm?.name == example.rule)
        #expect(speaker == example.speaker)
    }
}
