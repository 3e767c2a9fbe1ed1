import Testing
@testable import ArticleKit

/// `Article(analyzing:stated:source:)`: the structure a source states is used as given.
@Suite("Stated structure (web pages)")
struct StatedStructureTests {
    // Title, a byline line, a body paragraph, a heading, a caption, a block quotation, a body paragraph.
    static let text = """
        Night Ferry Stays

        Ana Ruiz

        The council kept the night ferry, Ruiz said.

        What Comes Next

        The quay at dawn.

        We will keep sailing through the winter.

        “It is the island’s lifeline,” said Tom Berg.
        """

    static func ranges(_ text: SourceText) -> [TextRange] {
        var result: [TextRange] = []
        var start = 0
        let bytes = text.bytes
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || (bytes[i] == 0x0A && i + 1 < bytes.count && bytes[i + 1] == 0x0A) {
                result.append(TextRange(start, i))
                start = i + 2
                i += 2
                continue
            }
            i += 1
        }
        return result
    }

    static func article() -> Article {
        let text = SourceText(Self.text)
        let r = ranges(text)
        let kinds: [ParagraphKind] = [.byline, .body, .heading, .caption, .body, .body]
        let paragraphs = zip(kinds, r.dropFirst()).map { Paragraph(kind: $0, range: $1) }
        let stated = StatedStructure(title: r[0], paragraphs: paragraphs, quotations: [r[5]])
        return Article(analyzing: text, stated: stated,
                       source: ArticleSource(url: "https://example.org/a", byline: "Ana Ruiz", published: "2024-01-02"))
    }

    @Test("kinds and paragraphs are the ones given, not re-guessed from the lines")
    func kindsAsGiven() {
        let a = Self.article()
        #expect(a.titleText == "Night Ferry Stays")
        #expect(a.paragraphs.map(\.kind) == [.byline, .body, .heading, .caption, .body, .body])
        #expect(a.sections.count == 2)
        #expect(a.sections[1].heading.map { a.text.string($0) } == "What Comes Next")
        #expect(a.source?.byline == "Ana Ruiz")
    }

    @Test("a stated quotation is a quote; quotation marks are still found and attributed")
    func quotations() {
        let a = Self.article()
        let quotes = a.quotes.map { a.text.string($0.range) }
        #expect(quotes.contains("We will keep sailing through the winter."))
        #expect(quotes.contains("It is the island’s lifeline,"))
        let berg = a.quotes.first { a.text.string($0.range).hasPrefix("It is") }
        #expect(berg?.speaker?.name == "Tom Berg")
    }

    @Test("the extract format adds the text and the source for an article with one")
    func extractFormat() {
        let json = ExtractFormat.json(Self.article())
        #expect(json.contains(#""text":"Night Ferry Stays\n\nAna Ruiz"#))
        #expect(json.contains(#""source":{"url":"https://example.org/a","byline":"Ana Ruiz","published":"2024-01-02","site":null,"lang":null}"#))
        #expect(!ExtractFormat.json(Article(analyzing: "Title\n\nText.")).contains(#""source""#))
    }
}
