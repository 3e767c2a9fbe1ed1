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
        for quotation in stated.quotations where !quotes.contains(where: { $0.range.overlaps(quotation) }) {
            guard let paragraph = stated.paragraphs.firstIndex(where: { $0.range.contains(quotation) }),
                  stated.paragraphs[paragraph].kind == .body || stated.paragraphs[paragraph].kind == .listItem
            else { continue }
            quotes.append(Quote(range: quotation, kind: .full, paragraph: paragraph))
        }
        quotes.sort { $0.range.start < $1.range.start }
        self.init(text: text, title: structure.title, paragraphs: structure.paragraphs, sections: structure.sections,
                  sentences: analysis.sentences, quotes: quotes, entities: analysis.entities, warnings: warnings)
        self.source = source
    }
}
