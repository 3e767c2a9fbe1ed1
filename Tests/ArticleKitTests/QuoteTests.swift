import Testing
import ArticleKit

@Suite("Quotes: marks, pairing, segments, what is not a quote")
struct QuoteTests {
    func analyse(_ body: String) -> Article { Article(analyzing: "Council Meets\n\n" + body + "\n") }

    @Test func curlyQuotesWithTheirSpans() {
        let a = analyse("“We will rebuild the pier,” said Mayor Lena Ortiz.")
        #expect(a.quotePairs.map(\.text) == ["We will rebuild the pier,"])
        let q = a.quotes[0]
        // The span is strictly inside the marks.
        #expect(a.text.string(TextRange(q.range.start - 3, q.range.start)) == "“")
        #expect(q.kind == .full)
    }

    @Test func straightQuotesArePairedWithinTheParagraph() {
        let a = analyse("""
            "The budget is fair," said Tomas Reyes. "Nobody will pay more."

            Reyes, who chairs the finance committee, was speaking after the vote.
            """)
        #expect(a.quotePairs.map(\.text) == ["The budget is fair,", "Nobody will pay more."])
    }

    @Test func doubledApostrophesAndBackticks() {
        let a = analyse("''It was a long night,'' said Ingrid Solberg. ``We are tired,'' she added.")
        #expect(a.quotePairs.map(\.text) == ["It was a long night,", "We are tired,"])
    }

    @Test func guillemetsAndLowNineQuotes() {
        let a = analyse("« We will stay here », said Marc Dufour. „Nobody leaves today“, Jonas Weber added.")
        #expect(a.quotePairs.map(\.text) == ["We will stay here", "Nobody leaves today"])
        #expect(a.quotes.map { $0.speaker?.name } == ["Marc Dufour", "Jonas Weber"])
    }

    @Test func singleMarksWhenTheArticleQuotesWithThem() {
        let a = analyse("‘The roof is sound,’ said surveyor Owen Pryce. ‘It will last another century.’")
        #expect(a.quotePairs.map(\.text) == ["The roof is sound,", "It will last another century."])
        #expect(a.quotes.allSatisfy { $0.speaker?.name == "Owen Pryce" })
    }

    @Test func apostrophesAreNeverMarks() {
        let a = analyse("""
            Prime Minister Aino Virta said both nations’ “deep and lasting friendship” would survive, and recalled \
            the ’90s, when rock ’n’ roll bands toured both countries.
            """)
        #expect(a.quotePairs.map(\.text) == ["deep and lasting friendship"])
        #expect(a.quotes[0].speaker?.name == "Aino Virta")
    }

    @Test func nestedQuotesStayInsideTheOuterQuote() {
        let a = analyse("“They told us ‘no entry’ and left,” said Hana Sato.")
        #expect(a.quotePairs.map(\.text) == ["They told us ‘no entry’ and left,"])
    }

    @Test func interruptedQuoteIsTwoSegmentsWithOneSpeaker() {
        let a = analyse("“We will,” said Keir Dalton, “win this seat.”")
        #expect(a.quotePairs.map(\.text) == ["We will,", "win this seat."])
        #expect(a.quotes.map { $0.speaker?.name } == ["Keir Dalton", "Keir Dalton"])
    }

    @Test func multiParagraphQuoteIsOneSegmentPerParagraph() {
        let a = analyse("""
            Harriet Okafor, the school's head, said: “Our pupils have worked hard all year.

            “They deserve a proper building, and we will keep asking until they have one.”

            The education department declined to comment.
            """)
        #expect(a.quotePairs.map(\.text) == ["Our pupils have worked hard all year.",
                                             "They deserve a proper building, and we will keep asking until they have one."])
        #expect(a.quotes.map { $0.speaker?.name } == ["Harriet Okafor", "Harriet Okafor"])
    }

    @Test func paragraphsJoinedOnOneLineStillSplitQuotes() {
        let a = analyse("Coach Ben Adler said: \"We played well. We lost. \"Next week will be different.\" The club is fourth.")
        #expect(a.quotePairs.map(\.text) == ["We played well. We lost.", "Next week will be different."])
        #expect(a.quotes.allSatisfy { $0.speaker?.name == "Ben Adler" })
    }

    @Test func partialQuoteInsideTheWritersSentence() {
        let a = analyse("Minister Paolo Greco said the talks had been “frank and useful” and would continue.")
        #expect(a.quotePairs.map(\.text) == ["frank and useful"])
        #expect(a.quotes[0].kind == .partial)
        #expect(a.quotes[0].speaker?.name == "Paolo Greco")
    }

    @Test func scareQuotesTitlesAndNicknamesAreNotQuotes() {
        let a = analyse("""
            The so-called “green corridor” opened on Monday. Locals call the new bridge “the harp”.

            The exhibition, titled “Rivers of Light,” runs until June.

            Jonas “Jojo” Meyer, the curator, was delighted.
            """)
        #expect(a.quotes.isEmpty)
    }

    @Test func quotesInBoilerplateAreIgnored() {
        let a = analyse("""
            The vote passed easily.

            (Reporting by Clara Wu; "Editing by" notes follow)
            """)
        #expect(a.quotes.isEmpty)
    }

    @Test func aQuoteInTheHeadlineWithItsCue() {
        // A headline's quote counts with a cue of its own ("exec says"), and lies in the title (paragraph -1).
        let a = Article(analyzing: """
            ‘We had some issues,’ ferry boss says after winter of cancellations

            The ferry company’s chief executive, Lena Ortiz, apologised to passengers on Monday.
            """)
        let q = a.quote("We had some issues,")
        #expect(q?.paragraph == -1)
        #expect(a.title.map { $0.contains(q!.range) } == true)
        #expect(q?.speakerMention.map(a.string) == "ferry boss")
    }

    @Test func everyQuoteLiesInsideItsParagraph() {
        let a = Article(analyzing: """
            Mayor Says Plan Is ‘Dead in the Water’

            Mayor Lena Ortiz said the plan was “dead in the water” and would not return.

            “We start again,” she said.
            """)
        #expect(!a.quotes.isEmpty)
        for q in a.quotes {
            #expect(a.paragraphs.indices.contains(q.paragraph))
            #expect(a.paragraphs[q.paragraph].range.contains(q.range))
        }
        // A title-case quote in the headline is a title, not a quotation.
        #expect(a.quote("Dead in the Water") == nil)
    }

    @Test func titlesOfArticlesAndEpithetsAreNotQuotes() {
        let a = analyse("""
            In an article headlined "Harbour fees will rise again next spring, council says" and "Traders fear the worst \
            for the summer season," the paper warned of closures.

            Lena Ortiz, "the queen of the harbour," opened the market.
            """)
        #expect(a.quotes.isEmpty)
    }

    @Test func whatSomeoneCallsAThingIsAPartialQuote() {
        // A verb that names ("called", "dubbed") with someone in particular as its subject is a cue of a partial
        // quote; a name that people in general give, or the writer's own term, is not one; "calls for" names
        // nothing.
        let a = analyse("""
            Mayor Lena Ortiz called the plan “a slow disaster” on Monday.

            The fight is what one harbour pilot has dubbed “the mackerel war,” and it is not over.

            Locals call the new bridge “the harp”. It is what I call the “harbour economy.” The Danes call it “Havnen”,
            and the crews call it the “slip.”

            Councillor Tomas Reyes calls for a “total rethink” of the fees.

            Reyes was quoted calling Ortiz a “failed” mayor.
            """)
        #expect(a.quote("a slow disaster")?.speaker?.name == "Lena Ortiz")
        #expect(a.quote("the mackerel war,")?.speakerMention.map(a.string) == "one harbour pilot")
        #expect(a.quote("the harp") == nil)
        #expect(a.quote("harbour economy.") == nil)
        #expect(a.quote("Havnen") == nil)
        #expect(a.quote("slip.") == nil)
        #expect(a.quote("total rethink")?.speaker?.name == "Tomas Reyes")
        #expect(a.quote("failed")?.speaker?.name == "Tomas Reyes")
    }

    @Test func titlesAfterAWorkOrAnOwnerAreNotQuotes() {
        // A title in title case after a work noun or a possessive, even with a verb of speech beside it.
        let a = analyse("""
            “The port is finished,” Lena Ortiz said on HBC's “Morning Harbour.”

            The plan is described in her 2019 book, “The Long Tide.”
            """)
        #expect(a.quote("The port is finished,")?.speaker?.name == "Lena Ortiz")
        #expect(a.quote("Morning Harbour.") == nil)
        #expect(a.quote("The Long Tide.") == nil)
    }

    @Test func aShortFragmentNeedsSomeoneToSayIt() {
        // "it" that points at nothing is no one; analysts in general are someone.
        let a = analyse("""
            The port report said the town may not be the “trade engine” it thinks it is.

            Next year could be a “bonanza,” analysts say.
            """)
        #expect(a.quote("trade engine") == nil)
        #expect(a.quote("bonanza,")?.speakerMention.map(a.string) == "analysts")
    }
}
