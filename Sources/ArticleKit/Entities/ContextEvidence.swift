/// The rules that read a type from the words around one mention ("in Elmwood", "Acme shares", "Ruiz said"), in
/// the order they are tried: the first that applies gives the mention's vote. Context is a fallback only: it
/// decides the type of a name whose own words give no evidence (`EntityBuilder.decideType`). Each rule has a test
/// of an invented example (ContextEvidenceTests); add a rule where it belongs in this order, with its case in
/// `ContextRule.vote(_:_:)`, and give it one.
enum ContextRule: Int, CaseIterable, Sendable {
    case placePreposition
    case leadersBody
    case organisationVerb
    case atPreposition
    case townBeforeRegion
    case citation
    case relativePronoun
    case organisationFollower
    case personFollower

    /// What the rule recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .placePreposition: return "place preposition"
        case .leadersBody: return "leader's body"
        case .organisationVerb: return "organisation verb"
        case .atPreposition: return "at"
        case .townBeforeRegion: return "town before its region"
        case .citation: return "citation"
        case .relativePronoun: return "relative pronoun"
        case .organisationFollower: return "organisation follower"
        case .personFollower: return "person follower"
        }
    }

    /// The vote of the first rule that applies to mention `m`, or nil. `.other` is a vote for a place or an
    /// organisation (not a person).
    static func vote(_ m: NameMention, _ tokens: TokenList) -> EntityType? {
        // By raw value: `allCases` would build an array for every mention.
        var raw = 0
        while let rule = ContextRule(rawValue: raw) {
            if let type = rule.vote(m, tokens) { return type }
            raw += 1
        }
        return nil
    }

    /// The type this rule reads around mention `m`, nil when it does not apply.
    func vote(_ m: NameMention, _ tokens: TokenList) -> EntityType? {
        let first = m.tokens.lowerBound, last = m.tokens.upperBound - 1
        let before: Int? = first > 0 && tokens[first - 1].kind == .word ? first - 1 : nil
        switch self {
        case .placePreposition:
            // "in Elmwood", "outside Kandahar".
            guard let b = before, tokens.keyLex(b).contains(.placePreposition) else { return nil }
            return .place
        case .leadersBody:
            // "the Ruiz administration", "the Okafor campaign": the leader of what the next word names.
            guard let b = before, tokens[b].hash == EntityBuilder.theHash, last + 1 < tokens.count,
                  tokens[last + 1].kind == .word, !tokens[last + 1].isCapitalized,
                  tokens.keyLex(last + 1).contains(.ledBody) else { return nil }
            return .person
        case .organisationVerb:
            // "joined Acme", "beat Rovers", "the Acme".
            guard let b = before, tokens.keyLex(b).contains(.organizationVerb) else { return nil }
            return .organization
        case .atPreposition:
            // "studied at Marrowick", "the quay at Alcântara": where people work, study or stand; a place or an
            // organisation, not a person (`.other` votes for both).
            guard let b = before, tokens[b].hash == Self.atHash, !tokens[b].isCapitalized else { return nil }
            return .other
        case .townBeforeRegion:
            // "Elmwood, Alabama": a town before its state or country.
            guard last + 2 < tokens.count, tokens[last + 1].isPunctuation(","),
                  let p = tokens.isASCII(last + 2) ? Lexicon.placeNumber(hash: tokens[last + 2].hash)
                    : Lexicon.placeNumber(tokens.key(last + 2)),
                  Lexicon.placeKind(p) != .country || tokens[last + 2].isCapitalized else { return nil }
            return .place
        case .citation:
            // "Kessler (2005)", "Kessler, 2005)", "Kessler et al.": an author cited by year; also the first of
            // two ("Kessler & Ruiz (2005)").
            if Self.isCitation(after: last, tokens) { return .person }
            guard last + 2 < tokens.count, tokens[last + 1].isPunctuation("&"), tokens[last + 2].kind == .word,
                  tokens[last + 2].isCapitalized else { return nil }
            return Self.isCitation(after: last + 2, tokens) ? .person : nil
        case .relativePronoun:
            // "Acme, which", "Ruiz, who": "which" for things and bodies, "who" for people.
            var k = last + 1
            if k < tokens.count && tokens[k].kind == .punctuation && Self.isCommaOrDash(tokens[k].character) { k += 1 }
            guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized else { return nil }
            switch tokens[k].hash {
            case Self.whichHash: return .organization
            case Self.whoHash, Self.whoseHash: return .person
            default: return nil
            }
        case .organisationFollower, .personFollower:
            var k = last + 1
            let possessive = k < tokens.count && tokens[k].kind == .possessive
            if possessive { k += 1 }
            guard k < tokens.count, tokens[k].kind == .word else { return nil }
            if self == .organisationFollower {
                // "Acme shares", "the club’s captain".
                return tokens.keyLex(k).contains(.organizationContext) ? .organization : nil
            }
            // "Ruiz said", "Ruiz himself".
            return !possessive && tokens.keyLex(k).contains(.personFollower) ? .person : nil
        }
    }

    /// Whether the tokens after `last` cite a year: "(2005)", ", 2005)", " 2005)", "et al.".
    static func isCitation(after last: Int, _ tokens: TokenList) -> Bool {
        var k = last + 1
        guard k < tokens.count else { return false }
        if tokens[k].kind == .word && tokens[k].hash == etHash && k + 1 < tokens.count && tokens.key(k + 1).hasPrefix("al") {
            return true
        }
        let opened = tokens[k].isPunctuation("(")
        if opened || tokens[k].isPunctuation(",") { k += 1 }
        guard k < tokens.count, tokens[k].kind == .number, isYear(tokens.key(k)) else { return false }
        // The year closes the citation or goes on to a page or another year: "(2005)", "2005:", "2005; ".
        guard k + 1 < tokens.count, tokens[k + 1].kind == .punctuation else { return opened }
        return opened || [")", ";", ":", ","].contains(tokens[k + 1].character)
    }

    /// "1987", "2005a": four digits from 1500 to 2099, maybe a letter.
    private static func isYear(_ key: String) -> Bool {
        let digits = key.utf8.prefix(4)
        guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), key.utf8.count <= 5,
              let year = Int(String(decoding: digits, as: UTF8.self)) else { return false }
        return year >= 1500 && year < 2100
    }

    private static func isCommaOrDash(_ c: Unicode.Scalar) -> Bool { c == "," || c == "—" || c == "–" || c == "-" }

    static let atHash = WordHash.of("at")
    static let etHash = WordHash.of("et")
    static let whichHash = WordHash.of("which")
    static let whoHash = WordHash.of("who")
    static let whoseHash = WordHash.of("whose")
}
