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

    /// From this size on, an article comes in stages: the first screens of its text at once, then all of it laid
    /// out, then its quotes and entities (about a second per 10 MB), each taking the place of the one before.
    public static let structureFirstBytes = 1_000_000
    /// How much of a long article's beginning is laid out for its first screen.
    public static let beginningBytes = 64 * 1024
    /// The reader's analysis budget per byte of text (`AnalysisBudget`): with the text, its layout and the
    /// program, the reader stays within 4 times the article (`extract` allows the analysis 7).
    public static let readerMemoryPerByte = 2

    public mutating func open(path: String) {
        let position = positions.offset(for: path)
        let given = preloaded[path]
        let work = self.work
        let fetcher = self.fetcher, saveFolder = self.saveFolder
        // Opening this article supersedes every open before it: work not yet started is skipped, work under way
        // stops at its next stage (or between paragraphs of its analysis).
        let generation = work.newOpen()
        work.started(1)
        work.openQueue.async {
            Self.load(path, given: given, fetcher: fetcher, saveFolder: saveFolder, position: position,
                      isCurrent: { work.isCurrentOpen(generation) }, report: work.report, finish: work.finished)
        }
    }

    /// Reads (unless `given`) and analyses the article at `path`, answering with `.articleOpened`; a long one
    /// in stages (`ArticleDocument.Stage`): its beginning first, then `.articleAdvanced` with all its text laid
    /// out (`report`), then with its analysis (`finish`). Stops, finishing with nil, as soon as `isCurrent`
    /// says another open has taken its place.
    /// (Public for byline-bench, which times the reader's first frame through it.)
    public static func load(_ path: String, given: ArticleFile.Loaded?, fetcher: PageFetcher?, saveFolder: String?,
                            position: Int?, isCurrent: () -> Bool = { true }, report: (ReaderEvent) -> Void,
                            finish: (ReaderEvent?) -> Void) {
        guard isCurrent() else { return finish(nil) }
        let loaded: ArticleFile.Loaded
        if let given {
            loaded = given
        } else {
            do { loaded = try load(path, fetcher: fetcher, saveFolder: saveFolder) } catch {
                return finish(.articleOpened(path: path, .failure(OpenFailure(error.description)), position: nil))
            }
        }
        let metadata = ArticleMetadata(source: loaded.source, modified: path == "-" ? nil : ArticleFile.modificationDate(path))
        func document(_ article: Article, _ stage: ArticleDocument.Stage) -> ArticleDocument {
            ArticleDocument(article: article, path: path, metadata: metadata, stage: stage)
        }
        // A web page's text is the part of the page worth analysing, so only long text files take stages.
        if loaded.stated == nil, loaded.text.count >= structureFirstBytes {
            let beginning = Article(beginningOf: loaded.text, bytes: beginningBytes, warnings: loaded.warnings)
            report(.articleOpened(path: path, .success(document(beginning, .beginning)), position: position))
            guard isCurrent() else { return finish(nil) }
            let structure = Article(structureOf: loaded.text, warnings: loaded.warnings)
            report(.articleAdvanced(path: path, document(structure, .structure)))
            guard isCurrent(),
                  let article = Article.analysing(structure, memoryPerByte: readerMemoryPerByte,
                                                  progress: { report(.articleProgress(path: path, fraction: $0)) },
                                                  isCancelled: { !isCurrent() })
            else { return finish(nil) }
            return finish(.articleAdvanced(path: path, document(article, .analysed)))
        }
        let article = loaded.analyzed()
        finish(.articleOpened(path: path, .success(document(article, .analysed)), position: position))
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

    /// From this size on, a library entry is described by its first line alone: its counts would take the
    /// article's whole analysis, in the background, beside an article being read (they come when it is opened).
    public static let describedInFullBytes = 1_000_000

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
        if !PageFetcher.isAddress(path), let size = ArticleFile.size(path), size >= describedInFullBytes {
            return ArticleDetails(title: ArticleFile.firstLine(path),
                                  metadata: ArticleMetadata(modified: ArticleFile.modificationDate(path)))
        }
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
    /// The number of the latest open: an open whose number is older has been superseded.
    private let latestOpen = Atomic<Int>(0)

    func started(_ count: Int) { pending.add(count, ordering: .relaxed) }

    /// Numbers a new open, superseding those before it.
    func newOpen() -> Int { latestOpen.add(1, ordering: .relaxed).newValue }

    /// Whether open number `generation` is still the latest.
    func isCurrentOpen(_ generation: Int) -> Bool { latestOpen.load(ordering: .relaxed) == generation }

    /// A result of work that goes on.
    func report(_ event: ReaderEvent) {
        results.withLock { $0.append(event) }
    }

    /// The last result of a piece of work (nil for work given up).
    func finished(_ event: ReaderEvent?) {
        if let event { results.withLock { $0.append(event) } }
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
