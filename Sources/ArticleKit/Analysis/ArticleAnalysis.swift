extension Article {
    /// Analyses `text`: structure, sentences, quotes with their speakers, entities.
    ///
    /// Pure and deterministic; the cost grows linearly with the length of the text.
    public init(analyzing text: SourceText, warnings: [String] = []) {
        let analysis = ArticleAnalysis.run(text)
        self.init(text: text, title: analysis.structure.title, paragraphs: analysis.structure.paragraphs,
                  sections: analysis.structure.sections, sentences: analysis.sentences, quotes: analysis.quotes,
                  entities: analysis.entities, warnings: warnings)
    }

    /// Analyses a string (tests, generated text).
    public init(analyzing string: String) {
        self.init(analyzing: SourceText(string))
    }
}

/// The analysis pipeline, as named passes run in order: structure, quotation marks, tokens and sentences,
/// quoted tokens, names, entities, quotes and speakers, and the order of the entities. The structure is a pass
/// of its own, which a reader of markup replaces with the structure its markup states (`run(_:structure:)`).
enum ArticleAnalysis {
    struct Output {
        var structure: ArticleStructure
        var sentences: [TextRange]
        var quotes: [Quote]
        var entities: [Entity]
        /// The tokens and name mentions the entities were built from (for tests that ask which rule decided).
        var tokens: TokenList
        var mentions: [NameMention]
        /// What was decided of each quote candidate, and by which rules (for tests that ask).
        var quoteDecisions: [QuoteDecision]
    }

    /// The paragraph number used for the title's tokens.
    static let titleParagraph = -1

    /// Analyses plain text: its structure is found in its lines (`StructureParser`).
    static func run(_ text: SourceText) -> Output {
        run(text, structure: findStructure(text))
    }

    /// Analyses text whose structure is known: the passes after the structure, in order. A reader of markup
    /// gives the structure its markup states (paragraph kinds given, not guessed) and runs the same passes.
    static func run(_ text: SourceText, structure: ArticleStructure) -> Output {
        let quotation = pairQuotationMarks(text, structure)
        var (tokens, sentences) = tokenize(text, structure, marks: quotation.marks)
        let (openToken, closeToken) = markQuoted(&tokens, quotation.candidates)
        let names = findNames(text, &tokens)
        let built = EntityBuilder.build(names.mentions, names.evidence, tokens: tokens, text: text, evidence: names.nameEvidence)
        let quoteDecisions = attributeQuotes(text, tokens, names.mentions, built, quotation.candidates, openToken,
                                             closeToken, paragraphKinds: structure.paragraphs.map(\.kind))
        var quotes = quoteDecisions.compactMap(\.quote)
        let entities = orderEntities(built.entities, speakersOf: &quotes)
        return Output(structure: structure, sentences: sentences, quotes: quotes, entities: entities, tokens: tokens,
                      mentions: names.mentions, quoteDecisions: quoteDecisions)
    }

    // MARK: - The passes

    /// Structure: title, paragraphs and their kinds (page furniture told from the text), sections.
    static func findStructure(_ text: SourceText) -> ArticleStructure {
        StructureParser.parse(text)
    }

    /// The paragraphs whose quotation marks are paired and whose tokens are analysed for quotes.
    static func isQuoted(_ kind: ParagraphKind) -> Bool { kind == .body || kind == .listItem }

    /// Quotation marks: the style the article quotes with, and the marks paired paragraph by paragraph into
    /// quote candidates (the title's too, so that its marks are not taken for apostrophes).
    static func pairQuotationMarks(_ text: SourceText, _ structure: ArticleStructure)
        -> (candidates: [QuoteCandidate], marks: [(range: TextRange, opens: Bool)]) {
        let paragraphs = structure.paragraphs
        var doubleMarks = 0, singleMarks = 0
        for p in paragraphs where isQuoted(p.kind) {
            doubleMarks += QuoteMarkScanner.marks(text, p.range, style: .double).count
            if doubleMarks >= 2 { break }
        }
        if doubleMarks < 2 {
            for p in paragraphs where isQuoted(p.kind) {
                singleMarks += QuoteMarkScanner.marks(text, p.range, style: .single).count
            }
        }
        let style: QuoteMarkScanner.Style = doubleMarks < 2 && singleMarks >= 2 ? .single : .double
        var pairer = QuotePairer()
        if let title = structure.title {
            let titleStyle: QuoteMarkScanner.Style =
                QuoteMarkScanner.marks(text, title, style: .double).isEmpty ? .single : .double
            pairer.pair(text, paragraph: titleParagraph, range: title,
                        marks: QuoteMarkScanner.marks(text, title, style: titleStyle))
            pairer.breakChain()
        }
        for (index, p) in paragraphs.enumerated() {
            if isQuoted(p.kind) {
                pairer.pair(text, paragraph: index, range: p.range, marks: QuoteMarkScanner.marks(text, p.range, style: style))
            } else {
                pairer.breakChain()
            }
        }
        return (pairer.candidates, pairer.markRoles.sorted { $0.range.start < $1.range.start })
    }

    /// Tokens and sentences of the title and of every paragraph that is text, a heading or a caption (not
    /// boilerplate, bylines or datelines). The sentences of headings and captions are split but not kept; the
    /// title, headings and lines in capitals or title case are marked as headlines (their capitals are no
    /// evidence of names).
    static func tokenize(_ text: SourceText, _ structure: ArticleStructure, marks: [(range: TextRange, opens: Bool)])
        -> (tokens: TokenList, sentences: [TextRange]) {
        let paragraphs = structure.paragraphs
        var tokens = TokenList(textLength: text.count)
        var sentences: [TextRange] = []
        var unkept: [TextRange] = []
        func addTokens(_ range: TextRange, paragraph: Int, isHeadline: Bool, keepSentences: Bool) {
            let first = tokens.count
            Tokenizer.tokenize(text, range, marks: marks, into: &tokens)
            tokens.endParagraph(paragraph, tokens: first..<tokens.count)
            if keepSentences {
                SentenceSplitter.split(&tokens, first..<tokens.count, into: &sentences)
            } else {
                unkept.removeAll(keepingCapacity: true)
                SentenceSplitter.split(&tokens, first..<tokens.count, into: &unkept)
            }
            var allCaps = isHeadline
            if !allCaps {
                // All capitals, or title case in a short line (a list of titles, a caption).
                var words = 0, caps = 0, capitalized = 0
                for k in first..<tokens.count where tokens.kind(k) == .word {
                    let t = tokens[k]
                    words += 1
                    if t.isAllCaps { caps += 1 }
                    if t.isCapitalized || t.lex.contains(.minorWord) { capitalized += 1 }
                }
                let last = tokens.count > first ? tokens[tokens.count - 1] : nil
                let endsSentence = last.map { $0.kind == .punctuation && ($0.character == "." || $0.character == "?" || $0.character == "!") } ?? false
                allCaps = words >= 3 && caps * 10 >= words * 8
                    || words >= 2 && words <= 12 && capitalized * 10 >= words * 8 && paragraph >= 0
                        && paragraphs[paragraph].kind != .body && tokens.kind(first) != .number
                    || words >= 4 && words <= 30 && capitalized * 4 >= words * 3 && !endsSentence
                        && tokens.kind(first) != .number
            }
            if allCaps { tokens.insert(.headline, in: first..<tokens.count) }
        }
        if let title = structure.title { addTokens(title, paragraph: titleParagraph, isHeadline: true, keepSentences: false) }
        for (index, p) in paragraphs.enumerated() {
            switch p.kind {
            case .body, .listItem:
                addTokens(p.range, paragraph: index, isHeadline: false, keepSentences: p.kind == .body)
            case .heading:
                addTokens(p.range, paragraph: index, isHeadline: true, keepSentences: false)
            case .caption, .boilerplate, .byline, .dateline:
                break
            }
        }
        return (tokens, sentences)
    }

    /// Names: the mentions of names in the tokens (each token of one marked `inName`), with the evidence of
    /// the article that typing and merging weigh.
    static func findNames(_ text: SourceText, _ tokens: inout TokenList)
        -> (mentions: [NameMention], evidence: MentionEvidence, nameEvidence: NameEvidence) {
        let nameEvidence = NameEvidence(tokens)
        let found = MentionFinder(text: text, tokens: tokens, evidence: nameEvidence).find()
        for m in found.mentions { tokens.insert(.inName, in: m.tokens) }
        return (found.mentions, found.evidence, nameEvidence)
    }

    /// Quotes and speakers: for each candidate, whether it is a quotation, its cue and speaker, and the rules
    /// that decided (`paragraphKinds` lets page furniture between paragraphs be passed over).
    static func attributeQuotes(_ text: SourceText, _ tokens: TokenList, _ mentions: [NameMention],
                                _ built: EntityBuilder.Result, _ candidates: [QuoteCandidate],
                                _ openToken: [Int], _ closeToken: [Int], paragraphKinds: [ParagraphKind]) -> [QuoteDecision] {
        let context = AnalysisContext(text: text, tokens: tokens, mentions: mentions, mentionEntity: built.mentionEntity,
                                      entities: built.entities, info: built.info, paragraphKinds: paragraphKinds)
        return QuoteAttributor(context: context, candidates: candidates, openToken: openToken,
                               closeToken: closeToken).decisions()
    }

    /// The entities, most mentioned first (then by first mention); the speakers' entity numbers follow the new
    /// order.
    static func orderEntities(_ built: [Entity], speakersOf quotes: inout [Quote]) -> [Entity] {
        let order = built.indices.sorted { a, b in
            let ca = built[a].mentions.count, cb = built[b].mentions.count
            return ca != cb ? ca > cb : built[a].mentions[0].start < built[b].mentions[0].start
        }
        var newIndex = [Int](repeating: 0, count: order.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        for i in quotes.indices {
            if let e = quotes[i].speaker?.entity { quotes[i].speaker?.entity = newIndex[e] }
        }
        return order.map { built[$0] }
    }

    /// Marks the tokens inside each quote candidate (`quoted`) and returns, for each candidate, the token of its
    /// opening and of its closing mark (-1 when none). (A function of its own, so that the loop reads the token
    /// list directly rather than through the capture of `run`'s nested function.)
    private static func markQuoted(_ tokens: inout TokenList, _ candidates: [QuoteCandidate]) -> (open: [Int], close: [Int]) {
        var openToken = [Int](repeating: -1, count: candidates.count)
        var closeToken = [Int](repeating: -1, count: candidates.count)
        var c = 0
        var k = 0
        while k < tokens.count {
            if c == candidates.count { break }   // past the last quote: no token after this one is in one
            // Tokens before the next quote's opening mark (and before its content ends) change nothing: they are
            // passed over reading only their start.
            let quiet = min(candidates[c].open.start, candidates[c].content.end)
            if tokens.start(k) < quiet {
                k += 1
                while k < tokens.count && tokens.start(k) < quiet { k += 1 }
                continue
            }
            let r = tokens.range(k)
            while c < candidates.count && candidates[c].content.end <= r.start
                    && (candidates[c].close.map { $0.end <= r.start } ?? true) { c += 1 }
            var j = c
            while j < candidates.count && candidates[j].open.start <= r.start {
                let cand = candidates[j]
                if cand.open == r { openToken[j] = k }
                if cand.close == r { closeToken[j] = k }
                if cand.content.contains(r) { tokens.insert(.quoted, at: k) }
                j += 1
            }
            k += 1
        }
        return (openToken, closeToken)
    }
}
