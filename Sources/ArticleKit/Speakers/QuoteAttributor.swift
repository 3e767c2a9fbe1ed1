/// What `QuoteAttributor` decided of one quote candidate.
struct QuoteDecision: Sendable {
    /// The words between the marks.
    var content: TextRange
    /// The quotation, when the candidate is one.
    var quote: Quote?
    /// The rule that decided whether it is a quotation.
    var quotationRule: QuotationRule
    /// The rule that gave its speaker, nil when it has none.
    var attributionRule: AttributionRule?
    /// The construction of its own cue, nil when it has none (or its speaker was carried over).
    var cueForm: CueForm?
}

/// Turns quote candidates into quotes: finds each one's cue and speaker, carries speakers over to quotes that
/// continue (the next segment of an interrupted or multi-paragraph quote, a quote paragraph after an attributed
/// one), and drops what is not a quotation (scare quotes, titles of works, nicknames).
struct QuoteAttributor {
    let context: AnalysisContext
    let candidates: [QuoteCandidate]
    /// The token of each candidate's opening mark, and of its closing mark (-1 if none).
    let openToken: [Int]
    let closeToken: [Int]

    var tokens: TokenList { context.tokens }

    private struct Found {
        var speaker: Speaker?
        var mention: TextRange?
        var cue: TextRange?
        var direct: Bool
        var entity: Int?
        /// The cue sits right next to the quote.
        var adjacent = false
        /// The speaker phrase is a name, a pronoun or a description of a person or organisation.
        var personLike = false
        /// The rule that gave the speaker, and the construction of its cue.
        var rule: AttributionRule?
        var form: CueForm?
        /// The first token of the cue, -1 for none.
        var cueToken = -1
        /// The speaker phrase is people in general or the writer, when it names a thing: "I", "we", "they", a
        /// people ("The Persians call it “…”"), a bare plural ("Locals call the bridge “…”").
        var generalNamer = false
        /// The speaker phrase is an "it" that points at no one (or only at a document, by a guess).
        var vague = false
    }

    /// The quotations found, in text order.
    func quotes() -> [Quote] { decisions().compactMap(\.quote) }

    /// What was decided of every quote candidate: whether it is a quotation and by which rule, and which rule
    /// gave its speaker (for tests and tools; `quotes()` keeps the quotations).
    func decisions() -> [QuoteDecision] {
        let finder = CueFinder(context: context)
        let coreference = Coreference(context: context)
        var progress = Progress(candidates: candidates)
        var decisions: [QuoteDecision] = []
        decisions.reserveCapacity(candidates.count)

        for (i, candidate) in candidates.enumerated() {
            guard openToken[i] >= 0 else { continue }
            var cues = SentenceCues()
            var result = Found(speaker: nil, mention: nil, cue: nil, direct: false, entity: nil)
            for rule in AttributionRule.allCases {
                if let f = attribution(rule, i, finder, coreference, &cues, progress) {
                    result = f
                    result.rule = rule
                    break
                }
            }
            let (accepted, quotationRule) = quotation(i, result)
            var quote: Quote?
            // A quote of the headline has paragraph -1 (`Quote.paragraph`).
            if accepted {
                quote = Quote(range: candidate.content, kind: kind(i), speaker: result.speaker, speakerMention: result.mention,
                              cue: result.cue, paragraph: candidate.paragraph)
            }
            let attributed = result.speaker != nil || result.mention != nil
            decisions.append(QuoteDecision(content: candidate.content, quote: quote, quotationRule: quotationRule,
                                           attributionRule: attributed ? result.rule : nil,
                                           cueForm: attributed && result.rule?.carriesOver == false ? result.form : nil))
            guard accepted else { continue }
            progress.accepted[i] = true
            progress.found[i] = result
            progress.lastByQuotation[candidate.quotation] = Int32(i)
            progress.lastInParagraph[candidate.paragraph + 1] = Int32(i)
            if let e = result.entity, context.info[e].type == .person { progress.previousSpeaker = e }
            if let e = result.entity { progress.lastSpeaker = e }
        }
        return decisions
    }

    /// What the attribution of the quotes before the current one left: what each accepted quote found, and the
    /// last speakers (for pronouns and carry-over).
    private struct Progress {
        var found: [Found?]
        var accepted: [Bool]
        /// The last person who spoke, and the last speaker of any kind.
        var previousSpeaker: Int?
        var lastSpeaker: Int?
        /// The last accepted segment of each quotation and of each paragraph (-1 for none; the title's
        /// paragraph, -1, is at index 0).
        var lastByQuotation: [Int32]
        var lastInParagraph: [Int32]

        init(candidates: [QuoteCandidate]) {
            found = Array(repeating: nil, count: candidates.count)
            accepted = [Bool](repeating: false, count: candidates.count)
            lastByQuotation = [Int32](repeating: -1, count: (candidates.map(\.quotation).max() ?? -1) + 1)
            lastInParagraph = [Int32](repeating: -1, count: (candidates.map(\.paragraph).max() ?? -1) + 2)
        }
    }

    /// The cues of the quote's own sentence, found once and shared by the rules that read them.
    private struct SentenceCues {
        var searched = false
        /// The cue after the quote (beside it or farther on), the cue before it, a colon lead-in.
        var after: Cue?
        var before: Cue?
        var colon: Cue?
        /// The cue after the quote is in the next sentence (`"...?" Ruiz recalls`), so a cue beside the quote
        /// before it comes first.
        var afterCrossesSentence = false
    }

    private func findCues(_ i: Int, _ finder: CueFinder, _ cues: inout SentenceCues) {
        guard !cues.searched else { return }
        cues.searched = true
        let open = openToken[i], close = closeToken[i]
        var after = close >= 0 ? finder.after(close: close, high: sentenceEnd(after: close)) : nil
        if after == nil && close >= 0 && close + 1 < tokens.count && !tokens[close + 1].beginsParagraph
            && tokens[close + 1].beginsSentence && tokens[close + 1].kind == .word && endsInQuestionOrExclamation(candidates[i]) {
            // `"...?" Ruiz recalls`: a capital after a question or exclamation mark may still be the attribution
            // (after a full stop it starts a sentence of its own: `"...." Ruiz said the plan` is not one).
            if let next = finder.after(close: close, high: sentenceEnd(after: close + 1)), next.adjacent,
               next.tokens.lowerBound - close <= 8 {
                after = next
                cues.afterCrossesSentence = true
            }
        }
        if after == nil && close >= 0 { after = finder.dashAfter(close: close) }
        cues.after = after
        if after?.adjacent != true || cues.afterCrossesSentence {
            cues.before = beforeCue(finder, open: open)
            // (A lead-in with any verb only when no cue follows the quote: "…: “…,” the pitch says".)
            if cues.before == nil {
                cues.colon = finder.colonLeadIn(open: open, low: sentenceStart(before: open), anyVerb: after == nil)
            }
        }
    }

    /// The speaker that `rule` gives quote `i`, or nil when the rule does not apply.
    private func attribution(_ rule: AttributionRule, _ i: Int, _ finder: CueFinder, _ coreference: Coreference,
                             _ cues: inout SentenceCues, _ progress: Progress) -> Found? {
        let candidate = candidates[i]
        let open = openToken[i]
        func resolved(_ cue: Cue?) -> Found? {
            cue.map { resolve($0, coreference, previousSpeaker: progress.previousSpeaker, lastSpeaker: progress.lastSpeaker) }
        }
        /// An earlier quote's speaker, carried over (the quote has no cue of its own).
        func carried(_ j: Int32) -> Found? {
            guard j >= 0, var f = progress.found[Int(j)] else { return nil }
            f.direct = false
            f.cue = nil
            return f
        }
        switch rule {
        case .cueAfterTheQuote:
            findCues(i, finder, &cues)
            guard cues.after?.adjacent == true, !(cues.afterCrossesSentence && cues.before?.adjacent == true) else { return nil }
            return resolved(cues.after)
        case .cueBeforeTheQuote:
            findCues(i, finder, &cues)
            return resolved(cues.before)
        case .colonLeadIn:
            findCues(i, finder, &cues)
            return resolved(cues.colon)
        case .cueLaterInTheSentence:
            findCues(i, finder, &cues)
            return resolved(cues.after)
        case .earlierSegment:
            guard candidate.continues else { return nil }
            return carried(progress.lastByQuotation[candidate.quotation])
        case .sentenceBefore:
            return previousSentenceCue(open, finder, coreference, progress.previousSpeaker)
        case .quoteBeforeInTheParagraph:
            guard let f = carried(progress.lastInParagraph[candidate.paragraph + 1]), f.speaker != nil || f.mention != nil else {
                return nil
            }
            return f
        case .quoteParagraphBefore:
            guard opensParagraph(open), var f = previousParagraphSpeaker(i, progress.found, progress.accepted) else { return nil }
            f.direct = false
            f.cue = nil
            return f
        case .cueOfTheParagraphBefore:
            guard opensParagraph(open) else { return nil }
            return previousParagraphCue(open, finder, coreference, progress.previousSpeaker)
        }
    }

    private func resolve(_ cue: Cue, _ coreference: Coreference, previousSpeaker: Int?, lastSpeaker: Int? = nil) -> Found {
        var result = Found(speaker: nil, mention: nil, cue: nil, direct: true, entity: nil)
        result.adjacent = cue.adjacent
        result.form = cue.form
        result.cueToken = cue.tokens.lowerBound
        result.cue = context.range(cue.tokens)
        result.mention = context.range(cue.phraseTokens)
        switch cue.phrase {
        case .name(let m):
            result.personLike = true
            let e = Int(context.mentionEntity[m])
            if e >= 0 {
                result.speaker = context.speaker(entity: e); result.entity = e
            } else {
                result.speaker = Speaker(name: context.mentions[m].surface(tokens, context.text), entity: nil,
                                         type: context.mentions[m].hint)
            }
        case .pronoun(let t):
            result.personLike = true
            // "It reads: ..." (a sign, a letter): the words on a thing have no speaker.
            let readingIt = tokens.key(t) == "it" && ["read", "reads"].contains(tokens.key(cue.tokens.lowerBound))
            if !readingIt, let e = coreference.resolvePronoun(t, previousSpeaker: previousSpeaker) ?? coreference.resolveIt(t, previousSpeaker: lastSpeaker) {
                result.speaker = context.speaker(entity: e); result.entity = e
            } else if !readingIt, let source = coreference.sourceForIt(t) {
                // "The report ... found ... It said": the document speaks (a guess too weak for a fragment).
                result.speaker = Speaker(name: context.text.string(context.range(source)), entity: nil, type: nil)
                result.vague = true
            } else if tokens.keyIs(t, .it) {
                result.vague = true
            }
            let kind = Lexicon.pronounKind(tokens.keyLex(t))
            result.generalNamer = kind == .firstPerson || kind == .plural
        case .description(let range, let head):
            let speakerNoun = SpeakerPhraseReader.canHeadSpeaker(tokens.key(head)) || tokens[head].isCapitalized
            let barePlural = !tokens[range.lowerBound].lex.contains(.determiner) && tokens.key(head).hasSuffix("s")
            result.generalNamer = barePlural || Lexicon.demonymPlace(tokens.key(head)) != nil
            // "read the sign on the door", "a sign saying": words on a thing have no speaker, though the cue points
            // at it.
            let reading = ["read", "reads"].contains(tokens.key(cue.tokens.lowerBound))
                || tokens.keyLex(head).contains(.namingWord) && !tokens[head].isCapitalized
            // (A description with a determiner is someone in particular: "what one harbour pilot dubbed “…”".)
            let first = tokens.keyLex(range.lowerBound)
            // ("said another": a determiner on its own stands for someone.)
            result.personLike = speakerNoun || !reading && first.contains(.determiner) && !first.contains(.pronoun)
                && (range.lowerBound < head || tokens.keyIs(head, .another) || tokens.keyIs(head, .one))
                && (!first.contains(.nonDeterminer) || tokens.keyIs(range.lowerBound, .one))
            if !(reading && !speakerNoun), let (speaker, entity) = describe(range, head: head, coreference) {
                result.speaker = speaker; result.entity = entity
                // A description of a named person or organisation ("the temple" for a temple named before).
                if entity != nil { result.personLike = true }
            }
        }
        return result
    }

    /// A quote that starts a sentence with no cue of its own: the cue of the sentence before it in the same
    /// paragraph (`Ms Ruiz said the plan was late. "We need more time."`).
    private func previousSentenceCue(_ open: Int, _ finder: CueFinder, _ coreference: Coreference, _ previousSpeaker: Int?) -> Found? {
        let start = sentenceStart(before: open)
        guard start == open || (start..<open).allSatisfy({ tokens[$0].kind != .word }), start > 0,
              !tokens[start].beginsParagraph else { return nil }
        let previousStart = sentenceStart(before: start - 1)
        // A sentence with a quote of its own lends that quote's speaker (the carry-over below), not its last verb.
        if (previousStart..<start).contains(where: { tokens[$0].kind == .quoteMark }) { return nil }
        guard let cue = finder.lastCue(in: previousStart...start - 1) else { return nil }
        var f = resolve(cue, coreference, previousSpeaker: previousSpeaker)
        f.direct = false
        return f.speaker != nil ? f : nil
    }

    /// A quote paragraph after a paragraph that reports the speaker without quoting
    /// (`The president also admitted that ...` then `"Well, ..."`): the last cue of that paragraph.
    private func previousParagraphCue(_ open: Int, _ finder: CueFinder, _ coreference: Coreference, _ previousSpeaker: Int?) -> Found? {
        guard open > 0, let before = context.paragraph(before: tokens.paragraph(of: open)) else { return nil }
        // The paragraph before with tokens (captions, credits and other furniture have none: they are passed over).
        var last = open - 1
        while last > 0 && open - last < 400 && tokens.paragraph(of: last) > before { last -= 1 }
        guard tokens.paragraph(of: last) == before, context.paragraphKinds[before] != .heading else { return nil }
        var first = last
        while first > 0 && last - first < 400 && !tokens[first].beginsParagraph { first -= 1 }
        guard let cue = finder.lastCue(in: first...last) else { return nil }
        var f = resolve(cue, coreference, previousSpeaker: previousSpeaker)
        f.direct = false
        return f.speaker != nil && f.entity != nil ? f : nil
    }

    /// The cue before the quote in its sentence, or at the end of the paragraph before when that ends in a colon.
    private func beforeCue(_ finder: CueFinder, open: Int) -> Cue? {
        let low = sentenceStart(before: open)
        if low < open, let cue = finder.before(open: open, low: low) { return cue }
        // A lead-in ending with a colon: `He said:` then the quote (in the same or the next paragraph).
        var k = low - 1
        while k >= 0 && tokens[k].kind == .quoteMark && !tokens[k].opensQuote { k -= 1 }
        if k >= 0 && tokens[k].isPunctuation(":") && tokens.paragraph(of: open) - tokens.paragraph(of: k) <= 1 {
            return finder.before(open: k + 1, low: sentenceStart(before: k))
        }
        return nil
    }

    /// How far a cue may be from its quote, in tokens: attributions are short, and the bound keeps the cost of a
    /// text with very long sentences linear.
    static let window = 80

    private func sentenceStart(before k: Int) -> Int {
        var s = k
        // (A paragraph's first token begins a sentence.)
        while s - 1 >= 0 && k - s < Self.window && !tokens[s].beginsSentence {
            s -= 1
        }
        return s
    }

    private func sentenceEnd(after close: Int) -> Int {
        var e = close
        // (An opening mark inside the sentence does not end it: "“A” and “B,” Ruiz said".)
        while e + 1 < tokens.count && e - close < Self.window && !tokens[e + 1].beginsSentence {
            e += 1
        }
        return e
    }

    private func opensParagraph(_ open: Int) -> Bool {
        tokens[open].beginsParagraph
    }

    /// The speaker of the last quote in the paragraph before, for a quote paragraph that follows it.
    private func previousParagraphSpeaker(_ i: Int, _ found: [Found?], _ accepted: [Bool]) -> Found? {
        let paragraph = candidates[i].paragraph
        // The paragraph before, passing over captions and credits between.
        guard let before = context.paragraph(before: paragraph) else { return nil }
        for j in stride(from: i - 1, through: 0, by: -1) {
            let p = candidates[j].paragraph
            // Candidates are in text order: past the paragraph before, none can follow, accepted or not.
            if p < before { return nil }
            if p >= paragraph || !accepted[j] { continue }
            guard let f = found[j], f.speaker != nil || f.mention != nil else { return nil }
            return f
        }
        return nil
    }

    /// A speaker for a description: a named entity it refers to, the source behind "a statement from ...", or
    /// the phrase itself for an unnamed speaker.
    private func describe(_ range: ClosedRange<Int>, head: Int, _ coreference: Coreference) -> (Speaker, Int?)? {
        var start = range.lowerBound
        // "a statement from the U.S. embassy": the source is what follows the preposition.
        if tokens.keyLex(head).contains(.sourceNoun) {
            var k = head + 1
            while k <= range.upperBound && !(tokens[k].kind == .word && tokens.keyLex(k).contains(.sourcePreposition)) { k += 1 }
            if k < range.upperBound { start = k + 1 }
            if context.mention(atToken: start) >= 0 && context.mention(atToken: range.upperBound) == context.mention(atToken: start) {
                let e = context.entity(atToken: start)
                if e >= 0 { return (context.speaker(entity: e), e) }
            }
        } else if let e = coreference.resolveDescription(range, head: head) {
            return (context.speaker(entity: e), e)
        }
        let phrase = context.text.string(context.range(start...range.upperBound))
        return (Speaker(name: phrase, entity: nil, type: nil), nil)
    }

    // MARK: - What is a quotation

    /// The words of a candidate that the quotation rules read.
    private struct Shape {
        var words = 0
        var titleCase = false
        var sentenceLike = false
    }

    private func shape(_ i: Int) -> Shape {
        let c = candidates[i]
        let open = openToken[i], close = closeToken[i]
        var words = 0, capitalized = 0
        var k = open + 1
        let end = close >= 0 ? close : lastToken(ofParagraph: open)
        while k < end && k < tokens.count {
            if tokens[k].kind == .word {
                words += 1
                if tokens[k].isCapitalized || tokens[k].lex.contains(.minorWord) { capitalized += 1 }
            }
            k += 1
        }
        return Shape(words: words,
                     titleCase: capitalized == words && words <= 8 || c.paragraph < 0 && capitalized * 10 >= words * 6,
                     sentenceLike: words > 0 && endsSentence(c) && tokens[open + 1].isCapitalized)
    }

    /// Whether candidate `i` is a quotation, and the rule that decided (`QuotationRule`, in order).
    private func quotation(_ i: Int, _ f: Found) -> (Bool, QuotationRule) {
        let s = shape(i)
        for rule in QuotationRule.allCases {
            if let verdict = verdict(rule, i, f, s) { return (verdict, rule) }
        }
        return (false, .sentenceOrCue)
    }

    /// What `rule` says of candidate `i` with speaker `f`, or nil when it does not apply.
    private func verdict(_ rule: QuotationRule, _ i: Int, _ f: Found, _ s: Shape) -> Bool? {
        let c = candidates[i]
        let open = openToken[i], close = closeToken[i]
        let words = s.words
        switch rule {
        case .noWords:
            return words == 0 ? false : nil
        case .markup:
            // `tweet-author="@someone"`: the value of an attribute of markup left in the text.
            return open > 0 && tokens[open - 1].isPunctuation("=") ? false : nil
        case .nicknameInAName:
            if open > 0, close >= 0, close + 1 < tokens.count, tokens[open - 1].kind == .word, tokens[open - 1].isCapitalized,
               tokens[close + 1].kind == .word, tokens[close + 1].isCapitalized, words <= 2 {
                return false
            }
            return nil
        case .nameIntroduced:
            // (A verb that names, such as "called" or "dubbed", is left to the rule of names given when it is the
            // quote's own cue: "what one strategist dubbed “the yuca primary”".)
            if open > 0 && tokens[open - 1].kind == .word && tokens.keyLex(open - 1).contains(.namingWord) && words <= 6
                && !(f.direct && f.cue.map { context.text.string($0).lowercased() != tokens.key(open - 1) } == true)
                && !(f.direct && tokens.keyLex(open - 1).contains(.cueVerb) && !tokens.keyLex(open - 1).contains(.quotingVerb)
                     && f.cue.map { context.text.string($0).lowercased() == tokens.key(open - 1) } == true) {
                return false
            }
            return nil
        case .knownAs:
            return open > 1 && tokens.keyIs(open - 1, .`as`) && tokens.keyIs(open - 2, .known) ? false : nil
        case .titleOfAWork:
            // "headlined “…”", and a title in title case after a work or an owner: "his book “The Long Tide”",
            // "NBC's “Meet the Press”".
            return isTitled(open) || s.titleCase && (afterWorkNoun(open) || open > 0 && tokens[open - 1].kind == .possessive)
                ? false : nil
        case .termInTheWritersSentence:
            // "nothing generic about a “fresh, wild-caught fillet”", "the classic “teens in the woods” plot": a
            // term inside the writer's noun phrase, with no cue of its own.
            // (It starts as a noun phrase does, not with a preposition: "makes her “by definition a good person”".)
            guard !c.continues, !f.direct, close >= 0, open > 0, open + 1 < tokens.count, tokens[open + 1].kind == .word,
                  !tokens[open + 1].isCapitalized, !tokens.keyLex(open + 1).contains(.clauseWord) else { return nil }
            var k = open - 1
            // One adjective between the determiner and the term, when a noun follows the term ("the classic
            // “teens in the woods” plot"; not "his team “just quietly deciding”").
            if tokens[k].kind == .word && !tokens[k].isCapitalized && !tokens[k].lex.contains(.determiner)
                && !tokens.keyLex(k).contains(.clauseWord) && k > 0 && tokens[k - 1].kind == .word
                && tokens[k - 1].lex.contains(.determiner) && close + 1 < tokens.count && tokens[close + 1].kind == .word
                && !tokens[close + 1].isCapitalized && !tokens.keyLex(close + 1).contains(.clauseWord) {
                k -= 1
            }
            // ("her" is also an object: "makes her “…”".)
            let ambiguous = tokens.keyLex(k).contains(.objectPronoun) && tokens.keyLex(k).contains(.feminine)
            return tokens[k].kind == .word && tokens[k].lex.contains(.determiner) && !tokens.keyLex(k).contains(.clauseWord)
                && !ambiguous ? false : nil
        case .epithetAfterAName:
            if !f.direct && open > 1 && tokens[open - 1].isPunctuation(",") && context.mention(atToken: open - 2) >= 0
                && open + 1 < tokens.count && !tokens[open + 1].isCapitalized && close >= 0 && close + 1 < tokens.count
                && (tokens[close + 1].isPunctuation(",") || tokens[close - 1].isPunctuation(",")) {
                return false
            }
            return nil
        case .continuedQuotation:
            return c.continues ? true : nil
        case .headline:
            // In a headline every word is capitalised: only a quote with its cue counts.
            return c.paragraph < 0 ? f.direct && f.personLike && !s.titleCase : nil
        case .titleCase:
            return s.titleCase && !(f.direct && f.adjacent && (words <= 1 || s.sentenceLike)) ? false : nil
        case .nameGiven:
            // "Locals call the bridge “the harp”": a name (definite or capitalised) that people in general give; what
            // someone in particular calls a thing is a quote ("Ruiz called the plan “a disaster”", "what one
            // strategist dubbed “the yuca primary”"); "calls for" is no naming at all.
            let v = f.cueToken
            guard words <= 3, f.cue != nil, v >= 0, f.form != .quotedAsSaying else { return nil }
            guard tokens.key(v).hasPrefix("call") || tokens.keyLex(v).contains(.namingWord),
                  !(v + 1 < tokens.count && tokens.keyIs(v + 1, .`for`)) else { return nil }
            let name = tokens.keyIs(open + 1, .the) || tokens.keyIs(open - 1, .the) || tokens[open + 1].isCapitalized
            // ("the crews call it the “slip”": the plain present is a habit of people, as a bare plural is.)
            return (f.generalNamer || tokens.keyIs(v, .call)) && name ? false : nil
        case .shortFragment:
            // A short fragment is a partial quote only when someone is said to have said it (not "it" that
            // points at nothing: "not the “jobs machine” it thinks it is").
            return words <= 3 && !s.sentenceLike ? f.direct && f.personLike && !f.vague : nil
        case .sentenceOrCue:
            return f.direct || words >= 4 || s.sentenceLike && (f.speaker != nil || f.mention != nil)
        }
    }

    /// Whether a work noun stands just before the quote opening at `open` ("his book “…”", "his 2012 book,
    /// “…”", "the film “…”").
    private func afterWorkNoun(_ open: Int) -> Bool {
        var k = open - 1
        if k >= 0 && tokens[k].isPunctuation(",") { k -= 1 }
        return k >= 0 && tokens[k].kind == .word && !tokens.keyLex(k).isDisjoint(with: Self.workNouns)
    }

    private static var workNouns: Lex { Lex(rawValue: Lex.workNoun.rawValue | Lex.namingWord.rawValue) }

    /// Whether the quote opening at `open` follows "headlined", "titled" or "entitled", directly or after an
    /// earlier title and "and"/"or".
    private func isTitled(_ open: Int) -> Bool {
        var k = open - 1
        while k >= 0 && tokens.sameParagraph(k, open) && open - k < 40 {
            if tokens[k].kind == .word && tokens.keyLex(k).contains(.titleIntroducer) { return true }
            // `... "First title" and "Second"`: step back over the joining word and the earlier title.
            guard tokens[k].kind == .word && (tokens.keyIs(k, .and) || tokens.keyIs(k, .or)),
                  k > 0, tokens[k - 1].kind == .quoteMark, !tokens[k - 1].opensQuote else { return false }
            var j = k - 2
            while j >= 0 && !(tokens[j].kind == .quoteMark && tokens[j].opensQuote) && open - j < 40 { j -= 1 }
            guard j > 0 else { return false }
            k = j - 1
        }
        return false
    }

    private func endsInQuestionOrExclamation(_ c: QuoteCandidate) -> Bool {
        guard let last = context.text.bytes[c.content.start..<c.content.end].last(where: { $0 != UInt8(ascii: ",") }) else { return false }
        return last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
    }

    private func endsSentence(_ c: QuoteCandidate) -> Bool {
        guard let last = context.text.bytes[c.content.start..<c.content.end].last else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
    }

    private func lastToken(ofParagraph k: Int) -> Int {
        var e = k
        while e + 1 < tokens.count && e - k < 400 && !tokens[e + 1].beginsParagraph { e += 1 }
        return e + 1
    }

    private func kind(_ i: Int) -> QuoteKind {
        let open = openToken[i]
        let c = candidates[i]
        let first = open + 1 < tokens.count ? tokens[open + 1] : tokens[open]
        let startsSentence = opensParagraph(open) || first.startsSentence
            || open > 0 && (tokens[open - 1].isPunctuation(":") || tokens[open - 1].isPunctuation(","))
        if startsSentence && (first.isCapitalized || first.kind == .number) { return .full }
        if endsSentence(c) && first.isCapitalized { return .full }
        return c.continues ? .full : .partial
    }
}
