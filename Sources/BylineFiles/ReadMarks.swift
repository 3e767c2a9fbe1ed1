#if canImport(Glibc)
import Glibc
#endif

/// Which articles have been read, kept in `$XDG_STATE_HOME/byline/read` (`~/.local/state/byline/read`) so the
/// library's unread marks last between runs: one absolute path per line.
///
/// Small and apart from the reading positions on purpose. Saving merges: the file is read again and this run's
/// changes are applied on top before it is written whole (`StateFile.write`), so two readers open at once keep
/// each other's marks. A line that is not an absolute path is dropped with a warning.
public struct ReadMarks: Sendable {
    public let file: String?
    /// The absolute paths of the articles read.
    public private(set) var paths: Set<String> = []
    /// What this run marked (true) or unmarked (false), applied again on every save.
    private var changes: [String: Bool] = [:]
    /// Problems met reading the file (shown once, never fatal).
    public private(set) var warnings: [String] = []

    /// Loads the marks from the default location (nothing is read when no home folder is known).
    public init(environment: [String: String]) {
        file = StateFile.path("read", environment: environment)
        paths = load(warn: true)
    }

    /// Loads the marks from `file` (tests).
    public init(file: String) {
        self.file = file
        paths = load(warn: true)
    }

    /// Whether the article at `path` has been read.
    public func isRead(_ path: String) -> Bool {
        path != "-" && paths.contains(StateFile.key(path))
    }

    /// Marks articles read (or unread) and saves; returns a warning if the file could not be written.
    @discardableResult
    public mutating func mark(_ articles: [String], read: Bool) -> String? {
        for path in articles where path != "-" {
            let key = StateFile.key(path)
            changes[key] = read
        }
        var merged = load(warn: false)
        for (key, read) in changes {
            if read { merged.insert(key) } else { merged.remove(key) }
        }
        paths = merged
        guard let file else { return nil }
        let text = merged.sorted().filter { !$0.contains(Character("\n")) }.map { $0 + "\n" }.joined()
        let failure = StateFile.write(text, to: file)
        return failure == 0 ? nil : "cannot save read marks in \(file): \(String(cString: strerror(failure)))"
    }

    private mutating func load(warn: Bool) -> Set<String> {
        guard let file else { return [] }
        let (text, problem) = StateFile.read(file)
        if let problem, warn { warnings.append("read marks not loaded: \(problem)") }
        var result: Set<String> = []
        var bad = 0
        for line in (text ?? "").split(separator: "\n") {
            if line.hasPrefix("/") { result.insert(String(line)) } else { bad += 1 }
        }
        if bad > 0, warn { warnings.append("\(file): \(bad) unreadable line\(bad == 1 ? "" : "s") ignored (rewritten when an article is next marked)") }
        return result
    }
}
