import ArticleKit
import Testing
@testable import ReaderCore

/// The quotes pane shows the selected quote in full, with its speaker, below the list. (Issue 13, point 5.)
@Suite("The quotes pane")
struct QuotesPaneTests {
    /// The text inside `rect`, row by row, joined with spaces.
    static func text(_ grid: Grid, in rect: Rect) -> String {
        (rect.y..<rect.maxY).map { y in
            (rect.x..<rect.maxX).filter { grid[$0, y].width != 0 }.map { grid[$0, y].text }.joined()
        }.joined(separator: " ")
    }

    static func words(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map(String.init)
    }

    @Test("docked at 120×40 and 160×45: the current quote is readable in full in the quotes pane, with its speaker",
          arguments: [(120, 40), (160, 45)])
    func docked(width: Int, height: Int) {
        var r = Fixtures.reader(Fixtures.harbour, width: width, height: height)
        r.press("}", "}", "}")
        let quote = "Nobody wants another week of empty cranes."
        #expect(r.article!.document.article.text.string(r.article!.document.article.quotes[r.article!.currentQuote!].range) == quote)
        let pane = Self.text(r.screen, in: r.layout.quotes!)
        for word in Self.words(quote) { #expect(pane.contains(word), "“\(word)” missing from the quotes pane: \(pane)") }
        #expect(pane.contains("Ana Ruiz"))
    }

    @Test("folded at 80×24: the quotes overlay shows the selected quote in full")
    func folded() {
        var r = Fixtures.reader(Fixtures.harbour, width: 80, height: 24)
        r.press("Tab", "Tab", "j", "j", "j")
        let pane = Self.text(r.screen, in: r.layout.rect(for: .quotes))
        for word in Self.words("Nobody wants another week of empty cranes.") {
            #expect(pane.contains(word), "“\(word)” missing: \(pane)")
        }
    }

    @Test("moving through the quotes keeps the selected row on screen above the preview")
    func selectionVisible() {
        var r = Fixtures.reader(Fixtures.harbour, width: 120, height: 30)
        r.press("Tab", "Tab")
        for _ in 0..<9 {
            r.press("j")
            let g = r.geometry
            let list = g.quotesPane(r.article!).list
            let cursor = r.article!.quotes
            #expect(cursor.selected >= cursor.top && cursor.selected < cursor.top + list.height)
        }
    }

    @Test("a quote longer than the pane can hold is cut with an ellipsis, never drawn over the border")
    func longQuote() {
        let sentence = String(repeating: "every word of this quote matters a great deal, ", count: 30)
        let text = "Long Quote\n\n“\(sentence)” she said.\n"
        let document = ArticleDocument(article: Article(analyzing: text), path: "long-quote.txt")
        var r = Fixtures.reader(document, width: 120, height: 30)
        r.press("}")
        let grid = r.screen
        #expect(Self.text(grid, in: r.layout.quotes!).contains("…"))
        let quotes = r.layout.quotes!
        for y in quotes.y + 1..<quotes.maxY - 1 {
            #expect(["│", "┃", "├", "┣"].contains(grid[quotes.x, y].text), "row \(y): \(grid.line(y))")
        }
    }
}
