import Testing
import ArticleKit

@Suite("Structure: title, paragraphs, headings, lists, captions, boilerplate")
struct StructureTests {
    @Test func titleIsTheFirstLineAndMarkdownMarkerIsDropped() {
        let plain = Article(analyzing: "Harbour Plan Approved\n\nThe council voted on Monday.\n")
        #expect(plain.titleText == "Harbour Plan Approved")
        let markdown = Article(analyzing: "# Harbour Plan Approved\n\nThe council voted on Monday.\n")
        #expect(markdown.titleText == "Harbour Plan Approved")
    }

    @Test func hardWrappedLinesFormOneParagraph() {
        let text = """
            Ferry Fares Rise

            The ferry company said on Tuesday that fares on the northern route
            would rise by a tenth from April, blaming fuel costs and a shortage
            of crew for the first increase in four years.

            Passengers said they were unhappy.
            """
        let a = Article(analyzing: text)
        #expect(a.paragraphs(.body).count == 2)
        #expect(a.paragraphs(.body)[0].hasPrefix("The ferry company"))
        #expect(a.paragraphs(.body)[0].hasSuffix("four years."))
    }

    @Test func bylineAndBoilerplateTrailers() {
        let text = """
            Mill Closes After Ninety Years

            By Ada Brennan

            The last textile mill in the valley closed its doors on Friday.

            Workers gathered outside the gates for a final photograph.

            (Reporting by Ada Brennan; Editing by Tom Vale)

            To contact the reporter on this story: Ada Brennan at ada@example.com

            Reuter
            """
        let a = Article(analyzing: text)
        #expect(a.paragraphs(.byline) == ["By Ada Brennan"])
        #expect(a.paragraphs(.boilerplate).count == 3)
        #expect(a.paragraphs(.body).count == 2)
    }

    @Test func promotionalLinesAreBoilerplate() {
        let text = """
            Budget Talks Stall

            Negotiators failed to agree on Thursday night.

            Continue reading the main story

            Both sides will meet again next week.

            Before it's here, it's on the Bloomberg Terminal.

            A version of this article appears in print on March 4, Section A, Page 9, with the headline: Talks Stall.
            """
        let a = Article(analyzing: text)
        #expect(a.paragraphs(.boilerplate) == ["Continue reading the main story",
                                                 "Before it's here, it's on the Bloomberg Terminal.",
                                                 "A version of this article appears in print on March 4, Section A, Page 9, with the headline: Talks Stall."])
        #expect(a.entities.allSatisfy { $0.name != "Section A" && $0.name != "Talks Stall" })
    }

    @Test func headingsOfEveryStyle() {
        let text = """
            Storm Leaves Coast Without Power

            Thousands of homes lost power overnight as the storm moved inland.

            ‘Worst in Decades’

            Residents said they had never seen waves so high.

            Repair Crews Arrive

            Engineers from three counties began work at dawn.

            ROADS CLOSED

            The coastal road will stay shut until Sunday.

            ## What Happens Next

            The utility expects to restore most supplies by Saturday.

            Longer term

            Officials promised a review of the network.
            """
        let a = Article(analyzing: text)
        #expect(a.headings == ["‘Worst in Decades’", "Repair Crews Arrive", "ROADS CLOSED", "What Happens Next",
                               "Longer term"])
        #expect(a.sections.count == 6)
        #expect(a.sections[0].heading == nil)
        // A quoted heading is a heading, not a quote.
        #expect(a.quotes.isEmpty)
    }

    @Test func listsAndRunsOfShortLinesAreNotHeadings() {
        let text = """
            Festival Line-Up Announced

            Organisers revealed the acts for the summer festival on Wednesday.

            - Three stages on the riverside
            - A children's area

            Main Stage - The Lanterns

            Tent Stage - Polly Marsh

            Acoustic Stage - Greywater

            Tickets go on sale next month.
            """
        let a = Article(analyzing: text)
        #expect(a.headings.isEmpty)
        #expect(a.paragraphs(.listItem).count == 5)
    }

    @Test func captionsAndCreditsAreNotBody() {
        let text = """
            Bridge Reopens

            The old bridge reopened to traffic on Monday after two years of repairs.

            Cyclists cross the repaired bridge on its first morning. (Reuters)

            Drivers welcomed the shorter journey into town.
            """
        let a = Article(analyzing: text)
        #expect(a.paragraphs(.caption).count == 1)
        #expect(a.paragraphs(.body).count == 2)
    }

    @Test func authorNoteAtTheEndIsBoilerplate() {
        let text = """
            The Quiet Return of the Otter

            Otters have been seen again on the upper river for the first time in a generation.

            Volunteers have spent a decade clearing the banks.

            Mina Castell is a writer and editor based in Leeds.
            """
        let a = Article(analyzing: text)
        #expect(a.paragraphs(.boilerplate) == ["Mina Castell is a writer and editor based in Leeds."])
    }

    @Test func boilerplateIsNotAnalysed() {
        let text = """
            Port Strike Ends

            Dock workers returned to work on Monday, the union said.

            (Reporting by Lionel Vasquez in Lisbon)
            """
        let a = Article(analyzing: text)
        #expect(a.entity("Lionel Vasquez") == nil)
        #expect(a.entity("Lisbon") == nil)
    }
}
