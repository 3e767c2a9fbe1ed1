import ArticleKit

/// A search in the article: the query, every match, which one is current, and whether they are highlighted.
///
/// Esc hides the highlight but keeps the search, as in less and vim: `n` shows it again and goes on from the
/// current match, and an empty `/` repeats it.
public struct SearchState: Equatable, Sendable {
    public let query: String
    public let matches: [TextRange]
    /// The index of the current match in `matches`, nil when there are none.
    public internal(set) var current: Int?
    /// Whether the matches are highlighted (and counted in the status line).
    public internal(set) var highlighted = true

    public init(query: String, matches: [TextRange], current: Int?) {
        self.query = query
        self.matches = matches
        self.current = current
    }
}
