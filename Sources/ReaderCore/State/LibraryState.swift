/// The library list: articles in a folder (or given on the command line), filtered by what was typed.
public struct LibraryState: Equatable, Sendable {
    /// One article of the library. Title comes from the first line; counts arrive when it has been analysed.
    public struct Entry: Equatable, Sendable {
        public var path: String
        public var name: String
        public var title: String
        public var quoteCount: Int?
        public var entityCount: Int?
        /// Why the article cannot be opened, once known.
        public var failure: String?

        public init(path: String, title: String?) {
            self.path = path
            self.name = path.split(separator: "/").last.map(String.init) ?? path
            self.title = title ?? self.name
        }
    }

    public var entries: [Entry]
    public var filter: String
    public var cursor: ListCursor
    /// The folder or description shown in the title bar.
    public var location: String

    public init(entries: [Entry], location: String) {
        self.entries = entries
        self.filter = ""
        self.cursor = ListCursor()
        self.location = location
    }

    /// The indices of the entries that match the filter (title or file name, ignoring case and diacritics).
    public var visible: [Int] {
        guard !filter.isEmpty else { return Array(entries.indices) }
        let matcher = SearchMatcher(query: filter, forceIgnoreCase: true)
        return entries.indices.filter { i in
            matcher.matches(in: entries[i].title) || matcher.matches(in: entries[i].name)
        }
    }

    /// The path of the selected entry, if any is visible.
    public var selectedPath: String? {
        let v = visible
        guard !v.isEmpty else { return nil }
        return entries[v[min(cursor.selected, v.count - 1)]].path
    }
}
