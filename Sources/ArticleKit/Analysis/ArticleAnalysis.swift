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
        let given = ArticleStructure(title: structure.title, paragraphs: structure.paragraphs, sections: structure.sections)
        guard let analysis = ArticleAnalysis.run(structure.text, structure: given, memoryPerByte: memoryPerByte,
                                                 progress: progress, isCancelled: isCancelled) else { return nil }
        var article = Article(text: structure.text, title: structure.title, paragraphs: structure.paragraphs,
                              sections: structure.sections, sentences: analysis.sentences, quotes: analysis.quotes,
                              entities: analysis.entities, warnings: structure.warnings + analysis.warnings(structure.text))
        article.source = structure.source
        return article
    }
}

/// The analysis pipeline: structure, quotation marks, tokens, sentences, names, entities, quotes and speakers.
enum ArticleAnalysis {
    struct Output {
        var structure: ArticleStructure
        var sentences: [TextRange]
        var quotes: [Quote]
        var entities: [Entity]
        /// The tokens and name mentions the entities were built from (for tests that ask which rule decided).
        var tokens: TokenList
        var mentions: [NameMention]
        /// Where the analysis stopped because its memory budget ran out (`AnalysisBudget`), nil when it read the
        /// whole text.
        var stoppedAt: Int?

        /// The warning of an analysis that stopped early (none otherwise).
        func warnings(_ text: SourceText) -> [String] {
            stoppedAt.map { [AnalysisBudget.warning(stoppedAt: $0, of: text.count)] } ?? []
        }
    }

    /// The paragraph number used for the title's tokens.
    static let titleParagraph = -1

    /// Analyses `text`; `given` is the structure its source stated (a web page's markup), used as it is
    /// instead of being found from the text's lines.
    static func run(_ text: SourceText, structure given: ArticleStructure? = nil) -> Output {
        run(text, structure: given, memoryPerByte: AnalysisBudget.bytesPerTextByte, progress: { _ in },
            isCancelled: { false })!
    }

    /// `run`, with a budget of `memoryPerByte` bytes per byte of text, telling `progress` the fraction done now
    /// and then, and giving up (nil) soon after `isCancelled` says so.
    static func run(_ text: SourceText, structure given: ArticleStructure?, memoryPerByte: Int,
                    progress: (Double) -> Void, isCancelled: () -> Bool) -> Output? {
        let structure = given ?? StructureParser.parse(text)
        let paragraphs = structure.paragraphs
        // What the analysis may keep; where it stops when that runs out (an offset, in the paragraph given; -1
        // for the title), nil while it reads on.
        var budget = AnalysisBudget(textLength: text.count, paragraphs: paragraphs.count, perTextByte: memoryPerByte)
        var stop: (offset: Int, paragraph: Int)?

        // 1. Quotation marks, paired paragraph by paragraph.
        let quoted: (ParagraphKind) -> Bool = { $0 == .body || $0 == .listItem }
        var doubleMarks = 0, singleMarks = 0
        for p in paragraphs where quoted(p.kind) {
            doubleMarks += QuoteMarkScanner.marks(text, p.range, style: .double).count
            if doubleMarks >= 2 { break }
        }
        if doubleMarks < 2 {
            for p in paragraphs where quoted(p.kind) {
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
            let affordable = budget.remaining / AnalysisBudget.quotationMark
            if marks.count > affordable {
                stop = (marks[affordable].range.start, index)
                range.end = marks[affordable].range.start
                marks.removeSubrange(affordable...)
            }
            budget.spend(marks.count * AnalysisBudget.quotationMark)
            pairer.pair(text, paragraph: index, range: range, marks: marks)
        }
        if let title = structure.title {
            let titleStyle: QuoteMarkScanner.Style =
                QuoteMarkScanner.marks(text, title, style: .double).isEmpty ? .single : .double
            pairWithinBudget(title, paragraph: titleParagraph, style: titleStyle)
            pairer.breakChain()
        }
        for (index, p) in paragraphs.enumerated() where stop == nil {
            if quoted(p.kind) {
                pairWithinBudget(p.range, paragraph: index, style: style)
            } else {
                pairer.breakChain()
            }
        }
        var candidates = pairer.candidates
        let marks = pairer.markRoles.sorted { $0.range.start < $1.range.start }

        // 2. Tokens and sentences of the title and every paragraph that is not boilerplate or a byline.
        var tokens = TokenList(textLength: text.count, paragraphs: paragraphs)
        tokens.costLimit = budget.remaining
        var sentences: [TextRange] = []
        var unkept: [TextRange] = []   // the sentences of headings and captions, which are split but not kept
        func addTokens(_ range: TextRange, paragraph: Int, isHeadline: Bool, keepSentences: Bool) {
            let first = tokens.count
            // The paragraph the analysis stops in is read up to there.
            var range = range
            if let stop, stop.paragraph == paragraph { range.end = stop.offset }
            if let stopped = Tokenizer.tokenize(text, range, marks: marks, into: &tokens) { stop = (stopped, paragraph) }
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
            if let stop, stop.paragraph < index { break }
            if p.range.start >= nextReport {
                if isCancelled() { return nil }
                progress(0.5 * Double(p.range.start) / Double(max(1, text.count)))
                nextReport = p.range.start + (1 << 20)
            }
            switch p.kind {
            case .body, .listItem:
                addTokens(p.range, paragraph: index, isHeadline: false, keepSentences: p.kind == .body)
            case .heading, .caption:
                addTokens(p.range, paragraph: index, isHeadline: p.kind == .heading, keepSentences: false)
            case .boilerplate, .byline, .dateline:
                break
            }
        }

        // Where the analysis stopped, only the quotes closed before that point are kept.
        if let stop {
            candidates.removeAll { c in
                c.paragraph > stop.paragraph
                    || c.paragraph == stop.paragraph && !(c.close.map { $0.end <= stop.offset } ?? false)
            }
        }

        // 3. Which quote each token lies inside.
        if isCancelled() { return nil }
        progress(0.5)
        let (openToken, closeToken) = markQuoted(&tokens, candidates)

        // 4. Names and entities.
        let evidence = NameEvidence(tokens)
        let found = MentionFinder(text: text, tokens: tokens, evidence: evidence).find()
        let mentions = found.mentions
        for m in mentions { tokens.insert(.inName, in: m.tokens) }
        if isCancelled() { return nil }
        progress(0.65)
        let built = EntityBuilder.build(mentions, found.evidence, tokens: tokens, text: text, evidence: evidence)
        if isCancelled() { return nil }
        progress(0.85)

        // 5. Quotes and speakers.
        let context = AnalysisContext(text: text, tokens: tokens, mentions: mentions, mentionEntity: built.mentionEntity,
                                      entities: built.entities, info: built.info)
        var quotes = QuoteAttributor(context: context, candidates: candidates, openToken: openToken,
                                     closeToken: closeToken).quotes()

        // Most mentioned first; speaker entity indices follow the new order.
        let order = built.entities.indices.sorted { a, b in
            let ca = built.entities[a].mentions.count, cb = built.entities[b].mentions.count
            return ca != cb ? ca > cb : built.entities[a].mentions[0].start < built.entities[b].mentions[0].start
        }
        var newIndex = [Int](repeating: 0, count: order.count)
        for (position, old) in order.enumerated() { newIndex[old] = position }
        let entities = order.map { built.entities[$0] }
        for i in quotes.indices {
            if let e = quotes[i].speaker?.entity { quotes[i].speaker?.entity = newIndex[e] }
        }
        return Output(structure: structure, sentences: sentences, quotes: quotes, entities: entities, tokens: tokens,
                      mentions: mentions, stoppedAt: stop?.offset)
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
