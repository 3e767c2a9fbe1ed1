import ArticleKit

/// Something that happened, fed to `ReaderState.handle(_:)`: a key, a resize, a mouse action, or the result of
/// work the reader asked for.
public enum ReaderEvent: Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
    /// An article finished loading and analysing (or failed to).
    case articleOpened(path: String, Result<ArticleDocument, OpenFailure>, position: Int?)
    /// Background analysis of a library entry finished.
    case libraryDetails(path: String, title: String?, quotes: Int?, entities: Int?, failure: String?)
}

/// Why an article could not be opened, as the status line says it.
public struct OpenFailure: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// A mouse action at a screen cell.
public struct MouseEvent: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case click
        case wheelUp
        case wheelDown
    }
    public var action: Action
    public var x: Int
    public var y: Int
    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}

/// Work the reader asks its host to do after handling an event (I/O lives outside the core).
public enum Effect: Equatable, Sendable {
    /// Load and analyse the article at `path`, then send `.articleOpened`.
    case openArticle(path: String)
    /// Remember the reading position (a byte offset) of the article at `path`.
    case saveReadingPosition(path: String, offset: Int)
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// End the program.
    case quit
}
