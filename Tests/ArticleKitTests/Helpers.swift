import ArticleKit

/// Small helpers shared by the analysis tests: every example text in these tests is written for them.
extension Article {
    /// The text of a range.
    func string(_ range: TextRange) -> String { text.string(range) }

    /// Every quote as (its text, its speaker's name).
    var quotePairs: [(text: String, speaker: String?)] {
        quotes.map { (string($0.range), $0.speaker?.name) }
    }

    /// The quote whose text is `text`.
    func quote(_ text: String) -> Quote? { quotes.first { string($0.range) == text } }

    /// The entity that has `alias` among its aliases.
    func entity(_ alias: String) -> Entity? { entities.first { $0.aliases.contains(alias) || $0.name == alias } }

    /// The texts of the paragraphs of one kind.
    func paragraphs(_ kind: ParagraphKind) -> [String] {
        paragraphs.filter { $0.kind == kind }.map { string($0.range) }
    }

    /// The section headings, in order.
    var headings: [String] { sections.compactMap { $0.heading.map(string) } }
}
