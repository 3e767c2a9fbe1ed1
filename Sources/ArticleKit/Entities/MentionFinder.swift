/// Finds the names in the tokens: runs of capitalised words joined by connectors ("Bank of Nova Scotia",
/// "Charles de Gaulle"), with titles stripped off but kept as evidence ("Secretary of State John Kerry"),
/// demonyms dropped ("Russian President Vladimir Putin"), and capitals that only start a sentence or belong to a
/// headline's title case not taken as evidence ("Kerry Arrives in Moscow": "Arrives" is not a name).
struct MentionFinder {
    let text: SourceText
    let tokens: TokenList
    let evidence: NameEvidence
    /// Passes of `NamePass` left out (bit `rawValue`), for the tests that show what each pass does.
    var skippedPasses: UInt32 = 0

    /// The most tokens one name may have ("Juan Carlos de la Vega y Martinez of the ...").
    static let longestName = 12

    /// The mentions of a text, in text order, with the title and origin words some of them have.
    struct Found: Sendable {
        var mentions: [NameMention] = []
        var evidence = MentionEvidence()

        mutating func append(_ m: NameMention) { mentions.append(m) }
    }

    func find() -> Found {
        var found = Found()
        // Every name starts at a capitalised word: room for that many.
        var capitalized = 0
        for k in tokens.indices where tokens.flags(k).contains(.capitalized) { capitalized += 1 }
        found.mentions.reserveCapacity(capitalized)
        var k = 0
        let n = tokens.count
        while k < n {
            // Most tokens are not capitalised words: skip them without looking further.
            guard tokens.kind(k) == .word && tokens.flags(k).contains(.capitalized) else { k += 1; continue }
            if tokens[k].hasHyphen && (Self.isCompoundAdjective(tokens.key(k)) || endsInALowerCaseWord(k)) {
                compoundParts(k, into: &found)
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
            if let campus = campusEnd(k, last) { last = campus }
            process(k...last, into: &found)
            k = last + 1
        }
        return found
    }

    /// The last token of a university's campus written after its name: "University of Nevada, Las Vegas",
    /// "University of Texas at Austin" name one university, not a university and a city. The campus is a city
    /// the gazetteer knows (not a country or a region: "University of Leeds, England" is the university in
    /// England), and no capitalised word follows it.
    private func campusEnd(_ k: Int, _ last: Int) -> Int? {
        guard last >= k + 2, tokens[k].hash == Self.universityHash, tokens[k + 1].hash == Self.ofHash,
              last + 2 < tokens.count else { return nil }
        let a = last + 1
        guard tokens[a].isPunctuation(",") || tokens[a].kind == .word && tokens[a].hash == ContextRule.atHash
                && !tokens[a].isCapitalized else { return nil }
        var e = a + 1
        while e < tokens.count && e - a <= 3 && tokens[e].kind == .word && tokens[e].isCapitalized && tokens.sameParagraph(k, e) {
            e += 1
        }
        guard e > a + 1, e == tokens.count || !(tokens[e].kind == .word && tokens[e].isCapitalized) else { return nil }
        let campus = (a + 1)...(e - 1)
        guard let place = knownPlace(campus, spacedHash: joinedBareHash(campus, separator: 0x20)),
              Lexicon.placeKind(place) == .city else { return nil }
        return e - 1
    }

    static let universityHash = WordHash.of("university")

    /// The names inside a hyphenated word: "Paris" in "Paris-based", "Peru" and "Chile" in "Peru-Chile",
    /// "al-Qaeda" in "al-Qaeda-linked". Demonyms stay out ("Malaysian-affiliated").
    private func compoundParts(_ k: Int, into found: inout Found) {
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
            if Lexicon.flags(key).contains(.arabicArticle) && i + 1 < parts.count {
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
            let lex = Lexicon.flags(key)
            if lex.contains(.demonym) && !lex.contains(.place) { continue }
            if Self.isDemonymLike(key, lex: lex) { continue }
            let place = Lexicon.strongPlaceNumber(key)
            let known: EntityType? = lex.contains(.knownName) ? .organization : nil
            guard place != nil || known != nil || evidence.isCapitalizedInside(key) || key.contains("-") else { continue }
            found.append(NameMention(range: range, tokens: k..<(k + 1), hint: place != nil ? .place : known,
                                     hintStrength: place != nil || known != nil ? 2 : 0, inQuote: t.isQuoted,
                                     inHeadline: t.isHeadline, isPart: true, place: place,
                                     paragraph: tokens.paragraph(of: k)))
        }
    }

    /// A word that can be part of a name at all.
    private func isNameWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && t.isCapitalized && (!t.lex.contains(.notName) || tokens.keyLex(k).contains(.monthAbbreviation))
            && !t.lex.contains(.pronoun) && !(t.hasHyphen && (Self.isCompoundAdjective(tokens.key(k)) || endsInALowerCaseWord(k)))
    }

    /// "Vellacorp-approved", "Matrix-like", "PII-free": a capitalised word joined to a common English word of four
    /// letters or more written in lower case describes, like "Paris-based" (not "Coca-Cola", nor a Korean
    /// given name's syllable: "Jong-un").
    private func endsInALowerCaseWord(_ k: Int) -> Bool {
        let r = tokens.range(k)
        var hyphen = -1
        for i in stride(from: r.end - 1, to: r.start, by: -1) where text.bytes[i] == UInt8(ascii: "-") { hyphen = i; break }
        guard hyphen > r.start, r.end - hyphen - 1 >= 4 else { return false }
        let c = text.bytes[hyphen + 1]
        guard c >= 0x61 && c <= 0x7A else { return false }
        return Lexicon.flags(Tokenizer.lowercaseKey(text, TextRange(hyphen + 1, r.end))).contains(.commonWord)
    }

    /// "Paris-based", "al-Nasr-linked", "Peru-Chile", "D-Ohio": hyphenated words that describe, not name.
    static func isCompoundAdjective(_ key: String) -> Bool {
        guard key.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = key.split(separator: "-").map(String.init)
        guard parts.count >= 2 else { return false }
        if parts[0].count == 1 { return true }   // R-Warren, D-N.Y.
        let lastPart = parts[parts.count - 1]
        if Lexicon.flags(lastPart).contains(.describingSuffix) {
            return true
        }
        if parts.allSatisfy({ Lexicon.flags($0).contains(.demonym) || Lexicon.flags($0).contains(.place) || $0.hasSuffix("ist") }) { return true }
        if parts.contains(where: { Lexicon.flags($0).contains(.demonym) && !Lexicon.flags($0).contains(.place) }) { return true }
        return false
    }

    /// Whether a capitalised word is evidence of a name on its own (so it may start one where capitals are
    /// not evidence: the start of a sentence, a headline).
    func hasEvidence(_ t: Token) -> Bool {
        let lex = t.lex
        if lex.contains(.sentenceStarter) && !lex.contains(.honorific) && !t.isAllCaps { return false }
        if !lex.isDisjoint(with: Self.nameEvidence) { return true }
        return evidence.isCapitalizedInside(t)
    }

    func atSentenceStart(_ k: Int) -> Bool {
        if tokens[k].startsSentence || tokens.followsOpening(k) { return true }
        // The first word after a dateline ("MANAUS, Brazil —").
        return k > 0 && tokens[k - 1].kind == .punctuation && Self.isDash(tokens[k - 1].character) && endsDateline(k - 1)
    }

    private static func isDash(_ c: Unicode.Scalar) -> Bool { c == "—" || c == "–" || c == "-" }

    /// Whether the dash at `k` ends a dateline ("MANAUS, Brazil, Sept 18 —", "WASHINGTON (Reuters) -"): the
    /// paragraph began a few tokens before with a word in capitals. The word after it starts the first sentence.
    private func endsDateline(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && k - j <= 10 {
            if tokens[j].beginsParagraph { return tokens[j].isAllCaps && tokens[j].isWord }
            if tokens[j].kind == .punctuation && Self.isDash(tokens[j].character) { return false }
            j -= 1
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
            // An acronym: capitals that a sentence start does not make ("(SEPV)", "NATO said").
            if t.isAllCaps && !t.lex.contains(.sentenceStarter) && !t.lex.contains(.commonWord)
                && (2...5).contains(tokens.words.keyLength(t.word)) && !(k + 1 < tokens.count && tokens[k + 1].isAllCaps && tokens[k + 1].isWord) {
                return true
            }
            if t.lex.contains(.sentenceStarter) || evidence.isSeenLowercase(t) { return false }
            if isDatelineStart(k) { return true }
            // An unknown capitalised word starting a sentence: a name only if another capitalised word follows.
            let endsLikeAVerb = tokens.words.withKeyBytes(t.word) { key in
                WordEndings.verbLike.contains { key.hasSuffix($0) }
            }
            if endsLikeAVerb { return false }
            guard k + 1 < tokens.count && !tokens[k + 1].beginsParagraph else { return false }
            if tokens[k + 1].isPunctuation("&") { return k + 2 < tokens.count && isNameWord(k + 2) }
            // "Femke de Wit": a particle between two capitalised words.
            if tokens.keyLex(k + 1).contains(.particle) && !tokens[k + 1].isCapitalized {
                return k + 2 < tokens.count && isNameWord(k + 2) && !tokens[k + 2].beginsParagraph
            }
            return isNameWord(k + 1)
        }
        return true
    }

    private func canContinue(_ k: Int) -> Bool {
        let t = tokens[k]
        guard isNameWord(k), !isDate(k) else { return false }
        if t.isHeadline { return hasEvidence(t) }
        // "Washington D.C. The meeting", "the U.S. While Clinton": after an abbreviation's dot, a word that starts
        // sentences (not a title or honorific) begins the next sentence; a capitalised article never goes on a name.
        if t.lex.contains(.sentenceStarter) && !t.isAllCaps && t.lex.isDisjoint(with: Self.titleOrHonorific)
            && (tokens[k - 1].hasAbbreviationDot || tokens.keyLex(k).contains(.article) && tokens[k - 1].isCapitalized) {
            return false
        }
        return true
    }

    static var titleOrHonorific: Lex { Lex(rawValue: Lex.title.rawValue | Lex.titleWord.rawValue | Lex.honorific.rawValue) }

    /// "WASHINGTON (Reuters) -", "TRENTON —", "OTTAWA, March 3 -": an all-capital place at a paragraph start.
    func isDatelineStart(_ k: Int) -> Bool {
        guard tokens[k].isAllCaps, tokens[k].beginsParagraph else { return false }
        var j = k
        while j + 1 < tokens.count && tokens[j + 1].isAllCaps && !tokens[j + 1].beginsParagraph { j += 1 }
        guard j + 1 < tokens.count else { return false }
        return tokens.kind(j + 1) == .punctuation && PunctuationSets.datelineFollower.contains(tokens.key(j + 1))
    }

    private func connectorAllowed(_ connector: String, _ before: ClosedRange<Int>, _ after: Int) -> Bool {
        if Lexicon.flags(connector).contains(.particle) { return true }
        let hasOrg = before.contains { tokens.bareLex($0).contains(.organizationWord) }
        switch connector {
        case "of":
            // Only right after the word that takes it: "Bank of", "Secretary of", not "Sen. Ana Ruiz of".
            let last = tokens.bareLex(before.upperBound)
            return last.contains(.organizationWord) || last.contains(.placeWord) || last.contains(.titleWord)
                || last.contains(.ofHead)
        case "for", "on":
            return hasOrg
        case "and" where hasOrg && before.contains(where: { tokens.bareLex($0).contains(.innerConnector) }):
            // "Department of Health and Human Services", "Committee on Trade and Industry".
            return true
        case "and" where tokens.bareLex(before.upperBound).contains(.organizationWord):
            // "Carrow Bank and Pellam Securities": two names.
            return false
        case "and":
            // "Customs and Border Protection", "Health and Human Services": an organisation word follows.
            var j = after
            while j < tokens.count && isNameWord(j) && (j == after || !tokens[j].beginsParagraph) {
                if tokens.bareLex(j).contains(.organizationWord) || tokens.keyLex(j).contains(.andOrganizationTail) {
                    return !before.contains(where: { tokens.bareLex($0).contains(.place) })
                }
                j += 1
            }
            return false
        default:
            return false
        }
    }

    // MARK: - Helpers of the name passes (`NamePasses.swift`) and the type evidence

    /// Whether "<place noun> of" stands before token `k` ("suburb of", "village of"), in lower case.
    func isAfterPlaceNoun(_ k: Int) -> Bool {
        guard k >= 2, tokens[k - 1].kind == .word, tokens[k - 1].hash == Self.ofHash, tokens[k - 2].kind == .word,
              !tokens[k - 2].isCapitalized else { return false }
        return tokens.keyLex(k - 2).contains(.placeNoun)
    }

    static let ofHash = WordHash.of("of")

    /// Two words that only qualify titles but make one together: "Chief Executive", "Attorney General".
    func isPairedTitle(_ k: Int, after start: Int) -> Bool {
        guard k > start else { return false }
        let f = tokens.bareLex(k)
        return f.contains(.titleModifier) && f.contains(.titleWord) && Self.isTitleLike(tokens.bareLex(k - 1))
    }

    /// Whether a token of `range` has one of `bits` in its word lists (`bare`: those of its key without a final
    /// dot); with `missing`, whether a token has none of them.
    func any(_ range: ClosedRange<Int>, _ bits: Lex, bare: Bool = false, missing: Bool = false) -> Bool {
        for k in range {
            let lex = bare ? tokens.bareLex(k) : tokens[k].lex
            if lex.isDisjoint(with: bits) == missing { return true }
        }
        return false
    }

    /// `WordHash` of the bare keys of `run` joined by `separator` (the lower-case name, "new york").
    func joinedBareHash(_ run: ClosedRange<Int>, separator: UInt8) -> UInt64 {
        if run.count == 1 { return tokens.bareHash(run.lowerBound) }
        var h = WordHash.empty
        for k in run {
            if k > run.lowerBound { h = WordHash.adding(separator, to: h) }
            h = tokens.words.hash(h, appending: tokens[k].word, bare: true)
        }
        return h
    }

    /// The gazetteer place that `run` names: its lower-case text as written ("new  york"), or its words without
    /// final dots joined by spaces (whose hash is `spacedHash`). By hash for ASCII, by string otherwise.
    func knownPlace(_ run: ClosedRange<Int>, spacedHash: UInt64) -> Int? {
        let range = TextRange(tokens.range(run.lowerBound).start, tokens.range(run.upperBound).end)
        var h = WordHash.empty
        for i in range.start..<range.end {
            let c = text.bytes[i]
            if c >= 0x80 {
                return Lexicon.placeNumber(Tokenizer.lowercaseKey(text, range))
                    ?? Lexicon.placeNumber(run.map { tokens.bareKey($0) }.joined(separator: " "))
            }
            h = WordHash.adding(c >= 0x41 && c <= 0x5A ? c | 0x20 : c, to: h)
        }
        return Lexicon.placeNumber(hash: h) ?? Lexicon.placeNumber(hash: spacedHash)
    }

    /// Whether a token of `run` holds "&" ("AT&T", "Simon & Schuster").
    func containsAmpersand(_ run: ClosedRange<Int>) -> Bool {
        for k in run {
            let r = tokens.range(k)
            for i in r.start..<r.end where text.bytes[i] == UInt8(ascii: "&") { return true }
        }
        return false
    }

    static let flightHash = WordHash.of("flight")
    // Sets of word-list bits used above, as unions of raw values (an array literal in a hot loop may build an
    // array each time, and a stored `static let` is reached through `swift_once`).
    static var nameEvidence: Lex { Lex(rawValue: Lex.place.rawValue | Lex.demonym.rawValue | Lex.knownName.rawValue | Lex.firstName.rawValue | Lex.title.rawValue | Lex.honorific.rawValue | Lex.titleWord.rawValue | Lex.nameStart.rawValue) }
    static var demonymOrPlace: Lex { Lex(rawValue: Lex.demonym.rawValue | Lex.place.rawValue) }
    static var honorificOrAcademic: Lex { Lex(rawValue: Lex.personalHonorific.rawValue | Lex.academicTitle.rawValue) }
    static var knownOrPlace: Lex { Lex(rawValue: Lex.knownName.rawValue | Lex.place.rawValue) }

    /// Capitals (and digits or hyphens), at least two capitals, then a final lower-case "s": "MSPs", "AK-47s".
    static func isAcronymPlural(_ text: SourceText, _ range: TextRange) -> Bool {
        let b = text.bytes
        guard range.end - range.start >= 3, b[range.end - 1] == UInt8(ascii: "s") else { return false }
        var capitals = 0
        for i in range.start..<(range.end - 1) {
            switch b[i] {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): capitals += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): continue
            default: return false
            }
        }
        return capitals >= 2
    }

    /// A capital after a lower-case letter inside the word, other than in surnames like McDonald or DeLuca.
    static func isCamelCase(_ text: SourceText, _ range: TextRange) -> Bool {
        // Most words have no capital after a lower-case letter: look at the bytes first.
        var previousLower = false
        for i in range.start..<range.end {
            let c = text.bytes[i]
            if c >= 0x41 && c <= 0x5A && previousLower { return isCamelCase(text.string(range)) }
            previousLower = c >= 0x61 && c <= 0x7A
        }
        return false
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
        for prefix in WordEndings.surnamePrefixes where word.hasPrefix(prefix) { return false }
        for i in 1..<scalars.count where Scalars.isUpper(scalars[i]) && Scalars.isLower(scalars[i - 1]) { return true }
        return false
    }

    /// A word that names a role or a job ("engineer", "economist", "historian").
    static func isRoleLike(_ key: String) -> Bool {
        if Lexicon.flags(key).contains(.roleNoun) { return true }
        for suffix in WordEndings.roleLike where key.hasUTF8Suffix(suffix) && key.utf8.count > suffix.utf8.count + 3 {
            return true
        }
        return false
    }

    /// Nationality, faith and ideology words that the demonym list does not hold: "Alaskan", "Marxists".
    /// `lex` is `Lexicon.flags(key)`.
    static func isDemonymLike(_ key: String, lex: Lex) -> Bool {
        var key = key
        return key.withUTF8 { isDemonymLike($0, lex: lex) }
    }

    /// `isDemonymLike` of a key given as UTF-8 bytes.
    static func isDemonymLike(_ key: UnsafeBufferPointer<UInt8>, lex: Lex) -> Bool {
        if lex.contains(.place) || lex.contains(.knownName) { return false }
        // Creeds and movements ("Marxist", "Islamists", "Shiite"): a short list, since names end so too
        // ("Lindqvist", "White").
        let n = key.count
        if lex.contains(.creed) || key.hasSuffix("ism") && n > 5 { return true }
        guard key.hasSuffix("n") || key.hasSuffix("s") else { return false }
        // The hashes of the key without its last one and two bytes.
        var h = WordHash.empty, withoutOne = h, withoutTwo = h
        for i in 0..<n {
            if i == n - 2 { withoutTwo = h }
            if i == n - 1 { withoutOne = h }
            h = WordHash.adding(key[i], to: h)
        }
        for (ending, afterPlace) in WordEndings.demonymEndings where key.hasSuffix(ending) {
            let length = ending.utf8CodeUnitCount
            let stem = Lexicon.flags(hash: length == 2 ? withoutTwo : withoutOne)
            if stem.contains(.demonym) { return true }
            if afterPlace, stem.contains(.place), n - length > 3 { return true }
        }
        return false
    }

    static var titleLike: Lex { Lex(rawValue: Lex.titleWord.rawValue | Lex.titleModifier.rawValue | Lex.honorific.rawValue) }

    static func isTitleLike(_ lex: Lex) -> Bool { !lex.isDisjoint(with: titleLike) }

    /// A gazetteer place at `start` (one to three words, keys joined by spaces), with the index of its last
    /// token and the place's number.
    func leadingPlace(_ start: Int, _ end: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        var h = WordHash.empty
        var key = ""
        for k in start...min(end, start + 2) {
            guard tokens.isASCII(k) && key.isEmpty else {
                // Beyond ASCII, by string ("são paulo").
                if key.isEmpty { key = (start..<k).map { tokens.key($0) }.joined(separator: " ") }
                key += (k == start ? "" : " ") + tokens.key(k)
                if let p = Lexicon.strongPlaceNumber(key) { best = (k, p) }
                continue
            }
            if k > start { h = WordHash.adding(0x20, to: h) }
            h = tokens.words.hash(h, appending: tokens[k].word)
            if let p = Lexicon.strongPlaceNumber(hash: h) { best = (k, p) }
        }
        return best
    }

    func mention(_ run: ClosedRange<Int>, hint: EntityType?, strength: Int, place: Int?) -> NameMention {
        let range = TextRange(tokens.range(run.lowerBound).start, tokens.range(run.upperBound).end)
        let first = tokens[run.lowerBound]
        return NameMention(range: range, tokens: run.lowerBound..<(run.upperBound + 1), hint: hint, hintStrength: strength,
                           inQuote: first.isQuoted, inHeadline: first.isHeadline, place: place,
                           paragraph: tokens.paragraph(of: run.lowerBound))
    }
}

extension String {
    /// Whether the UTF-8 bytes hold `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        var s = self
        return s.withUTF8 { $0.contains(byte) }
    }

    /// The string without dots ("u.s." becomes "us").
    func replacingDots() -> String {
        guard containsByte(UInt8(ascii: ".")) else { return self }
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

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes end with those of `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard n <= count else { return false }
        let s = suffix.utf8Start
        for i in 0..<n where self[count - n + i] != s[i] { return false }
        return true
    }
}
