import ArticleKit

/// Everything about reading one article that changes as keys are pressed: focus, scroll position, list
/// cursors, the current quote, the selected entity, the search.
public struct ArticleViewState: Sendable {
    public let document: ArticleDocument
    public internal(set) var focus: Pane = .article
    /// The top row of the article pane (a text position, so it survives resizes).
    public internal(set) var top: RowPosition = .start
    public internal(set) var outline = ListCursor()
    public internal(set) var quotes = ListCursor()
    public internal(set) var entities = ListCursor()
    /// The quote `}` `{` `>` `<` made current (highlighted), if any.
    public internal(set) var currentQuote: Int?
    /// The entity chosen in the sidebar (its mentions are marked), if any.
    public internal(set) var selectedEntity: Int?
    /// The mention `*` `#` last jumped to, as an index into the entity's mentions.
    public internal(set) var currentMention: Int?
    public internal(set) var search: SearchState?
    /// Whether the user has moved the outline cursor by hand (then it stops following the article).
    public internal(set) var outlineHeld = false
    /// The offset of the last jump's target (a heading, quote, mention or match) until the article is scrolled
    /// by hand: where the reader is, even when the pane cannot scroll to put the target at the top. A resize
    /// keeps it on screen.
    public internal(set) var jumpTarget: Int?
    /// Whether the article opened at a saved reading position and has not moved since: the status line says so,
    /// and a search starts from the top of the article rather than from there.
    public internal(set) var resumed = false
    /// How far the analysis of an article shown before it (0 to 1), once the host has said.
    public internal(set) var analysisProgress: Double?

    public init(document: ArticleDocument) {
        self.document = document
    }
}
