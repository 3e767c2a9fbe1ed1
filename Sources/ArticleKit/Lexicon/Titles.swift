/// Titles and honorifics that stand before names ("Mr", "President", "Secretary of State"), and the role nouns
/// that describe people ("the secretary", "a spokesman"). A title is evidence that a person follows, and
/// Mr/Mrs/Ms of the person's gender; it is never part of the person's name.
enum Titles {
    enum Gender: Sendable { case male, female }

    /// Honorifics with the gender they imply (lower case, no dot).
    static let honorifics: [String: Gender?] = [
        "mr": .male, "messrs": .male, "sir": .male, "lord": .male, "mrs": .female, "ms": .female, "miss": .female,
        "dame": .female, "lady": .female, "mme": .female, "mlle": .female, "madam": .female, "baroness": .female,
        "dr": nil, "prof": nil, "professor": nil, "rev": nil, "reverend": nil, "hon": nil,
        "king": .male, "queen": .female, "prince": .male, "princess": .female, "pope": .male, "sheikh": .male,
        "emir": .male, "sultan": .male, "ayatollah": .male, "rabbi": nil, "imam": .male, "cardinal": .male,
        "archbishop": .male, "bishop": nil, "father": .male, "sister": .female, "brother": .male, "duke": .male,
        "duchess": .female, "count": .male, "countess": .female, "baron": .male, "earl": .male,
        "congressman": .male, "congresswoman": .female, "chairman": nil, "chairwoman": .female,
        "spokesman": .male, "spokeswoman": .female, "businessman": .male, "businesswoman": .female,
        "councilman": .male, "councilwoman": .female, "assemblyman": .male, "assemblywoman": .female,
    ]

    /// Words that make up titles before a name ("President", "Gen.", "Chief Executive").
    static let titleWords: Set<String> = CommonWords.words("""
        president vice-president premier minister secretary senator sen sens rep reps representative congressman
        congresswoman governor gov mayor judge justice general gen colonel col lieutenant lt admiral adm captain
        capt sergeant sgt major maj commander cmdr corporal cpl private pvt marshal brigadier brig king queen
        prince princess pope chancellor chairman chairwoman chair director commissioner ambassador amb
        attorney speaker leader chief ceo coach manager pastor bishop archbishop cardinal rabbi imam sheikh
        ayatollah emir sultan detective det officer inspector superintendent supt constable sheriff deputy
        treasurer economist analyst strategist spokesman spokeswoman spokesperson professor prof lord lady
        baroness baron councillor councilman councilwoman alderman trustee candidate nominee presenter anchor
        dame sir mr mrs ms miss dr rev reverend father sister brother duke duchess earl count countess
        mp mep pm fm assemblyman assemblywoman delegate envoy counsel solicitor advocate
        president-elect chairman-elect chief-executive comptroller controller auditor administrator
        headteacher headmaster principal dean provost rector vicar chaplain monsignor msgr cdr lieut hon
        secretary-general under-secretary undersecretary striker midfielder defender goalkeeper forward
        businessman businesswoman founder owner executive editor correspondent columnist
        whip inspector-general attorney-general solicitor-general director-general surgeon-general auditor-general
        """)

    /// Words that qualify a title ("Foreign Minister", "Deputy Chief", "Secretary of State").
    static let titleModifiers: Set<String> = CommonWords.words("""
        foreign defense defence finance home interior deputy vice assistant under acting former chief
        executive senior junior prime state general attorney supreme majority minority senate house shadow
        health education energy trade commerce treasury transport transportation agriculture culture
        environment economy economic labor labour interior homeland security first lord grand high managing
        national international regional district county city federal associate principal lead head
        presiding ranking retired late then ex- co- world european
        """)

    /// Role nouns that describe a person in an attribution ("the secretary said", "a spokesman said").
    static let roleNouns: Set<String> = CommonWords.words("""
        leader president minister secretary senator governor mayor official officials spokesman spokeswoman
        spokesperson chairman chairwoman chair chief executive director economist economists analyst analysts
        strategist ambassador general commander judge lawyer attorney candidate nominee congressman
        congresswoman lawmaker lawmakers legislator prosecutor coach manager player striker captain chancellor
        premier king queen prince diplomat diplomats envoy negotiator adviser advisor aide aides professor
        researcher researchers scientist scientists author founder owner ceo boss head chief investigator
        investigators expert experts source sources officer police detective witness witnesses resident
        residents banker bankers trader traders dealer dealers broker brokers representative spokesmen
        businessman businesswoman father mother son daughter wife husband brother sister friend
        man woman teacher doctor student activist activists campaigner campaigners critic critics supporter
        supporters voter voters manager organiser organizer organisers organizers
        """)

    /// Role nouns that can stand for a head of state or government ("the Russian leader").
    static let leaderRoles: Set<String> = ["president", "prime", "premier", "chancellor", "king", "queen",
                                            "leader", "emir", "sultan", "ayatollah", "pm"]
}
