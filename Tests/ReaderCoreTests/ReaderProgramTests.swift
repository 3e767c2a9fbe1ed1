import ArticleKit
import Testing
@testable import ReaderCore

/// A terminal double: plays back inputs, keeps every frame presented.
struct TestBackend: TerminalBackend {
    var size: Size
    var inputs: [TerminalInput]
    var frames: [Grid] = []
    var invalidations = 0

    mutating func nextInput(timeoutMilliseconds: Int?) -> TerminalInput {
        inputs.isEmpty ? .closed : inputs.removeFirst()
    }
    mutating func present(_ grid: Grid) { frames.append(grid) }
    mutating func invalidate() { invalidations += 1 }
}

/// A host double: articles from memory (each opened article arrives with the next input), positions and read
/// marks in dictionaries.
struct TestHost: ReaderHost {
    var documents: [String: ArticleDocument]
    var saved: [String: Int] = [:]
    var read: [String: Bool] = [:]
    var pending: [ReaderEvent] = []
    var isWorking: Bool { !pending.isEmpty }

    mutating func open(path: String) {
        guard let document = documents[path] else {
            pending.append(.articleOpened(path: path, .failure(OpenFailure("\(path): no such file or folder")), position: nil))
            return
        }
        pending.append(.articleOpened(path: path, .success(document), position: saved[path]))
    }
    mutating func saveReadingPosition(path: String, offset: Int) { saved[path] = offset }
    mutating func markRead(paths: [String], read: Bool) { for path in paths { self.read[path] = read } }
    mutating func finishedWork() -> [ReaderEvent] {
        defer { pending = [] }
        return pending
    }
}

@Suite("The main loop")
struct ReaderProgramTests {
    @Test("a session: open from the library, read, quit back, quit; frames only when something changed")
    func session() {
        let harbour = Fixtures.harbour
        var host = TestHost(documents: [harbour.path: harbour])
        let library = LibraryState(entries: [.init(path: harbour.path, title: "Harbour"), .init(path: "/gone.txt", title: "Gone")],
                                   location: "test")
        var backend = TestBackend(size: Size(width: 120, height: 40), inputs: [
            .key(.enter), .timeout, .key(.char("j")), .key(.char("Z")), .key(.ctrl("l")), .resize(Size(width: 80, height: 24)),
            .key(.char("q")), .key(.char("j")), .key(.enter), .timeout, .key(.char("q")),
        ])
        let end = ReaderProgram.run(ReaderState(size: Size(width: 100, height: 30)),
                                    startEvents: [.libraryListed(library, reopen: nil)], backend: &backend, host: &host)
        #expect(end.finished)
        #expect(backend.frames.first!.size == Size(width: 120, height: 40))
        #expect(backend.frames[0].shows("Library"))
        #expect(backend.frames[1].shows("opening harbour-talks.txt"))
        #expect(backend.frames[2].shows("Harbour Talks Resume"))
        // Once the article is open, nothing says it is opening (issue 13, point 3).
        #expect(!backend.frames[2].lines.last!.contains("opening"), "\(backend.frames[2].lines.last!)")
        // "j" in an article that fits and "Z" (bound to nothing) change nothing: no new frame for them; Ctrl-L
        // repaints even an unchanged frame.
        #expect(backend.invalidations == 1)
        // start, opening…, open, Ctrl-L, resize, back, j, opening…, failure
        #expect(backend.frames.count == 9, "\(backend.frames.map { $0.lines.last! })")
        #expect(host.saved[harbour.path] != nil)
        #expect(backend.frames.last!.shows("no such file or folder"))
    }

    @Test("when input ends (the terminal went away), the position is still saved")
    func inputEnds() {
        let harbour = Fixtures.harbour
        var host = TestHost(documents: [harbour.path: harbour])
        var backend = TestBackend(size: Size(width: 120, height: 40), inputs: [.timeout, .key(.char("G"))])
        _ = ReaderProgram.run(ReaderState(size: Size(width: 120, height: 40)), startEvents: [.openRequested(path: harbour.path)],
                              backend: &backend, host: &host)
        #expect(host.saved[harbour.path] != nil)
    }
}
