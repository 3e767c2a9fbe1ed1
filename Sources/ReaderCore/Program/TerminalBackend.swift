/// What a terminal gives the reader: keys, resizes and mouse actions.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
    /// Nothing arrived before the timeout.
    case timeout
    /// Input ended (the terminal went away).
    case closed
    /// A termination request (SIGINT, SIGTERM, SIGHUP): quit the normal way, saving the reading position.
    case quitRequested
}

/// A place the reader draws its frames and reads its input from: the ncurses terminal, or a test double.
public protocol TerminalBackend {
    /// The current size in cells.
    var size: Size { get }
    /// Waits for input, at most `timeoutMilliseconds` (nil waits for ever).
    mutating func nextInput(timeoutMilliseconds: Int?) -> TerminalInput
    /// Shows a frame.
    mutating func present(_ grid: Grid)
    /// Forgets what is on the terminal and repaints everything on the next `present` (Ctrl-L).
    mutating func invalidate()
}
