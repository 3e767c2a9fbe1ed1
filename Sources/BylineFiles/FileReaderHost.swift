import ArticleKit
import ReaderCore
import WebFetch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// The reader's host on a real machine: opens article files (read and analysed on a background thread, so the
/// screen stays live), remembers reading positions and read marks, and analyses library entries in the background
/// so a folder of hundreds of articles lists at once and fills in its counts.
public struct FileReaderHost: ReaderHost {
    public var positions: ReadingPositions
    public var marks: ReadMarks
    private let work = BackgroundWork()
    /// Articles already read into memory, by the path they are opened under: standard input ("-"), and an
    /// article named on the command line (read before the terminal starts, so a bad file gets a plain error).
    private let preloaded: [String: ArticleFile.Loaded]

    /// How web addresses are fetched (nil: they cannot be opened).
    private let fetcher: PageFetcher?
    /// Where fetched pages are saved (`--save`), if anywhere.
    private let saveFolder: String?

    public init(positions: ReadingPositions, marks: ReadMarks, preloaded: [String: ArticleFile.Loaded] = [:],
                fetcher: PageFetcher? = nil, saveFolder: String? = nil) {
        self.positions = positions
        self.marks = marks
        self.preloaded = preloaded
        self.fetcher = fetcher
        self.saveFolder = saveFolder
    }

    /// Reads a file, or fetches a web address.
    static func load(_ path: String, fetcher: PageFetcher?, saveFolder: String?) throws(ArticleFile.Failure) -> ArticleFile.Loaded {
        if let fetcher, PageFetcher.isAddress(path) { return try WebArticle.fetch(path, with: fetcher, saveFolder: saveFolder) }
        return try ArticleFile.load(path)
    }

    /// From this size on, an article's text is shown as soon as its structure is known, and its quotes and
    /// entities follow when the full analysis is done (about a second per 10 MB).
    public static let structureFirstBytes = 1_000_000

    public mutating func open(path: String) {
        let position = positions.offset(for: path)
        let given = preloaded[path]
        let work = self.work
        let fetcher = self.fetcher, saveFolder = self.saveFolder
        work.started(1)
        work.openQueue.async {
            Self.load(path, given: given, fetcher: fetcher, saveFolder: saveFolder, position: position,
                      report: work.report, finish: work.finished)
        }
    }

    /// Reads (unless `given`) and analyses the article at `path`, answering with `.articleOpened`; a long one
    /// first with its structure alone (`report`), then with `.articleAnalysed` (`finish`).
    static func load(_ path: String, given: ArticleFile.Loaded?, fetcher: PageFetcher?, saveFolder: String?, position: Int?,
                     report: (ReaderEvent) -> Void, finish: (ReaderEvent) -> Void) {
        let loaded: ArticleFile.Loaded
        if let given {
            loaded = given
        } else {
            do { loaded = try load(path, fetcher: fetcher, saveFolder: saveFolder) } catch {
                return finish(.articleOpened(path: path, .failure(OpenFailure(error.description)), position: nil))
            }
        }
        let metadata = ArticleMetadata(source: loaded.source, modified: path == "-" ? nil : ArticleFile.modificationDate(path))
        // A web page's text is the part of the page worth analysing, so only long text files take two steps.
        if loaded.stated == nil, loaded.text.count >= structureFirstBytes {
            let structure = Article(structureOf: loaded.text, warnings: loaded.warnings)
            report(.articleOpened(path: path, .success(ArticleDocument(article: structure, path: path, metadata: metadata,
                                                                       isAnalysed: false)), position: position))
            let article = loaded.analyzed()
            return finish(.articleAnalysed(path: path, ArticleDocument(article: article, path: path, metadata: metadata)))
        }
        let article = loaded.analyzed()
        finish(.articleOpened(path: path, .success(ArticleDocument(article: article, path: path, metadata: metadata)),
                              position: position))
    }

    /// Why reading positions or read marks could not be saved, if they could not (said once, on exit).
    public private(set) var saveProblem: String?

    public mutating func saveReadingPosition(path: String, offset: Int) {
        if let problem = positions.remember(offset, for: path) { saveProblem = problem }
    }

    public mutating func markRead(paths: [String], read: Bool) {
        if let problem = marks.mark(paths, read: read) { saveProblem = problem }
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
                work.finished(.libraryDetails(path: path, Self.describe(path, fetcher: fetcher)))
            }
        }
    }

    /// The title and counts of the article at `path`, or why it cannot be opened.
    static func describe(_ path: String, fetcher: PageFetcher?) -> ArticleDetails {
        do throws(ArticleFile.Failure) {
            let loaded = try load(path, fetcher: fetcher, saveFolder: nil)
            let article = loaded.analyzed()
            return ArticleDetails(title: article.titleText, quoteCount: article.quotes.count,
                                  entityCount: article.entities.count,
                                  metadata: ArticleMetadata(source: loaded.source, modified: ArticleFile.modificationDate(path)))
        } catch {
            let why: String
            switch error {
            case .notText: why = "not text"
            case .empty: why = "empty"
            case .permissionDenied: why = "no permission"
            case .notRegular: why = "not a regular file"
            default: why = "unreadable"
            }
            return ArticleDetails(failure: why)
        }
    }
}

/// Results handed from the background threads to the reader's thread.
final class BackgroundWork: Sendable {
    private let results = Mutex<[ReaderEvent]>([])
    private let pending = Atomic<Int>(0)
    /// Where articles are opened: one at a time, ahead of the library's descriptions.
    let openQueue = DispatchQueue(label: "byline.open", qos: .userInitiated)

    func started(_ count: Int) { pending.add(count, ordering: .relaxed) }

    /// A result of work that goes on.
    func report(_ event: ReaderEvent) {
        results.withLock { $0.append(event) }
    }

    /// The last result of a piece of work.
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
