extension Article {
    /// Analyses `text`: structure, sentences, quotes with their speakers, entities.
    ///
    /// Pure and deterministic; the cost grows linearly with the length of the text.
    public init(analyzing text: SourceText, warnings: [String] = []) {
        let analysis = ArticleAnalysis.run(text)
        self.init(text: text, title: analysis.structure.title, paragraphs: analysis.structure.paragraphs,
                  sections: analysis.structure.sections, sentences: analysis.sentences, quotes: analysis.quotes,
                  entities: analysis.entities, warnings: warnings + analysis.warnings(text))
    }

    /// Analyses a string (tests, generated text).
    public init(analyzing string: String) {
        self.init(analyzing: SourceText(string))
    }

    /// Analyses an article known so far by its structure alone (`Article(structureOf:)`), keeping that structure
    /// (the same paragraphs, shared rather than copied), for a reader that shows the text first.
    ///
    /// `memoryPerByte` is the analysis's budget per byte of text (`AnalysisBudget`; a reader keeps less than
    /// `extract`); `progress` hears the fraction done now and then; the analysis gives up, answering nil, soon
    /// after `isCancelled` says so (between paragraphs and between stages).
    public static func analysing(_ structure: Article, memoryPerByte: Int = AnalysisBudget.bytesPerTextByte,
                                 progress: (Double) -> Void = { _ in }, isCancelled: () -> Bool = { false }) -> Article? {
        // (The rules that decided the kinds are not kept by an Article: none are given.)
        let given = ArticleStructure(title: structure.title, paragraphs: structure.paragraphs, sections: structure.sections,
                                     rules: [])
        guard let analysis = ArticleAnalysis.run(structure.text, structure: given, memoryPerByte: memoryPerByte,
                                                 progress: progress, isCancelled: isCancelled) else { return nil }
        var article = Article(text: structure.text, title: structure.title, paragraphs: structure.paragraphs,
                              sections: structure.sections, sentences: analysis.sentences, quotes: analysis.quotes,
                              entities: analysis.entities, warnings: structure.warnings + analysis.warnings(structure.text))
        article.source = structure.source
        return article
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
        /// Where the analysis stopped because its memory budget ran out (`AnalysisBudget`), nil when it read the
        /// whole text.
        var stoppedAt: Int?

        /// The warning of an analysis that stopped early (none otherwise).
        func warnings(_ text: SourceText) -> [String] {
            stoppedAt.map { [AnalysisBudget.warning(stoppedAt: $0, of: text.count)] } ?? []
        }
    }

    /// What the analysis may still keep (`AnalysisBudget`), and where it stopped when that ran out: an offset, in
    /// the paragraph given (-1 for the title); nil while it reads on.
    struct Limit {
        var budget: AnalysisBudget
        var stop: (offset: Int, paragraph: Int)?
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
        run(text, structure: structure, memoryPerByte: AnalysisBudget.bytesPerTextByte, progress: { _ in },
            isCancelled: { false })!
    }

    /// `run(_:structure:)` with a budget of `memoryPerByte` bytes per byte of text (where it runs out, the
    /// analysis stops and says where), telling `progress` the fraction done now and then, and giving up (nil)
    /// soon after `isCancelled` says so (between paragraphs and between passes).
    static func run(_ text: SourceText, structure: ArticleStructure, memoryPerByte: Int,
                    progress: (Double) -> Void, isCancelled: () -> Bool) -> Output? {
        var limit = Limit(budget: AnalysisBudget(textLength: text.count, paragraphs: structure.paragraphs.count,
                                                 perTextByte: memoryPerByte))
        var quotation = pairQuotationMarks(text, structure, limit: &limit)
        guard var (tokens, sentences) = tokenize(text, structure, marks: quotation.marks, limit: &limit,
                                                 progress: progress, isCancelled: isCancelled) else { return nil }
        // Where the analysis stopped, only the quotes closed before that point are kept.
        if let stop = limit.stop {
            quotation.candidates.removeAll { c in
                c.paragraph > stop.paragraph
                    || c.paragraph == stop.paragraph && !(c.close.map { $0.end <= stop.offset } ?? false)
            }
        }
        if isCancelled() { return nil }
        progress(0.5)
        let (openToken, closeToken) = markQuoted(&tokens, quotation.candidates)
        let names = findNames(text, &tokens)
        if isCancelled() { return nil }
        progress(0.65)
        let built = EntityBuilder.build(names.mentions, names.evidence, tokens: tokens, text: text, evidence: names.nameEvidence)
        if isCancelled() { return nil }
        progress(0.85)
        let quoteDecisions = attributeQuotes(text, tokens, names.mentions, built, quotation.candidates, openToken,
                                             closeToken, paragraphKinds: structure.paragraphs.map(\.kind))
        var quotes = quoteDecisions.compactMap(\.quote)
        let entities = orderEntities(built.entities, speakersOf: &quotes)
        return Output(structure: structure, sentences: sentences, quotes: quotes, entities: entities, tokens: tokens,
                      mentions: names.mentions, quoteDecisions: quoteDecisions, stoppedAt: limit.stop?.offset)
    }

    // MARK: - The passes

    /// Structure: title, paragraphs and their kinds (page furniture told from the text), sections.
    static func findStructure(_ text: SourceText) -> ArticleStructure {
        StructureParser.parse(text)
    }

    /// The paragraphs whose quotation marks are paired and whose tokens are analysed for quotes.
    static func isQuoted(_ kind: ParagraphKind) -> Bool { kind == .body || kind == .listItem }

    /// Quotation marks: the style the article quotes with, and the marks paired paragraph by paragraph into
    /// quote candidates (the title's too, so that its marks are not taken for apostrophes), as many as `limit`
    /// affords.
    static func pairQuotationMarks(_ text: SourceText, _ structure: ArticleStructure, limit: inout Limit)
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
        // Pairs the marks of `range` (paragraph `index`), as many as the budget affords: where it runs out, the
        // range ends at the first mark it cannot afford.
        func pairWithinBudget(_ range: TextRange, paragraph index: Int, style: QuoteMarkScanner.Style) {
            var marks = QuoteMarkScanner.marks(text, range, style: style)
            var range = range
            let affordable = limit.budget.remaining / AnalysisBudget.quotationMark
            if marks.count > affordable {
                limit.stop = (marks[affordable].range.start, index)
                range.end = marks[affordable].range.start
                marks.removeSubrange(affordable...)
            }
            limit.budget.spend(marks.count * AnalysisBudget.quotationMark)
            pairer.pair(text, paragraph: index, range: range, marks: marks)
        }
        if let title = structure.title {
            let titleStyle: QuoteMarkScanner.Style =
                QuoteMarkScanner.marks(text, title, style: .double).isEmpty ? .single : .double
            pairWithinBudget(title, paragraph: titleParagraph, style: titleStyle)
            pairer.breakChain()
        }
        for (index, p) in paragraphs.enumerated() where limit.stop == nil {
            if isQuoted(p.kind) {
                pairWithinBudget(p.range, paragraph: index, style: style)
            } else {
                pairer.breakChain()
            }
        }
        return (pairer.candidates, pairer.markRoles.sorted { $0.range.start < $1.range.start })
    }

    /// Tokens and sentences of the title and of every paragraph that is text or a heading (not captions,
    /// boilerplate, bylines or datelines: page furniture feeds no entity and no speaker). The sentences of
    /// headings are split but not kept; the
    /// title, headings and lines in capitals or title case are marked as headlines (their capitals are no
    /// evidence of names). Stops where `limit` runs out; nil when `isCancelled` said so.
    static func tokenize(_ text: SourceText, _ structure: ArticleStructure, marks: [(range: TextRange, opens: Bool)],
                         limit: inout Limit, progress: (Double) -> Void, isCancelled: () -> Bool)
        -> (tokens: TokenList, sentences: [TextRange])? {
        let paragraphs = structure.paragraphs
        var tokens = TokenList(textLength: text.count, paragraphs: paragraphs)
        tokens.costLimit = limit.budget.remaining
        var sentences: [TextRange] = []
        var unkept: [TextRange] = []
        func addTokens(_ range: TextRange, paragraph: Int, isHeadline: Bool, keepSentences: Bool) {
            let first = tokens.count
            // The paragraph the analysis stops in is read up to there.
            var range = range
            if let stop = limit.stop, stop.paragraph == paragraph { range.end = stop.offset }
            if let stopped = Tokenizer.tokenize(text, range, marks: marks, into: &tokens) { limit.stop = (stopped, paragraph) }
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
        // Tokens are about half the work: progress is told every megabyte or so of text, and cancellation heard.
        var nextReport = 1 << 20
        for (index, p) in paragraphs.enumerated() {
            if let stop = limit.stop, stop.paragraph < index { break }
            if p.range.start >= nextReport {
                if isCancelled() { return nil }
                progress(0.5 * Double(p.range.start) / Double(max(1, text.count)))
                nextReport = p.range.start + (1 << 20)
            }
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
