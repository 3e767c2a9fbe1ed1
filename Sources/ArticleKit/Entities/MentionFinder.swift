/// Finds the names in the tokens: runs of capitalised words joined by connectors ("Bank of Nova Scotia",
/// "Charles de Gaulle"), with titles stripped off but kept as evidence ("Secretary of State John Kerry"),
/// demonyms dropped ("Russian President Vladimir Putin"), and capitals that only start a sentence or belong to a
/// headline's title case not taken as evidence ("Kerry Arrives in Moscow": "Arrives" is not a name).
struct MentionFinder {
    let text: SourceText
    let tokens: TokenList
    let evidence: NameEvidence

    /// The most tokens one name may have ("Juan Carlos de la Vega y Martinez of the ...").
    static let longestName = 12

    /// Connectors that may join the parts of one name.
    static let particles: Set<String> = ["de", "da", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "es",
                                         "del", "della", "du", "dos", "das", "la", "le", "ter", "ben", "abu"]

    func find() -> [NameMention] {
        var mentions: [NameMention] = []
        var k = 0
        let n = tokens.count
        while k < n {
            // Most tokens are not capitalised words: skip them without looking further.
            guard tokens.kind(k) == .word && tokens.flags(k).contains(.capitalized) else { k += 1; continue }
            if tokens[k].hasHyphen && Self.isCompoundAdjective(tokens.key(k)) {
                compoundParts(k, into: &mentions)
                k += 1
                continue
            }
            guard canStart(k) else { k += 1; continue }
            var last = k
            var j = k
            // Names are short: a run of capitals longer than this is a line in capitals, not one name.
            while j + 1 < n && tokens.sameParagraph(k, j + 1) && j - k < Self.longestName {
                let next = tokens[j + 1]
                if canContinue(j + 1) {
                    j += 1; last = j; continue
                }
                if next.kind == .word && !next.isCapitalized && j + 2 < n && canContinue(j + 2)
                    && tokens.sameParagraph(k, j + 2) && connectorAllowed(tokens.key(j + 1), k...j, j + 2) {
                    j += 2; last = j; continue
                }
                // A possessive inside a name: "Farmers’ Party", "Barlow’s Analytics Inc.".
                if next.kind == .possessive && j + 2 < n && canContinue(j + 2) && tokens.sameParagraph(k, j + 2) {
                    var e = j + 2
                    while e + 1 < n && canContinue(e + 1) && e - j < 5 { e += 1 }
                    let ending = tokens[e].lex
                    // After a given name only an organisation word ("Sam’s Club"), not "Ana Ruiz’s State of ...".
                    let personFirst = tokens[k].lex.contains(.firstName)
                    if (ending.contains(.organizationWord) || !personFirst && ending.contains(.placeWord)
                        || tokens.key(e) == "inc." || tokens.key(e) == "corp.") && tokens.key(e) != "state" {
                        j = e; last = j; continue
                    }
                }
                if next.isPunctuation("&") && j + 2 < n && canContinue(j + 2) {
                    j += 2; last = j; continue
                }
                // A nickname in quotes inside a name: Ana “Nana” Ruiz.
                if next.kind == .quoteMark && next.opensQuote && j + 4 < n && tokens[j + 2].isWord && tokens[j + 2].isCapitalized
                    && tokens[j + 3].kind == .quoteMark && !tokens[j + 3].opensQuote && canContinue(j + 4)
                    && tokens.sameParagraph(k, j + 4) {
                    j += 4; last = j; continue
                }
                break
            }
            last = min(last, k + Self.longestName - 1)
            process(k...last, into: &mentions)
            k = last + 1
        }
        return mentions
    }

    /// The names inside a hyphenated word: "Paris" in "Paris-based", "Peru" and "Chile" in "Peru-Chile",
    /// "al-Qaeda" in "al-Qaeda-linked". Demonyms stay out ("Malaysian-affiliated").
    private func compoundParts(_ k: Int, into mentions: inout [NameMention]) {
        let t = tokens[k]
        let bytes = Array(text.bytes[t.range.start..<t.range.end])
        var parts: [TextRange] = []
        var s = 0
        for (i, c) in bytes.enumerated() where c == UInt8(ascii: "-") {
            parts.append(TextRange(s, i)); s = i + 1
        }
        parts.append(TextRange(s, bytes.count))
        // Join an Arabic article with what follows: al-Qaeda.
        var joined: [TextRange] = []
        var i = 0
        while i < parts.count {
            let key = Tokenizer.lowercaseKey(text, TextRange(t.range.start + parts[i].start, t.range.start + parts[i].end))
            if Self.arabicArticles.contains(key) && i + 1 < parts.count {
                joined.append(TextRange(parts[i].start, parts[i + 1].end)); i += 2
            } else {
                joined.append(parts[i]); i += 1
            }
        }
        for part in joined where part.count >= 2 {
            let range = TextRange(t.range.start + part.start, t.range.start + part.end)
            let first = text.scalar(at: range.start).scalar
            let key = Tokenizer.lowercaseKey(text, range)
            guard Scalars.isUpper(first) || key.hasPrefix("al-") || key.hasPrefix("el-") else { continue }
            if LexiconIndex.flags(key).contains(.demonym) && !LexiconIndex.flags(key).contains(.place) { continue }
            if Self.isDemonymLike(key) { continue }
            let place = Gazetteer.place(key)
            let known = OrganizationCues.knownNames[key]
            guard place != nil || known != nil || evidence.isCapitalizedInside(key) || key.contains("-") else { continue }
            mentions.append(NameMention(range: range, tokens: k..<(k + 1), words: [key.replacingDots()],
                                        surface: text.string(range), hint: place != nil ? .place : known,
                                        hintStrength: place != nil || known != nil ? 2 : 0, roles: [], origins: [],
                                        gender: nil, inQuote: t.isQuoted, inHeadline: t.isHeadline, place: place?.name,
                                        paragraph: tokens.paragraph(of: k)))
        }
    }

    /// A word that can be part of a name at all.
    private func isNameWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && t.isCapitalized && (!t.lex.contains(.notName) || Abbreviations.months.contains(tokens.key(k)))
            && !t.lex.contains(.pronoun) && !(t.hasHyphen && Self.isCompoundAdjective(tokens.key(k)))
    }

    /// "Paris-based", "al-Nasr-linked", "Peru-Chile", "D-Ohio": hyphenated words that describe, not name.
    static func isCompoundAdjective(_ key: String) -> Bool {
        guard key.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = key.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return false }
        if parts[0].count == 1 { return true }   // R-Warren, D-N.Y.
        let lastPart = parts[parts.count - 1]
        if Self.describingSuffixes.contains(lastPart) {
            return true
        }
        if parts.allSatisfy({ LexiconIndex.flags($0).contains(.demonym) || LexiconIndex.flags($0).contains(.place) || $0.hasSuffix("ist") }) { return true }
        if parts.contains(where: { LexiconIndex.flags($0).contains(.demonym) && !LexiconIndex.flags($0).contains(.place) }) { return true }
        return false
    }

    /// Whether a capitalised word is evidence of a name on its own (so it may start one where capitals are
    /// not evidence: the start of a sentence, a headline).
    private func hasEvidence(_ t: Token) -> Bool {
        let lex = t.lex
        if lex.contains(.sentenceStarter) && !lex.contains(.honorific) && !t.isAllCaps { return false }
        if !lex.isDisjoint(with: [.place, .demonym, .knownName, .firstName, .title, .honorific, .titleListed, .nameStart]) { return true }
        return evidence.isCapitalizedInside(t)
    }

    private func atSentenceStart(_ k: Int) -> Bool {
        if tokens[k].startsSentence { return true }
        if k > 0 {
            let p = tokens[k - 1]
            if p.kind == .quoteMark && p.opensQuote { return true }
            if p.kind == .punctuation && (p.character == ":" || p.character == "•" || p.character == "(" || p.character == "[") { return true }
        }
        return false
    }

    /// A month name next to a number ("Mar 3", "3 Mar") or alone as a month ("in May").
    private func isDate(_ k: Int) -> Bool {
        guard tokens[k].lex.contains(.notName) else { return false }
        if k + 1 < tokens.count && tokens[k + 1].kind == .number { return true }
        if k > 0 && tokens[k - 1].kind == .number { return true }
        return !(k + 1 < tokens.count && tokens[k + 1].isWord && tokens[k + 1].isCapitalized)
    }

    private func canStart(_ k: Int) -> Bool {
        let t = tokens[k]
        guard isNameWord(k), !isDate(k) else { return false }
        if t.isHeadline {
            return hasEvidence(t) || t.isAllCaps && isDatelineStart(k)
        }
        if atSentenceStart(k) {
            if hasEvidence(t) { return true }
            if t.lex.contains(.sentenceStarter) || evidence.isSeenLowercase(t) { return false }
            if isDatelineStart(k) { return true }
            // An unknown capitalised word starting a sentence: a name only if another capitalised word follows.
            let key = tokens.key(k)
            if key.hasUTF8Suffix("ing") || key.hasUTF8Suffix("ly") || key.hasUTF8Suffix("ed") { return false }
            guard k + 1 < tokens.count && !tokens[k + 1].beginsParagraph else { return false }
            if tokens[k + 1].isPunctuation("&") { return k + 2 < tokens.count && isNameWord(k + 2) }
            return isNameWord(k + 1)
        }
        return true
    }

    private func canContinue(_ k: Int) -> Bool {
        let t = tokens[k]
        guard isNameWord(k), !isDate(k) else { return false }
        if t.isHeadline { return hasEvidence(t) }
        return true
    }

    /// "WASHINGTON (Reuters) -", "TRENTON —", "OTTAWA, March 3 -": an all-capital place at a paragraph start.
    private func isDatelineStart(_ k: Int) -> Bool {
        guard tokens[k].isAllCaps, tokens[k].beginsParagraph else { return false }
        var j = k
        while j + 1 < tokens.count && tokens[j + 1].isAllCaps && !tokens[j + 1].beginsParagraph { j += 1 }
        guard j + 1 < tokens.count else { return false }
        return tokens.kind(j + 1) == .punctuation && Self.datelineFollowers.contains(tokens.key(j + 1))
    }

    private func connectorAllowed(_ connector: String, _ before: ClosedRange<Int>, _ after: Int) -> Bool {
        if Self.particles.contains(connector) { return true }
        let beforeKeys = before.map { tokens.bareKey($0) }
        let hasOrg = beforeKeys.contains { LexiconIndex.flags($0).contains(.organizationWord) }
        switch connector {
        case "of":
            // Only right after the word that takes it: "Bank of", "Secretary of", not "Sen. Ana Ruiz of".
            let last = beforeKeys.last ?? ""
            return LexiconIndex.flags(last).contains(.organizationWord) || LexiconIndex.flags(last).contains(.placeWord)
                || LexiconIndex.flags(last).contains(.titleListed) || Self.ofHeads.contains(last)
        case "for", "on":
            return hasOrg
        case "and" where hasOrg && beforeKeys.contains(where: { Self.innerConnectors.contains($0) }):
            // "Department of Health and Human Services", "Committee on Trade and Industry".
            return true
        case "and" where LexiconIndex.flags(beforeKeys.last ?? "").contains(.organizationWord):
            // "Carrow Bank and Pellam Securities": two names.
            return false
        case "and":
            // "Customs and Border Protection", "Health and Human Services": an organisation word follows.
            var j = after
            while j < tokens.count && isNameWord(j) && (j == after || !tokens[j].beginsParagraph) {
                if tokens.bareLex(j).contains(.organizationWord)
                    || Self.andOrganizationTails.contains(tokens.key(j)) { return !beforeKeys.contains(where: { LexiconIndex.flags($0).contains(.place) }) }
                j += 1
            }
            return false
        default:
            return false
        }
    }

    /// First words that take "of" in names ("Republic of Korea", "Duke of York").
    static let ofHeads: Set<String> = ["library", "medal", "order", "archives", "republic", "kingdom", "gulf", "bay", "sea", "isle", "duke", "duchess",
                                        "prince", "princess", "house", "museum", "statue", "strait", "straits",
                                        "cape", "port", "city", "state", "states", "people's", "church", "order",
                                        "bank", "university", "department", "ministry", "office", "school",
                                        "institute", "college", "academy", "board", "chamber", "archbishop",
                                        "bishop", "federation", "union", "organization", "organisation",
                                        "association", "league", "society", "court", "council", "commission",
                                        "committee", "secretary", "minister", "mayor", "governor", "president"]

    static let personalHonorifics: Set<String> = ["mr", "mrs", "ms", "miss", "messrs", "mme", "mlle", "dr", "sir",
                                                  "dame", "lady", "lord"]

    static let andOrganizationTails: Set<String> = ["protection", "enforcement", "affairs", "relations",
                                                     "development", "resources", "services", "security",
                                                     "prevention", "control", "technology", "research",
                                                     "exchange", "gamble", "johnson", "co", "co."]

    // MARK: - Turning a run of capitalised words into mentions

    private func process(_ run: ClosedRange<Int>, into mentions: inout [NameMention]) {
        // Closures below capture this array, not the whole finder (which would copy all its fields).
        let tokens = self.tokens
        var start = run.lowerBound
        let end = run.upperBound
        var origins: [String] = []
        var roles: [String] = []
        var gender: Titles.Gender?
        let hasOrgWord = run.contains { tokens[$0].lex.contains(.organizationWord) }

        // Leading demonyms ("Russian", "South African"): dropped, kept as the origin of what follows.
        while start <= end && (tokens[start].lex.contains(.demonym) || tokens[start].lex.contains(.place)
                               || Self.compassWords.contains(tokens.key(start))) {
            let one = tokens.key(start)
            let two = start + 1 <= end ? one + " " + tokens.key(start + 1) : ""
            if !two.isEmpty, LexiconIndex.flags(two).contains(.demonym) {
                if start + 1 == end { return }
                origins.append(two); start += 2; continue
            }
            if !two.isEmpty && LexiconIndex.flags(two).contains(.place) { break }   // "Indian Ocean"
            if LexiconIndex.flags(one).contains(.demonym) && !LexiconIndex.flags(one).contains(.place) {
                if start == end { return }
                // "British Airways" is a name; "Russian President Vladimir Putin" is a demonym before a person.
                let rest = (start + 1...end).map { tokens.bareKey($0) }
                if rest.contains(where: { LexiconIndex.flags($0).contains(.organizationWord) }) && (!isTitleWord(rest[0]) || rest.count == 1) {
                    break
                }
                // "Islamic State", "Soviet Union": a demonym with one word of state makes a name.
                if rest.count == 1 && Self.stateWords.contains(rest[0]) {
                    break
                }
                origins.append(one); start += 1; continue
            }
            break
        }
        guard start <= end else { return }

        // A leading country before a title or an organisation ("U.S. Secretary of State John Kerry",
        // "U.S. Federal Bureau of Investigation"): its own mention.
        if start < end {
            if tokens[start].lex.contains(.nameStart), let (placeEnd, place) = leadingPlace(start, end), placeEnd < end {
                let rest = (placeEnd + 1...end).map { tokens.bareKey($0) }
                let restHasOrg = rest.contains { LexiconIndex.flags($0).contains(.organizationWord) }
                let abbreviated = tokens[start].isAllCaps || tokens[start].hasAbbreviationDot
                if isTitleWord(rest[0]) || LexiconIndex.flags(rest[0]).contains(.titleModifier) && rest.contains(where: isTitleWord)
                    || abbreviated && restHasOrg && rest.count >= 2 && !LexiconIndex.flags(rest[0]).contains(.organizationWord) {
                    mentions.append(mention(start...placeEnd, hint: .place, strength: 2, place: place.name))
                    origins.append(tokens.key(start))
                    start = placeEnd + 1
                }
            }
        }

        // An unknown capitalised word that only starts the sentence, before a known place: "Young UK film fans".
        if start < end && atSentenceStart(start) && !hasEvidence(tokens[start]) && tokens[start + 1].lex.contains(.place)
            && !tokens[start].isAllCaps && evidence.isSeenLowercase(tokens[start]) {
            start += 1
        }
        // A capitalised role word that only starts the sentence: "Engineer Pavel Novak warned ...".
        if start < end && atSentenceStart(start) && !hasEvidence(tokens[start]) && Self.isRoleLike(tokens.key(start))
            && (tokens[start + 1].lex.contains(.firstName) || end - start >= 2) && !tokens[start].isAllCaps
            && !tokens[start].lex.contains(.organizationWord) && !tokens[start].lex.contains(.placeWord) {
            roles.append(tokens.key(start))
            start += 1
        }
        // Personal honorifics always precede a name, even one that is also a title word ("Ms King").
        let personal = Self.personalHonorifics
        var honorificOnly = false
        if start < end && personal.contains(tokens.bareKey(start)) {
            var k = start
            while k < end && (personal.contains(tokens.bareKey(k)) || Self.academicTitles.contains(tokens.bareKey(k))) {
                if let g = Titles.honorifics[tokens.bareKey(k)] { gender = gender ?? g }
                k += 1
            }
            roles.append(contentsOf: (start..<k).map { tokens.bareKey($0) }.filter { !personal.contains($0) })
            start = k
            honorificOnly = true
        }
        // Titles before a name: from the start up to the last title word followed by a plain name.
        let lastTitleIndex = (start...end).last(where: { tokens[$0].lex.contains(.title) })
        let remainderHasOrg = lastTitleIndex.map { t in t < end && (t + 1...end).contains(where: { tokens[$0].lex.contains(.organizationWord) }) } ?? true
        if !honorificOnly && (!hasOrgWord || !remainderHasOrg) {
            var lastTitle = -1
            for k in start...end where tokens[k].lex.contains(.title) {
                lastTitle = k
            }
            if lastTitle >= start {
                if lastTitle == end {
                    // Only titles ("President", "Foreign Minister"): no name here. A name before a trailing title
                    // word ("Martin Luther King") is kept whole.
                    let allTitle = (start...end).allSatisfy { isTitleLike(tokens.bareKey($0)) }
                    if allTitle { return }
                } else {
                    let prefix = (start...lastTitle).map { tokens.bareKey($0) }
                    let prefixIsTitle = prefix.allSatisfy { isTitleLike($0) || $0 == "of" || LexiconIndex.flags($0).contains(.place)
                        || LexiconIndex.flags($0).contains(.demonym) || !LexiconIndex.flags($0).contains(.firstName) }
                    let nameStartsWithTitle = LexiconIndex.flags(prefix[0]).contains(.firstName) && !isTitleWord(prefix[0])
                    // "Secretary of State John Kerry", "Secretary of Homeland Security Jeh Johnson".
                    var titleEnd = lastTitle
                    while titleEnd + 2 < end && tokens.key(titleEnd + 1) == "of"
                            && (tokens.bareLex(titleEnd + 2).contains(.titleModifier)
                                || tokens.bareLex(titleEnd + 2).contains(.titleListed)) {
                        titleEnd += 2
                        while titleEnd + 1 < end && tokens.bareLex(titleEnd + 1).contains(.titleModifier) { titleEnd += 1 }
                    }
                    lastTitle = titleEnd
                    // An organisation or place before the title: "Coastal Police Commissioner Ana Ruiz".
                    var titleStart = lastTitle
                    while titleStart - 1 >= start && (isTitleLike(tokens.bareKey(titleStart - 1)) || tokens.key(titleStart - 1) == "of") {
                        titleStart -= 1
                    }
                    if titleStart > start && (start...titleStart - 1).contains(where: {
                        LexiconIndex.flags(tokens.bareKey($0)).contains(.organizationWord) }) {
                        process(start...titleStart - 1, into: &mentions)
                        for k in titleStart...lastTitle where isTitleWord(tokens.bareKey(k)) { roles.append(tokens.bareKey(k)) }
                        start = lastTitle + 1
                    } else if prefixIsTitle && !nameStartsWithTitle {
                        for key in (start...lastTitle).map({ tokens.bareKey($0) }) {
                            if let g = Titles.honorifics[key] { gender = gender ?? g }
                            if isTitleWord(key) || LexiconIndex.flags(key).contains(.titleModifier) { roles.append(key) }
                            if LexiconIndex.flags(key).contains(.demonym) || LexiconIndex.flags(key).contains(.place) { origins.append(key) }
                        }
                        start = lastTitle + 1
                    }
                }
            }
        }
        guard start <= end else { return }
        let nameKeys = (start...end).map { tokens.bareKey($0) }
        if nameKeys.count == 1 && !honorificOnly && (LexiconIndex.flags(nameKeys[0]).contains(.sentenceStarter) && !tokens[start].isAllCaps
                                                      || isTitleWord(nameKeys[0])) {
            return
        }
        if nameKeys.count == 1, LexiconIndex.flags(nameKeys[0]).contains(.demonym), !LexiconIndex.flags(nameKeys[0]).contains(.place) { return }
        if nameKeys.count == 1, Self.isDemonymLike(nameKeys[0]) { return }
        if nameKeys.count == 1 && nameKeys[0].utf8.count == 1 { return }
        // "Malaysia Airlines Flight MH370": the flight is not part of the airline's name.
        if let f = (start...end).first(where: { tokens.key($0) == "flight" }), f > start {
            process(start...f - 1, into: &mentions)
            return
        }

        // Evidence for the type.
        var hint: EntityType?
        var strength = 0
        var place: String?
        let single = nameKeys.count == 1
        let whole = single ? nameKeys[0] : nameKeys.joined(separator: " ")
        // One word: its bits say whether it is a known name or a place; several: look the whole name up.
        let mayBeKnown = single ? !tokens[start].lex.isDisjoint(with: [.knownName, .place]) : tokens[start].lex.contains(.nameStart)
        let surfaceKey = mayBeKnown ? Tokenizer.lowercaseKey(text, TextRange(tokens[start].range.start, tokens[end].range.end)) : ""
        if mayBeKnown, let known = OrganizationCues.knownNames[whole.replacingSpaces()] ?? OrganizationCues.knownNames[whole] {
            hint = known; strength = 2
        } else if mayBeKnown, let p = Gazetteer.place(surfaceKey) ?? Gazetteer.place(whole) {
            hint = .place; strength = 2; place = p.name
        } else if nameKeys.count == 2 && LexiconIndex.flags(nameKeys[0]).contains(.demonym)
                    && Self.movementWords.contains(nameKeys[1]) {
            hint = .organization; strength = 2
        } else if nameKeys.contains(where: { LexiconIndex.flags($0).contains(.organizationWord) }) {
            hint = .organization; strength = nameKeys.count >= 2 ? 2 : 0
        } else if nameKeys.contains("&") || (start...end).contains(where: { tokens.key($0).utf8.contains(UInt8(ascii: "&")) }) {
            // "Simon & Schuster", "AT&T".
            hint = .organization; strength = 2
        } else if LexiconIndex.flags(nameKeys[0]).contains(.firstName) && nameKeys.count == 2
                    && !LexiconIndex.flags(nameKeys[1]).contains(.organizationWord) && roles.isEmpty && !honorificOnly
                    && LexiconIndex.flags(nameKeys[1]).contains(.placeWord) && !Self.townWords.contains(nameKeys[1]) {
            // "Frank Field": a given name before a word that could name a place is still a person.
            hint = .person; strength = 2
            gender = FirstNames.gender(nameKeys[0])
        } else if let lastKey = nameKeys.last, LexiconIndex.flags(lastKey).contains(.placeWord), nameKeys.count > 1 {
            hint = .place; strength = 2
        } else if nameKeys.count > 1 && Self.placePrefixes.contains(nameKeys[0])
                    && !LexiconIndex.flags(nameKeys[1]).contains(.firstName) {
            hint = .place; strength = 1
        } else if nameKeys.first.map({ LexiconIndex.flags($0).contains(.placeWord) && Self.featurePrefixes.contains($0) }) == true && nameKeys.count > 1 {
            hint = .place; strength = 2
        } else if !roles.isEmpty || gender != nil || honorificOnly {
            hint = .person; strength = 2
        } else if LexiconIndex.flags(nameKeys[0]).contains(.firstName) && nameKeys.count > 1 {
            hint = .person; strength = 2
            gender = FirstNames.gender(nameKeys[0])
        } else if nameKeys.count == 1 && tokens[start].isAllCaps && tokens.key(start).utf8.count <= 6
                    && !isDatelineStart(start) && !tokens[start].isHeadline {
            hint = .organization; strength = 1
        } else if isDatelineStart(start) {
            hint = .place; strength = 2
        } else if nameKeys.count == 1 && Self.isCamelCase(text.string(tokens[start].range)) {
            // "NorthWind", "SkyLink": capitals inside a word belong to brands.
            hint = .organization; strength = 1
        }
        if gender == nil && hint == .person, let first = nameKeys.first { gender = FirstNames.gender(first) }
        var m = mention(start...end, hint: hint, strength: strength, place: place)
        m.roles = roles
        m.origins = origins
        m.gender = gender
        mentions.append(m)
    }

    /// A capital after a lower-case letter inside the word, other than in surnames like McDonald or DeLuca.
    static func isCamelCase(_ word: String) -> Bool {
        // Most words have no capital after a lower-case letter: look at the bytes first.
        var previousLower = false, found = false
        for c in word.utf8 {
            if c >= 0x41 && c <= 0x5A && previousLower { found = true; break }
            previousLower = c >= 0x61 && c <= 0x7A
        }
        guard found else { return false }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 4 else { return false }
        for prefix in ["Mc", "Mac", "De", "Di", "La", "Le", "Van", "O’", "O'", "D'", "D’"] where word.hasPrefix(prefix) { return false }
        for i in 1..<scalars.count where Scalars.isUpper(scalars[i]) && Scalars.isLower(scalars[i - 1]) { return true }
        return false
    }

    static let creedWords: Set<String> = {
        var words: Set<String> = []
        for stem in CommonWords.words("""
            marxist maoist islamist leninist socialist communist zionist salafist jihadist baathist nationalist
            loyalist unionist separatist royalist trotskyist fascist feminist capitalist globalist populist
            evangelist buddhist taoist methodist baptist calvinist anarchist secularist monarchist shiite alawite
            maronite yemenite sunnite hashemite wahhabist
            """) {
            words.insert(stem)
            words.insert(stem + "s")
        }
        return words
    }()

    /// A word that names a role or a job ("engineer", "economist", "historian").
    static func isRoleLike(_ key: String) -> Bool {
        if Titles.roleNouns.contains(key) { return true }
        for suffix in ["er", "or", "ist", "ian", "ant", "ent", "eer"] where key.hasUTF8Suffix(suffix) && key.utf8.count > suffix.utf8.count + 3 {
            return true
        }
        return false
    }

    /// Nationality, faith and ideology words that the demonym list does not hold: "Alaskan", "Marxists".
    static func isDemonymLike(_ key: String) -> Bool {
        if LexiconIndex.flags(key).contains(.place) || OrganizationCues.knownNames[key] != nil { return false }
        // Creeds and movements ("Marxist", "Islamists", "Shiite"): a short list, since names end so too
        // ("Lindqvist", "White").
        if Self.creedWords.contains(key) || key.hasUTF8Suffix("ism") && key.utf8.count > 5 { return true }
        for cut in ["ns", "n", "s"] where key.hasUTF8Suffix(cut) {
            let stem = String(decoding: key.utf8.dropLast(cut.utf8.count), as: UTF8.self)
            if LexiconIndex.flags(stem).contains(.demonym) { return true }
            if cut != "s", LexiconIndex.flags(stem).contains(.place), stem.utf8.count > 3 { return true }
        }
        return false
    }

    private func isTitleWord(_ key: String) -> Bool {
        LexiconIndex.flags(key).contains(.title)
    }

    private func isTitleLike(_ key: String) -> Bool {
        !LexiconIndex.flags(key).isDisjoint(with: [.titleListed, .titleModifier, .honorific])
    }

    /// A gazetteer place at `start` (one to three words), with the index of its last token.
    private func leadingPlace(_ start: Int, _ end: Int) -> (Int, Gazetteer.Place)? {
        var best: (Int, Gazetteer.Place)?
        var key = ""
        for k in start...min(end, start + 2) {
            key += (k == start ? "" : " ") + tokens.key(k)
            if let p = Gazetteer.place(key) { best = (k, p) }
        }
        return best
    }

    private func mention(_ run: ClosedRange<Int>, hint: EntityType?, strength: Int, place: String?) -> NameMention {
        let range = TextRange(tokens[run.lowerBound].range.start, tokens[run.upperBound].range.end)
        var surface = ""
        for k in run {
            if k > run.lowerBound {
                // Keep the text's own joining ("AT&T" has none), spaces normalised.
                let gap = tokens[k].range.start - tokens[k - 1].range.end
                if gap > 0 { surface += " " }
            }
            surface += text.string(tokens[k].range)
        }
        let words = run.filter { tokens[$0].kind != .possessive }.map { tokens.key($0).replacingDots() }
        return NameMention(range: range, tokens: run.lowerBound..<(run.upperBound + 1), words: words, surface: surface,
                           hint: hint, hintStrength: strength, roles: [], origins: [], gender: nil,
                           inQuote: tokens[run.lowerBound].isQuoted, inHeadline: tokens[run.lowerBound].isHeadline,
                           place: place, paragraph: tokens.paragraph(of: run.lowerBound))
    }
}

extension String {
    /// The string without dots ("u.s." becomes "us").
    func replacingDots() -> String {
        guard utf8.contains(UInt8(ascii: ".")) else { return self }
        return String(decoding: utf8.filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
    }

    func replacingSpaces() -> String {
        guard utf8.contains(UInt8(ascii: " ")) else { return self }
        return String(decoding: utf8.map { $0 == UInt8(ascii: " ") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }

    /// Whether the UTF-8 bytes end with those of `suffix` (no Unicode processing: for lower-case keys).
    func hasUTF8Suffix(_ suffix: String) -> Bool {
        let n = suffix.utf8.count, m = utf8.count
        guard n <= m else { return false }
        return utf8.dropFirst(m - n).elementsEqual(suffix.utf8)
    }
}

extension MentionFinder {
    // Word lists used in the checks above, built once.
    static let arabicArticles: Set<String> = ["al", "el", "bin"]
    static let describingSuffixes: Set<String> = ["based", "bound", "owned", "linked", "led", "controlled", "style", "themed", "affiliated", "language", "born", "backed", "run", "made", "speaking", "certified", "powered", "era", "related", "funded", "inspired", "focused", "centric", "friendly", "american", "british", "sponsored", "allied", "supported", "aligned", "registered", "listed", "flagged", "held", "occupied", "dominated"]
    static let datelineFollowers: Set<String> = ["—", "–", "-", "--", ",", "("]
    static let innerConnectors: Set<String> = ["of", "for", "on"]
    static let compassWords: Set<String> = ["north", "south", "east", "west", "southeast", "middle", "latin", "new"]
    static let stateWords: Set<String> = ["state", "republic", "union", "kingdom", "emirates", "front", "army", "caliphate", "empire", "federation", "confederation"]
    static let academicTitles: Set<String> = ["prof", "professor", "rev"]
    static let movementWords: Set<String> = ["state", "front", "army", "caliphate", "movement", "brotherhood"]
    static let townWords: Set<String> = ["park", "city", "county", "river"]
    static let placePrefixes: Set<String> = ["new", "west", "east", "north", "south", "san", "santa", "los", "las", "rio", "port", "fort", "saint", "lake", "mount", "dar", "cape"]
    static let featurePrefixes: Set<String> = ["mount", "mt", "lake", "cape", "fort", "port"]
}
