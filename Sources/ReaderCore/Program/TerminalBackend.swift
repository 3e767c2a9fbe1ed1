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

/// The side of the reader that touches the world: loading articles, remembering positions, background work.
public protocol ReaderHost {
    /// Loads and analyses an article, answering with `.articleOpened`.
    mutating func open(path: String) -> ReaderEvent
    /// Remembers where reading stopped in an article.
    mutating func saveReadingPosition(path: String, offset: Int)
    /// Results of background work that arrived since the last call (library details).
    mutating func finishedWork() -> [ReaderEvent]
    /// Whether background work is still running (then input is polled, not waited for).
    var isWorking: Bool { get }
}

/// The reader's main loop (model, update, view): input → event → `ReaderState.handle` → effects → render →
/// present. Renders only after something happened, and presents only a frame that differs from the last.
public enum ReaderProgram {
    public static func run<B: TerminalBackend, H: ReaderHost>(_ initial: ReaderState, backend: inout B,
                                                               host: inout H) -> ReaderState {
        var state = initial
        if state.size != backend.size { _ = state.handle(.resize(backend.size)) }
        var shown = Screen.render(state)
        backend.present(shown)
        while !state.finished {
            var events: [ReaderEvent] = []
            switch backend.nextInput(timeoutMilliseconds: host.isWorking ? 50 : nil) {
            case .key(let key): events.append(.key(key))
            case .resize(let size): events.append(.resize(size))
            case .mouse(let mouse): events.append(.mouse(mouse))
            case .timeout: break
            case .closed, .quitRequested:
                state.finished = true
                if let view = state.article {
                    host.saveReadingPosition(path: view.document.path, offset: view.topOffset(state.geometry))
                }
            }
            events += host.finishedWork()
            if events.isEmpty { continue }
            var index = 0
            var repaint = false
            while index < events.count {
                for effect in state.handle(events[index]) {
                    switch effect {
                    case .openArticle(let path):
                        // Show "opening…" before the work starts: a long article takes a moment.
                        let frame = Screen.render(state)
                        if frame != shown { backend.present(frame); shown = frame }
                        events.append(host.open(path: path))
                    case .saveReadingPosition(let path, let offset): host.saveReadingPosition(path: path, offset: offset)
                    case .redraw: backend.invalidate(); repaint = true
                    case .quit: state.finished = true
                    }
                }
                index += 1
            }
            guard !state.finished else { break }
            let frame = Screen.render(state)
            if repaint || frame != shown {
                backend.present(frame)
                shown = frame
            }
        }
        return state
    }
}
