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

/// One rule of the type evidence: what it recognises, and the evidence it finds in a name (nil when it does not
/// apply). The rules are tried in order; the first that applies decides (`MentionFinder.typeEvidenceRules`).
struct TypeEvidenceRule: Sendable {
    let name: String
    let evidence: @Sendable (NameWords) -> TypeEvidence?
}

/// The words of one name (tokens `start...end`, titles and honorifics already stripped) and what name finding
/// learnt of them, for the type-evidence rules.
struct NameWords {
    let finder: MentionFinder
    let start: Int
    let end: Int
    /// Title and role words stripped from before it ("secretary").
    let roles: [String]
    /// Whether a personal honorific stood before it ("Mr").
    let honorificOnly: Bool
    /// The gender the honorific or title gave.
    let gender: Gender?

    var tokens: TokenList { finder.tokens }
    var count: Int { end - start + 1 }
    var single: Bool { count == 1 }
    /// The flags of the first word without a final dot.
    var first: Lex { tokens.bareLex(start) }
    /// The flags of word `k` (an index into the tokens) without a final dot.
    func lex(_ k: Int) -> Lex { tokens.bareLex(k) }
    /// Whether one of the words (without final dots) is in one of the lists `bits`.
    func any(_ bits: Lex) -> Bool { finder.any(start...end, bits, bare: true) }

    /// Whether the words may be a known name or a gazetteer place: one word in those lists, or several whose
    /// first starts one.
    var mayBeKnown: Bool {
        single ? !tokens[start].lex.isDisjoint(with: MentionFinder.knownOrPlace) : tokens[start].lex.contains(.nameStart)
    }

    /// The hash of the words without final dots joined by spaces ("new york").
    var spacedHash: UInt64 { finder.joinedBareHash(start...end, separator: 0x20) }
}

extension MentionFinder {
    /// The type-evidence rules, in the order they are tried. Each has a test of invented examples
    /// (TypeEvidenceTests); add a rule where it belongs in this order and give it one.
    static let typeEvidenceRules: [TypeEvidenceRule] = [
        TypeEvidenceRule(name: "known name") { n in
            // "Pentagon", "NATO", "White House" (also written "white-house").
            guard n.mayBeKnown else { return nil }
            let hyphened = Lexicon.flags(hash: n.finder.joinedBareHash(n.start...n.end, separator: UInt8(ascii: "-")))
            guard hyphened.contains(.knownName) || Lexicon.flags(hash: n.spacedHash).contains(.knownName) else { return nil }
            return TypeEvidence(type: .organization, strength: 2)
        },
        TypeEvidenceRule(name: "gazetteer place") { n in
            // "Moscow", "New York", "U.S." (towns are weak: the last rule).
            guard n.mayBeKnown, let p = n.finder.knownPlace(n.start...n.end, spacedHash: n.spacedHash),
                  Lexicon.isStrongPlace(p) else { return nil }
            return TypeEvidence(type: .place, strength: 2, place: p)
        },
        TypeEvidenceRule(name: "demonym and movement word") { n in
            // "Islamic Front", "Muslim Brotherhood".
            guard n.count == 2, n.first.contains(.demonym), n.lex(n.start + 1).contains(.movementWord) else { return nil }
            return TypeEvidence(type: .organization, strength: 2)
        },
        TypeEvidenceRule(name: "organisation word") { n in
            // "Department of Health", "Velta Biosciences"; a single "Police" only leans.
            guard n.any(.organizationWord) else { return nil }
            return TypeEvidence(type: .organization, strength: n.count >= 2 ? 2 : 0)
        },
        TypeEvidenceRule(name: "after a place noun") { n in
            // "the Leeds suburb of Chapel Allerton", "the village of Kirkby Stephen".
            n.finder.isAfterPlaceNoun(n.start) ? TypeEvidence(type: .place, strength: 2) : nil
        },
        TypeEvidenceRule(name: "ampersand") { n in
            // "Simon & Schuster", "AT&T".
            n.finder.containsAmpersand(n.start...n.end) ? TypeEvidence(type: .organization, strength: 2) : nil
        },
        TypeEvidenceRule(name: "given name before a place word") { n in
            // "Frank Field": a given name before a word that could name a place is still a person ("Grant Park",
            // with a town word, is not).
            let second = n.count == 2 ? n.lex(n.start + 1) : []
            guard n.count == 2, n.first.contains(.firstName), !second.contains(.organizationWord), n.roles.isEmpty,
                  !n.honorificOnly, second.contains(.placeWord), !second.contains(.townWord) else { return nil }
            return TypeEvidence(type: .person, strength: 2, gender: Lexicon.gender(n.first))
        },
        TypeEvidenceRule(name: "place word last") { n in
            // "Marsh County", "Hudson River", "Elm Park".
            n.count > 1 && n.lex(n.end).contains(.placeWord) ? TypeEvidence(type: .place, strength: 2) : nil
        },
        TypeEvidenceRule(name: "place prefix") { n in
            // "San Aurelio", "Port Harlow" (not before a given name).
            guard n.count > 1, n.first.contains(.placePrefix), !n.lex(n.start + 1).contains(.firstName) else { return nil }
            return TypeEvidence(type: .place, strength: 1)
        },
        TypeEvidenceRule(name: "feature prefix") { n in
            // "Mt. Korvan", "Lake Ilse" (where "place prefix" did not apply).
            guard n.count > 1, n.first.contains(.placeWord), n.first.contains(.featurePrefix) else { return nil }
            return TypeEvidence(type: .place, strength: 2)
        },
        TypeEvidenceRule(name: "title or honorific") { n in
            // "Secretary ... John Kerry", "Mr Burman": the title was stripped, its evidence stays.
            guard !n.roles.isEmpty || n.gender != nil || n.honorificOnly else { return nil }
            return TypeEvidence(type: .person, strength: 2)
        },
        TypeEvidenceRule(name: "given name first") { n in
            // "Ana Ruiz", "Brianna Colfax".
            guard n.count > 1, n.first.contains(.firstName) else { return nil }
            return TypeEvidence(type: .person, strength: 2, gender: Lexicon.gender(n.first))
        },
        TypeEvidenceRule(name: "short word in capitals") { n in
            // "IAWO", "NHS": an acronym, unless a dateline or a headline.
            let t = n.tokens[n.start]
            guard n.single, t.isAllCaps, n.tokens.words.keyLength(t.word) <= 6, !n.finder.isDatelineStart(n.start),
                  !t.isHeadline else { return nil }
            return TypeEvidence(type: .organization, strength: 1)
        },
        TypeEvidenceRule(name: "dateline") { n in
            // "MANAUS, Brazil —", "TRENTON —".
            n.finder.isDatelineStart(n.start) ? TypeEvidence(type: .place, strength: 2) : nil
        },
        TypeEvidenceRule(name: "camel case") { n in
            // "NorthWind", "SkyLink": capitals inside a word belong to brands.
            guard n.single, MentionFinder.isCamelCase(n.finder.text, n.tokens.range(n.start)) else { return nil }
            return TypeEvidence(type: .organization, strength: 1)
        },
        TypeEvidenceRule(name: "town") { n in
            // A town the gazetteer knows ("Hoboken", "Obama"), when nothing else speaks for a type: weak evidence
            // of a place, which a person of that surname or the context outweighs ("AJAX" in capitals is an acronym).
            guard n.single, n.first.contains(.town), !n.tokens[n.start].isAllCaps else { return nil }
            return TypeEvidence(type: nil, strength: 0, isTown: true)
        },
    ]
}
