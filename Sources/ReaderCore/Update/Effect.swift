/// Work the reader asks its host to do after handling an event (I/O and time live outside the core). Work
/// that takes time answers later with an event.
public enum Effect: Equatable, Sendable {
    /// Load and analyse the article at `path`, then send `.articleOpened`.
    case openArticle(path: String)
    /// Remember the reading position (a byte offset) of the article at `path`.
    case saveReadingPosition(path: String, offset: Int)
    /// Remember that the articles at `paths` are read (or unread).
    case markRead(paths: [String], read: Bool)
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// End the program.
    case quit
}
