/// The rules that keep a group of mentions out of the entity list, in the order they are tried: the first that
/// applies drops it. They weigh what the words are (a common word, a demonym-like word, an event) against what the
/// article says of them (evidence of a name, a person's title). Each rule has a test of an invented example
/// (NotAnEntityTests); add a rule where it belongs in this order, with its case in
/// `EntityBuilder.drops(_:_:_:_:_:)`, and give it one.
enum NotAnEntityRule: Int, CaseIterable, Sendable {
    case onlyInHeadlines
    case onceAtASentenceStart
    case eventOrWork
    case agencyCredit
    case writtenInLowerCase
    case everydayWordAlone
    case commonWordAlone
    case adjectiveOfOrigin

    /// What the rule recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .onlyInHeadlines: return "only in headlines"
        case .onceAtASentenceStart: return "once at a sentence start"
        case .eventOrWork: return "event, law or work"
        case .agencyCredit: return "agency credit"
        case .writtenInLowerCase: return "written in lower case"
        case .everydayWordAlone: return "organisation, place or title word alone"
        case .commonWordAlone: return "common word alone"
        case .adjectiveOfOrigin: return "adjective of origin"
        }
    }
}

extension EntityBuilder {
    /// The first rule of `NotAnEntityRule` that drops draft `d` (mentions `ms`, word-list bits `lex`, context
    /// votes `context`), or nil when it is an entity.
    func notAnEntity(_ d: Draft, _ ms: [NameMention], _ lex: [Lex], _ context: Votes) -> NotAnEntityRule? {
        for rule in NotAnEntityRule.allCases where skippedRules & (1 << rule.rawValue) == 0 && drops(rule, d, ms, lex, context) {
            return rule
        }
        return nil
    }

    /// Whether `rule` drops draft `d`.
    func drops(_ rule: NotAnEntityRule, _ d: Draft, _ ms: [NameMention], _ lex: [Lex], _ context: Votes) -> Bool {
        let single = d.words.count == 1
        switch rule {
        case .onlyInHeadlines:
            // Names seen only in headlines, without outside evidence, are headline capitals.
            return ms.allSatisfy({ $0.inHeadline }) && !d.strongEvidence
        case .onceAtASentenceStart:
            // A single word seen once, where any word is capitalised (a sentence start), is weak evidence.
            guard single && ms.count == 1 && !d.strongEvidence && d.votes[.person] == 0 else { return false }
            let k = ms[0].tokens.lowerBound
            let opening = k > 0 && (tokens[k - 1].kind == .quoteMark && tokens[k - 1].opensQuote
                                    || tokens[k - 1].kind == .punctuation && PunctuationSets.opening.contains(tokens.key(k - 1)))
            return tokens[k].startsSentence || opening
        case .eventOrWork:
            // Events, laws, works and products are not listed: "Boston Marathon", "Data Bill", "Cold War", a
            // title after "the film", a name with a number after it ("Halo 2").
            return Self.isEventOrWork(d, ms, tokens)
        case .agencyCredit:
            // News agencies credited in parentheses: "WASHINGTON (Reuters) -", "(AP)".
            return single && lex[0].contains(.newsAgency)
                && ms.allSatisfy({ m in m.tokens.lowerBound > 0 && tokens[m.tokens.lowerBound - 1].isPunctuation("(") })
        case .writtenInLowerCase:
            // A single word the article also writes in lower case ("Government", "Press") is an everyday word.
            return single && d.place == nil && !d.strongEvidence && evidence.isSeenLowercase(d.words[0]) && d.votes[.person] == 0
        case .everydayWordAlone:
            // "Ministry", "Park", "Senator" alone.
            return single && !d.strongEvidence && !lex[0].isDisjoint(with: Self.everydayNameWords)
        case .commonWordAlone:
            // A word English mostly writes in lower case, alone and with nothing that makes it a name here
            // ("Credibility", "Sociologists", "Fellow"): a capitalised common word, not a name. Capitals (an
            // acronym: "AIDS") and a person's evidence keep it.
            return single && !d.strongEvidence && d.place == nil && lex[0].contains(.commonWord) && d.votes[.person] == 0
                && !ms.contains(where: { tokens[$0.tokens.lowerBound].isAllCaps })
        case .adjectiveOfOrigin:
            // "Faroese fishermen", "the Faroese say", "in Faroese": a word of origin the demonym list lacks.
            return single && !d.strongEvidence && d.place == nil && Self.isAdjectiveOfOrigin(d.words[0], ms, tokens)
        }
    }
}
