import ArticleKit

/// The sizes the article commands need from the layout: how wide text wraps, how many rows each pane shows.
/// Views, commands and the mouse all take their rectangles from here and from `ScreenLayout`.
public struct ArticleGeometry: Sendable {
    public let layout: ScreenLayout

    public init(layout: ScreenLayout) { self.layout = layout }

    /// Columns of article text.
    public var textWidth: Int { max(1, layout.articleText.width) }
    /// Rows of article text.
    public var textHeight: Int { max(1, layout.articleText.height) }
    /// Rows above a jump target kept visible as context.
    public var context: Int { min(3, textHeight / 4) }

    /// Rows of items a list pane shows (inside its border; for the quotes pane, above the preview).
    public func listHeight(_ pane: Pane, _ view: ArticleViewState) -> Int {
        pane == .quotes ? max(1, quotesPane(view).list.height) : max(1, layout.inner(pane).height)
    }

    /// The quotes pane's list, rule and preview when quotes-pane row `row` (default: the selected one) is
    /// selected.
    public func quotesPane(_ view: ArticleViewState, selecting row: Int? = nil) -> QuotesPaneRects {
        let inner = layout.inner(.quotes)
        guard let quote = view.document.previewQuote(row: row ?? view.quotes.selected) else {
            return QuotesPaneRects(inner: inner, previewLines: 0)
        }
        let lines = view.document.previewLines(quote: quote, width: QuotesPaneRects.textWidth(inner),
                                               limit: inner.height)
        return QuotesPaneRects(inner: inner, previewLines: lines.count)
    }
}

extension ArticleDocument {
    /// The quote the quotes pane previews for its row `row`: the quote itself, or a speaker's first quote.
    public func previewQuote(row: Int) -> Int? {
        switch quoteRows[safe: row] {
        case .quote(let q)?: return q
        case .speaker(let g)?: return quoteGroups[g].quotes.first
        case nil: return nil
        }
    }

    /// Quote `quote` wrapped to `width` columns, at most `limit` lines (a quote as long as a book is not wrapped
    /// whole to find that it does not fit).
    public func previewLines(quote: Int, width: Int, limit: Int) -> [TextRange] {
        let range = article.quotes[quote].range
        var end = min(range.end, range.start + max(1, limit) * (width + 1) * 4 + 4)
        while end < range.end && !text.isScalarBoundary(end) { end += 1 }
        return Array(LineWrapper.wrap(text, TextRange(range.start, end), width: width).prefix(max(0, limit)))
    }
}
