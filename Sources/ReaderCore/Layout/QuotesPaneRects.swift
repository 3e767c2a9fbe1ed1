/// The inside of the quotes pane, split: the list of speakers and their quotes above, and below it a rule
/// naming the selected quote's speaker over the whole quote, wrapped, so the quote can be read in full.
///
/// The preview takes the rows the quote needs, leaving the list at least three rows; a pane too short for both
/// shows only the list.
public struct QuotesPaneRects: Equatable, Sendable {
    /// The list's rows.
    public let list: Rect
    /// The rule above the preview (the speaker's name), nil without a preview.
    public let rule: Rect?
    /// The quote's wrapped lines, nil without a preview.
    public let preview: Rect?

    /// The fewest rows the list keeps.
    static let minimumListRows = 3

    /// Splits `inner` (the inside of the pane's border) for a quote that wraps to `previewLines` lines at
    /// `QuotesPaneRects.textWidth(inner)` columns (0: no preview).
    public init(inner: Rect, previewLines: Int) {
        let room = inner.height - Self.minimumListRows - 1
        let lines = min(previewLines, room)
        guard lines >= 1, inner.width >= 1 else {
            list = inner
            rule = nil
            preview = nil
            return
        }
        list = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - lines - 1)
        rule = Rect(x: inner.x - 1, y: list.maxY, width: inner.width + 2, height: 1)
        preview = Rect(x: inner.x + 1, y: list.maxY + 1, width: max(0, inner.width - 2), height: lines)
    }

    /// The columns a previewed quote wraps to inside `inner`.
    public static func textWidth(_ inner: Rect) -> Int { max(1, inner.width - 2) }
}
