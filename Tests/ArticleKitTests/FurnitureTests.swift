import Testing
@testable import ArticleKit

/// Page furniture in plain text, on invented articles: what it is, that story text that looks like it stays
/// text, and that furniture feeds neither entities, headings nor speakers.
@Suite("Page furniture: captions, credits, bios, follow lines, dates, headings")
struct FurnitureTests {
    static func kinds(_ paragraphs: [String]) -> [String: ParagraphKind] {
        let text = SourceText("Harbour Report\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
        var kinds: [String: ParagraphKind] = [:]
        for p in StructureParser.parse(text).paragraphs { kinds[text.string(p.range)] = p.kind }
        return kinds
    }

    static let lede = "The harbour board approved the new ferry terminal on Tuesday after a long debate."
    static let more = "Work on the pier will start in the spring and last two years, the board said."
    static let quote = "“We have waited long enough for this,” said Mara Lind, who chairs the board."

    @Test func storyTextThatLooksLikeFurnitureStaysText() {
        let lines = [
            Self.lede,
            // Points at something, but with no link or embed words.
            "Both ferries had to answer for videos of crowded decks, and both crews are already here.",
            // "contributed" as a verb of the story.
            "Ms Lind contributed $500 to the appeal, the filing shows.",
            // A network named in the story.
            "The board posted the decision on Twitter on Tuesday morning, hours before the vote.",
            // An embedded post with its words is part of the story.
            "<post author=\"@harbourboard\">The vote passes nine to two.</post>",
            Self.more,
        ]
        let kinds = Self.kinds(lines)
        for line in lines { #expect(kinds[line] == .body, "\(line)") }
    }

    @Test func closingAuthorBoxAndContributorsAreBoilerplate() {
        let kinds = Self.kinds([
            Self.lede, Self.quote, Self.more,
            "Tom Vale contributed reporting from Port Ellen.",
            "About the author",
            "Ada Brennan",
            "Ada Brennan has covered the harbour since 2012.",
            "Follow Ada Brennan on Twitter @adabrennan.",
        ])
        #expect(kinds["Tom Vale contributed reporting from Port Ellen."] == .boilerplate)
        #expect(kinds["About the author"] == .boilerplate)
        #expect(kinds["Ada Brennan"] == .boilerplate)
        #expect(kinds["Ada Brennan has covered the harbour since 2012."] == .boilerplate)
        #expect(kinds["Follow Ada Brennan on Twitter @adabrennan."] == .boilerplate)
    }

    @Test func nameDateAndCreditLinesAreNeverHeadings() {
        let kinds = Self.kinds([
            Self.lede,
            "Sept. 25, 2018",
            Self.more,
            "Mara Lind",
            Self.quote,
            "Tom Vale via Getty Images.",
            Self.more,
        ])
        #expect(kinds["Sept. 25, 2018"] == .dateline)
        #expect(kinds["Mara Lind"] == .body)
        #expect(kinds["Tom Vale via Getty Images."] == .caption)
    }

    @Test func sentenceCaseHeadingsOfAnyLengthBetweenProse() {
        let heading = "The pier will cost more than the board had planned for"
        let kinds = Self.kinds([Self.lede, Self.quote, heading, Self.more, "What happens next?", Self.lede])
        #expect(kinds[heading] == .heading)
        #expect(kinds["What happens next?"] == .heading)
    }

    @Test func aStandfirstOrALeadInIsNotAHeading() {
        let standfirst = "A new terminal and a longer pier for the island’s busiest crossing"
        let kinds = Self.kinds([standfirst, Self.lede, "The board listed its reasons:",
                                "The old pier floods at every spring tide", Self.more])
        #expect(kinds[standfirst] == .body)
        #expect(kinds["The old pier floods at every spring tide"] != .heading)
    }

    @Test func theQuestionsOfAnInterviewAreNotHeadings() {
        let qa = [
            "What drew you to the harbour?", "My father worked the ferries for thirty years, and I grew up on them.",
            "Why did the first plan fail?", "Nobody wanted to pay for the dredging, so it sat in a drawer.",
            "What would you change now?", "I would start with the pier and leave the terminal for later.",
        ]
        let kinds = Self.kinds([Self.lede] + qa)
        for q in qa where q.hasSuffix("?") { #expect(kinds[q] == .body, "\(q)") }
    }

    @Test func aHeadingInCapitalsMayEndWithAStop() {
        // Some texts end every line with a stop, headings too.
        let kinds = Self.kinds(["ABSTRACT.", Self.lede, "FULL TEXT.", Self.more, Self.quote])
        #expect(kinds["ABSTRACT."] == .heading)
        #expect(kinds["FULL TEXT."] == .heading)
    }

    @Test func anEssayInTheFirstPersonHasNoReadersComments() {
        let kinds = Self.kinds([
            "I moved to the island in 1998, and the ferry was the first thing I learned to love about it.",
            "My neighbours said “the crossing is the island,” and they were right.",
            "We take the boat for granted, and I think that is a mistake.",
            "I would pay twice the fare to keep it running through the winter.",
            "My children have never known the island without it.",
        ])
        #expect(kinds["We take the boat for granted, and I think that is a mistake."] == .body)
    }

    @Test func furnitureFeedsNoEntitiesAndNoSpeaker() {
        let text = """
            Harbour Report

            The harbour board approved the new ferry terminal on Tuesday after a long debate.

            Follow Ada Brennan on Twitter @adabrennan.

            Tom Vale via Getty Images.

            “We have waited long enough for this.”
            """
        let article = Article(analyzing: text)
        let names = article.entities.flatMap(\.aliases).joined(separator: "|")
        for word in ["Brennan", "Twitter", "Vale", "Getty"] { #expect(!names.contains(word), "\(names)") }
        #expect(article.quotes.allSatisfy { $0.speaker == nil })
    }
}
