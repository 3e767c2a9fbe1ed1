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

    /// The person "he" or "she" at token `t` refers to: the nearest person of a compatible gender before it,
    /// outside quotations, preferring one in subject position and the previous quote's speaker.
    func resolvePronoun(_ t: Int, previousSpeaker: Int?) -> Int? {
        guard let kind = Lexicon.pronounKind(tokens.keyLex(t)), kind == .male || kind == .female else { return nil }
        let wanted: Gender = kind == .male ? .male : .female
        let paragraph = tokens.paragraph(of: t)
        var index = lastMention(before: tokens[t].range.start)
        var candidates: [(entity: Int, subject: Bool, known: Bool)] = []
        var steps = 0
        while index >= 0 && steps < 60 && candidates.count < 4 {
            let m = context.mentions[index]
            let e = Int(context.mentionEntity[index])
            index -= 1
            steps += 1
            if m.inHeadline { continue }
            if paragraph - m.paragraph > 6 { break }
            guard e >= 0, context.info[e].type == .person else { continue }
            if m.inQuote { continue }
            if let g = context.info[e].gender, g != wanted { continue }
            if candidates.contains(where: { $0.entity == e }) { continue }
            candidates.append((e, isSubjectLike(m), context.info[e].gender == wanted))
        }
        guard !candidates.isEmpty else { return nil }
        // The nearest person in subject position; else the previous quote's speaker; else the nearest.
        if let subject = candidates.first(where: { $0.subject }) { return subject.entity }
        if let p = previousSpeaker, candidates.contains(where: { $0.entity == p }) { return p }
        return candidates[0].entity
    }

    /// The organisation "it" at token `t` refers to ("it said in a statement"): the nearest organisation
    /// mentioned before it, outside quotations.
    func resolveIt(_ t: Int, previousSpeaker: Int?) -> Int? {
        guard tokens.key(t) == "it" else { return nil }
        if let p = previousSpeaker, context.info[p].type == .organization { return p }
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
            if m.inQuote || m.inHeadline || e < 0 { continue }
            if context.info[e].type == .organization {
                if isSubjectLike(m) { return e }
                if nearest == nil { nearest = e }
            }
        }
        return nearest
    }

    /// Whether a mention stands where a subject does: at the start of a sentence or clause, not after a verb
    /// or preposition.
    private func isSubjectLike(_ m: NameMention) -> Bool {
        var k = m.tokens.lowerBound - 1
        // Skip titles before the name.
        while k >= 0 && tokens[k].kind == .word && tokens[k].isCapitalized && context.mention(atToken: k) < 0 { k -= 1 }
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
        let offset = tokens[range.lowerBound].range.start
        var index = lastMention(before: offset)
        var steps = 0
        let headLex = tokens.keyLex(head)
        let wantsOrganization = headLex.contains(.organizationNoun)
        let wantsPerson = headLex.contains(.roleNoun) && !wantsOrganization
        guard wantsOrganization || wantsPerson else { return nil }
        var seen: Set<Int> = []
        // A person with the role whose origin the article never gave: taken when they are the only one.
        var originUnknown: Int?
        var severalOriginsUnknown = false
        while index >= 0 && steps < 200 {
            let e = Int(context.mentionEntity[index])
            index -= 1
            steps += 1
            guard e >= 0, !seen.contains(e) else { continue }
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
                guard roleMatch else { continue }
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
