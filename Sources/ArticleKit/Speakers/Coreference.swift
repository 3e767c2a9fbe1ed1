/// Resolves what an attribution points at to an entity: pronouns to the nearest compatible person, definite
/// descriptions ("the Russian leader", "the ministry") to the entity they describe.
struct Coreference {
    let context: AnalysisContext
    var tokens: TokenList { context.tokens }

    /// The index of the last mention that starts before `offset` (mentions are in text order), or -1.
    private func lastMention(before offset: Int) -> Int {
        var low = 0, high = context.mentions.count
        while low < high {
            let mid = (low + high) / 2
            if context.mentions[mid].range.start < offset { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    /// The person "he" or "she" at token `t` refers to. The subject of the last reporting clause before it, in
    /// this paragraph or the one before ("Parry also admits Gerrard, who ..., will have the final say. He told
    /// ..." is Parry), unless a person of a compatible gender stands in subject position in a later sentence
    /// ("... the withdrawal of Steve Morgan, who got frustrated. He also accused ..." is Morgan); a pronoun
    /// subject there is resolved in turn. Without such a clause: the nearest person of a compatible gender
    /// before it, outside quotations, preferring one in subject position and the previous quote's speaker.
    func resolvePronoun(_ t: Int, previousSpeaker: Int?) -> Int? {
        resolvePronoun(t, previousSpeaker: previousSpeaker, depth: 0)
    }

    private func resolvePronoun(_ t: Int, previousSpeaker: Int?, depth: Int) -> Int? {
        guard let kind = Lexicon.pronounKind(tokens.keyLex(t)), kind == .male || kind == .female else { return nil }
        let wanted: Gender = kind == .male ? .male : .female
        func compatible(_ e: Int) -> Bool {
            context.info[e].type == .person && (context.info[e].gender.map { $0 == wanted } ?? true)
        }
        let candidates = nearestPeople(before: t, wanted: wanted)
        if let cue = lastReportingCue(before: t) {
            // A person in subject position after the clause's sentence is nearer to the pronoun than it.
            var sentence = cue.tokens.upperBound + 1
            while sentence < t && !tokens[sentence].beginsSentence { sentence += 1 }
            if let later = candidates.first(where: { $0.subject && $0.token >= sentence }) { return later.entity }
            switch cue.phrase {
            case .name(let m):
                let e = Int(context.mentionEntity[m])
                if e >= 0 && compatible(e) { return e }
            case .pronoun(let p):
                if depth < 2, Lexicon.pronounKind(tokens.keyLex(p)) == kind,
                   let e = resolvePronoun(p, previousSpeaker: previousSpeaker, depth: depth + 1) {
                    return e
                }
            case .description(let range, let head):
                if let e = resolveDescription(range, head: head), compatible(e) { return e }
            }
        }
        guard !candidates.isEmpty else { return nil }
        // The nearest person in subject position; else the previous quote's speaker; else the nearest.
        if let subject = candidates.first(where: { $0.subject }) { return subject.entity }
        if let p = previousSpeaker, candidates.contains(where: { $0.entity == p }) { return p }
        return candidates[0].entity
    }

    /// The people of a compatible gender mentioned before token `t` (up to four, nearest first, within six
    /// paragraphs, outside quotations and headlines): each entity with its nearest mention's first token and
    /// whether that mention stands in subject position.
    private func nearestPeople(before t: Int, wanted: Gender) -> [(entity: Int, subject: Bool, token: Int)] {
        let paragraph = tokens.paragraph(of: t)
        var index = lastMention(before: tokens[t].range.start)
        var candidates: [(entity: Int, subject: Bool, token: Int)] = []
        var steps = 0
        while index >= 0 && steps < 60 && candidates.count < 4 {
            let m = context.mentions[index]
            let e = Int(context.mentionEntity[index])
            index -= 1
            steps += 1
            if m.inHeadline || context.isFurniture(m.paragraph) { continue }
            if paragraph - m.paragraph > 6 { break }
            guard e >= 0, context.info[e].type == .person else { continue }
            if m.inQuote { continue }
            if let g = context.info[e].gender, g != wanted { continue }
            if candidates.contains(where: { $0.entity == e }) { continue }
            candidates.append((e, isSubjectLike(m), m.tokens.lowerBound))
        }
        return candidates
    }

    /// The last reporting clause with a speaker before token `t`, in its paragraph or the one before.
    private func lastReportingCue(before t: Int) -> Cue? {
        let paragraph = tokens.paragraph(of: t)
        var start = t - 1
        while start > 0 && t - start < 400 && !(tokens[start].beginsParagraph && paragraph - tokens.paragraph(of: start) >= 1) {
            start -= 1
        }
        guard start < t else { return nil }
        return CueFinder(context: context).lastCue(in: start...t - 1, weakBesideQuote: true)
    }

    /// The organisation "it" at token `t` refers to ("it said in a statement"): the last speaker when it can be
    /// "it"; the subject of the last reporting clause before it, followed back through earlier "it"s to a name
    /// ("the daily al-Qabas said ... it warned ... “…,” it said"); else the nearest organisation mentioned before
    /// it, outside quotations, one in subject position first.
    func resolveIt(_ t: Int, previousSpeaker: Int?) -> Int? {
        guard tokens.key(t) == "it" else { return nil }
        if let p = previousSpeaker, context.info[p].type == .organization { return p }
        if let e = reportingSubject(before: t, accepts: { e, m in self.canBeIt(e, mention: m) },
                                    continuesThrough: { self.tokens.keyIs($0, .it) }) {
            return e
        }
        let paragraph = tokens.paragraph(of: t)
        var index = lastMention(before: tokens[t].range.start)
        var steps = 0
        var nearest: Int?
        while index >= 0 && steps < 40 {
            let m = context.mentions[index]
            let e = Int(context.mentionEntity[index])
            index -= 1
            steps += 1
            if paragraph - m.paragraph > 3 { break }
            if m.inQuote || m.inHeadline || e < 0 || context.isFurniture(m.paragraph) { continue }
            if context.info[e].type == .organization {
                if isSubjectLike(m) { return e }
                if nearest == nil { nearest = e }
            }
        }
        return nearest
    }

    /// Whether entity `e`, named by mention `m`, can be called "it": an organisation, or a name that a noun of
    /// an organisation introduces ("the Kuwait daily al-Qabas", "the bakery Crumb & Quarry") whatever its type.
    private func canBeIt(_ e: Int, mention m: Int) -> Bool {
        let info = context.info[e]
        if info.type == .organization { return true }
        guard info.type != .place else { return false }
        var k = context.mentions[m].tokens.lowerBound - 1
        while k >= 0 && context.mentions[m].tokens.lowerBound - k < 4 && tokens[k].kind == .word && tokens[k].isCapitalized
                && context.mention(atToken: k) < 0 {
            k -= 1
        }
        guard k >= 0, tokens[k].kind == .word, !tokens[k].isCapitalized else { return false }
        return !tokens.keyLex(k).isDisjoint(with: Self.organisationNouns)
    }

    private static var titleLike: Lex {
        Lex(rawValue: Lex.title.rawValue | Lex.titleWord.rawValue | Lex.titleModifier.rawValue | Lex.honorific.rawValue
            | Lex.roleNoun.rawValue)
    }

    private static var organisationNouns: Lex {
        Lex(rawValue: Lex.organizationNoun.rawValue | Lex.genericOrganizationNoun.rawValue)
    }

    /// The entity that the subject of the last reporting clause before token `t` names (within three
    /// paragraphs), when `accepts` takes it; a subject that `continuesThrough` (the same pronoun again) sends the
    /// search on to the clause before, and so does a subject that is not accepted.
    func reportingSubject(before t: Int, accepts: (Int, Int) -> Bool, continuesThrough: (Int) -> Bool) -> Int? {
        var found: Int?
        forEachReportingClause(before: t) { cue in
            switch cue.phrase {
            case .name(let m):
                let e = Int(context.mentionEntity[m])
                if e >= 0 && !context.mentions[m].inQuote && accepts(e, m) { found = e; return true }
            case .pronoun(let p):
                if !continuesThrough(p) { return true }
            case .description(let range, let head):
                if let e = resolveDescription(range, head: head) {
                    let m = lastMention(before: tokens[range.upperBound].range.end)
                    if m >= 0 && accepts(e, m) { found = e; return true }
                }
            }
            return false
        }
        return found
    }

    /// The document or outlet that "it" at token `t` stands for when no organisation does: the subject of the
    /// last reporting clause, followed back through earlier "it"s, when it is a description with a noun of a
    /// source ("The report, released on Monday, found ... It said “…”": the report).
    func sourceForIt(_ t: Int) -> ClosedRange<Int>? {
        guard tokens.keyIs(t, .it) else { return nil }
        var found: ClosedRange<Int>?
        forEachReportingClause(before: t) { cue in
            switch cue.phrase {
            case .description(let range, let head):
                if tokens.keyLex(head).contains(.sourceNoun) && tokens[range.lowerBound].lex.contains(.determiner) { found = range }
                return true
            case .pronoun(let p):
                return !tokens.keyIs(p, .it)
            case .name:
                return true
            }
        }
        return found
    }

    /// Calls `body` with each reporting clause before token `t`, the last first, each looked for at most three
    /// paragraphs before the one found last (six at most), until `body` returns true.
    private func forEachReportingClause(before t: Int, _ body: (Cue) -> Bool) {
        let finder = CueFinder(context: context)
        var end = t - 1
        var clauses = 0
        while end >= 0 && clauses < 6 {
            let paragraph = tokens.paragraph(of: end)
            var start = end
            while start > 0 && end - start < 600 && !(tokens[start].beginsParagraph && paragraph - tokens.paragraph(of: start) >= 3) {
                start -= 1
            }
            guard let cue = finder.lastCue(in: start...end, weakBesideQuote: true) else { return }
            clauses += 1
            if body(cue) { return }
            end = min(cue.tokens.lowerBound, cue.phraseTokens.lowerBound) - 1
        }
    }

    /// Whether a mention stands where a subject does: at the start of a sentence or clause, not after a verb
    /// or preposition.
    private func isSubjectLike(_ m: NameMention) -> Bool {
        let after = m.tokens.upperBound
        // "OPEC's credibility faces": a possessor is not the subject.
        if after < tokens.count && tokens[after].kind == .possessive { return false }
        // "tycoon Steve Morgan, who got frustrated": the subject of the relative clause that follows.
        if after + 1 < tokens.count && tokens[after].isPunctuation(",") && tokens.keyIs(after + 1, .who) { return true }
        var k = m.tokens.lowerBound - 1
        // Skip titles before the name, not a common word that starts the sentence ("Like Gunnarsson, he ...").
        while k >= 0 && tokens[k].kind == .word && tokens[k].isCapitalized && context.mention(atToken: k) < 0
                && (!tokens.keyLex(k).contains(.commonWord) || !tokens.keyLex(k).isDisjoint(with: Self.titleLike)) {
            k -= 1
        }
        if k < 0 || !tokens.sameParagraph(k, m.tokens.lowerBound) { return true }
        let p = tokens[k]
        if tokens[k + 1].startsSentence { return true }
        // After a verb or a preposition a name is an object ("thanked Putin", "with Lavrov"); after punctuation,
        // a number ("On March 6 Mr Joseph wrote") or a conjunction it starts a clause.
        guard p.kind == .word, !p.isCapitalized else { return true }
        return tokens.keyLex(k).contains(.clauseStarter)
    }

    /// The entity a definite description ("the Russian leader", "the ministry", "the company") refers to.
    func resolveDescription(_ range: ClosedRange<Int>, head: Int) -> Int? {
        let headKey = tokens.key(head)
        guard tokens.key(range.lowerBound) == "the" || tokens.key(range.lowerBound) == "this" else { return nil }
        let modifiers = head > range.lowerBound + 1 ? (range.lowerBound + 1..<head).map { tokens.key($0) } : []
        // The words of office the holder must have ("the foreign minister", "the deputy premier"), not times
        // ("the then prime minister").
        let qualifiers = modifiers.filter { Lexicon.flags($0).contains(.titleModifier) && !Lexicon.flags($0).contains(.timeWord) }
        let offset = tokens[range.lowerBound].range.start
        var index = lastMention(before: offset)
        var steps = 0
        let headLex = tokens.keyLex(head)
        let wantsOrganization = headLex.contains(.organizationNoun)
        let wantsPerson = headLex.contains(.roleNoun) && !wantsOrganization
        // The noun an appositive or a noun before a name would use: a word in lower case that is a noun of the
        // description ("the New Zealand Department of Conservation" has none), not "the same official" (an
        // unnamed one met before).
        let noun: Keyword? = tokens[head].kind == .word && !tokens[head].isCapitalized && !tokens[head].lex.contains(.determiner)
            && !modifiers.contains("same") ? Keyword(headKey) : nil
        var seen: Set<Int> = []
        // A person with the role whose origin the article never gave: taken when they are the only one.
        var originUnknown: Int?
        var severalOriginsUnknown = false
        while index >= 0 && steps < 200 {
            let e = Int(context.mentionEntity[index])
            let m = index
            index -= 1
            steps += 1
            guard e >= 0 else { continue }
            // "Jōshin-ji, a Buddhist temple", "the bakery Crumb & Quarry": a name the article described so.
            if let noun, !context.mentions[m].inQuote, context.info[e].type != .place, isDescribed(m, as: noun) { return e }
            guard wantsOrganization || wantsPerson, !seen.contains(e) else { continue }
            seen.insert(e)
            let info = context.info[e]
            if wantsOrganization {
                guard info.type == .organization else { continue }
                if info.words.contains(headKey) || generic(headKey) { return e }
            } else {
                guard info.type == .person else { continue }
                let roleMatch = info.roles.contains(headKey)
                    || headKey == "leader" && info.roles.contains(where: { Lexicon.flags($0).contains(.leaderRole) })
                    || headKey == "minister" && info.roles.contains("premier")
                guard roleMatch, holdsExactly(info.roles, qualifiers: qualifiers, modifiers: modifiers) else { continue }
                let origins = modifiers.filter { Lexicon.demonymPlace($0) != nil || Lexicon.placeNumber($0) != nil }
                if origins.isEmpty || origins.contains(where: { info.origins.contains($0) || sameCountry($0, info.origins) }) {
                    return e
                }
                if info.origins.isEmpty {
                    if originUnknown == nil { originUnknown = e } else { severalOriginsUnknown = true }
                }
            }
        }
        // "the Icelandic minister" for the article's one minister, introduced without a country.
        return severalOriginsUnknown ? nil : originUnknown
    }

    /// Whether a person with the title words `roles` holds exactly the office a description names: every word of
    /// office it has ("foreign" in "the foreign minister"; a leader's word such as "premier" stands for
    /// "prime"), and no rank it lacks ("the premier" is not the deputy premier).
    private func holdsExactly(_ roles: Set<String>, qualifiers: [String], modifiers: [String]) -> Bool {
        for q in qualifiers where !roles.contains(q) {
            guard Lexicon.flags(q).contains(.leaderRole), roles.contains(where: { Lexicon.flags($0).contains(.leaderRole) }) else {
                return false
            }
        }
        for r in roles where Lexicon.flags(r).contains(.rankModifier) && !modifiers.contains(r) { return false }
        return true
    }

    /// Whether mention `m` is described with the noun `noun`: in an appositive after it ("Jōshin-ji, a Buddhist
    /// temple in the hills", "Ana Ruiz, 41, a nurse") or right before it ("the bakery Crumb & Quarry", "the
    /// Kuwait daily al-Qabas").
    private func isDescribed(_ m: Int, as noun: Keyword) -> Bool {
        let mention = context.mentions[m]
        // Before: "the bakery Crumb & Quarry", with capitalised words between ("the Kuwait daily al-Qabas").
        var k = mention.tokens.lowerBound - 1
        while k >= 0 && mention.tokens.lowerBound - k < 4 && tokens[k].kind == .word && tokens[k].isCapitalized
                && context.mention(atToken: k) < 0 {
            k -= 1
        }
        if k > 0 && tokens[k].kind == .word && !tokens[k].isCapitalized && tokens.keyIs(k, noun) { return true }
        // After: ", a Buddhist temple", skipping an age (", 41,").
        var j = mention.tokens.upperBound
        guard j < tokens.count && tokens[j].isPunctuation(",") else { return false }
        j += 1
        while j + 1 < tokens.count && tokens[j].kind == .number && tokens[j + 1].isPunctuation(",") { j += 2 }
        guard j < tokens.count, tokens[j].kind == .word, tokens[j].lex.contains(.determiner),
              tokens.sameParagraph(j, mention.tokens.lowerBound) else {
            return false
        }
        var n = j + 1
        while n < tokens.count && n - j <= 6 && tokens[n].kind == .word && !tokens[n].isQuoted {
            // (Not the subject of the next clause: "from Sierra Leone, the Scottish government said".)
            if tokens.keyIs(n, noun) {
                return !(n + 1 < tokens.count && tokens[n + 1].kind == .word
                         && (tokens.keyLex(n + 1).contains(.cueVerb) || tokens.keyLex(n + 1).contains(.clauseVerb)))
            }
            if tokens.keyLex(n).contains(.clauseWord) || tokens.keyLex(n).contains(.cueVerb) { return false }
            n += 1
        }
        return false
    }

    private func generic(_ noun: String) -> Bool {
        Lexicon.flags(noun).contains(.genericOrganizationNoun)
    }

    private func sameCountry(_ word: String, _ origins: Set<String>) -> Bool {
        guard let country = Self.countryName(word) else { return false }
        return origins.contains { Self.countryName($0) == country }
    }

    /// The place a demonym or a place's name stands for ("russian" and "russia": Russia).
    private static func countryName(_ word: String) -> String? {
        Lexicon.demonymPlace(word) ?? Lexicon.placeNumber(word).map(Lexicon.placeName)
    }
}
