/// The structure an article's source states, for sources that state one (a web page's markup): the title, every
/// paragraph with its kind, and the paragraphs marked as quotations.
///
/// `Article(analyzing:stated:)` uses it as given: no heading, caption or boilerplate is re-guessed from the
/// text's lines, and no paragraph is split or joined. Every range must lie in the text, on scalar boundaries,
/// paragraphs in order and not overlapping.
public struct StatedStructure: Sendable {
    public var title: TextRange?
    public var paragraphs: [Paragraph]
    /// Paragraphs (or parts) the source marks as quoted words (`<blockquote>`). One counts as a quote, without
    /// a speaker unless the analysis finds one, when the analysis finds no quote inside it.
    public var quotations: [TextRange]

    public init(title: TextRange?, paragraphs: [Paragraph], quotations: [TextRange] = []) {
        self.title = title
        self.paragraphs = paragraphs
        self.quotations = quotations
    }
}

extension Article {
    /// Analyses `text` with the structure its source states: quotes, speakers and entities as for any text,
    /// over the given paragraphs.
    public init(analyzing text: SourceText, stated: StatedStructure, source: ArticleSource?, warnings: [String] = []) {
        let structure = ArticleStructure(title: stated.title, paragraphs: stated.paragraphs, text: text)
        let analysis = ArticleAnalysis.run(text, structure: structure)
        var quotes = analysis.quotes
        // Each quotation is looked up by binary search among the quotes found (in text order, not overlapping)
        // and the paragraphs: a page of 100 000 blockquotes must not compare each with every quote.
        let found = analysis.quotes
        var added: [Quote] = []
        let inOrder = zip(stated.quotations, stated.quotations.dropFirst()).allSatisfy { $0.start <= $1.start }
        for quotation in stated.quotations {
            let overlapsFound = inOrder ? Self.overlapsAny(found, quotation)
                : found.contains(where: { $0.range.overlaps(quotation) })
            let overlapsAdded = inOrder ? added.last.map { $0.range.overlaps(quotation) } ?? false
                : added.contains(where: { $0.range.overlaps(quotation) })
            guard !overlapsFound, !overlapsAdded,
                  let paragraph = Self.firstParagraph(containing: quotation, in: stated.paragraphs),
                  stated.paragraphs[paragraph].kind == .body || stated.paragraphs[paragraph].kind == .listItem
            else { continue }
            added.append(Quote(range: quotation, kind: .full, paragraph: paragraph))
        }
        quotes += added
        quotes.sort { $0.range.start < $1.range.start }
        self.init(text: text, title: structure.title, paragraphs: structure.paragraphs, sections: structure.sections,
                  sentences: analysis.sentences, quotes: quotes, entities: analysis.entities,
                  warnings: warnings + analysis.warnings(text))
        self.source = source
    }

    /// Whether `range` overlaps one of `quotes` (in text order, not overlapping each other).
    static func overlapsAny(_ quotes: [Quote], _ range: TextRange) -> Bool {
        // The first quote starting at or after the range's end; only the one before it can overlap.
        var low = 0, high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if quotes[mid].range.start < range.end { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        // (Empty ranges overlap nothing, and a quote may share its start with an empty one.)
        while k >= 0 && quotes[k].range.end > range.start {
            if quotes[k].range.overlaps(range) { return true }
            k -= 1
        }
        return false
    }

    /// The first of `paragraphs` (in order, not overlapping) that contains `range`, found by binary search.
    static func firstParagraph(containing range: TextRange, in paragraphs: [Paragraph]) -> Int? {
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].range.start <= range.start { low = mid + 1 } else { high = mid }
        }
        // Those starting at or before the range whose end reaches the range's end contain it; their ends grow
        // with their starts, so they are the last ones.
        var first: Int?
        var k = low - 1
        while k >= 0 && paragraphs[k].range.end >= range.end {
            first = k
            k -= 1
        }
        return first
    }
}
