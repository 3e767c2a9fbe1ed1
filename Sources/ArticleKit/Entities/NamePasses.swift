/// A run of capitalised words being cut into a name (`MentionFinder.process`): what the passes have taken off
/// its ends so far, and the evidence they kept.
struct NameCut {
    /// The run as `MentionFinder.find` collected it.
    let run: ClosedRange<Int>
    /// The name's first and last token, once the passes have cut it.
    var start: Int
    var end: Int
    /// Demonyms and countries taken off before it ("russian" in "Russian President Vladimir Putin").
    var origins: [String] = []
    /// Titles and roles taken off before it ("president").
    var roles: [String] = []
    /// The gender an honorific or title gave.
    var gender: Gender?
    /// Whether a personal honorific stood before it ("Mr").
    var honorificOnly = false
    /// Whether a word of the whole run is an organisation word (before anything was taken off).
    let runHasOrganizationWord: Bool

    var isEmpty: Bool { start > end }
    var single: Bool { start == end }
}

/// The passes that cut a run of capitalised words into a name, in the order they run: each takes words off the
/// run's ends (keeping them as evidence), adds a mention of its own for a part, or decides that what is left is
/// not a name. What survives every pass gets its type evidence (`TypeEvidenceRule`). Each pass has a test of an
/// invented example (NamePassTests) that fails without it; add a pass where it belongs in this order, with its
/// case in `MentionFinder.apply(_:_:into:)`, and give it one.
enum NamePass: Int, CaseIterable, Sendable {
    case shouting
    case leadingDemonyms
    case leadingCountry
    case sentenceStartRole
    case sentenceStartVerb
    case honorific
    case titles
    case wordThatStartsSentences
    case demonymAlone
    case singleLetter
    case acronymPlural
    case flight
    case authorsCitedTogether

    /// What the pass recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .shouting: return "shouting"
        case .leadingDemonyms: return "leading demonyms"
        case .leadingCountry: return "leading country"
        case .sentenceStartRole: return "role word starting a sentence"
        case .sentenceStartVerb: return "common word starting a sentence before a given name"
        case .honorific: return "honorific"
        case .titles: return "titles"
        case .wordThatStartsSentences: return "word that starts sentences or a title alone"
        case .demonymAlone: return "demonym alone"
        case .singleLetter: return "single letter"
        case .acronymPlural: return "acronym plural"
        case .flight: return "flight"
        case .authorsCitedTogether: return "authors cited together"
        }
    }
}

extension MentionFinder {
    /// Cuts a run of capitalised words into mentions: the passes of `NamePass` in order, then the type evidence
    /// of what is left.
    func process(_ run: ClosedRange<Int>, into found: inout Found) {
        var cut = NameCut(run: run, start: run.lowerBound, end: run.upperBound,
                          runHasOrganizationWord: any(run, .organizationWord))
        // By raw value: `allCases` would build an array for every run.
        var raw = 0
        while let pass = NamePass(rawValue: raw) {
            raw += 1
            guard skippedPasses & (1 << pass.rawValue) == 0 else { continue }
            guard apply(pass, &cut, into: &found), !cut.isEmpty else { return }
        }
        found.append(typedMention(cut, into: &found))
    }

    /// The mention of what the passes left, with the evidence of the first type-evidence rule that applies.
    private func typedMention(_ cut: NameCut, into found: inout Found) -> NameMention {
        let first = tokens.bareLex(cut.start)
        let words = NameWords(start: cut.start, end: cut.end, roles: cut.roles, honorificOnly: cut.honorificOnly,
                              gender: cut.gender, first: first)
        let (typed, rule) = typeEvidence(words) ?? (TypeEvidence(type: nil, strength: 0), nil)
        var gender = typed.gender ?? cut.gender
        if gender == nil && typed.type == .person { gender = Lexicon.gender(first) }
        var m = mention(cut.start...cut.end, hint: typed.type, strength: typed.strength, place: typed.place)
        m.gender = gender
        m.isTown = typed.isTown
        m.rule = rule
        m.evidence = found.evidence.add(roles: cut.roles, origins: cut.origins)
        return m
    }

    /// Runs one pass on `cut`; false when what is left is not a name (the run gives no further mention).
    func apply(_ pass: NamePass, _ cut: inout NameCut, into found: inout Found) -> Bool {
        switch pass {
        case .shouting:
            // Three or more words in capitals, half of them common words or words written in lower case elsewhere
            // ("WE’RE OPEN TILL THE CROISSANTS RUN OUT").
            let run = cut.run
            guard run.count >= 3, !tokens[run.lowerBound].isHeadline,
                  run.allSatisfy({ tokens[$0].kind != .word || tokens[$0].isAllCaps }) else { return true }
            let everyday = run.filter {
                tokens[$0].kind == .word && (evidence.isSeenLowercase(tokens[$0]) || tokens[$0].lex.contains(.sentenceStarter))
            }.count
            return everyday * 2 < run.count

        case .leadingDemonyms:
            // "Russian", "South African": dropped, kept as the origin of what follows.
            return takeLeadingDemonyms(&cut)

        case .leadingCountry:
            // "U.S. Secretary of State John Kerry", "U.S. Federal Bureau of Investigation": the country is a
            // mention of its own.
            let start = cut.start, end = cut.end
            guard start < end, tokens[start].lex.contains(.nameStart),
                  let (placeEnd, place) = leadingPlace(start, end), placeEnd < end else { return true }
            let rest = placeEnd + 1...end
            let restHasOrg = any(rest, .organizationWord, bare: true)
            let abbreviated = tokens[start].isAllCaps || tokens[start].hasAbbreviationDot
            let first = tokens.bareLex(placeEnd + 1)
            if first.contains(.title) || first.contains(.titleModifier) && any(rest, .title, bare: true)
                || abbreviated && restHasOrg && rest.count >= 2 && !first.contains(.organizationWord) {
                found.append(mention(start...placeEnd, hint: .place, strength: 2, place: place))
                cut.origins.append(tokens.key(start))
                cut.start = placeEnd + 1
            }
            return true

        case .sentenceStartRole:
            // A capitalised role word that only starts the sentence: "Engineer Pavel Novak warned ...".
            let start = cut.start
            if start < cut.end && atSentenceStart(start) && !hasEvidence(tokens[start]) && Self.isRoleLike(tokens.key(start))
                && (tokens[start + 1].lex.contains(.firstName) || cut.end - start >= 2) && !tokens[start].isAllCaps
                && !tokens[start].lex.contains(.organizationWord) && !tokens[start].lex.contains(.placeWord) {
                cut.roles.append(tokens.key(start))
                cut.start += 1
            }
            return true

        case .sentenceStartVerb:
            // "Enter Stuart Kaplan", "Follow Adelle Nazarian on Twitter": a word English mostly writes in lower
            // case (and no one's given name) starts the sentence before a given name; the name starts after it.
            let start = cut.start
            let lex = tokens.bareLex(start)
            if start < cut.end && atSentenceStart(start) && lex.contains(.commonWord) && !tokens[start].isAllCaps
                && lex.isDisjoint(with: Self.nameOrTitle) && tokens.bareLex(start + 1).contains(.firstName) {
                cut.start += 1
            }
            return true

        case .honorific:
            // Personal honorifics always precede a name, even one that is also a title word ("Ms King").
            guard cut.start < cut.end, tokens.bareLex(cut.start).contains(.personalHonorific) else { return true }
            var k = cut.start
            while k < cut.end && !tokens.bareLex(k).isDisjoint(with: Self.honorificOrAcademic) {
                if tokens.bareLex(k).contains(.honorific), let g = Lexicon.gender(tokens.bareLex(k)) { cut.gender = cut.gender ?? g }
                k += 1
            }
            for j in cut.start..<k where !tokens.bareLex(j).contains(.personalHonorific) { cut.roles.append(tokens.bareKey(j)) }
            cut.start = k
            cut.honorificOnly = true
            return true

        case .titles:
            return takeTitles(&cut, into: &found)

        case .wordThatStartsSentences:
            // "Yesterday", "President": a word that usually starts sentences, or a title, alone.
            let first = tokens.bareLex(cut.start)
            return !(cut.single && !cut.honorificOnly
                     && (first.contains(.sentenceStarter) && !tokens[cut.start].isAllCaps || first.contains(.title)))

        case .demonymAlone:
            // A demonym alone, or a word of origin the list lacks ("Alaskan"), is not a name; after an honorific
            // it is a surname ("Mr. Burman", "Ms. English").
            guard cut.single, !cut.honorificOnly else { return true }
            let first = tokens.bareLex(cut.start)
            if first.contains(.demonym) && !first.contains(.place) { return false }
            return !tokens.words.withKeyBytes(tokens[cut.start].word, bare: true, { Self.isDemonymLike($0, lex: first) })

        case .singleLetter:
            // "A", "B": one letter alone is not a name.
            return !(cut.single && tokens.words.withKeyBytes(tokens[cut.start].word, bare: true, { $0.count }) == 1)

        case .acronymPlural:
            // The plural of an acronym names a kind of thing, not one ("MSPs", "CEOs", "AK-47s").
            return !(cut.single && Self.isAcronymPlural(text, tokens.range(cut.start)))

        case .flight:
            // "Malaysia Airlines Flight MH370": the flight is not part of the airline's name.
            for k in cut.start...cut.end where tokens[k].hash == Self.flightHash && tokens.key(k) == "flight" {
                guard k > cut.start else { return true }
                process(cut.start...k - 1, into: &found)
                return false
            }
            return true

        case .authorsCitedTogether:
            // "Marsden & Okoye (2009)", "as Brandt & Lowe, 2011, argue": two authors of one citation, each a
            // mention of their own (a firm's "Simon & Schuster" has no year after it).
            guard cut.start < cut.end, ContextRule.isCitation(after: cut.end, tokens) else { return true }
            for k in cut.start + 1..<cut.end where tokens[k].isPunctuation("&") {
                process(cut.start...k - 1, into: &found)
                process(k + 1...cut.end, into: &found)
                return false
            }
            return true
        }
    }

    /// Given names, surnames, places and titles: words that may start a name at a sentence start.
    static var nameOrTitle: Lex {
        Lex(rawValue: Lex.givenName.rawValue | Lex.surname.rawValue | Lex.place.rawValue | Lex.town.rawValue
            | Lex.title.rawValue | Lex.titleWord.rawValue | Lex.honorific.rawValue | Lex.knownName.rawValue)
    }

    /// Takes leading demonyms off the cut ("Russian", "South African", "West African"), keeping them as origins;
    /// false when nothing else is left. A demonym that starts a name stays: "British Airways", "Islamic State",
    /// "Indian Ocean".
    private func takeLeadingDemonyms(_ cut: inout NameCut) -> Bool {
        let end = cut.end
        while cut.start <= end && (!tokens[cut.start].lex.isDisjoint(with: Self.demonymOrPlace) || tokens.keyLex(cut.start).contains(.compass)) {
            let start = cut.start
            // The first two words as one ("south african"), by hash.
            let two = start + 1 <= end
                ? Lexicon.flags(hash: tokens.words.hash(WordHash.adding(0x20, to: tokens[start].hash),
                                                             appending: tokens[start + 1].word))
                : nil
            if let two, two.contains(.demonym) {
                if start + 1 == end { return false }
                cut.origins.append(tokens.key(start) + " " + tokens.key(start + 1)); cut.start += 2; continue
            }
            if let two, two.contains(.place) { break }   // "Indian Ocean"
            let one = tokens.keyLex(start)
            // A compass word before a demonym is one demonym: "South American", "West African".
            if one.contains(.compass) && start + 1 <= end && tokens.keyLex(start + 1).contains(.demonym)
                && !tokens.keyLex(start + 1).contains(.place) {
                if start + 1 == end { return false }
                cut.origins.append(tokens.key(start) + " " + tokens.key(start + 1)); cut.start += 2; continue
            }
            if one.contains(.demonym) && !one.contains(.place) {
                if start == end { return false }
                // "British Airways" is a name; "Russian President Vladimir Putin" is a demonym before a person.
                let restHasOrg = any(start + 1...end, .organizationWord, bare: true)
                if restHasOrg && (!tokens.bareLex(start + 1).contains(.title) || end == start + 1) {
                    break
                }
                // "Islamic State", "Soviet Union": a demonym with one word of state makes a name.
                if end == start + 1 && tokens.bareLex(start + 1).contains(.stateWord) {
                    break
                }
                cut.origins.append(tokens.key(start)); cut.start += 1; continue
            }
            break
        }
        return true
    }

    /// Takes titles off the start of the cut, up to the last title word followed by a plain name ("Secretary of
    /// State John Kerry"), keeping them as roles; an organisation before the title is a mention of its own
    /// ("Coastal Police Commissioner Ana Ruiz"). False when the cut is only titles ("Foreign Minister").
    private func takeTitles(_ cut: inout NameCut, into found: inout Found) -> Bool {
        let start = cut.start, end = cut.end
        var lastTitleIndex: Int?
        for k in start...end where tokens[k].lex.contains(.title) || isPairedTitle(k, after: start) { lastTitleIndex = k }
        // A rank that otherwise qualifies a title, before a given name and a surname: "General Wesley Clark".
        if lastTitleIndex == nil && end - start >= 2 && tokens.bareLex(start).contains(.titleWord)
            && tokens.bareLex(start).contains(.titleModifier) && tokens.bareLex(start + 1).contains(.firstName) {
            lastTitleIndex = start
        }
        var remainderHasOrg = true
        if let t = lastTitleIndex { remainderHasOrg = t < end && any(t + 1...end, .organizationWord) }
        guard !cut.honorificOnly && (!cut.runHasOrganizationWord || !remainderHasOrg), var lastTitle = lastTitleIndex else {
            return true
        }
        if lastTitle == end {
            // Only titles ("President", "Foreign Minister"): no name here. A name before a trailing title
            // word ("Martin Luther King") is kept whole.
            return any(start...end, Self.titleLike, bare: true, missing: true)
        }
        var prefixIsTitle = true
        for k in start...lastTitle {
            let f = tokens.bareLex(k)
            if !(Self.isTitleLike(f) || tokens.bareKey(k) == "of" || f.contains(.place) || f.contains(.demonym)
                || !f.contains(.firstName)) {
                prefixIsTitle = false
                break
            }
        }
        let nameStartsWithTitle = tokens.bareLex(start).contains(.firstName) && !tokens.bareLex(start).contains(.title)
        // "Secretary of State John Kerry", "Secretary of Homeland Security Jeh Johnson".
        var titleEnd = lastTitle
        while titleEnd + 2 < end && tokens.key(titleEnd + 1) == "of"
                && (tokens.bareLex(titleEnd + 2).contains(.titleModifier)
                    || tokens.bareLex(titleEnd + 2).contains(.titleWord)) {
            titleEnd += 2
            while titleEnd + 1 < end && tokens.bareLex(titleEnd + 1).contains(.titleModifier) { titleEnd += 1 }
        }
        lastTitle = titleEnd
        // An organisation or place before the title: "Coastal Police Commissioner Ana Ruiz".
        var titleStart = lastTitle
        while titleStart - 1 >= start && (Self.isTitleLike(tokens.bareLex(titleStart - 1)) || tokens.key(titleStart - 1) == "of") {
            titleStart -= 1
        }
        if titleStart > start && any(start...titleStart - 1, .organizationWord, bare: true) {
            process(start...titleStart - 1, into: &found)
            for k in titleStart...lastTitle where tokens.bareLex(k).contains(.title) { cut.roles.append(tokens.bareKey(k)) }
            cut.start = lastTitle + 1
        } else if prefixIsTitle && !nameStartsWithTitle {
            for k in start...lastTitle {
                let key = tokens.bareKey(k), f = tokens.bareLex(k)
                if f.contains(.honorific), let g = Lexicon.gender(f) { cut.gender = cut.gender ?? g }
                if f.contains(.title) || f.contains(.titleModifier) { cut.roles.append(key) }
                if f.contains(.demonym) || f.contains(.place) { cut.origins.append(key) }
            }
            cut.start = lastTitle + 1
        }
        // "Governor of Arkansas", "Earl of Clare", "Professor of Linguistics": what follows the title's "of" is
        // where or what the title holds, not its holder; it keeps none of the title's evidence.
        if cut.start > start && cut.start < end && tokens[cut.start].kind == .word && tokens[cut.start].hash == Self.ofHash {
            cut.start += 1
            cut.roles = []
            cut.gender = nil
        }
        return true
    }
}
