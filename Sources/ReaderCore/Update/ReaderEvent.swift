import ArticleKit

/// Something that happened, fed to `ReaderState.handle(_:)`: the start, a key, a resize, a mouse action, the end
/// of input, or the result of work the reader asked its host for.
public enum ReaderEvent: Sendable {
    /// The reader starts with these settings; `warnings` (a broken config file, unreadable state files) are
    /// shown in the status line, the first of them at once.
    case started(ReaderSettings, warnings: [String])
    /// The library to show; `reopen` names the article to open again at once (the one read last), if any.
    case libraryListed(LibraryState, reopen: String?)
    /// An article named on the command line is to be opened.
    case openRequested(path: String)
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
    /// Input ended (the terminal went away): the reader saves its place and ends.
    case inputClosed
    /// An article finished loading and analysing (or failed to); `position` is its saved reading position.
    case articleOpened(path: String, Result<ArticleDocument, OpenFailure>, position: Int?)
    /// A later stage of an article already on screen (`ArticleDocument.Stage`): the rest of its text laid out,
    /// or its quotes and entities; where the reader is stays.
    case articleAdvanced(path: String, ArticleDocument)
    /// How far the analysis of the open article has come (0 to 1), for the status line.
    case articleProgress(path: String, fraction: Double)
    /// Background analysis of a library entry finished.
    case libraryDetails(path: String, ArticleDetails)
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
