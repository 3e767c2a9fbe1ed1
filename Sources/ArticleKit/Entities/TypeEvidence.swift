/// What the words of a name say about its type, before the article's context is weighed (`EntityBuilder`).
struct TypeEvidence: Sendable {
    var type: EntityType?
    /// 2 for strong evidence (a cue word, the gazetteer, a title, a given name), 1 for weak, 0 for a lean.
    var strength: Int
    /// The gazetteer place the name is.
    var place: Int? = nil
    /// The gender, when the rule read one (a given name).
    var gender: Gender? = nil
    /// A town the gazetteer knows, with nothing else to say (`NameMention.isTown`).
    var isTown = false
}

/// The rules of the type evidence, in the order they are tried: the first that applies to a name decides its
/// evidence (`MentionFinder.typeEvidence`). Each has a test of an invented example (TypeEvidenceTests); add a
/// rule where it belongs in this order, with its case in `MentionFinder.evidence(_:_:)`, and give it one.
enum TypeEvidenceRule: Int, CaseIterable, Sendable {
    case knownName
    case gazetteerPlace
    case demonymAndMovementWord
    case givenNameBeforeAPlaceWord
    case facilityHead
    case organisationWord
    case afterAPlaceNoun
    case ampersand
    case placeWordLast
    case placePrefix
    case featurePrefix
    case titleOrHonorific
    case givenNameFirst
    case shortWordInCapitals
    case dateline
    case camelCase
    case town

    /// What the rule recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .knownName: return "known name"
        case .gazetteerPlace: return "gazetteer place"
        case .demonymAndMovementWord: return "demonym and movement word"
        case .facilityHead: return "facility head"
        case .organisationWord: return "organisation word"
        case .afterAPlaceNoun: return "after a place noun"
        case .ampersand: return "ampersand"
        case .givenNameBeforeAPlaceWord: return "given name before a place word"
        case .placeWordLast: return "place word last"
        case .placePrefix: return "place prefix"
        case .featurePrefix: return "feature prefix"
        case .titleOrHonorific: return "title or honorific"
        case .givenNameFirst: return "given name first"
        case .shortWordInCapitals: return "short word in capitals"
        case .dateline: return "dateline"
        case .camelCase: return "camel case"
        case .town: return "town"
        }
    }
}

/// The words of one name (tokens `start...end`, titles and honorifics already stripped) and what name finding
/// learnt of them, for the type-evidence rules.
struct NameWords {
    let start: Int
    let end: Int
    /// Title and role words stripped from before it ("secretary").
    let roles: [String]
    /// Whether a personal honorific stood before it ("Mr").
    let honorificOnly: Bool
    /// The gender the honorific or title gave.
    let gender: Gender?
    /// The flags of the first word without a final dot.
    let first: Lex

    var count: Int { end - start + 1 }
    var single: Bool { count == 1 }
}

extension MentionFinder {
    /// The evidence of the first rule of `TypeEvidenceRule` that applies to `n`, with that rule.
    func typeEvidence(_ n: NameWords) -> (TypeEvidence, TypeEvidenceRule)? {
        // By raw value: `allCases` would build an array for every name.
        var raw = 0
        while let rule = TypeEvidenceRule(rawValue: raw) {
            if let e = evidence(rule, n) { return (e, rule) }
            raw += 1
        }
        return nil
    }

    /// Whether the words may be a known name or a gazetteer place: one word in those lists, or several whose
    /// first starts one.
    private func mayBeKnown(_ n: NameWords) -> Bool {
        n.single ? !tokens[n.start].lex.isDisjoint(with: Self.knownOrPlace) : tokens[n.start].lex.contains(.nameStart)
    }

    /// The evidence that `rule` finds in the name `n`, nil when it does not apply.
    func evidence(_ rule: TypeEvidenceRule, _ n: NameWords) -> TypeEvidence? {
        switch rule {
        case .knownName:
            // "Pentagon", "NATO", "White House" (also written "white-house").
            guard mayBeKnown(n) else { return nil }
            let hyphened = Lexicon.flags(hash: joinedBareHash(n.start...n.end, separator: UInt8(ascii: "-")))
            guard hyphened.contains(.knownName) || Lexicon.flags(hash: joinedBareHash(n.start...n.end, separator: 0x20)).contains(.knownName) else { return nil }
            return TypeEvidence(type: .organization, strength: 2)
        case .gazetteerPlace:
            // "Moscow", "New York", "U.S." (towns are weak: the last rule).
            guard mayBeKnown(n), let p = knownPlace(n.start...n.end, spacedHash: joinedBareHash(n.start...n.end, separator: 0x20)),
                  Lexicon.isStrongPlace(p) else { return nil }
            return TypeEvidence(type: .place, strength: 2, place: p)
        case .demonymAndMovementWord:
            // "Islamic Front", "Muslim Brotherhood".
            guard n.count == 2, n.first.contains(.demonym), tokens.bareLex(n.start + 1).contains(.movementWord) else { return nil }
            return TypeEvidence(type: .organization, strength: 2)
        case .facilityHead:
            // "Isfahan International Airport", "Harbour Authority Ferry Terminal": a building, venue or way is a
            // place, whatever organisation's name it carries.
            guard n.count > 1, tokens.bareLex(n.end).contains(.facilityWord) else { return nil }
            return TypeEvidence(type: .place, strength: 2)
        case .organisationWord:
            // "Department of Health", "Velta Biosciences"; a single "Police" only leans.
            guard any(n.start...n.end, .organizationWord, bare: true) else { return nil }
            return TypeEvidence(type: .organization, strength: n.count >= 2 ? 2 : 0)
        case .afterAPlaceNoun:
            // "the Leeds suburb of Chapel Allerton", "the village of Kirkby Stephen".
            return isAfterPlaceNoun(n.start) ? TypeEvidence(type: .place, strength: 2) : nil
        case .ampersand:
            // "Simon & Schuster", "AT&T".
            return containsAmpersand(n.start...n.end) ? TypeEvidence(type: .organization, strength: 2) : nil
        case .givenNameBeforeAPlaceWord:
            // "Frank Field", "Ada Castle": a given name before a word that could name a place is still a person
            // ("Grant Park", with a town word, is not); so before an organisation's word that is also a surname
            // ("Frank Church").
            let second = n.count == 2 ? tokens.bareLex(n.start + 1) : []
            guard n.count == 2, n.first.contains(.firstName), n.roles.isEmpty, !n.honorificOnly,
                  second.contains(.organizationWord) ? second.contains(.surname)
                    : second.contains(.placeWord) && !second.contains(.townWord) else { return nil }
            return TypeEvidence(type: .person, strength: 2, gender: Lexicon.gender(n.first))
        case .placeWordLast:
            // "Marsh County", "Hudson River", "Elm Park".
            return n.count > 1 && tokens.bareLex(n.end).contains(.placeWord) ? TypeEvidence(type: .place, strength: 2) : nil
        case .placePrefix:
            // "San Teodar", "Port Harlow" (not before a given name).
            guard n.count > 1, n.first.contains(.placePrefix), !tokens.bareLex(n.start + 1).contains(.firstName) else { return nil }
            return TypeEvidence(type: .place, strength: 1)
        case .featurePrefix:
            // "Mt. Korvan", "Lake Ilse" (where "place prefix" did not apply).
            guard n.count > 1, n.first.contains(.placeWord), n.first.contains(.featurePrefix) else { return nil }
            return TypeEvidence(type: .place, strength: 2)
        case .titleOrHonorific:
            // "Secretary ... John Kerry", "Mr Burman": the title was stripped, its evidence stays.
            guard !n.roles.isEmpty || n.gender != nil || n.honorificOnly else { return nil }
            return TypeEvidence(type: .person, strength: 2)
        case .givenNameFirst:
            // "Ana Ruiz", "Brianna Colfax".
            guard n.count > 1, n.first.contains(.firstName) else { return nil }
            return TypeEvidence(type: .person, strength: 2, gender: Lexicon.gender(n.first))
        case .shortWordInCapitals:
            // "IAWO", "NHS": an acronym, unless a dateline or a headline.
            let t = tokens[n.start]
            guard n.single, t.isAllCaps, tokens.words.keyLength(t.word) <= 6, !isDatelineStart(n.start),
                  !t.isHeadline else { return nil }
            return TypeEvidence(type: .organization, strength: 1)
        case .dateline:
            // "MANAUS, Brazil —", "TRENTON —".
            return isDatelineStart(n.start) ? TypeEvidence(type: .place, strength: 2) : nil
        case .camelCase:
            // "NorthWind", "SkyLink": capitals inside a word belong to brands.
            guard n.single, Self.isCamelCase(text, tokens.range(n.start)) else { return nil }
            return TypeEvidence(type: .organization, strength: 1)
        case .town:
            // A town the gazetteer knows ("Hoboken", "Obama"), when nothing else speaks for a type: weak evidence
            // of a place, which a person of that surname or the context outweighs ("AJAX" in capitals is an acronym).
            guard n.single, n.first.contains(.town), !tokens[n.start].isAllCaps else { return nil }
            return TypeEvidence(type: nil, strength: 0, isTown: true)
        }
    }
}
