/// An analysed article: its text and everything found in it, all as ranges over the same `SourceText`.
///
/// Build one with `Article(analyzing:)`. The value is immutable and cheap to pass around (its arrays are
/// copy-on-write).
public struct Article: Sendable {
    /// The original text.
    public let text: SourceText
    /// The headline (the first line, without a Markdown `# `), nil for an empty text.
    public let title: TextRange?
    /// Every paragraph after the title, in order, including headings and boilerplate.
    public let paragraphs: [Paragraph]
    /// The lead section followed by one section per heading.
    public let sections: [Section]
    /// Sentences of the body paragraphs, in order.
    public let sentences: [TextRange]
    /// Quotation segments in text order.
    public let quotes: [Quote]
    /// People, places and organisations, most mentioned first.
    public let entities: [Entity]
    /// Things the reader should know about the text (invalid bytes replaced, ...).
    public let warnings: [String]
    /// Where the article came from and what its source says about it (a web page's byline, date, site); nil for
    /// plain text.
    public internal(set) var source: ArticleSource? = nil

    public init(text: SourceText, title: TextRange?, paragraphs: [Paragraph], sections: [Section],
                sentences: [TextRange], quotes: [Quote], entities: [Entity], warnings: [String]) {
        self.text = text
        self.title = title
        self.paragraphs = paragraphs
        self.sections = sections
        self.sentences = sentences
        self.quotes = quotes
        self.entities = entities
        self.warnings = warnings
    }

    /// The headline as a string ("" when there is none).
    public var titleText: String { title.map { text.string($0) } ?? "" }
}
