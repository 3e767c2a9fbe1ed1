import Testing
import ArticleKit

@Suite("Entities: names, titles, types, merging")
struct EntityTests {
    @Test func surnamesAndHonorificsMergeIntoOnePerson() {
        let a = Article(analyzing: """
            Halloran Wins Seat

            Voters in the district elected Bridget Halloran on Thursday.

            Ms Halloran thanked her supporters. Halloran will take her seat next week.
            """)
        let person = a.entity("Halloran")
        #expect(person?.name == "Bridget Halloran")
        #expect(person?.type == .person)
        #expect(person?.mentions.count == 4)   // title, full name, "Halloran" twice ("Ms" is not part of the name)
        #expect(a.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func aliasesWrittenWithOrWithoutCombiningMarksAreOne() {
        // "Zoë" once precomposed (U+00EB) and once as "e" and a combining diaeresis: the same name.
        let a = Article(analyzing: "Harbour Talks\n\nZo\u{EB} Martin chaired the meeting.\n\nLater Zoe\u{308} Martin left.\n")
        let person = a.entity("Zo\u{EB} Martin")
        #expect(person?.aliases.count == 1)
        #expect(person?.mentions.count == 2)
    }

    @Test func headlineCapitalsAreNotEvidence() {
        let a = Article(analyzing: """
            Halloran Arrives in Dublin to Start Talks

            Bridget Halloran flew to Dublin on Monday.
            """)
        #expect(a.entity("Halloran Arrives") == nil)
        #expect(a.entity("Start Talks") == nil)
        #expect(a.entity("Halloran")?.mentions.count == 2)
        #expect(a.entity("Dublin")?.type == .place)
    }

    @Test func sentenceInitialCapitalsAreNotEvidence() {
        let a = Article(analyzing: """
            Flood Warning

            Residents of Corven were told to leave. Thousands left by bus. Officials said the river would peak today.
            """)
        #expect(a.entity("Thousands") == nil)
        #expect(a.entity("Officials") == nil)
        #expect(a.entity("Corven") != nil)
    }

    @Test func twoTitleModifiersMakeOneTitle() {
        // "Chief Executive" and "Attorney General" are made of words that otherwise only qualify a title.
        let a = Article(analyzing: """
            Merger Agreed

            Brackwater Chief Executive Ilse Vogt signed the deal. Attorney General Tomas Lind approved it.
            """)
        #expect(a.entity("Ilse Vogt")?.type == .person)
        #expect(a.entity("Tomas Lind")?.type == .person)
        #expect(a.entities.allSatisfy { !$0.name.contains("Chief Executive") && !$0.name.contains("Attorney") })
    }

    @Test func titlesAloneAndAcronymPluralsAreNotEntities() {
        let a = Article(analyzing: """
            Vote Delayed

            Yesterday the Chief Whip told MSPs and the CEOs of three banks that the vote would wait.
            """)
        #expect(a.entity("Chief Whip") == nil)
        #expect(a.entity("MSPs") == nil)
        #expect(a.entity("CEOs") == nil)
    }

    @Test func theWordAfterADatelineStartsTheSentence() {
        // "Nine" starts the first sentence: it is not evidence, and "South American" is a demonym.
        let a = Article(analyzing: """
            Rivers Pact

            BELÉM, Brazil, May 2 — Nine South American states signed a water pact in Belém on Friday.
            """)
        #expect(a.entities.allSatisfy { !$0.name.contains("Nine") && !$0.name.contains("American") })
        #expect(a.entity("Belém")?.name == "Belém")   // named as written in running text, not "BELÉM"
    }

    @Test func anAppositiveThatCallsANameACompanyMakesItAnOrganisation() {
        // Two capitalised words with no other evidence would be taken for a person.
        let a = Article(analyzing: """
            Dock Cranes

            Varde Kraner, a subsidiary of a Danish shipping group, ordered the cranes. Varde Kraner said it would wait.
            """)
        #expect(a.entity("Varde Kraner")?.type == .organization)
    }

    @Test func wordsOfOriginOutsideTheDemonymListAreNotNames() {
        // Not in the list of demonyms, but used as one: before a noun, as "the ... say", as a language.
        let a = Article(analyzing: """
            Island Boats

            Shetlandic skippers met the crews. The Orcadese say the quota is too low. The letter was written in Orcadese.
            """)
        #expect(a.entity("Shetlandic") == nil)
        #expect(a.entity("Orcadese") == nil)
    }

    @Test func aNameAfterSuburbOfIsAPlace() {
        // Two unknown capitalised words would otherwise be taken for a person.
        let a = Article(analyzing: """
            Bakery Queue

            The bakery stands in the Bristol suburb of Hollin Brae, near the station.
            """)
        #expect(a.entity("Hollin Brae")?.type == .place)
    }

    @Test func aCapitalAfterAnEmojiStartsASentence() {
        // Posts end sentences with emoji rather than full stops.
        let a = Article(analyzing: """
            Queue Outside

            The shop posted: “Open at 7 🥐 Bring umbrellas ☔ Thank you all 🎉”. Later it posted: “Gone by 10 (sorry 😅) Try tomorrow”.
            """)
        #expect(a.entity("Bring") == nil)
        #expect(a.entity("Thank") == nil)
        #expect(a.entity("Try") == nil)
    }

    @Test func wordsShoutedInCapitalsAreNotAName() {
        let a = Article(analyzing: """
            Queue Outside

            The shop posted: “WE ARE OPEN UNTIL THE BREAD RUNS OUT.” By noon the bread was gone and the shop was open again.
            """)
        #expect(a.entities.allSatisfy { !$0.name.uppercased().contains("BREAD") && !$0.name.uppercased().contains("OUT") })
    }

    @Test func aParticleAfterAnUnknownFirstWordJoinsTheName() {
        let a = Article(analyzing: """
            Night Library

            Anouk van Dijk runs the branch. Visitors arrive after midnight, van Dijk said.
            """)
        let person = a.entity("Anouk van Dijk")
        #expect(person?.type == .person)
        #expect(person?.mentions.count == 2)
    }

    @Test func titlesAreStrippedButKeptAsEvidence() {
        let a = Article(analyzing: """
            Talks Resume

            U.S. Secretary of State Miriam Cole met Defense Minister Arjun Rao in Delhi.
            """)
        #expect(a.entity("Miriam Cole")?.type == .person)
        #expect(a.entity("Arjun Rao")?.type == .person)
        #expect(a.entity("Secretary of State Miriam Cole") == nil)
        #expect(a.entity("U.S.")?.type == .place)
    }

    @Test func demonymsAreNotEntities() {
        let a = Article(analyzing: """
            Summit Ends

            Russian and Chinese diplomats met French officials. The Brazilian delegation left early.
            """)
        #expect(a.entities.isEmpty)
    }

    @Test func acronymsJoinTheirExpansion() {
        let a = Article(analyzing: """
            Inquiry Opens

            The Federal Bureau of Investigation opened an inquiry. The FBI said it would report in May.
            """)
        let fbi = a.entity("FBI")
        #expect(fbi?.name == "Federal Bureau of Investigation")
        #expect(fbi?.type == .organization)
        #expect(a.entities.count == 1)
    }

    @Test func whatAnAcronymStandsForIsAnOrganisation() {
        let a = Article(analyzing: """
            Talks Resume

            The United Nations said the talks would resume in Geneva.
            """)
        #expect(a.entity("United Nations")?.type == .organization)
    }

    @Test func theFedIsTheFederalReserve() {
        let a = Article(analyzing: """
            Rates Hold

            The Federal Reserve left rates unchanged. Traders expect the Fed to move in June.
            """)
        #expect(a.entity("Fed")?.name == "Federal Reserve")
        #expect(a.entities.count == 1)
    }

    @Test func shortFormsOfPlacesJoinTheFullName() {
        let a = Article(analyzing: """
            Trade Deal

            The United States and the U.K. signed a deal. The U.S. will cut tariffs, and Britain will follow.
            """)
        #expect(a.entity("U.S.")?.aliases.contains("United States") == true)
        #expect(a.entity("Britain")?.aliases.contains("U.K.") == true)
        #expect(a.entities.count == 2)
    }

    @Test func organisationCuesGazetteerAndContext() {
        let a = Article(analyzing: """
            Bank Merger

            Carrow Bank and Pellam Securities Inc agreed to merge, the Finance Ministry said in Lisbon.
            """)
        #expect(a.entity("Carrow Bank")?.type == .organization)
        #expect(a.entity("Pellam Securities Inc")?.type == .organization)
        #expect(a.entity("Finance Ministry")?.type == .organization)
        #expect(a.entity("Lisbon")?.type == .place)
    }

    @Test func possessivesAndHyphenatedNames() {
        let a = Article(analyzing: """
            Envoy Visits

            Omar al-Rashid’s visit was welcomed by Jean-Luc Marchand. Al-Rashid later left for Cairo.
            """)
        #expect(a.entity("Omar al-Rashid")?.type == .person)
        #expect(a.entity("Jean-Luc Marchand")?.type == .person)
        #expect(a.entity("Omar al-Rashid")?.mentions.count == 2)
    }

    @Test func placesInsideCompoundWords() {
        let a = Article(analyzing: """
            Funding Round

            The Lisbon-based start-up raised money from a Madrid-based fund.
            """)
        #expect(a.entity("Lisbon")?.type == .place)
        #expect(a.entity("Madrid")?.type == .place)
        #expect(a.entity("Lisbon-based") == nil)
    }

    @Test func aNameJoinedToALowerCaseWordDescribes() {
        let a = Article(analyzing: """
            Plan Approved

            Critics called it a Vellacorp-approved plan, and Vellacorp declined to comment.
            """)
        #expect(a.entity("Vellacorp-approved") == nil)
        #expect(a.entity("Vellacorp") != nil)
        #expect(a.entities.count == 1)
    }

    @Test func aUniversityCampusIsPartOfItsName() {
        let a = Article(analyzing: """
            Grant Awarded

            Researchers at the University of Nevada, Las Vegas won the grant. The University of Leeds, England, did not.
            """)
        #expect(a.entity("University of Nevada, Las Vegas")?.type == .organization)
        #expect(a.entity("Las Vegas") == nil)
        #expect(a.entity("University of Leeds")?.type == .organization)
        #expect(a.entity("England")?.type == .place)
    }

    @Test func longerFormsOfAnOrganisationMerge() {
        let a = Article(analyzing: """
            Vote Delayed

            The Security Council met on Friday. A UN Security Council resolution is expected next week.
            """)
        #expect(a.entity("Security Council")?.aliases.contains("UN Security Council") == true)
    }

    @Test func aLongRunOfCapitalsIsNotOneName() {
        let words = (0..<400).map { "Word\($0 % 7 == 0 ? "s" : "")" }.joined(separator: " Aldo ")
        let a = Article(analyzing: "Title\n\nThe list read " + words + " today.\n")
        #expect(a.entities.allSatisfy { $0.name.split(separator: " ").count <= 12 })
    }

    @Test func ampersandNamesAreOrganisationsAndGivenNamesMakePeople() {
        let a = Article(analyzing: """
            Book Deal

            Harlow & Finch signed the novelist on Monday. Frank Field, her agent, was pleased.
            """)
        #expect(a.entity("Harlow & Finch")?.type == .organization)
        #expect(a.entity("Frank Field")?.type == .person)
    }

    @Test func eventsLawsAndWorksAreNotListed() {
        let a = Article(analyzing: """
            Summer Plans

            The Harbour Marathon and the Clean Water Bill were debated after the film Tidewater opened. \
            Fans queued for Starfall 2 at midnight. The Pacific Ocean was calm and the Indian Ocean rough.
            """)
        #expect(a.entity("Harbour Marathon") == nil)
        #expect(a.entity("Clean Water Bill") == nil)
        #expect(a.entity("Tidewater") == nil)
        #expect(a.entity("Starfall") == nil)
        #expect(a.entity("Indian Ocean")?.type == .place)
        #expect(a.entity("Pacific Ocean")?.type == .place)
    }

    @Test func softHyphensInsideNamesAreIgnored() {
        let a = Article(analyzing: "Talks\n\nMarta Lind\u{AD}qvist arrived. Lindqvist later left, and Lind\u{AD}qvist spoke.\n")
        let person = a.entity("Marta Lindqvist") ?? a.entity("Marta Lind\u{AD}qvist")
        #expect(person?.mentions.count == 3)
        #expect(a.entities.count == 1)
    }

    @Test func anInitialAndASurnameJoinTheFullName() {
        let a = Article(analyzing: """
            Rovers Hold On

            The side was J Okafor, T Brandt, L Mensah and P Varga. Tomas Brandt scored the winner.
            """)
        #expect(a.entity("T Brandt")?.aliases.contains("Tomas Brandt") == true)
        #expect(a.entity("J Okafor")?.type == .person)
        #expect(a.entity("L Mensah")?.type == .person)
    }

    @Test func anAcronymInParenthesesJoinsItsName() {
        // The initials do not spell the name (a name in another language): the parentheses say they are one.
        let a = Article(analyzing: """
            Strike Called

            The Harbour Porters Guild (SEPV) called a strike. SEPV said it would last a week.
            """)
        let guild = a.entity("SEPV")
        #expect(guild?.name == "Harbour Porters Guild")
        #expect(guild?.mentions.count == 3)
    }

    @Test func namesGivenAsOneAreOneEntity() {
        let a = Article(analyzing: """
            Prize Shortlist

            The prize went to Lena Marsh, now known as Lena Orwin, for her third novel. Orwin thanked the jury.
            """)
        let person = a.entity("Lena Orwin")
        #expect(person?.aliases.contains("Lena Marsh") == true)
        #expect(a.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func aShortFormOfAGivenNameJoinsThePerson() {
        let a = Article(analyzing: """
            Coach Stays

            Rafaela Quintos will stay as coach next season. Rafa has the board's support, the chairman said.
            """)
        #expect(a.entity("Rafa")?.name == "Rafaela Quintos")
    }

    @Test func aRankBeforeAGivenNameIsATitle() {
        let a = Article(analyzing: """
            Hearing Ends

            General Wesley Marsh told the committee the plan was sound. Marsh left at noon.
            """)
        #expect(a.entity("Marsh")?.name == "Wesley Marsh")
        #expect(a.entity("Marsh")?.type == .person)
    }

    @Test func aSurnameWrittenFirstJoinsItsName() {
        let a = Article(analyzing: """
            Talks in Seoul

            On Monday Park Min-jun met reporters. The talks would resume, Park said.
            """)
        #expect(a.entity("Park")?.name == "Park Min-jun")
    }

    @Test func theNamesOfTheUnitedKingdomAreOnePlace() {
        let a = Article(analyzing: """
            Trade Talks

            The United Kingdom and Norway met. The UK wants a deal, and Britain will host the next round.
            """)
        let uk = a.entity("Britain")
        #expect(uk?.aliases.contains("UK") == true)
        #expect(uk?.aliases.contains("United Kingdom") == true)
    }

    @Test func aSentenceThatFollowsAnAbbreviationIsNotPartOfAName() {
        let a = Article(analyzing: """
            Council Meets

            The council met in Washington D.C. The meeting ended early, and the U.S. While Clinton waited.
            """)
        #expect(a.entities.allSatisfy { !$0.name.hasSuffix(" The") && !$0.name.hasSuffix(" While") })
        #expect(a.entity("Washington D.C.")?.type == .place)
    }

    @Test func whatATitleHoldsIsNotItsHolder() {
        let a = Article(analyzing: """
            Old Times

            She met him when he ran for Governor of Kessmark in 1983.
            """)
        #expect(a.entities.allSatisfy { !$0.name.hasPrefix("of ") })
        #expect(a.entity("Kessmark") != nil)
        #expect(a.entity("Kessmark")?.type != .person)
    }

    @Test func acronymsOfThingsAreNotEntitiesButAcronymsOfBodiesAre() {
        let a = Article(analyzing: """
            Lab Notes

            The team took DNA samples in 3D scans, and a PhD student filed the PDF file with the WHO. \
            The KRVA said the samples were safe.
            """)
        for thing in ["DNA", "3D", "PhD", "PDF"] { #expect(a.entity(thing) == nil, "\(thing)") }
        #expect(a.entity("KRVA")?.type == .organization)
    }

    @Test func aMemberAndTheManyAreOneEntity() {
        let a = Article(analyzing: """
            Vote Count

            The Kessarites won three seats, and the result pleased every Kessarite in the hall.
            """)
        #expect(a.entity("Kessarite")?.aliases.contains("Kessarites") == true)
        // Not words of people's names: William and the Williams family are not one.
        let b = Article(analyzing: """
            Farm Sale

            The farm went to Williams last year, and William kept the orchard.
            """)
        #expect(b.entity("William")?.aliases.contains("Williams") != true)
    }
}
