import ArticleKit
import ReaderCore
import WebFetch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// The reader's host on a real machine: opens article files, remembers reading positions, and analyses library
/// entries in the background so a folder of hundreds of articles lists at once and fills in its counts.
public struct FileReaderHost: ReaderHost {
    public var positions: ReadingPositions
    private let work = BackgroundWork()
    /// Articles given on standard input, by the name they are shown under.
    private let stdinText: ArticleFile.Loaded?

    /// How web addresses are fetched (nil: they cannot be opened).
    private let fetcher: PageFetcher?
    /// Where fetched pages are saved (`--save`), if anywhere.
    private let saveFolder: String?

    public init(positions: ReadingPositions, standardInput: ArticleFile.Loaded? = nil, fetcher: PageFetcher? = nil,
                saveFolder: String? = nil) {
        self.positions = positions
        self.stdinText = standardInput
        self.fetcher = fetcher
        self.saveFolder = saveFolder
    }

    /// Reads a file, or fetches a web address.
    static func load(_ path: String, fetcher: PageFetcher?, saveFolder: String?) throws(ArticleFile.Failure) -> ArticleFile.Loaded {
        if let fetcher, PageFetcher.isAddress(path) { return try WebArticle.fetch(path, with: fetcher, saveFolder: saveFolder) }
        return try ArticleFile.load(path)
    }

    public mutating func open(path: String) -> ReaderEvent {
        let loaded: ArticleFile.Loaded
        if path == "-", let stdinText {
            loaded = stdinText
        } else {
            do { loaded = try Self.load(path, fetcher: fetcher, saveFolder: saveFolder) } catch {
                return .articleOpened(path: path, .failure(OpenFailure(error.description)), position: nil)
            }
        }
        let article = loaded.analyzed()
        let document = ArticleDocument(article: article, path: path)
        return .articleOpened(path: path, .success(document), position: positions.offset(for: path))
    }

    /// Why reading positions could not be saved, if they could not (said once, on exit).
    public private(set) var saveProblem: String?

    public mutating func saveReadingPosition(path: String, offset: Int) {
        if let problem = positions.remember(offset, for: path) { saveProblem = problem }
    }

    public mutating func finishedWork() -> [ReaderEvent] {
        work.takeResults()
    }

    public var isWorking: Bool { work.isBusy }

    /// Analyses `paths` one after another on a background thread, reporting each entry's title and counts.
    public func describeInBackground(_ paths: [String]) {
        guard !paths.isEmpty else { return }
        let work = self.work
        let fetcher = self.fetcher
        work.started(paths.count)
        DispatchQueue.global(qos: .utility).async {
            for path in paths {
                let event: ReaderEvent
                do throws(ArticleFile.Failure) {
                    let loaded = try Self.load(path, fetcher: fetcher, saveFolder: nil)
                    let article = loaded.analyzed()
                    event = .libraryDetails(path: path, title: article.titleText, quotes: article.quotes.count,
                                            entities: article.entities.count, failure: nil)
                } catch {
                    let why: String
                    switch error {
                    case .notText: why = "not text"
                    case .empty: why = "empty"
                    case .permissionDenied: why = "no permission"
                    default: why = "unreadable"
                    }
                    event = .libraryDetails(path: path, title: nil, quotes: nil, entities: nil, failure: why)
                }
                work.finished(event)
            }
        }
    }
}

/// Results handed from the background thread to the reader's thread.
final class BackgroundWork: Sendable {
    private let results = Mutex<[ReaderEvent]>([])
    private let pending = Atomic<Int>(0)

    func started(_ count: Int) { pending.add(count, ordering: .relaxed) }

    func finished(_ event: ReaderEvent) {
        results.withLock { $0.append(event) }
        pending.subtract(1, ordering: .relaxed)
    }

    func takeResults() -> [ReaderEvent] {
        results.withLock { events in
            defer { events.removeAll() }
            return events
        }
    }

    var isBusy: Bool { pending.load(ordering: .relaxed) > 0 || results.withLock { !$0.isEmpty } }
}
