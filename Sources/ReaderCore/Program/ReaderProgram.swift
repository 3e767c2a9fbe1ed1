/// The reader's main loop (model, update, view): input → event → `ReaderState.handle` → effects → render →
/// present. Like Bubble Tea's program, it owns time and I/O: effects go to the host, whose results come back as
/// events; the state changes only in `handle`. Renders only after something happened, and presents only a frame
/// that differs from the last.
public enum ReaderProgram {
    /// Runs the reader from `initial`, first handling `startEvents` (`.started`, `.libraryListed`,
    /// `.openRequested`), until it finishes; returns the final state.
    public static func run<B: TerminalBackend, H: ReaderHost>(_ initial: ReaderState, startEvents: [ReaderEvent] = [],
                                                               backend: inout B, host: inout H) -> ReaderState {
        var state = initial
        var events = startEvents
        if state.size != backend.size { events.insert(.resize(backend.size), at: 0) }
        var shown: Grid?
        while true {
            var repaint = false
            for event in events {
                for effect in state.handle(event) {
                    switch effect {
                    case .openArticle(let path): host.open(path: path)
                    case .saveReadingPosition(let path, let offset): host.saveReadingPosition(path: path, offset: offset)
                    case .markRead(let paths, let read): host.markRead(paths: paths, read: read)
                    case .redraw: backend.invalidate(); repaint = true
                    case .quit: break  // `finished` is set: the loop ends below
                    }
                }
            }
            if state.finished { break }
            if !events.isEmpty || shown == nil {
                let frame = Screen.render(state)
                if repaint || frame != shown {
                    backend.present(frame)
                    shown = frame
                }
            }
            events = next(&backend, &host)
        }
        return state
    }

    /// The events after waiting for input: finished work first (it was ready before the key was read), then the
    /// input itself.
    private static func next<B: TerminalBackend, H: ReaderHost>(_ backend: inout B, _ host: inout H) -> [ReaderEvent] {
        let input = backend.nextInput(timeoutMilliseconds: host.isWorking ? 50 : nil)
        var events = host.finishedWork()
        switch input {
        case .key(let key): events.append(.key(key))
        case .resize(let size): events.append(.resize(size))
        case .mouse(let mouse): events.append(.mouse(mouse))
        case .timeout: break
        case .closed, .quitRequested: events.append(.inputClosed)
        }
        return events
    }
}
