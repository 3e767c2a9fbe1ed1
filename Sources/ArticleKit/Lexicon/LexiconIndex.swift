/// Which word lists a word belongs to, as bits, so that hot loops test a token's bits instead of hashing its
/// text against each list.
struct Lex: OptionSet, Sendable, Hashable {
    let rawValue: UInt64
    static let sentenceStarter = Lex(rawValue: 1 << 0)
    static let notName = Lex(rawValue: 1 << 1)
    static let pronoun = Lex(rawValue: 1 << 2)
    /// A title word that is not only a modifier ("president", "sen"), or an honorific.
    static let title = Lex(rawValue: 1 << 3)
    static let titleModifier = Lex(rawValue: 1 << 4)
    static let honorific = Lex(rawValue: 1 << 5)
    static let organizationWord = Lex(rawValue: 1 << 6)
    static let placeWord = Lex(rawValue: 1 << 7)
    static let firstName = Lex(rawValue: 1 << 8)
    static let place = Lex(rawValue: 1 << 9)
    static let demonym = Lex(rawValue: 1 << 10)
    static let knownName = Lex(rawValue: 1 << 11)
    static let cueVerb = Lex(rawValue: 1 << 12)
    static let weakVerb = Lex(rawValue: 1 << 13)
    static let invertible = Lex(rawValue: 1 << 14)
    static let titleListed = Lex(rawValue: 1 << 15)
    static let minorWord = Lex(rawValue: 1 << 16)
    static let clauseWord = Lex(rawValue: 1 << 17)
    static let determiner = Lex(rawValue: 1 << 18)
    static let betweenSubjectAndVerb = Lex(rawValue: 1 << 19)
    static let roleNoun = Lex(rawValue: 1 << 20)
    static let organizationNoun = Lex(rawValue: 1 << 21)
    static let sourceNoun = Lex(rawValue: 1 << 22)
    /// The first word of a gazetteer place or a known name ("new" in "New York", "united").
    static let nameStart = Lex(rawValue: 1 << 23)
    /// A common male given name (`FirstNames.male`).
    static let maleName = Lex(rawValue: 1 << 24)
    /// A common female given name (`FirstNames.female`).
    static let femaleName = Lex(rawValue: 1 << 25)
    /// "north", "south", "new", ... (`MentionFinder.compassWords`).
    static let compass = Lex(rawValue: 1 << 26)
    /// Mr, Mrs, Ms, Dr, Sir, ... (`MentionFinder.personalHonorifics`).
    static let personalHonorific = Lex(rawValue: 1 << 27)
    /// Prof, professor, rev (`MentionFinder.academicTitles`).
    static let academicTitle = Lex(rawValue: 1 << 28)
    /// "new", "san", "fort", ... before a place name (`MentionFinder.placePrefixes`).
    static let placePrefix = Lex(rawValue: 1 << 29)
    /// Creeds and movements: "marxist", "islamists" (`MentionFinder.creedWords`).
    static let creed = Lex(rawValue: 1 << 30)
}

/// The bits of every word in the lists, built once.
enum LexiconIndex {
    static let table: WordTable<Lex> = {
        var t = WordTable<Lex>(capacity: 8192)
        func add(_ words: some Sequence<String>, _ flag: Lex) {
            for w in words {
                let h = WordHash.of(w)
                t[h] = (t[h] ?? []).union(flag)
            }
        }
        add(CommonWords.sentenceStarters, .sentenceStarter)
        add(CommonWords.notNames, .notName)
        add(CommonWords.pronouns.keys, .pronoun)
        add(Titles.titleWords, .titleListed)
        add(Titles.titleWords.filter { !Titles.titleModifiers.contains($0) }, .title)
        add(Titles.honorifics.keys, .title)
        add(Titles.titleModifiers, .titleModifier)
        add(Titles.honorifics.keys, .honorific)
        add(OrganizationCues.organizationWords, .organizationWord)
        add(OrganizationCues.placeWords, .placeWord)
        add(FirstNames.male, .firstName)
        add(FirstNames.female, .firstName)
        add(Gazetteer.places.keys, .place)
        add(Gazetteer.demonyms.keys, .demonym)
        add(OrganizationCues.knownNames.keys, .knownName)
        add(CueWords.verbs, .cueVerb)
        add(CueWords.weakVerbs, .weakVerb)
        add(CueWords.invertible, .invertible)
        add(Words.minorWords, .minorWord)
        add(SpeakerPhraseReader.clauseWords, .clauseWord)
        add(SpeakerPhraseReader.determiners, .determiner)
        add(CueWords.betweenSubjectAndVerb, .betweenSubjectAndVerb)
        add(Titles.roleNouns, .roleNoun)
        add(CueWords.organizationNouns, .organizationNoun)
        add(CueWords.sourceNouns, .sourceNoun)
        add(Gazetteer.places.keys.compactMap { $0.split(separator: " ").first.map(String.init) }, .nameStart)
        add(OrganizationCues.knownNames.keys.compactMap { $0.split(separator: "-").first.map(String.init) }, .nameStart)
        add(FirstNames.male, .maleName)
        add(FirstNames.female, .femaleName)
        add(MentionFinder.compassWords, .compass)
        add(MentionFinder.personalHonorifics, .personalHonorific)
        add(MentionFinder.academicTitles, .academicTitle)
        add(MentionFinder.placePrefixes, .placePrefix)
        add(MentionFinder.creedWords, .creed)
        return t
    }()

    @inline(__always)
    static func flags(_ bareKey: String) -> Lex { table[WordHash.of(bareKey)] ?? [] }

    @inline(__always)
    static func flags(hash: UInt64) -> Lex { table[hash] ?? [] }

    /// The gender that the given-name bits of a word suggest (as `FirstNames.gender`).
    @inline(__always)
    static func gender(_ lex: Lex) -> Titles.Gender? {
        let m = lex.contains(.maleName), f = lex.contains(.femaleName)
        if m && !f { return .male }
        if f && !m { return .female }
        return nil
    }
}
