/// The rules that keep a group of mentions out of the entity list, in the order they are tried: the first that
/// applies drops it. They weigh what the words are (a common word, a demonym-like word, an event) against what the
/// article says of them (evidence of a name, a person's title). Each rule has a test of an invented example
/// (NotAnEntityTests); add a rule where it belongs in this order, with its case in
/// `EntityBuilder.drops(_:_:_:_:_:)`, and give it one.
enum NotAnEntityRule: Int, CaseIterable, Sendable {
    case onlyInHeadlines
    case tagOrHandle
    case onceAtASentenceStart
    case eventOrWork
    case agencyCredit
    case writtenInLowerCase
    case everydayWordAlone
    case commonWordAlone
    case acronymOfAThing
    case adjectiveOfOrigin
    case partyAdjective

    /// What the rule recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .onlyInHeadlines: return "only in headlines"
        case .tagOrHandle: return "hashtag or handle"
        case .onceAtASentenceStart: return "once at a sentence start"
        case .eventOrWork: return "event, law or work"
        case .agencyCredit: return "agency credit"
        case .writtenInLowerCase: return "written in lower case"
        case .everydayWordAlone: return "organisation, place or title word alone"
        case .commonWordAlone: return "common word alone"
        case .acronymOfAThing: return "acronym of a thing"
        case .adjectiveOfOrigin: return "adjective of origin"
        case .partyAdjective: return "party adjective"
        }
    }
}

extension EntityBuilder {
    /// Acronyms and names the lexicon knows.
    static var knownAcronym: Lex { Lex(rawValue: Lex.acronym.rawValue | Lex.knownName.rawValue) }
    /// Verbs and function words that follow a name as its predicate ("NASA said", "NASA will").
    static var verbLike: Lex {
        Lex(rawValue: Lex.cueVerb.rawValue | Lex.clauseVerb.rawValue | Lex.clauseWord.rawValue | Lex.personFollower.rawValue
            | Lex.sentenceStarter.rawValue | Lex.organizationContext.rawValue)
    }

    /// The number of capitals A to Z in `range` of the text; 0 when two lower-case letters follow each other
    /// there (a brand in camel case, "FedEx", is a name; "PhD" is not).
    func capitals(_ range: TextRange) -> Int {
        var n = 0, previousLower = false
        for i in range.start..<range.end {
            let c = text.bytes[i]
            let lower = c >= 0x61 && c <= 0x7A
            if lower && previousLower { return 0 }
            if c >= 0x41 && c <= 0x5A { n += 1 }
            previousLower = lower
        }
        return n
    }

    /// A key of two to six letters and digits, at least two of them letters and no vowel pattern of a word:
    /// "dna", "3d", "phd", "pdf" (every key is lower case; the mention's shape is checked by its token).
    static func isAcronymShaped(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        for c in key {
            if c >= 0x61 && c <= 0x7A { letters += 1 } else if !(c >= 0x30 && c <= 0x39) && c != 0x2E && c != 0x2D { return false }
        }
        return letters >= 1 && key.count >= 2 && key.count <= 6
    }

    /// The first rule of `NotAnEntityRule` that drops draft `d` (mentions `ms`, word-list bits `lex`, context
    /// votes `context`), or nil when it is an entity.
    func notAnEntity(_ d: Draft, _ ms: [NameMention], _ lex: [Lex], _ context: Votes) -> NotAnEntityRule? {
        var raw = 0
        while let rule = NotAnEntityRule(rawValue: raw) {
            if skippedRules & (1 << raw) == 0 && drops(rule, d, ms, lex, context) { return rule }
            raw += 1
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
        case .tagOrHandle:
            // "#StrandedAbroad", "@CityDesk": a word glued to "#" or "@" at every mention is a hashtag or a user
            // name, however it is capitalised, not a name in the story.
            return ms.allSatisfy { m in
                let k = m.tokens.lowerBound
                guard k > 0, tokens[k - 1].range.end == m.range.start else { return false }
                return tokens[k - 1].isPunctuation("#") || tokens[k - 1].isPunctuation("@")
            }
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
        case .acronymOfAThing:
            // "3D", "a PhD", "DNA samples", "the PDF file": capitals (or a digit) that name a kind of thing, used
            // as one: with a digit, or at every mention after "a" or before a common noun. An acronym the lexicon
            // knows ("NATO") or that joined a name is not one.
            guard single, !d.strongEvidence, d.place == nil, lex[0].isDisjoint(with: Self.knownAcronym) else { return false }
            let k = ms[0].tokens.lowerBound
            let digit = tokens.words.withKeyBytes(tokens[k].word, { $0.contains { $0 >= 0x30 && $0 <= 0x39 } })
            guard ms.allSatisfy({ m in
                let t = m.tokens.lowerBound
                return m.wordCount(tokens) == 1 && !m.isPart && capitals(tokens.range(t)) >= (digit ? 1 : 2)
                    && tokens.words.withKeyBytes(tokens[t].word) { Self.isAcronymShaped($0) }
            }) else { return false }
            if digit { return true }
            return ms.allSatisfy { m in
                let first = m.tokens.lowerBound, next = m.tokens.upperBound
                if first > 0 && tokens[first - 1].kind == .word && tokens.keyLex(first - 1).contains(.article)
                    && tokens[first - 1].hash != EntityBuilder.theHash { return true }
                guard next < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized else { return false }
                let f = tokens.keyLex(next)
                return f.contains(.commonWord) && f.isDisjoint(with: Self.verbLike)
            }
        case .adjectiveOfOrigin:
            // "Faroese fishermen", "the Faroese say", "in Faroese": a word of origin the demonym list lacks.
            return single && !d.strongEvidence && d.place == nil && Self.isAdjectiveOfOrigin(d.words[0], ms, tokens)
        case .partyAdjective:
            // "Republican pollster", "a Conservative councillor": a short form of a party (the lexicon's
            // expansion) with an adjective's ending, before a noun at every mention, describes a person; the
            // party is named where the word stands alone ("the Republicans", "Republicans said").
            guard single, lex[0].contains(.acronym),
                  WordEndings.adjectiveLike.contains(where: { d.words[0].hasSuffix($0) }) else { return false }
            return ms.allSatisfy { m in
                let next = m.tokens.upperBound
                guard m.wordCount(tokens) == 1, !tokens[m.tokens.lowerBound].isAllCaps, next < tokens.count,
                      tokens[next].kind == .word, !tokens[next].isCapitalized else { return false }
                return tokens.keyLex(next).isDisjoint(with: Self.verbLike)
            }
        }
    }
}
