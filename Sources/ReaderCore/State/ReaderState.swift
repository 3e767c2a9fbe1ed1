/// The reader's whole state: what is on screen and everything needed to draw it.
///
/// Changed only by `ReaderState.handle(_:)` (the update layer, `Sources/ReaderCore/Update`): every property can be
/// read anywhere and set only inside `ReaderCore`, where only the update layer does. Drawn by `Screen.render(_:)`.
public struct ReaderState: Sendable {
    public internal(set) var size: Size
    public internal(set) var keymap: Keymap
    public internal(set) var theme: Theme
    /// Whether the mouse is used (off with `--no-mouse` or `mouse = false`).
    public internal(set) var mouseEnabled = true
    /// The library, when several articles or a folder were opened.
    public internal(set) var library: LibraryState?
    /// The open article, nil while the library list is shown.
    public internal(set) var article: ArticleViewState?
    /// The article being loaded and analysed (its path), while the host works on it.
    public internal(set) var opening: String?
    public internal(set) var overlay: Overlay?
    public internal(set) var prompt: Prompt?
    /// A one-line message in the status line, until the next key.
    public internal(set) var message: StatusMessage?
    /// A command asked for before the open article had come far enough for it (G while only its beginning is
    /// laid out, `}` before its quotes): carried out when that stage arrives, unless another key comes first,
    /// as less goes to the end of a pipe once it has all of it.
    public internal(set) var waitingCommand: (path: String, command: Command)?
    /// Set when the reader should end.
    public internal(set) var finished = false

    public init(size: Size, keymap: Keymap = .standard, theme: Theme = .colors256) {
        self.size = size
        self.keymap = keymap
        self.theme = theme
    }

    /// The layout for the current size.
    public var layout: ScreenLayout { ScreenLayout(size: size) }

    /// The geometry the article commands use, for the current layout.
    public var geometry: ArticleGeometry { ArticleGeometry(layout: layout) }

    /// The context keys are looked up in below the prompt and the overlays.
    var screenContext: KeyContext { article != nil ? .article : .library }
}
