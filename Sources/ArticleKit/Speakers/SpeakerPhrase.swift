/// The words an attribution points at as the speaker, and what kind of words they are.
enum SpeakerPhrase: Sendable {
    /// A name: the index of its mention.
    case name(mention: Int)
    /// A personal pronoun ("he", "she", "they", "I"): its token.
    case pronoun(token: Int)
    /// A description ("the Russian leader", "a State Department official", "analysts"): its tokens and the
    /// token of its head noun.
    case description(tokens: ClosedRange<Int>, head: Int)
}

/// Reading the speaker phrase next to a reporting verb, before it ("Kerry said", "Chris Weston, chief market
/// strategist at IG, said") or after it ("said Kerry", "said the economist Ana Ruiz").
struct SpeakerPhraseReader {
    let context: AnalysisContext
    var tokens: TokenList { context.tokens }


    private static var speakerHeads: Lex { Lex(rawValue: Lex.roleNoun.rawValue | Lex.organizationNoun.rawValue | Lex.sourceNoun.rawValue) }

    /// Whether a noun can head the description of someone who speaks ("spokesman", "ministry", "analysts").
    static func canHeadSpeaker(_ key: String) -> Bool {
        if !Lexicon.flags(key).isDisjoint(with: speakerHeads) { return true }
        for suffix in WordEndings.speakerHead where key.hasSuffix(suffix) && key.count > suffix.count + 2 {
            return true
        }
        return false
    }

    /// The phrase that ends just before token `verb`, not reaching before `low`.
    /// With `strict` false (a phrase right after a quote and before its verb) any noun may head a description.
    /// With `anyNounOpeningAClause` false, a description needs a noun that can head a speaker's description even
    /// at the start of a clause ("The scheduling was so odd" does not speak).
    func before(_ verb: Int, low: Int, strict: Bool = true, anyNounOpeningAClause: Bool = true) -> (SpeakerPhrase, ClosedRange<Int>)? {
        var j = verb - 1
        // A passive ("she was warned that"): the subject is not the speaker.
        if j >= low, tokens[j].kind == .word, tokens.keyLex(j).contains(.passiveAuxiliary),
           tokens.key(verb).hasSuffix("ed") || ["told", "written"].contains(tokens.key(verb)) {
            return nil
        }
        while j >= low && tokens[j].kind == .word
                && (!tokens[j].isCapitalized && (tokens[j].lex.contains(.betweenSubjectAndVerb)
                    || tokens.key(j).hasSuffix("ly") && tokens.key(j).count > 4)
                    || tokens.keyLex(j).contains(.timeWord) && j > low && !tokens[j].beginsSentence) {
            j -= 1
        }
        guard j >= low else { return nil }
        // A participle after a comma ("..., complaining that", "before saying"), an infinitive ("went so far as
        // to say") or a second verb ("did not mention ..., but told"): the subject of the sentence.
        let participle = tokens.key(verb).hasSuffix("ing")
        if participle && (tokens[j].isPunctuation(",") || tokens.keyLex(j).contains(.participleLead))
            || tokens.keyIs(j, .to) || ["but", "and"].contains(tokens.key(j)) {
            return sentenceSubject(low: low, before: j)
        }
        // A participle after the object of the sentence's verb ("emailed supporters saying", "posted to Twitter
        // asking", "issued a statement saying"): the subject of the sentence, when it has one; a sign or a
        // banner says its own words ("held up a sign saying").
        if participle && tokens[j].kind == .word && !tokens.keyLex(j).contains(.pronoun) {
            if let with = subjectAfterWith(j, low: low) {
                let m = context.mention(atToken: j)
                if m >= 0 && context.mentions[m].tokens.lowerBound == with + 1 {
                    return (.name(mention: m), with + 1...j)
                }
                return (.description(tokens: with + 1...j, head: j), with + 1...j)
            }
            if tokens.keyLex(j).contains(.namingWord) && !tokens[j].isCapitalized {
                return (.description(tokens: descriptionStart(j, low: low)...j, head: j),
                        descriptionStart(j, low: low)...j)
            }
            if let found = sentenceSubject(low: low, before: j), found.1.upperBound < j { return found }
        }
        // A parenthesis after a name: "Sen. Ana Ruiz (D-Ohio) said".
        if tokens[j].isPunctuation(")") {
            var p = j - 1
            while p >= low && !tokens[p].isPunctuation("(") && j - p < 12 { p -= 1 }
            guard p > low, tokens[p].isPunctuation("(") else { return nil }
            j = p - 1
        }
        // An appositive between commas: "Chris Weston, chief market strategist at IG, said", or a name after a
        // description: "The party's health spokeswoman, Eleanor Scott, said".
        if tokens[j].isPunctuation(",") {
            // (A title in quotation marks may be part of the appositive: "Ana Ruiz, author of “Tides,” said".)
            var p = j - 1
            while p >= low && !(tokens[p].isPunctuation(",") && !tokens[p].isQuoted) && j - p < 30
                    && (tokens[p].kind != .quoteMark || p > low && isTitleInAppositive(p)) {
                p -= 1
            }
            guard p > low, tokens[p].isPunctuation(",") else { return nil }
            let inner = context.mention(atToken: j - 1)
            if inner >= 0 && context.mentions[inner].tokens.lowerBound == p + 1
                && context.mentions[inner].tokens.upperBound == j && context.mentions[inner].hint != .place {
                return (.name(mention: inner), p + 1...j - 1)
            }
            j = p - 1
            if tokens[j].isPunctuation(")") {
                var q = j - 1
                while q >= low && !tokens[q].isPunctuation("(") && j - q < 12 { q -= 1 }
                guard q > low else { return nil }
                j = q - 1
            }
        }
        guard j >= low else { return nil }
        let t = tokens[j]
        if context.mention(atToken: j) >= 0 {
            let m = context.mention(atToken: j)
            let mention = context.mentions[m]
            // "Economist Wendy Smith of the brokerage Acme Inc said": the person before "of" speaks.
            if mention.hint == .organization || mention.hint == .place || context.entity(atToken: j) >= 0
                && context.info[context.entity(atToken: j)].type != .person {
                var k = mention.tokens.lowerBound - 1
                while k > low && mention.tokens.lowerBound - k < 5 && tokens[k].kind == .word && !tokens[k].isCapitalized
                        && !tokens.keyLex(k).contains(.possessorPreposition) { k -= 1 }
                if k > low && tokens.keyLex(k).contains(.possessorPreposition) {
                    let p = context.mention(atToken: k - 1)
                    if p >= 0, context.mentions[p].hint == .person || context.entity(atToken: k - 1) >= 0
                        && context.info[context.entity(atToken: k - 1)].type == .person {
                        let person = context.mentions[p]
                        return (.name(mention: p), person.tokens.lowerBound...person.tokens.upperBound - 1)
                    }
                }
            }
            return (.name(mention: m), mention.tokens.lowerBound...mention.tokens.upperBound - 1)
        }
        if t.kind == .word, tokens.keyLex(j).contains(.pronoun), !tokens.keyLex(j).contains(.objectPronoun) {
            return (.pronoun(token: j), j...j)
        }
        if t.kind == .possessive { return nil }
        if t.kind == .word && t.isCapitalized && !tokens.keyLex(j).contains(.sentenceStarter) {
            // Capitalised words that are not a known name: the phrase as written.
            var s = j
            while s - 1 >= low && j - s < 5 && tokens[s - 1].kind == .word && tokens[s - 1].isCapitalized { s -= 1 }
            return (.description(tokens: s...j, head: j), s...j)
        }
        // (A word that is also a verb of speech is a noun after a determiner: "the harbour report concluded".)
        let afterDeterminer = j > low && tokens[j - 1].kind == .word && tokens[j - 1].lex.contains(.determiner)
            || t.lex.contains(.sourceNoun) && tokens[descriptionStart(j, low: low)].lex.contains(.determiner)
        if t.kind == .word && !t.isCapitalized && !t.lex.contains(.clauseWord)
            && (!t.lex.contains(.cueVerb) || afterDeterminer) && !tokens.keyLex(j).contains(.comparative) {
            // A description: back to its determiner.
            let s = descriptionStart(j, low: low)
            if !strict || Self.canHeadSpeaker(tokens.key(j)) || anyNounOpeningAClause && opensClause(s, low: low) {
                return (.description(tokens: s...j, head: j), s...j)
            }
        }
        return nil
    }

    /// Whether the quotation mark at `k` belongs to a short title ("author of “Tides,”"): a quote of at most
    /// six words, whose first word is capitalised.
    private func isTitleInAppositive(_ k: Int) -> Bool {
        var open = k
        if !tokens[k].opensQuote {
            open = k - 1
            while open >= 0 && k - open <= 8 && tokens[open].kind != .quoteMark { open -= 1 }
            guard open >= 0, tokens[open].kind == .quoteMark, tokens[open].opensQuote else { return false }
        }
        return open + 1 < tokens.count && tokens[open + 1].isCapitalized
    }

    /// The "with" before the phrase ending at `end`, as the subject of a participle follows it ("with one of her
    /// ads asking", "with Trump yelling"), or nil.
    private func subjectAfterWith(_ end: Int, low: Int) -> Int? {
        var k = end
        while k > low && end - k < 8 {
            k -= 1
            if tokens[k].kind == .word && tokens.keyIs(k, .with) { return k < end ? k : nil }
            if tokens[k].kind != .word && tokens[k].kind != .possessive || tokens.keyLex(k).contains(.cueVerb)
                || tokens.keyLex(k).contains(.clauseWord) && !tokens.keyIs(k, .of) {
                return nil
            }
        }
        return nil
    }

    /// The first token of a description whose head noun is `head`: back to its determiner.
    private func descriptionStart(_ head: Int, low: Int) -> Int {
        var s = head
        while s - 1 >= low && head - s < 7 {
            let p = tokens[s - 1]
            if p.kind == .word && p.lex.contains(.determiner) { s -= 1; break }
            if p.kind == .possessive { s -= 1; continue }
            if p.kind == .word && !p.lex.contains(.clauseWord) && !p.lex.contains(.cueVerb)
                && !tokens.keyLex(s - 1).contains(.pronoun) {
                s -= 1; continue
            }
            break
        }
        return s
    }

    /// Whether the description `start...` is a whole subject: it starts with a determiner ("the former pollster",
    /// "another commenter", "one employee") at the start of a clause, so that whatever its noun, it is what
    /// speaks ("Officials this week said" is not one).
    private func opensClause(_ start: Int, low: Int) -> Bool {
        let d = tokens.keyLex(start)
        guard tokens[start].kind == .word, d.contains(.determiner), !d.contains(.nonDeterminer) || tokens.keyIs(start, .one)
        else { return false }
        if start == low || tokens[start].beginsSentence { return true }
        let p = tokens[start - 1]
        if p.kind == .punctuation { return !p.isPunctuation("-") }
        // After a conjunction or a wh-word ("what one pilot has dubbed").
        let key = tokens.key(start - 1)
        return p.kind == .word && !p.isCapitalized
            && (!tokens.keyLex(start - 1).isDisjoint(with: Lex(rawValue: Lex.clauseStarter.rawValue | Lex.clauseOpener.rawValue))
                || key.hasPrefix("wh") && tokens.keyLex(start - 1).contains(.clauseWord))
    }

    /// The subject at the start of the clause that ends before `end`: its first name, pronoun or description.
    func sentenceSubject(low: Int, before end: Int) -> (SpeakerPhrase, ClosedRange<Int>)? {
        func subject(at start: Int) -> (SpeakerPhrase, ClosedRange<Int>)? {
            var k = start
            while k < end && tokens[k].kind == .word && tokens.keyLex(k).contains(.clauseOpener) { k += 1 }
            guard k < end else { return nil }
            // A title before the name: "Mayor Ines Calvo".
            var n = k
            while n + 1 < end && n - k < 3 && context.mention(atToken: n) < 0 && tokens[n].kind == .word && tokens[n].isCapitalized { n += 1 }
            if context.mention(atToken: n) >= 0 {
                var m = context.mention(atToken: n)
                // A place or an organisation before a title and a name is where the person is from or works:
                // "New Jersey Gov. Chris Christie", "Snopes fact checker and staff writer David Emery".
                let e = context.entity(atToken: n)
                if context.mentions[m].hint == .place || context.mentions[m].hint == .organization
                    || e >= 0 && context.info[e].type != .person {
                    var j = context.mentions[m].tokens.upperBound
                    while j < end && j - context.mentions[m].tokens.upperBound < 7 && context.mention(atToken: j) < 0
                            && tokens[j].kind == .word && !tokens.keyLex(j).contains(.cueVerb) && !tokens.keyLex(j).contains(.clauseVerb)
                            && (!tokens.keyLex(j).contains(.clauseWord) || tokens.keyIs(j, .and)) {
                        j += 1
                    }
                    let p = j < end ? context.mention(atToken: j) : -1
                    if j > context.mentions[m].tokens.upperBound, p >= 0,
                       context.mentions[p].hint == .person || context.entity(atToken: j) >= 0 && context.info[context.entity(atToken: j)].type == .person {
                        m = p
                    }
                }
                let mention = context.mentions[m]
                return (.name(mention: m), mention.tokens.lowerBound...mention.tokens.upperBound - 1)
            }
            if tokens[k].kind == .word, let p = Lexicon.pronounKind(tokens.keyLex(k)), p == .male || p == .female || p == .plural {
                return (.pronoun(token: k), k...k)
            }
            return nil
        }
        // A sentence that opens with a clause of its own ("When Wallace died in 1998, President Clinton ..."):
        // the subject follows its comma.
        let subordinate = tokens[low].kind == .word && tokens.keyLex(low).contains(.clauseStarter)
            && !tokens.keyLex(low).contains(.clauseOpener)
        if !subordinate, let found = subject(at: low) { return found }
        // After an introductory phrase ending in a comma ("However, ...", "In 2012, ...").
        guard let comma = (low..<end).first(where: { tokens[$0].isPunctuation(",") }), comma - low <= (subordinate ? 12 : 6),
              comma + 1 < end else {
            return nil
        }
        return subject(at: comma + 1)
    }

    /// The phrase that starts just after token `verb`, not reaching past `high`.
    func after(_ verb: Int, high: Int) -> (SpeakerPhrase, ClosedRange<Int>)? {
        guard let found = afterPhrase(verb, high: high) else { return nil }
        let next = found.1.upperBound + 1
        // An auxiliary or modal after it: the phrase is the subject of a reported clause ("said the candidate
        // could win"), not the speaker.
        if next < tokens.count && tokens[next].kind == .word && tokens.keyLex(next).contains(.clauseVerb) { return nil }
        return found
    }

    private func afterPhrase(_ verb: Int, high: Int) -> (SpeakerPhrase, ClosedRange<Int>)? {
        var j = verb + 1
        while j <= high && tokens[j].kind == .word && tokens.keyLex(j).contains(.timeWord) { j += 1 }
        guard j <= high else { return nil }
        let t = tokens[j]
        // "said his campaign manager, Jo Lin": a possessive before a noun starts a description.
        let possessive = t.kind == .word && tokens.keyLex(j).contains(.determiner) && j + 1 <= high && tokens[j + 1].kind == .word
            && !tokens.keyLex(j + 1).contains(.clauseWord) && !tokens.keyLex(j + 1).contains(.cueVerb)
        if !possessive, t.kind == .word, let p = Lexicon.pronounKind(tokens.keyLex(j)), p != .neuter || tokens.keyIs(j, .it) {
            if tokens.keyLex(j).contains(.objectPronoun) { return nil }
            return (.pronoun(token: j), j...j)
        }
        // Titles before a name: "said Sen. John Smith", "said Defense Secretary Chuck Hagel".
        var k = j
        while k <= high && k - j < 5 && context.mention(atToken: k) < 0 && tokens[k].kind == .word && tokens[k].isCapitalized {
            k += 1
        }
        if k <= high && context.mention(atToken: k) >= 0 {
            let m = context.mention(atToken: k)
            let mention = context.mentions[m]
            return (.name(mention: m), mention.tokens.lowerBound...mention.tokens.upperBound - 1)
        }
        guard t.kind == .word, !t.isCapitalized || t.lex.contains(.determiner) else { return nil }
        // A description, possibly ending in a name: "the economist Ana Ruiz", "a spokesman for the ministry".
        var e = j
        var head = j
        var passedPreposition = false
        while e + 1 <= high && e - j < 10 {
            let n = tokens[e + 1]
            if context.mention(atToken: e + 1) >= 0 {
                let m = context.mention(atToken: e + 1)
                let mention = context.mentions[m]
                let headKey = tokens.key(head)
                if (tokens.keyLex(head).contains(.roleNoun) || e == head && !tokens[j].lex.contains(.determiner)) && !tokens.keyLex(e).contains(.possessorPreposition)
                    && context.mentions[m].hint != .organization && context.mentions[m].hint != .place {
                    // "the economist Ana Ruiz": the name is the speaker.
                    return (.name(mention: m), mention.tokens.lowerBound...mention.tokens.upperBound - 1)
                }
                e = mention.tokens.upperBound - 1
                continue
            }
            // (A word that is also a verb of speech is a noun after a determiner or as a source: "read the
            // email", "the explanatory notes".)
            if n.kind == .word && !n.isCapitalized && !n.lex.contains(.clauseWord)
                && (!n.lex.contains(.cueVerb) || tokens[e].lex.contains(.determiner) || n.lex.contains(.sourceNoun))
                && !tokens.keyLex(e + 1).contains(.clauseVerb) {
                e += 1
                if !passedPreposition && !n.lex.contains(.determiner) { head = e }
                continue
            }
            if n.kind == .word && tokens.keyLex(e + 1).contains(.possessorPreposition) && e + 2 <= high
                && (context.mention(atToken: e + 2) >= 0 || tokens[e + 2].kind == .word && tokens[e + 2].lex.contains(.determiner)) {
                e += 1; passedPreposition = true; continue
            }
            if n.kind == .possessive { e += 1; continue }
            if n.kind == .word && n.isCapitalized { e += 1; continue }
            // A number inside a description: "the No 10 policy unit", "the 57-year-old scientist".
            if n.kind == .number && e + 2 <= high && tokens[e + 2].kind == .word && !tokens.keyLex(e + 2).contains(.clauseWord) {
                e += 1; continue
            }
            break
        }
        // "said another", "read one": a determiner that stands for someone on its own.
        if e == j && (tokens.keyIs(j, .another) || tokens.keyIs(j, .one)) {
            return (.description(tokens: j...j, head: j), j...j)
        }
        if tokens[e].lex.contains(.determiner) || tokens.keyIs(e, .of) || tokens.keyIs(e, .`for`) { return nil }
        // "said his campaign manager, Jo Lin,": the name between commas after a description of a person.
        if e + 2 <= high, tokens[e + 1].isPunctuation(","), tokens.keyLex(head).contains(.roleNoun) || Self.canHeadSpeaker(tokens.key(head)) {
            let m = context.mention(atToken: e + 2)
            if m >= 0, context.mentions[m].tokens.lowerBound == e + 2, context.mentions[m].hint != .organization,
               context.mentions[m].hint != .place {
                let mention = context.mentions[m]
                return (.name(mention: m), mention.tokens.lowerBound...mention.tokens.upperBound - 1)
            }
        }
        return (.description(tokens: j...e, head: head), j...e)
    }
}
