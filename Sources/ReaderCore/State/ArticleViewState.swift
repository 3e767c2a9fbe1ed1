import ArticleKit

/// Everything about reading one article that changes as keys are pressed: focus, scroll position, list
/// cursors, the current quote, the selected entity, the search.
public struct ArticleViewState: Sendable {
    public let document: ArticleDocument
    public var focus: Pane = .article
    /// The top row of the article pane (a text position, so it survives resizes).
    public var top: RowPosition = .start
    public var outline = ListCursor()
    public var quotes = ListCursor()
    public var entities = ListCursor()
    /// The quote `}` `{` `>` `<` made current (highlighted), if any.
    public var currentQuote: Int?
    /// The entity chosen in the sidebar (its mentions are marked), if any.
    public var selectedEntity: Int?
    /// The mention `*` `#` last jumped to, as an index into the entity's mentions.
    public var currentMention: Int?
    public var search: SearchState?
    /// Whether the user has moved the outline cursor by hand (then it stops following the article).
    public var outlineHeld = false
    /// The offset of the last jump's target (a heading, quote, mention or match) until the article is scrolled
    /// by hand: where the reader is, even when the pane cannot scroll to put the target at the top.
    public var jumpTarget: Int?

    public init(document: ArticleDocument) {
        self.document = document
    }
}

/// The reader's whole state: what is on screen and everything needed to draw it. Changed only by
/// `ReaderState.handle(_:)`; drawn by `Screen.render(_:)`.
public struct ReaderState: Sendable {
    public var size: Size
    public var keymap: Keymap
    public var theme: Theme
    /// The library, when several articles or a folder were opened.
    public var library: LibraryState?
    /// The open article, nil while the library list is shown.
    public var article: ArticleViewState?
    public var overlay: Overlay?
    public var prompt: Prompt?
    public var message: StatusMessage?
    /// Set when the reader should end.
    public var finished = false
    /// Whether the mouse is used (off with `--no-mouse`).
    public var mouseEnabled = true

    public init(size: Size, keymap: Keymap = .standard, theme: Theme = .colors256) {
        self.size = size
        self.keymap = keymap
        self.theme = theme
    }

    /// The layout for the current size.
    public var layout: ScreenLayout { ScreenLayout(size: size) }
}
