/// The side of the reader that touches the world: loading and analysing articles, remembering reading positions
/// and read marks, background work. Work that takes time is started here and answers later with an event, taken
/// from `finishedWork()`; the reader never waits for it.
public protocol ReaderHost {
    /// Starts loading and analysing an article; the result arrives from `finishedWork()` as `.articleOpened`.
    mutating func open(path: String)
    /// Remembers where reading stopped in an article.
    mutating func saveReadingPosition(path: String, offset: Int)
    /// Remembers that articles are read (or unread).
    mutating func markRead(paths: [String], read: Bool)
    /// Results of work that finished since the last call (opened articles, library details).
    mutating func finishedWork() -> [ReaderEvent]
    /// Whether work is still running (then input is polled, not waited for).
    var isWorking: Bool { get }
}
