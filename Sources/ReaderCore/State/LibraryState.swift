/// The library list: the articles of a folder (or given on the command line), sorted, filtered by what was
/// typed, each with its read mark, date and source.
public struct LibraryState: Equatable, Sendable {
    /// One article of the library. The title comes from the first line until the article has been analysed in
    /// the background; the counts arrive then, and the metadata from whatever loaded it.
    public struct Entry: Equatable, Sendable {
        public let path: String
        /// The file name.
        public let name: String
        /// The folder the file is in: the source column when the metadata names no site.
        public let folder: String
        public internal(set) var title: String
        public internal(set) var quoteCount: Int?
        public internal(set) var entityCount: Int?
        /// Why the article cannot be opened, once known.
        public internal(set) var failure: String?
        public internal(set) var metadata: ArticleMetadata
        /// Whether the article has been read (opened, or marked with `m`).
        public internal(set) var isRead: Bool

        public init(path: String, title: String?, metadata: ArticleMetadata = ArticleMetadata(), isRead: Bool = false) {
            self.path = path
            let parts = path.split(separator: "/")
            self.name = parts.last.map(String.init) ?? path
            self.folder = parts.count >= 2 ? String(parts[parts.count - 2]) : path.hasPrefix("/") ? "/" : "."
            self.title = title ?? self.name
            self.metadata = metadata
            self.isRead = isRead
        }

        /// The date column: the publication date, else the file's.
        public var date: ArticleDate? { metadata.date }
        /// The source column: the site, else the folder.
        public var source: String { metadata.site ?? folder }
    }

    /// The orders the library can be sorted in (`s` cycles through them).
    public enum Order: String, CaseIterable, Equatable, Sendable {
        /// As given: file names in a folder, or the command line's order.
        case file
        /// Newest first; undated articles last.
        case date
        /// By title, A to Z, ignoring case and diacritics.
        case title
    }

    public internal(set) var entries: [Entry]
    public internal(set) var filter: String
    public internal(set) var cursor: ListCursor
    public internal(set) var order: Order
    /// The folder or description shown in the title bar.
    public let location: String

    public init(entries: [Entry], location: String, order: Order = .file) {
        self.entries = entries
        self.filter = ""
        self.cursor = ListCursor()
        self.order = order
        self.location = location
    }

    /// The indices of the entries shown, in order: sorted, then filtered (title or file name, ignoring case and
    /// diacritics).
    public var visible: [Int] {
        var indices = Array(entries.indices)
        switch order {
        case .file:
            break
        case .date:
            indices.sort { a, b in
                switch (entries[a].date, entries[b].date) {
                case let (x?, y?): return x != y ? x > y : a < b
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return a < b
                }
            }
        case .title:
            let keys = entries.map { SearchFolding.sortKey($0.title) }
            indices.sort { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }
        }
        guard !filter.isEmpty else { return indices }
        let matcher = SearchMatcher(query: filter, forceIgnoreCase: true)
        return indices.filter { i in matcher.matches(in: entries[i].title) || matcher.matches(in: entries[i].name) }
    }

    /// The index in `entries` of the selected entry, if any is visible.
    public var selectedEntry: Int? {
        let v = visible
        guard !v.isEmpty else { return nil }
        return v[min(cursor.selected, v.count - 1)]
    }

    /// The path of the selected entry, if any is visible.
    public var selectedPath: String? { selectedEntry.map { entries[$0].path } }

    /// How many articles are not read yet.
    public var unreadCount: Int { entries.reduce(0) { $0 + ($1.isRead ? 0 : 1) } }
}
