/// The sizes the article commands need from the layout: how wide text wraps, how many rows each pane shows.
public struct ArticleGeometry: Sendable {
    public let layout: ScreenLayout

    public init(layout: ScreenLayout) { self.layout = layout }

    /// Columns of article text.
    public var textWidth: Int { max(1, layout.articleText.width) }
    /// Rows of article text.
    public var textHeight: Int { max(1, layout.articleText.height) }
    /// Rows of items a list pane shows (inside its border).
    public func listHeight(_ pane: Pane) -> Int { max(1, layout.rect(for: pane).height - 2) }
    /// Rows above a jump target kept visible as context.
    public var context: Int { min(3, textHeight / 4) }
}
