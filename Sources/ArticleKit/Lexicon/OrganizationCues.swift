/// Words that make a name an organisation ("Department", "Bank", "Inc") or a place ("County", "River").
enum OrganizationCues {
    /// Words that, anywhere in a name, mark an organisation.
    static let organizationWords: Set<String> = CommonWords.words("""
        department dept agency bureau council party corp corp. corporation inc inc. ltd ltd. llc plc co co.
        company companies university college school academy institute institution ministry bank fc club
        committee commission association federation union league board authority administration service
        services office court tribunal parliament congress senate assembly legislature government cabinet
        group holdings partners capital securities investments fund foundation trust society organisation
        organization network airlines airline airways motors industries laboratories labs systems technologies
        technology pharmaceuticals energy petroleum oil gas telecom communications media news times post
        journal herald tribune gazette press broadcasting radio television channel studios records entertainment
        church mosque synagogue hospital clinic police army navy force forces command guard brigade regiment
        battalion corps militia movement front alliance coalition campaign caucus center centre reserve
        exchange market markets commission secretariat consortium cooperative co-op enterprises ventures
        insurance financial bancorp bankcorp associates llp gmbh ag sa nv spa bv international laboratory
        laboratories archive archives anonymous research finance insight analytics consulting solutions
        institution brands foods stores motor pictures productions games software bros executive images
        republicans democrats labour conservatives tories liberals
        """)

    /// Words that mark a place ("Marsh County", "Hudson River", "Elm Park").
    static let placeWords: Set<String> = CommonWords.words("""
        county city state province region district island islands river lake mountain mountains mount mt
        valley bay sea ocean gulf coast beach park street st avenue ave road rd boulevard blvd square
        bridge airport port harbour harbor station stadium arena field hall palace castle tower plaza
        heights hills canyon desert peninsula strait canal township village town borough prefecture
        oblast territory territories capitol museum locks passage falls springs creek forest glacier terminal wharf
        pier
        """)

    /// Well-known organisations and buildings that one word names (lower case) with their type.
    static let knownNames: [String: EntityType] = {
        var table: [String: EntityType] = [:]
        for w in CommonWords.words("""
            pentagon kremlin nato opec fbi cia nsa nasa eu un unesco unicef who wto imf ifc osce asean
            congress senate parliament bundestag duma knesset reuters bloomberg ap afp bbc cnn nbc abc cbs fox
            msnbc pbs npr google apple microsoft amazon facebook twitter youtube instagram ibm intel samsung
            toyota ford boeing airbus nestle walmart exxon gazprom hamas hezbollah taliban isis isil
            al-qaeda al-qaida fifa uefa ioc gop nhs sec fed ecb fda epa irs dhs dod doj faa ntsb ftc fcc
            interpol europol tsa atf dea ins ice labour tories tory conservatives republicans democrats
            """) { table[w] = .organization }
        for w in CommonWords.words("white-house") { table[w] = .organization }
        return table
    }()

    /// The type of the known name whose key has `WordHash` `hash` (`knownNames` without a string).
    static func knownType(hash: UInt64) -> EntityType? { knownNamesByHash[hash] }

    private static let knownNamesByHash: WordTable<EntityType> = {
        var t = WordTable<EntityType>(capacity: knownNames.count)
        for (key, type) in knownNames { t[WordHash.of(key)] = type }
        return t
    }()

    /// The expansion of the acronym whose key has `WordHash` `hash` (`acronymExpansions` without a string).
    static func acronymExpansion(hash: UInt64) -> String? { acronymsByHash[hash] }

    private static let acronymsByHash: WordTable<String> = {
        var t = WordTable<String>(capacity: acronymExpansions.count)
        for (key, expansion) in acronymExpansions { t[WordHash.of(key)] = expansion }
        return t
    }()

    /// Acronyms and their expansions that news uses without spelling them out.
    static let acronymExpansions: [String: String] = [
        "un": "United Nations", "u.n.": "United Nations", "eu": "European Union", "e.u.": "European Union",
        "nato": "North Atlantic Treaty Organization", "fbi": "Federal Bureau of Investigation",
        "cia": "Central Intelligence Agency", "imf": "International Monetary Fund", "gop": "Republican Party",
        "opec": "Organization of the Petroleum Exporting Countries",
        "tories": "Conservative Party", "tory": "Conservative Party", "conservatives": "Conservative Party",
        "conservative": "Conservative Party", "labour": "Labour Party", "republicans": "Republican Party",
        "republican": "Republican Party", "democrats": "Democratic Party",
    ]
}
