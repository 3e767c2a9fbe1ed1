import Testing
import ArticleKit

@Suite("Speakers: cues, appositives, carry-over, pronouns, descriptions")
struct SpeakerTests {
    func analyse(_ body: String) -> Article { Article(analyzing: "Harbour Report\n\n" + body + "\n") }

    @Test func cueAfterTheQuoteAndInverted() {
        let a = analyse("""
            “The tide is rising,” Marta Lindqvist said.

            “We have three years,” said Oskar Brandt.
            """)
        #expect(a.quote("The tide is rising,")?.speaker?.name == "Marta Lindqvist")
        #expect(a.quote("We have three years,")?.speaker?.name == "Oskar Brandt")
        let cue = a.quote("We have three years,")?.cue
        #expect(cue.map(a.string) == "said")
    }

    @Test func cueBeforeTheQuoteAndColonLeadIn() {
        let a = analyse("""
            Marta Lindqvist told reporters: “The sea wall will not hold.”

            Engineer Pavel Novak warned that the wall was “already failing” in places.
            """)
        #expect(a.quote("The sea wall will not hold.")?.speaker?.name == "Marta Lindqvist")
        #expect(a.quote("already failing")?.speaker?.name == "Pavel Novak")
    }

    @Test func aLeadInWithoutAReportingVerb() {
        // No "said": the subject of the short clause before the colon speaks.
        let a = analyse("""
            Harbour Minister Elin Sauer met the pilots on Monday.

            The minister was blunt about the cost: “We cannot pay for a second dredger.”

            Rasmus Holt was calmer: “The money will be found.”

            It reads: “Closed until further notice.”
            """)
        #expect(a.quote("We cannot pay for a second dredger.")?.speaker?.name == "Elin Sauer")
        #expect(a.quote("The money will be found.")?.speaker?.name == "Rasmus Holt")
        #expect(a.quote("Closed until further notice.") != nil)
        #expect(a.quote("Closed until further notice.")?.speaker == nil)
    }

    @Test func aSurnameThatIsAlsoADemonymAfterAnHonorific() {
        // "Burman" and "English" name peoples too; after Mr or Ms they are surnames.
        let a = analyse("""
            “The fund will run dry,” said Mr. Burman.

            “Not this decade,” Ms English replied.
            """)
        #expect(a.quote("The fund will run dry,")?.speaker?.name == "Burman")
        #expect(a.quote("Not this decade,")?.speaker?.name == "English")
    }

    @Test func aPlaceBeforeTheSubjectIsWhereTheSpeakerIsFrom() {
        // The participle "saying" takes the subject of the sentence: the governor, not the state.
        let a = analyse("""
            New Jersey Gov. Ellen Marsh, a close ally, defended the plan on Monday, saying, "Most of it is new."
            """)
        #expect(a.quote("Most of it is new.")?.speaker?.name == "Ellen Marsh")
    }

    @Test func pressedAndInterruptedAttributeTheQuoteBesideThem() {
        let a = analyse("""
            “We will see,” said Ana Ruiz.

            “Would it be negotiable?” Tom Hale pressed. “Even a little?”
            """)
        #expect(a.quote("Would it be negotiable?")?.speaker?.name == "Tom Hale")
        #expect(a.quote("Even a little?")?.speaker?.name == "Tom Hale")
    }

    @Test func wordsOnAThingHaveNoSpeaker() {
        // "It" would otherwise be the organisation mentioned last.
        let a = analyse("""
            Brackwater Bank lends to small shops. The bakery has a sign by the till. It reads: "Open till the bread runs out."
            """)
        #expect(a.quote("Open till the bread runs out.") != nil)
        #expect(a.quote("Open till the bread runs out.")?.speaker == nil)
    }

    @Test func aDescriptionWithACountryFindsTheOnlyHolderOfTheRole() {
        // The article never says where the minister is from; "the Danish minister" can still only be her.
        let a = analyse("""
            In Copenhagen, the talks are led by Fisheries Minister Ida Kjær.

            “We want a fair share,” the Danish minister said.
            """)
        #expect(a.quote("We want a fair share,")?.speaker?.name == "Ida Kjær")
    }

    @Test func appositiveBetweenSpeakerAndVerb() {
        let a = analyse("“Prices will fall,” Rosa Imbert, chief economist at Norland Bank, said on Friday.")
        #expect(a.quotes.first?.speaker?.name == "Rosa Imbert")
        let a2 = analyse("The bank's chief economist, Rosa Imbert, said: “Prices will fall.”")
        #expect(a2.quotes.first?.speaker?.name == "Rosa Imbert")
    }

    @Test func accordingToAndStatements() {
        let a = analyse("""
            The Harbour Authority said in a statement that the port was “open for business”.

            The pier will reopen in May, “subject to final checks,” according to Deputy Mayor Ines Calvo.
            """)
        #expect(a.quote("open for business")?.speaker?.name == "Harbour Authority")
        #expect(a.quote("subject to final checks,")?.speaker?.name == "Ines Calvo")
    }

    @Test func followingQuoteParagraphsCarryTheSpeaker() {
        let a = analyse("""
            “We did everything we could,” said fire chief Dmitri Orlov.

            “The wind changed direction twice in an hour.”

            Crews remained at the scene overnight.
            """)
        #expect(a.quote("The wind changed direction twice in an hour.")?.speaker?.name == "Dmitri Orlov")
        // Carried over: the speaker comes from the quote before, and this quote has no cue of its own.
        #expect(a.quote("The wind changed direction twice in an hour.")?.cue == nil)
    }

    @Test func quoteAfterASentenceThatNamesTheSpeaker() {
        let a = analyse("""
            Lena Fischer said the museum would stay closed. "The roof needs replacing before winter."
            """)
        #expect(a.quotes.first?.speaker?.name == "Lena Fischer")
    }

    @Test func pronounsResolveByGenderAndRecency() {
        let a = analyse("""
            Mr Anton Riis met Sofia Marchetti at the town hall on Tuesday.

            “The meeting was useful,” she said.

            “We agreed on very little,” he said.
            """)
        let she = a.quote("The meeting was useful,")
        #expect(she?.speaker?.name == "Sofia Marchetti")
        // The speaker mention is the pronoun the cue points at.
        #expect(she?.speakerMention.map(a.string) == "she")
        #expect(a.quote("We agreed on very little,")?.speaker?.name == "Anton Riis")
    }

    @Test func descriptionsResolveToTheNamedPerson() {
        let a = analyse("""
            Norwegian Prime Minister Kari Holt arrived in Oslo on Monday for the summit.

            “We are ready to sign,” the Norwegian leader told reporters.
            """)
        #expect(a.quotes.first?.speaker?.name == "Kari Holt")
    }

    @Test func organisationsSpeak() {
        let a = analyse("""
            The Ministry of Transport announced new limits on Friday.

            “Safety comes first,” the ministry said in a statement.
            """)
        #expect(a.quotes.first?.speaker?.name == "Ministry of Transport")
    }

    @Test func unnamedSpeakersAreKeptAsWritten() {
        let a = analyse("“The plan is dead,” said a senior Treasury official who asked not to be named.")
        #expect(a.quotes.first?.speaker?.name.hasSuffix("senior Treasury official") == true)
        #expect(a.quotes.first?.speaker?.entity == nil)
    }

    @Test func quotedAsSaying() {
        let a = analyse("“It was a mistake,” local radio quoted Irene Walsh as saying.")
        #expect(a.quotes.first?.speaker?.name == "Irene Walsh")
    }

    @Test func speakerNameIsTheFullestName() {
        let a = analyse("""
            Senator Ruth Caldwell opened the debate.

            “This bill is long overdue,” Caldwell said.
            """)
        #expect(a.quotes.first?.speaker?.name == "Ruth Caldwell")
        #expect(a.quotes.first?.speakerMention.map(a.string) == "Caldwell")
    }

    @Test func itResolvesToTheOrganisationThatSpoke() {
        let a = analyse("""
            The weekly Harbour Gazette reported that ferry traffic fell in May.

            "The decline will continue into the summer," it said.
            """)
        #expect(a.quotes.first?.speaker?.name == "Harbour Gazette")
        #expect(a.quotes.first?.speakerMention.map(a.string) == "it")
    }

    @Test func theSubjectOfAReportedClauseIsNotTheSpeaker() {
        let a = analyse("Mayor Ines Calvo, citing “a decade of neglect,” said the council could not wait any longer.")
        #expect(a.quotes.first?.speaker?.name == "Ines Calvo")
    }

    @Test func aPersonOfAnOrganisationSpeaks() {
        let a = analyse("Analyst Rosa Imbert of the brokerage Norland Securities Inc said \"the figures are weak and getting weaker.\"")
        #expect(a.quotes.first?.speaker?.name == "Rosa Imbert")
    }

    @Test func theVerbOfSpeechGovernsAWeakerVerbBesideTheQuote() {
        let a = analyse("""
            Minister Paolo Greco said he and the treasurer, on a visit to Rome, will demand "a full refund" from the builders.
            """)
        #expect(a.quotes.first?.speaker?.name == "Paolo Greco")
    }

    @Test func aQuoteAfterAQuotedSentenceKeepsThatSpeaker() {
        let a = analyse("""
            “We are ready,” spokeswoman Hana Sato told reporters on Monday, after the union had stated its demands. “The offer stands.”
            """)
        #expect(a.quote("The offer stands.")?.speaker?.name == "Hana Sato")
    }

    @Test func moreVerbsOfSpeechAndInvertedRead() {
        let a = analyse("""
            “The way I see it,” she elaborated, “the town has changed.” Mira Holt runs the bakery.

            “Closed for the whole winter,” read the sign on the door.

            “I am not leaving,” I said. “Not this year.”
            """)
        #expect(a.quote("The way I see it,")?.speakerMention.map(a.string) == "she")
        // A sign has no speaker, but the cue still points at it.
        #expect(a.quote("Closed for the whole winter,")?.speaker == nil)
        #expect(a.quote("Closed for the whole winter,")?.speakerMention.map(a.string) == "the sign")
        #expect(a.quote("Not this year.")?.speakerMention.map(a.string) == "I")
    }
}
