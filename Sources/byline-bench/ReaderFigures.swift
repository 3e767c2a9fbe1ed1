import ArticleKit
import BylineFiles
import ReaderCore
#if canImport(Glibc)
import Glibc
#endif

/// The reader's figures for a large article (issue 14): its first frame, each stage after it, a search typed
/// key by key, and the reader's peak memory, measured through the code the reader itself runs
/// (`FileReaderHost.load`, `ReaderState.handle`, `Screen.render`).
enum ReaderFigures {
    static let size = Size(width: 200, height: 60)

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    /// Seconds from asking for the article at `path` to its first frame drawn (reading the file included); the
    /// open is then given up, as it would be by a reader that quits.
    static func firstFrame(_ path: String) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        var elapsed = Double.infinity
        var state = ReaderState(size: size)
        _ = state.handle(.openRequested(path: path))
        FileReaderHost.load(path, given: nil, fetcher: nil, saveFolder: nil, position: nil,
                            isCurrent: { elapsed == .infinity }, report: { event in
            guard elapsed == .infinity else { return }
            _ = state.handle(event)
            _ = Screen.render(state)
            elapsed = seconds(clock.now - start)
        }, finish: { event in
            guard elapsed == .infinity, let event else { return }
            _ = state.handle(event)
            _ = Screen.render(state)
            elapsed = seconds(clock.now - start)
        })
        return elapsed
    }

    /// Seconds from asking for the article to each stage drawn: the first frame, all the text laid out, the
    /// analysis (one run).
    static func stages(_ path: String) -> [Double] {
        let clock = ContinuousClock()
        let start = clock.now
        var times: [Double] = []
        var state = ReaderState(size: size)
        _ = state.handle(.openRequested(path: path))
        func take(_ event: ReaderEvent) {
            if case .articleProgress = event { return }
            _ = state.handle(event)
            _ = Screen.render(state)
            times.append(seconds(clock.now - start))
        }
        FileReaderHost.load(path, given: nil, fetcher: nil, saveFolder: nil, position: nil, report: take,
                            finish: { if let event = $0 { take(event) } })
        return times
    }

    /// Milliseconds of each key of typing `/` and `word` over the article at `path` (as laid out, before its
    /// analysis: searching does not need it), each key with its frame, sorted.
    static func searchKeys(_ path: String, word: String) -> [Double] {
        let loaded = try! ArticleFile.load(path)
        let document = ArticleDocument(article: Article(structureOf: loaded.text), path: path, stage: .structure)
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<3 {
            var state = ReaderState(size: size)
            _ = state.handle(.openRequested(path: path))
            _ = state.handle(.articleOpened(path: path, .success(document), position: nil))
            _ = Screen.render(state)
            for key in [Key.char("/")] + word.unicodeScalars.map { Key.char($0) } + [Key.enter] {
                let start = clock.now
                _ = state.handle(.key(key))
                _ = Screen.render(state)
                times.append(seconds(clock.now - start))
            }
        }
        return times.sorted()
    }
}

/// The child process of the reader-memory figure: opens the article as the reader does, in every stage, draws
/// each, and prints its own peak resident size (`VmHWM`, so that nothing of its parent is counted).
enum ReaderMemoryChild {
    static func run(path: String) {
        var state = ReaderState(size: ReaderFigures.size)
        _ = state.handle(.openRequested(path: path))
        func take(_ event: ReaderEvent) {
            _ = state.handle(event)
            _ = Screen.render(state)
        }
        FileReaderHost.load(path, given: nil, fetcher: nil, saveFolder: nil, position: nil, report: take,
                            finish: { if let event = $0 { take(event) } })
        print(peakResidentBytes())
    }

    /// This process's peak resident size in bytes (`VmHWM` of /proc/self/status), 0 where there is none.
    static func peakResidentBytes() -> Int {
        guard let file = fopen("/proc/self/status", "r") else { return 0 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(cString: line)
            if text.hasPrefix("VmHWM:") {
                let digits = text.filter(\.isNumber)
                return (Int(digits) ?? 0) * 1024
            }
        }
        return 0
    }
}
