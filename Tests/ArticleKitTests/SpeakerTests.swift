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

    @Test("a description after a name in the first paragraph, under a title-case headline, is that name's")
    func describedNameInTheFirstParagraph() {
        // The capitalised words before the name run back into the headline; the description is still read.
        let a = Article(analyzing: """
            Ferry Crews Return To The Water

            Jonas Berg, a pilot at the port, spoke first. “The channel is clear again,” the pilot said.
            """)
        #expect(a.quote("The channel is clear again,")?.speaker?.name == "Jonas Berg")
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

    @Test func aTitleOrOrganisationBeforeTheNameAfterTheQuote() {
        // The name is the speaker and the cue is still beside the quote, though a title or an organisation
        // comes first ("City Hall spokesman Ray Orr"): a weak verb ("continued") counts there too.
        let a = analyse("""
            The ferry service will close in March, the council said on Monday.

            “We looked at every option,” City Hall spokesman Ray Orr said.

            “The numbers never worked,” Mr. Orr continued.
            """)
        #expect(a.quote("We looked at every option,")?.speaker?.name == "Ray Orr")
        #expect(a.quote("The numbers never worked,")?.speaker?.name == "Ray Orr")
    }

    @Test func aFullStopEndsTheSentenceBeforeANewSubject() {
        // After "?" the capital may be the attribution; after "." it starts the next sentence.
        let a = analyse("""
            Dr Ana Ruiz spoke first. “Who will pay for it?” Ruiz asked.

            Mr Tomas Berg said the plan was late. “We need another year.” Ruiz said the delay was a choice.
            """)
        #expect(a.quote("Who will pay for it?")?.speaker?.name == "Ana Ruiz")
        #expect(a.quote("We need another year.")?.speaker?.name == "Tomas Berg")
    }

    @Test func anyVerbOfSpeechRightAfterTheQuote() {
        // "scoffed" comes before its speaker; "thanked" takes an object and does not.
        let a = analyse("""
            “Nobody reads the small print,” scoffed Ana Ruiz.

            Actor Tomas Berg, star of “Harbour Lights,” thanked Ruiz for her help.
            """)
        #expect(a.quote("Nobody reads the small print,")?.speaker?.name == "Ana Ruiz")
        #expect(a.quote("Harbour Lights,") == nil)
    }

    @Test func aDescriptionThatOpensTheClauseSpeaks() {
        // Whatever its noun, a subject with a determiner at the start of a clause speaks; after a name it is a
        // time ("this week"), not the speaker.
        let a = analyse("""
            The former pollster said, “The count will be close.”

            Another commenter wrote: “Nobody asked us.”

            Officials this week said the bridge was “perfectly safe” to use.
            """)
        #expect(a.quote("The count will be close.")?.speakerMention.map(a.string) == "The former pollster")
        #expect(a.quote("Nobody asked us.")?.speakerMention.map(a.string) == "Another commenter")
        #expect(a.quote("perfectly safe")?.speakerMention.map(a.string) != "this week")
    }

    @Test func aPossessiveAfterTheVerbStartsTheSpeaker() {
        let a = analyse("“We will win the county,” added his campaign manager, Jo Lindahl.")
        #expect(a.quote("We will win the county,")?.speaker?.name == "Jo Lindahl")
    }

    @Test func aParticipleAfterAnObjectTakesTheSubject() {
        // "emailed supporters saying": the subject of the sentence speaks; "with one of her ads asking": the
        // ad does; "a sign saying": the sign has the words.
        let a = analyse("""
            Senator Ana Ruiz emailed supporters saying: “The fight goes on.”

            Ruiz attacked her rival, with one of her ads asking, “Who pays for his promises?”

            Tomas Berg held up a sign saying “Keep the ferry running.”
            """)
        #expect(a.quote("The fight goes on.")?.speaker?.name == "Ana Ruiz")
        #expect(a.quote("Who pays for his promises?")?.speakerMention.map(a.string) == "one of her ads")
        #expect(a.quote("Keep the ferry running.")?.speakerMention.map(a.string) == "a sign")
        #expect(a.quote("Keep the ferry running.")?.speaker == nil)
    }

    @Test func wordsBetweenTheSpeakerAndTheVerb() {
        // A day, a modal or "only" between the subject and the verb.
        let a = analyse("""
            Ana Ruiz later Thursday told reporters: “The count is final.”

            The result was so close that Tomas Berg could only quip: “Count it again.”
            """)
        #expect(a.quote("The count is final.")?.speaker?.name == "Ana Ruiz")
        #expect(a.quote("Count it again.")?.speaker?.name == "Tomas Berg")
    }

    @Test func aSourceThatIsAlsoAVerbAfterADeterminer() {
        // "email" and "notes" are verbs of speech too; after "the" they are what speaks.
        let a = analyse("""
            “Every vote counts,” read the email.

            The code will protect sources, according to the explanatory notes of the bill.
            """)
        #expect(a.quote("Every vote counts,")?.speakerMention.map(a.string) == "the email")
    }

    @Test func heIsTheSubjectOfTheLastReportingClause() {
        // "Gerrard" is nearer, in a relative clause inside what Parry admits; the reporting clause's subject speaks.
        let a = analyse("""
            Club chairman Rick Parry also admits Tom Brandt, who has been linked with every big club, will decide             his own future. He told the radio station: “Tom is not for sale.”
            """)
        #expect(a.quote("Tom is not for sale.")?.speaker?.name == "Rick Parry")
    }

    @Test func heIsASubjectInALaterSentence() {
        // The last reporting clause ("Parry revealed") is a sentence before the one whose subject is Morgan
        // ("Morgan, who got frustrated"), and "he claimed" inside it is Morgan too.
        let a = analyse("""
            Club chairman Rick Parry revealed the club is talking to a new investor. That prompted the withdrawal             of tycoon Steve Morgan, who got frustrated by what he claimed was indecision. He also accused the club             of using him as “a stalking horse” for other bids.
            """)
        #expect(a.quote("a stalking horse")?.speaker?.name == "Steve Morgan")
    }

    @Test func itFollowsEarlierItsBackToTheOrganisationThatSpoke() {
        // "it" after "it warned" and "the daily Vestra Tidende said": the paper, not the cartel whose
        // credibility is the subject of the first sentence.
        let a = analyse("""
            OPEC's credibility faces fresh scrutiny, the Kuwaiti daily Vestra Tidende said.

            In an article on Sunday, it warned that prices could fall.

            "The sources said the cartel would be tested," it said.

            "Dealers are waiting," it reported.
            """)
        #expect(a.quote("The sources said the cartel would be tested,")?.speaker?.name == "Vestra Tidende")
        #expect(a.quote("Dealers are waiting,")?.speaker?.name == "Vestra Tidende")
    }

    @Test func aDescriptionIsTheNameTheArticleDescribedSo() {
        // "the charity" is the Velta Foundation, described as one in an appositive; "the bakery" is the one named
        // after the noun.
        let a = analyse("""
            Work has begun at the Velta Foundation, a small charity that runs the abbey above the town.

            On its website, the charity says the restoration will “take a generation”.

            Sales at the bakery Crumb & Quarry doubled in May. The bakery posted: “Sold out again, thank you!”
            """)
        #expect(a.quote("take a generation")?.speaker?.name == "Velta Foundation")
        #expect(a.quote("Sold out again, thank you!")?.speaker?.name == "Crumb & Quarry")
    }

    @Test func aDescriptionMapsToTheExactHolderOfTheOffice() {
        // "the premier" is not the deputy premier; "the foreign minister" is not the prime minister.
        let a = analyse("""
            Premier Ana Lindqvist and Deputy Premier Tomas Berg met Prime Minister Karl Moen and Foreign Minister             Eva Dahl on Monday.

            “We are close to a deal,” the premier said.

            “Not that close,” the foreign minister said.
            """)
        #expect(a.quote("We are close to a deal,")?.speaker?.name == "Ana Lindqvist")
        #expect(a.quote("Not that close,")?.speaker?.name == "Eva Dahl")
    }

    @Test func quotesJoinedInOneSentenceShareTheCueAfterThem() {
        // The cue after the last quote attributes the first too; an "as" clause attributes a fragment however
        // weak its verb.
        let a = analyse("""
            Working nights is “more tiring,” and “lonelier” than she expected, Ana Ruiz told the paper.

            The docks were full of “squatters,” as Tomas Berg put it, and of students.

            As the harbour master, Pia Holm, put it in her report to the council last year, “The pier is finished.”
            """)
        #expect(a.quote("more tiring,")?.speaker?.name == "Ana Ruiz")
        #expect(a.quote("lonelier")?.speaker?.name == "Ana Ruiz")
        #expect(a.quote("squatters,")?.speaker?.name == "Tomas Berg")
        #expect(a.quote("The pier is finished.")?.speaker?.name == "Pia Holm")
    }

    @Test func aLeadInWithAnyVerbBeforeAColon() {
        // The subject of the clause before the colon speaks whatever its verb; a name right before the colon
        // speaks unless it is an object; "Name, description:" speaks.
        let a = analyse("""
            Councillor Ana Ruiz swiped at her rival: “He has never paid a harbour fee in his life.”

            Mayor Tomas Berg was also critical, telling Harbour Radio: “The plan is a mess.”

            Mira Holt, author:

            “Nobody reads the minutes. Nobody ever has.”

            When the ferry sank in 1998, Governor Ines Calvo released the following statement:

            “We mourn every soul on board.”
            """)
        #expect(a.quote("He has never paid a harbour fee in his life.")?.speaker?.name == "Ana Ruiz")
        #expect(a.quote("The plan is a mess.")?.speaker?.name == "Tomas Berg")
        #expect(a.quote("Nobody reads the minutes. Nobody ever has.")?.speaker?.name == "Mira Holt")
        #expect(a.quote("We mourn every soul on board.")?.speaker?.name == "Ines Calvo")
    }

    @Test func aDashAndANameAfterTheQuote() {
        let a = analyse("""
            “The tide waits for nobody.” — Dana Ruiz

            “Every boat needs a harbour.”

            - Tomas Berg, harbour master.
            """)
        #expect(a.quote("The tide waits for nobody.")?.speaker?.name == "Dana Ruiz")
        #expect(a.quote("Every boat needs a harbour.")?.speaker?.name == "Tomas Berg")
    }

    @Test func saidAnotherAndReadOne() {
        let a = analyse("""
            “We want the ferry back,” said one resident. “So do we,” said another.

            New signs appeared on the pier: “Closed until the end of May,” read one.
            """)
        #expect(a.quote("So do we,")?.speakerMention.map(a.string) == "another")
        #expect(a.quote("Closed until the end of May,")?.speakerMention.map(a.string) == "one")
        #expect(a.quote("Closed until the end of May,")?.speaker == nil)
    }

    @Test func theNameAfterAnOrganisationAndARole() {
        // "Harbour Gazette fact checker and staff writer Ana Ruiz": the person, not the paper.
        let a = analyse("""
            Harbour Gazette fact checker and staff writer Ana Ruiz posted to Twitter asking whether there were “any calm sailors left?”
            """)
        #expect(a.quote("any calm sailors left?")?.speaker?.name == "Ana Ruiz")
    }

    @Test func captionsNeitherBreakNorFeedCarryOver() {
        // The quote paragraph after a caption keeps the speaker of the quote before the caption; the caption's
        // own "said" is not a cue for it.
        let a = analyse("""
            “We did everything we could,” said fire chief Dmitri Orlov.

            Photo: Firefighters at the harbour on Monday, as Mayor Ana Ruiz said the town would help. (Reuters)

            “The wind changed direction twice in an hour.”
            """)
        #expect(a.paragraphs(.caption).count == 1)
        #expect(a.quote("The wind changed direction twice in an hour.")?.speaker?.name == "Dmitri Orlov")
    }

    @Test func thePassiveSpeaksThroughItsAgentOrItsSource() {
        // "was advised by X": X; "In one briefing note she was warned that": the note.
        let a = analyse("""
            Mayor Ana Ruiz was advised by the No 10 harbour unit to wait until the pier was “safe”.

            In one briefing note she was warned that “the crane will not last the winter”.

            Called a “floating slum” by its critics, the ferry was sold in May.
            """)
        #expect(a.quote("safe")?.speakerMention.map(a.string) == "the No 10 harbour unit")
        #expect(a.quote("the crane will not last the winter")?.speakerMention.map(a.string) == "one briefing note")
        #expect(a.quote("floating slum")?.speakerMention.map(a.string) == "its critics")
    }

    @Test func itIsTheDocumentThatSpoke() {
        // No organisation is "it" here: the report whose clause came before.
        let a = analyse("""
            The harbour report, released on Monday, concluded that the pier was unsafe. It said the town “cannot wait \
            another winter” to repair it.
            """)
        #expect(a.quote("cannot wait another winter")?.speaker?.name == "The harbour report")
    }

    @Test func summedUp() {
        let a = analyse("""
            Harbour master Bob Alvarsson summed up the change from wooden boats to the warehouse: “It is old school \
            meets new school.”
            """)
        #expect(a.quote("It is old school meets new school.")?.speaker?.name == "Bob Alvarsson")
    }

    @Test func theOwnerOfTheWords() {
        let a = analyse("""
            Mayor Ana Ruiz wrote to the council on Monday. Here is her letter in full:

            “The pier is closed until the spring. I am sorry for the delay.”

            The port is, in Tomas Berg's phrase, “a museum with cranes.”
            """)
        #expect(a.quote("The pier is closed until the spring. I am sorry for the delay.")?.speaker?.name == "Ana Ruiz")
        #expect(a.quote("a museum with cranes.")?.speaker?.name == "Tomas Berg")
    }

    @Test func aDescriptionIsNotTheNameBeforeAClauseOrOneMetBefore() {
        // "Vellmar, the harbour board said": the board is the subject of the next clause, not a description of
        // Vellmar; "the same official" is the unnamed one met before, not a named official.
        let a = analyse("""
            Jonas Berg, an official at the port, met the press. A patient flew home from Vellmar, the harbour \
            board said on Monday. “All contacts are being traced,” the harbour board said.

            “The port is safe,” one senior official said. “There is no risk at all,” the same official added.
            """)
        #expect(a.quote("All contacts are being traced,")?.speaker?.name != "Vellmar")
        #expect(a.quote("There is no risk at all,")?.speaker?.name != "Jonas Berg")
    }
}
