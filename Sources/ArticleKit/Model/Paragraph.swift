/// What role a paragraph plays in an article.
public enum ParagraphKind: String, Sendable, CaseIterable {
    /// Ordinary article text: analysed for quotes and entities.
    case body
    /// A section subheading ("Syria Options", "‘Serious Approach’", "## Background").
    case heading
    /// The author line ("By Jane Doe").
    case byline
    /// A standalone place or date line ("WASHINGTON", "Published: 3 May 2013").
    case dateline
    /// A photo or graphic caption or credit.
    case caption
    /// One item of a bulleted or numbered list.
    case listItem = "list-item"
    /// Text that is not part of the story: sign-offs ("Reuter"), "Continue reading the main story", promotions.
    /// Shown dimmed, never analysed.
    case boilerplate
}

/// One paragraph of an article: its kind and where it lies in the text.
///
/// A hard-wrapped paragraph spans several lines of the file; `range` covers them all, line breaks included.
/// Readers join the lines with spaces when they display it.
public struct Paragraph: Sendable, Hashable {
    public var kind: ParagraphKind
    public var range: TextRange

    public init(kind: ParagraphKind, range: TextRange) {
        self.kind = kind
        self.range = range
    }
}

/// A section of an article: the lead (before the first heading) or a heading with the text that follows it.
public struct Section: Sendable, Hashable {
    /// The index in `Article.paragraphs` of the heading paragraph, nil for the lead section.
    public var headingParagraph: Int?
    /// The heading's text range, nil for the lead section.
    public var heading: TextRange?
    /// From the section's heading (or the start of the text) to the next section's start.
    public var range: TextRange

    public init(headingParagraph: Int?, heading: TextRange?, range: TextRange) {
        self.headingParagraph = headingParagraph
        self.heading = heading
        self.range = range
    }
}
