/// The constructions of a reporting cue, as `CueFinder` recognises them. Each has a test of an invented example
/// (`AttributionRuleTests`).
enum CueForm: Int, CaseIterable, Sendable {
    /// `Kerry said`, `“…,” Kerry said`, `Chris Weston, chief strategist at IG, said`.
    case speakerThenVerb
    /// `“…,” said Kerry`, `“…,” added the minister`.
    case verbThenSpeaker
    /// `according to Kerry`.
    case accordingTo
    /// `local radio quoted Ruiz as saying`.
    case quotedAsSaying
    /// `as Ruiz put it, “…”`, `“…,” as Reuters reported`: a clause with "as", however far from the quote.
    case asSpeakerPutIt
    /// `“…” — Dana Ruiz`, also as a paragraph of its own after the quote.
    case dashThenName
    /// `in Ruiz's words, “…”`, `in the words of Ruiz, “…”`; `here is his statement: “…”`.
    case inSpeakersWords
    /// `Philip Bump: “…”`, `Lee Park, author: “…”`.
    case nameBeforeColon
    /// `The minister was blunt: “…”`.
    case leadInBeforeColon

    /// What the form recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .speakerThenVerb: return "speaker then verb"
        case .verbThenSpeaker: return "verb then speaker"
        case .accordingTo: return "according to"
        case .quotedAsSaying: return "quoted as saying"
        case .asSpeakerPutIt: return "as the speaker put it"
        case .dashThenName: return "dash then name"
        case .inSpeakersWords: return "in the speaker's words"
        case .nameBeforeColon: return "name before a colon"
        case .leadInBeforeColon: return "lead-in before a colon"
        }
    }
}

/// A reporting cue found next to a quote: the verb or phrase, and the speaker phrase it points at.
struct Cue: Sendable {
    /// The construction.
    var form: CueForm
    /// The tokens of the cue ("said", "according to", "told").
    var tokens: ClosedRange<Int>
    var phrase: SpeakerPhrase
    /// The tokens of the speaker phrase.
    var phraseTokens: ClosedRange<Int>
    /// Whether the cue sits right next to the quote (`"...," he said` or `He said: "..."`).
    var adjacent: Bool
}

/// Finds the reporting cue of a quote in its own sentence: after the quote (`"...," Kerry said`, `"...," said
/// Kerry`, `"...," according to ...`), or before it (`Kerry said: "..."`, `Kerry said the talks were "..."`),
/// including a colon lead-in at the end of the sentence before.
struct CueFinder {
    let context: AnalysisContext
    var tokens: TokenList { context.tokens }
    var reader: SpeakerPhraseReader { SpeakerPhraseReader(context: context) }

    /// Whether token `k` is a reporting verb used as a verb (not "the report", "his remarks").
    func isCueVerb(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, t.lex.contains(.cueVerb), !t.isCapitalized || t.startsSentence, !t.isQuoted else {
            return false
        }
        if k > 0 {
            let p = tokens[k - 1]
            // (Not after a number: "one said", "two told".)
            if p.kind == .word && p.lex.contains(.determiner) && !tokens.keyLex(k - 1).contains(.cardinal) {
                return false
            }
            // "a Trumpian post", "his latest statement": a noun after an adjective and a determiner.
            if k > 1 && t.lex.contains(.sourceNoun) && p.kind == .word && !p.lex.contains(.cueVerb) && !p.lex.contains(.betweenSubjectAndVerb)
                && !tokens.keyLex(k - 1).contains(.pronoun) && tokens[k - 2].kind == .word && tokens[k - 2].lex.contains(.determiner)
                && (!tokens.keyLex(k - 2).contains(.nonDeterminer) || tokens.keyLex(k - 2).contains(.cardinal)) {
                // ("one briefing note" too.)
                return false
            }
            if p.kind == .possessive { return false }
        }
        return true
    }

    private static let accordingHash = WordHash.of("according")

    func isAccordingTo(_ k: Int) -> Bool {
        // The hash first: most words are not "according" (and no other spelling of it is equal as a string).
        tokens[k].kind == .word && tokens[k].hash == Self.accordingHash && tokens.keyIs(k, .according)
            && k + 1 < tokens.count && tokens.keyIs(k + 1, .to)
            && !tokens[k].isQuoted
    }

    /// The cue after the quote that closes at token `close`, up to `high`.
    func after(close: Int, high: Int) -> Cue? {
        var k = close + 1
        while k <= high && tokens[k].kind == .punctuation
                && PunctuationSets.afterQuote.contains(tokens.key(k)) { k += 1 }
        guard k <= high else { return nil }
        if isAccordingTo(k), let (phrase, range) = reader.after(k + 1, high: high) {
            return Cue(form: .accordingTo, tokens: k...k + 1, phrase: phrase, phraseTokens: range, adjacent: true)
        }
        // Right after the quote any verb of speech may come before its speaker ("…,” scoffed Ana Ruiz), not only
        // those that do so before a quote; not a participle ("…,” adding that), nor a verb that also takes an
        // object ("“Scandal,” thanked Obama").
        // (Such a verb is followed by its object rather than its speaker when a possessive follows: "“Today,”
        // reminded his staff".)
        if isCueVerb(k) && (tokens[k].lex.contains(.invertible)
                            || !tokens.key(k).hasSuffix("ing") && !tokens[k].lex.contains(.weakVerb)
                                && !(k + 1 <= high && tokens.keyLex(k + 1).contains(.pronoun))),
           let (phrase, range) = reader.after(k, high: high) {
            return Cue(form: .verbThenSpeaker, tokens: k...k, phrase: phrase, phraseTokens: range, adjacent: true)
        }
        // Speaker then verb: the first reporting verb of the rest of the sentence.
        var v = k
        var shared = false
        while v <= high && v - k < 40 {
            if tokens[v].kind == .quoteMark {
                // "“A” and “B,” Ruiz said": the cue after the last of the quotes joined in one sentence
                // attributes each of them.
                guard tokens[v].opensQuote, joinsQuotes(from: k, to: v), let end = closingMark(after: v, high: high) else { break }
                shared = true
                v = end + 1
                while v <= high && tokens[v].kind == .punctuation && PunctuationSets.afterQuote.contains(tokens.key(v)) { v += 1 }
                continue
            }
            if isAccordingTo(v) {
                if let (phrase, range) = reader.after(v + 1, high: high) {
                    return Cue(form: .accordingTo, tokens: v...v + 1, phrase: phrase, phraseTokens: range, adjacent: v - k <= 1)
                }
            } else if isCueVerb(v) {
                if let quoted = quotedAsSaying(v, high: high) { return quoted }
                if let (phrase, range) = reader.before(v, low: k, strict: v - k > 8) {
                    // "“squatters,” as Espinosa put it": a clause with "as" right after the quote.
                    if !shared && range.lowerBound == k + 1 && tokens.keyIs(k, .`as`) {
                        return Cue(form: .asSpeakerPutIt, tokens: v...v, phrase: phrase, phraseTokens: range, adjacent: true)
                    }
                    let adjacent = !shared && (range.lowerBound == k || onlyTitlesBetween(k, range.lowerBound)) && v - k <= 12
                    if adjacent || !tokens[v].lex.contains(.weakVerb) {
                        return Cue(form: .speakerThenVerb, tokens: v...v, phrase: phrase, phraseTokens: range, adjacent: adjacent)
                    }
                }
                if (v == k || tokens[v - 1].isPunctuation(",")) && tokens[v].lex.contains(.invertible),
                   let (phrase, range) = reader.after(v, high: high) {
                    return Cue(form: .verbThenSpeaker, tokens: v...v, phrase: phrase, phraseTokens: range, adjacent: v == k)
                }
            }
            v += 1
        }
        return nil
    }

    /// The cue before the quote that opens at token `open`, from `low`.
    func before(open: Int, low: Int) -> Cue? {
        var v = open - 1
        while v >= low {
            if tokens[v].kind == .quoteMark || tokens[v].isQuoted { v -= 1; continue }
            if isAccordingTo(v), let (phrase, range) = reader.after(v + 1, high: open - 1) {
                return Cue(form: .accordingTo, tokens: v...v + 1, phrase: phrase, phraseTokens: range, adjacent: isAdjacent(v + 1, open))
            }
            // ("words", "phrase" and "word" name things: the bit first, for every token passed.)
            if tokens[v].lex.contains(.namingWord), let words = inSpeakersWords(v, low: low) { return words }
            if isCueVerb(v) {
                let key = tokens.key(v)
                let adjacent = isAdjacent(v, open, words: key.hasPrefix("call") || key.hasPrefix("describ") ? 8 : 3)
                if let quoted = quotedAsSaying(v, high: open - 1) { return quoted }
                let weak = tokens[v].lex.contains(.weakVerb)
                // (A weak verb far from the quote needs "as" before it: look for one before reading its subject.)
                if !adjacent && weak && !((max(low, v - 14)..<v).contains { tokens.keyIs($0, .`as`) }) { v -= 1; continue }
                // "As Ruiz put it in her report last year, “…”": a clause with "as" attributes the quote, however
                // far and however weak its verb.
                let subject = subject(ofVerb: v, low: low, depth: 0, quoteOpen: open)
                if let found = subject, introducedByAs(found.1.lowerBound, low: low) {
                    return Cue(form: .asSpeakerPutIt, tokens: v...v, phrase: found.0, phraseTokens: found.1, adjacent: true)
                }
                if !adjacent && weak { v -= 1; continue }
                // "Lyng said he and Yeutter will demand "...": a verb of speech earlier in the sentence governs a
                // weaker verb next to the quote (not a participle of a phrase before it: "In the post announcing
                // the service, the group promised that “…”").
                if tokens[v].lex.contains(.weakVerb), v > low, let outer = before(open: v, low: low),
                   !tokens[outer.tokens.lowerBound].lex.contains(.weakVerb), !tokens.key(outer.tokens.lowerBound).hasSuffix("ing") {
                    return Cue(form: outer.form, tokens: outer.tokens, phrase: outer.phrase, phraseTokens: outer.phraseTokens, adjacent: false)
                }
                if let found = subject {
                    return Cue(form: .speakerThenVerb, tokens: v...v, phrase: found.0, phraseTokens: found.1, adjacent: adjacent)
                }
                if tokens[v].lex.contains(.invertible), let (phrase, range) = reader.after(v, high: open - 1) {
                    return Cue(form: .verbThenSpeaker, tokens: v...v, phrase: phrase, phraseTokens: range, adjacent: adjacent)
                }
            }
            v -= 1
        }
        return nil
    }

    /// "local radio quoted Ruiz as saying", "Smith was quoted as saying": the person quoted speaks.
    private func quotedAsSaying(_ v: Int, high: Int) -> Cue? {
        guard tokens.keyLex(v).contains(.quotingVerb) else { return nil }
        // "was quoted calling Christie a “failed” governor": a participle of speech right after "quoted".
        if v + 1 <= high && isCueVerb(v + 1) && tokens.key(v + 1).hasSuffix("ing") && v >= 1 && tokens.keyLex(v - 1).contains(.passiveAuxiliary),
           let (phrase, range) = reader.before(v - 1, low: max(0, v - 12)) {
            return Cue(form: .quotedAsSaying, tokens: v...v + 1, phrase: phrase, phraseTokens: range, adjacent: true)
        }
        var k = v + 1
        while k <= high && k - v < 8 && !(tokens.key(k) == "as" && k + 1 <= high && tokens.key(k + 1) == "saying") { k += 1 }
        guard k <= high, tokens.key(k) == "as" else { return nil }
        if k > v + 1, let (phrase, range) = reader.after(v, high: k - 1) {
            return Cue(form: .quotedAsSaying, tokens: v...k + 1, phrase: phrase, phraseTokens: range, adjacent: true)
        }
        if let (phrase, range) = reader.before(v - 1 >= 0 && tokens.key(v - 1) == "was" ? v - 1 : v, low: max(0, v - 12)) {
            return Cue(form: .quotedAsSaying, tokens: v...k + 1, phrase: phrase, phraseTokens: range, adjacent: true)
        }
        return nil
    }

    /// The last reporting cue with a speaker in `range` (a sentence or paragraph before a quote). Weak verbs
    /// ("reported", "continued") count only with `weakBesideQuote`, right after a closing quote ("“…,” it
    /// reported").
    func lastCue(in range: ClosedRange<Int>, weakBesideQuote: Bool = false) -> Cue? {
        var v = range.upperBound
        while v >= range.lowerBound {
            // (Not in a caption or a credit: furniture does not feed carry-over.)
            if isCueVerb(v) && (!tokens[v].lex.contains(.weakVerb) || weakBesideQuote && besideClosingQuote(v))
                && !context.isFurniture(tokens.paragraph(of: v)) {
                var low = v
                while low > range.lowerBound && !tokens[low].beginsSentence { low -= 1 }
                if let found = subject(ofVerb: v, low: low, depth: 0) {
                    return Cue(form: .speakerThenVerb, tokens: v...v, phrase: found.0, phraseTokens: found.1, adjacent: false)
                }
                if tokens[v].lex.contains(.invertible), let (phrase, phraseTokens) = reader.after(v, high: range.upperBound) {
                    return Cue(form: .verbThenSpeaker, tokens: v...v, phrase: phrase, phraseTokens: phraseTokens, adjacent: false)
                }
            }
            v -= 1
        }
        return nil
    }

    /// Whether verb `v` follows a closing quotation mark, with at most its subject between ("“…,” it reported",
    /// "“…,” reported the paper").
    private func besideClosingQuote(_ v: Int) -> Bool {
        var k = v - 1
        while k >= 0 && v - k <= 4 {
            let t = tokens[k]
            if t.kind == .quoteMark { return !t.opensQuote }
            if t.kind == .punctuation && !PunctuationSets.afterQuote.contains(tokens.key(k)) { return false }
            k -= 1
        }
        return false
    }

    /// `Philip Bump: "..."`, `Republican pollster Daron Shaw: "..."`, `Lee Park, author: "..."`: a name and a
    /// colon before the quote (not an object: `telling Breitbart London: "..."`). Otherwise the subject of the
    /// clause before the colon, when the quote opens a sentence: a lead-in with a plain verb (`Tomas Berg was
    /// blunt: "..."`, `The minister put it simply: "..."`) or any verb with a name or pronoun as its subject
    /// (`Ruiz swiped at her rival: "..."`, `She then turned to the crowd: "..."`). The colon may end the paragraph
    /// before a quote that opens its own.
    func colonLeadIn(open: Int, low: Int, anyVerb: Bool = true) -> Cue? {
        var colon = open - 1
        var low = low
        if colon >= 1 && tokens[colon].isPunctuation(":") && tokens[open].beginsParagraph {
            // The colon ends the paragraph before: its own sentence is the lead-in.
            guard tokens.paragraph(of: open) - tokens.paragraph(of: colon) == 1 else { return nil }
            low = colon
            while low > 0 && colon - low < 60 && !tokens[low].beginsSentence { low -= 1 }
        }
        guard colon >= 1, colon >= low, tokens[colon].isPunctuation(":") else { return nil }
        // "Here is his statement:", "Ruiz's letter in full:": the owner of the words.
        if let owned = ownerOfSourceBeforeColon(colon, low: low) { return owned }
        if let m = nameBeforeColon(colon, low: low) {
            let mention = context.mentions[m]
            return Cue(form: .nameBeforeColon, tokens: colon...colon, phrase: .name(mention: m),
                       phraseTokens: mention.tokens.lowerBound...mention.tokens.upperBound - 1, adjacent: true)
        }
        // The quote must open a sentence of its own, after a lead-in of a few words.
        guard open + 1 < tokens.count, tokens[open + 1].isCapitalized, colon - low <= 25 else { return nil }
        if colon - low <= 16,
           let verb = (low..<colon).first(where: { tokens[$0].kind == .word && tokens.keyLex($0).contains(.leadInVerb) }),
           verb - low <= 8,
           let (phrase, phraseTokens) = reader.before(verb, low: low, anyNounOpeningAClause: false) ?? reader.sentenceSubject(low: low, before: verb) {
            if case .name(let n) = phrase, context.mentions[n].hint == .place { return nil }
            return Cue(form: .leadInBeforeColon, tokens: colon...colon, phrase: phrase, phraseTokens: phraseTokens, adjacent: true)
        }
        // Any verb: the subject must be a name or a pronoun of a person, and not passive ("He was asked:").
        guard anyVerb, let (phrase, phraseTokens) = reader.sentenceSubject(low: low, before: colon) else { return nil }
        switch phrase {
        case .name(let n):
            if context.mentions[n].hint == .place { return nil }
            if context.entity(atToken: phraseTokens.lowerBound) >= 0,
               context.info[context.entity(atToken: phraseTokens.lowerBound)].type == .place { return nil }
        case .pronoun(let p):
            guard let kind = Lexicon.pronounKind(tokens.keyLex(p)), kind == .male || kind == .female || kind == .plural else { return nil }
        case .description:
            return nil
        }
        var k = phraseTokens.upperBound + 1
        if k < colon && tokens[k].kind == .possessive { return nil }   // "Obama's questioners ranged ...:"
        while k < colon && tokens[k].kind == .word && tokens.keyLex(k).contains(.betweenSubjectAndVerb)
                && !tokens.keyLex(k).contains(.passiveAuxiliary) { k += 1 }
        if k + 1 < colon && tokens.keyLex(k).contains(.passiveAuxiliary) && tokens.key(k + 1).hasSuffix("ed") { return nil }
        return Cue(form: .leadInBeforeColon, tokens: colon...colon, phrase: phrase, phraseTokens: phraseTokens, adjacent: true)
    }

    /// `Here is his statement:`, `Ruiz's letter in full:`: a source noun owned by a name or a pronoun just
    /// before the colon.
    private func ownerOfSourceBeforeColon(_ colon: Int, low: Int) -> Cue? {
        var n = colon - 1
        if n - 1 >= low && tokens.keyIs(n, .full) && tokens.keyIs(n - 1, .`in`) { n -= 2 }
        guard n - 1 >= low, tokens[n].kind == .word, tokens.keyLex(n).contains(.sourceNoun) else { return nil }
        let o = n - 1
        if tokens[o].kind == .word && tokens.keyLex(o).contains(.pronoun) && tokens.keyLex(o).contains(.determiner) {
            return Cue(form: .inSpeakersWords, tokens: o...colon, phrase: .pronoun(token: o), phraseTokens: o...o, adjacent: true)
        }
        guard tokens[o].kind == .possessive, o - 1 >= low else { return nil }
        let m = context.mention(atToken: o - 1)
        guard m >= 0, context.mentions[m].hint != .place else { return nil }
        let mention = context.mentions[m]
        return Cue(form: .inSpeakersWords, tokens: mention.tokens.lowerBound...colon, phrase: .name(mention: m),
                   phraseTokens: mention.tokens.lowerBound...mention.tokens.upperBound - 1, adjacent: true)
    }

    /// The name that speaks before the colon at `colon`: right before it, or before a short description
    /// between commas ("Lee Park, author:"), not after a preposition or a verb that makes it an object.
    private func nameBeforeColon(_ colon: Int, low: Int) -> Int? {
        var end = colon - 1
        if context.mention(atToken: end) < 0 {
            // "Lee Park, author:", "Ana Ruiz, a nurse from Leeds:".
            var k = end
            while k > low && end - k < 6 && tokens[k].kind == .word && !tokens[k].isCapitalized
                    && !tokens.keyLex(k).contains(.cueVerb) && !tokens.keyLex(k).contains(.clauseVerb) {
                k -= 1
            }
            guard k < end, k > low, tokens[k].isPunctuation(",") else { return nil }
            end = k - 1
        }
        let m = context.mention(atToken: end)
        guard m >= 0, context.mentions[m].hint != .place else { return nil }
        let e = Int(context.mentionEntity[m])
        if e >= 0 && context.info[e].type == .place { return nil }
        // Titles and the like before it, then what stands before them.
        var b = context.mentions[m].tokens.lowerBound - 1
        while b >= low && tokens[b].kind == .word && tokens[b].isCapitalized && context.mention(atToken: b) < 0 { b -= 1 }
        // ("Mark Blumenthal and Jon Cohen:" is two names, not an object.)
        if b >= low && tokens[b].kind == .word && !tokens[b].isCapitalized
            && (tokens.keyLex(b).contains(.clauseWord) || tokens.keyLex(b).contains(.cueVerb) || tokens.key(b).hasSuffix("ing"))
            && !(tokens.keyIs(b, .and) && b > low && context.mention(atToken: b - 1) >= 0) {
            return nil
        }
        return m
    }

    /// `“…” — Dana Ruiz`, or a paragraph `— Dana Ruiz, mayor` after a quote paragraph: a dash and a name with
    /// nothing else but a description of it.
    func dashAfter(close: Int) -> Cue? {
        var k = close + 1
        // Across the paragraph break only when the quote ends its paragraph.
        var dash = false
        while k < tokens.count && k - close <= 3 && tokens[k].kind == .punctuation {
            if ["—", "–", "-", "--"].contains(tokens.key(k)) { dash = true }
            if !PunctuationSets.afterQuote.contains(tokens.key(k)) { return nil }
            k += 1
        }
        guard dash, k < tokens.count, tokens.paragraph(of: k) - tokens.paragraph(of: close) <= 1 else { return nil }
        var n = k
        while n < tokens.count && n - k < 4 && tokens[n].kind == .word && tokens[n].isCapitalized && context.mention(atToken: n) < 0 { n += 1 }
        let m = n < tokens.count ? context.mention(atToken: n) : -1
        guard m >= 0, context.mentions[m].hint != .place else { return nil }
        let mention = context.mentions[m]
        // Nothing after the name but punctuation and a description, to the end of its paragraph.
        var e = mention.tokens.upperBound
        while e < tokens.count && e - mention.tokens.upperBound < 15 && !tokens[e].beginsParagraph {
            if tokens[e].kind == .word && tokens.keyLex(e).contains(.cueVerb) || tokens[e].kind == .quoteMark { return nil }
            e += 1
        }
        guard e == tokens.count || tokens[e].beginsParagraph else { return nil }
        return Cue(form: .dashThenName, tokens: k - 1...k - 1, phrase: .name(mention: m),
                   phraseTokens: mention.tokens.lowerBound...mention.tokens.upperBound - 1, adjacent: true)
    }

    /// The subject of a verb, following "said, adding" or "said and added" back to the first verb's subject.
    private func subject(ofVerb v: Int, low: Int, depth: Int, quoteOpen: Int? = nil) -> (SpeakerPhrase, ClosedRange<Int>)? {
        if let found = reader.before(v, low: low) { return found }
        if let agent = passiveSource(v, low: low, quoteOpen: quoteOpen) { return agent }
        guard depth < 2 else { return nil }
        var j = v - 1
        while j >= low && (tokens[j].isPunctuation(",") || tokens[j].kind == .word && tokens.keyLex(j).contains(.verbJoiner)) {
            j -= 1
        }
        if j >= low && j < v - 1 && isCueVerb(j) { return subject(ofVerb: j, low: low, depth: depth + 1) }
        return nil
    }

    /// `in Ruiz's words, “…”`, `(in economist Ana Ruiz's phrase) “…”`, `in the words of Ruiz, “…”`: the owner of
    /// the words, when token `v` is "words" or "phrase".
    private func inSpeakersWords(_ v: Int, low: Int) -> Cue? {
        guard tokens[v].kind == .word, tokens.keyIs(v, .words) || tokens.keyIs(v, .phrase) || tokens.keyIs(v, .word) else {
            return nil
        }
        // "in the words of Ruiz"
        if v >= 2, tokens.keyIs(v - 1, .the), tokens.keyIs(v - 2, .`in`), v + 2 < tokens.count, tokens.keyIs(v + 1, .of),
           let (phrase, range) = reader.after(v + 1, high: min(tokens.count - 1, v + 10)) {
            return Cue(form: .inSpeakersWords, tokens: v - 2...v + 1, phrase: phrase, phraseTokens: range, adjacent: true)
        }
        // "in Ruiz's words", "in her words": the possessor, and "in" a few words before it.
        guard v > low else { return nil }
        var owner = v - 1
        let phrase: SpeakerPhrase
        if tokens[owner].kind == .possessive {
            owner -= 1
            let m = context.mention(atToken: owner)
            guard m >= 0 else { return nil }
            phrase = .name(mention: m)
            owner = context.mentions[m].tokens.lowerBound
        } else if tokens[owner].kind == .word && tokens.keyLex(owner).contains(.pronoun) && tokens.keyLex(owner).contains(.determiner) {
            phrase = .pronoun(token: owner)
        } else {
            return nil
        }
        var k = owner - 1
        while k >= low && owner - k <= 3 && !tokens.keyIs(k, .`in`) && tokens[k].kind == .word { k -= 1 }
        guard k >= low, tokens.keyIs(k, .`in`) else { return nil }
        let range: ClosedRange<Int>
        if case .name(let m) = phrase { range = context.mentions[m].tokens.lowerBound...context.mentions[m].tokens.upperBound - 1 } else { range = owner...owner }
        return Cue(form: .inSpeakersWords, tokens: k...v, phrase: phrase, phraseTokens: range, adjacent: true)
    }

    /// Who speaks through a passive verb: its agent ("was advised by the policy unit that", "Called “…” by its
    /// creators"), or else a source the sentence opens with ("In one briefing note she was warned that"). Nil
    /// for a verb that is not passive.
    private func passiveSource(_ v: Int, low: Int, quoteOpen: Int?) -> (SpeakerPhrase, ClosedRange<Int>)? {
        let key = tokens.key(v)
        guard key.hasSuffix("ed") || key == "told" || key == "written" else { return nil }
        let passive = v > low && tokens[v - 1].kind == .word && tokens.keyLex(v - 1).contains(.passiveAuxiliary)
        let opening = v == low || tokens[v].beginsSentence   // "Called a “…” by its creators, the game ..."
        guard passive || opening else { return nil }
        // The agent: "by" after the verb, passing over a quote (the one it attributes: not a later one, "Called
        // a “…” by its creators, “Thumper” is") and a few words.
        var k = v + 1
        var quotes = 0
        while k < tokens.count && k - v < 16 && !tokens[k].beginsSentence && !tokens.keyIs(k, .by) {
            if tokens[k].kind == .word && !tokens[k].isQuoted && tokens.keyLex(k).contains(.clauseVerb) { break }
            if tokens[k].kind == .quoteMark && tokens[k].opensQuote { quotes += 1 }
            k += 1
        }
        if let open = quoteOpen, quotes > 0 && !(v < open && open < k) { return nil }
        if k < tokens.count && tokens.keyIs(k, .by) && !tokens[k].isQuoted, let (phrase, range) = reader.after(k, high: min(tokens.count - 1, k + 12)) {
            return (phrase, range)
        }
        // "In one briefing note she was warned": the source at the start of the sentence.
        guard passive, tokens.keyIs(low, .`in`), low + 2 < v else { return nil }
        var head = low + 1
        while head + 1 < v && head - low < 6 && !tokens.keyLex(head).contains(.sourceNoun) { head += 1 }
        guard tokens.keyLex(head).contains(.sourceNoun), tokens[low + 1].lex.contains(.determiner) || tokens.keyLex(low + 1).contains(.cardinal)
        else { return nil }
        // ("one briefing note": the last of the nouns.)
        while head + 1 < v && tokens.keyLex(head + 1).contains(.sourceNoun) { head += 1 }
        return (.description(tokens: low + 1...head, head: head), low + 1...head)
    }

    /// Whether the speaker phrase starting at `start` follows "as", directly or after a description and a comma
    /// ("as Ruiz put it", "As the harbour master, Pia Holm, put it").
    private func introducedByAs(_ start: Int, low: Int) -> Bool {
        guard start > low else { return false }
        if tokens.keyIs(start - 1, .`as`) { return true }
        guard tokens[start - 1].isPunctuation(",") else { return false }
        var k = start - 2
        while k >= low && start - k < 10 && tokens[k].kind == .word && !tokens.keyLex(k).contains(.cueVerb) {
            if tokens.keyIs(k, .`as`) { return k < start - 2 }
            k -= 1
        }
        return false
    }

    /// Whether the few words from `start` to the opening mark at `open` only join two quotes in one sentence
    /// ("and", "or", "and information technology"): no verb among them.
    private func joinsQuotes(from start: Int, to open: Int) -> Bool {
        guard open - start <= 4 else { return false }
        for k in start..<open where tokens[k].kind == .word {
            let lex = tokens.keyLex(k)
            if lex.contains(.cueVerb) || lex.contains(.clauseVerb) || tokens[k].isCapitalized { return false }
        }
        return true
    }

    /// The closing mark of the quote that opens at `open`, up to `high`.
    private func closingMark(after open: Int, high: Int) -> Int? {
        var k = open + 1
        while k <= high && k - open < 200 {
            if tokens[k].kind == .quoteMark && !tokens[k].opensQuote { return k }
            if tokens[k].kind == .quoteMark { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the tokens from `start` up to the name at `name` only describe who the name is: a title or an
    /// organisation before it ("“…,” City Hall spokesman Ray Orr said", "“…,” his campaign manager, Jo Lin,
    /// said"), a few words with no verb or clause word among them.
    func onlyTitlesBetween(_ start: Int, _ name: Int) -> Bool {
        guard name > start, name - start <= 7 else { return false }
        for k in start..<name {
            let t = tokens[k]
            if t.kind == .possessive || t.isPunctuation(",") && k == name - 1 { continue }
            guard t.kind == .word, !t.isQuoted else { return false }
            let lex = tokens.keyLex(k)
            if !t.isCapitalized && (lex.contains(.cueVerb) || lex.contains(.clauseVerb) || lex.contains(.clauseWord) && !tokens.keyIs(k, .of)) {
                return false
            }
        }
        return true
    }

    /// Whether only a colon, a comma or "that" stands between token `v` and the opening mark.
    private func isAdjacent(_ v: Int, _ open: Int, words limit: Int = 3) -> Bool {
        var k = v + 1
        var words = 0
        while k < open {
            let t = tokens[k]
            if t.kind == .word {
                words += 1
                if words > limit { return false }
            }
            k += 1
        }
        return true
    }
}
