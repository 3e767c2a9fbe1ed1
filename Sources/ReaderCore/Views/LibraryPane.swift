import ArticleKit

/// The library list, as newsboat's article list: an unread mark, the date, the source and the title of every
/// article (unread ones bold), with its quote and entity counts and, on a wide screen, its file name.
enum LibraryPane {
    /// The columns' widths for a list `width` columns wide.
    struct Columns {
        let date = 10
        let source: Int
        let counts: Bool
        let file: Int

        init(width: Int, sources: [String]) {
            let widest = sources.map { DisplayWidth.of($0) }.max() ?? 0
            source = min(width >= 100 ? 16 : 10, max(6, widest))
            counts = width >= 70
            file = width >= 90 ? min(32, width / 4) : 0
        }

        /// The left part of a row: mark, date, source, title.
        func left(mark: String, date: String, source: String, title: String) -> String {
            mark + " " + ReaderCore.Columns.pad(date, to: self.date) + "  " + ReaderCore.Columns.pad(source, to: self.source)
                + "  " + title
        }

        /// The right part of a row: counts and file name.
        func right(quotes: String, entities: String, file: String) -> String {
            (counts ? ReaderCore.Columns.pad(quotes, to: 7) + ReaderCore.Columns.pad(entities, to: 9) : "")
                + (self.file > 0 ? ReaderCore.Columns.pad(file, to: self.file) : "")
        }

        /// The right part of a row for an article that cannot be opened: why, over both counts' columns.
        func right(failure: String, file: String) -> String {
            // The reason is never cut ("not a regular file" is wider than both counts): it pushes the file name right.
            (counts ? ReaderCore.Columns.pad("✗ " + failure, to: max(16, DisplayWidth.of(failure) + 3)) : "✗ \(failure) ")
                + (self.file > 0 ? ReaderCore.Columns.pad(file, to: self.file) : "")
        }
    }

    static func draw(_ grid: inout Grid, _ state: ReaderState, _ library: LibraryState) {
        let theme = state.theme
        let layout = state.layout
        Frame.draw(&grid, layout.body, title: "Library", focused: true, theme: theme)
        let list = layout.libraryList
        guard !list.isEmpty else { return }
        let columns = Columns(width: list.width, sources: library.entries.map { VisibleText.make($0.source) })
        let sortMark = { (order: LibraryState.Order, label: String) in library.order == order ? label + " ▾" : label }
        let header = ListView.Row(left: columns.left(mark: " ", date: sortMark(.date, "Date"), source: "Source",
                                                     title: sortMark(.title, "Title")),
                                  right: columns.right(quotes: "Quotes", entities: "Entities", file: sortMark(.file, "File")),
                                  style: theme.style(.listHeader))
        ListView.draw(&grid, layout.libraryHeader, rows: [header], cursor: ListCursor(), selectable: false,
                      focused: false, theme: theme)
        let visible = library.visible
        ListView.draw(&grid, list, count: visible.count, row: { k -> ListView.Row in
            let e = library.entries[visible[k]]
            let left = columns.left(mark: e.isRead ? " " : "N", date: e.date?.description ?? "", source: VisibleText.make(e.source),
                                    title: VisibleText.make(e.title))
            if let failure = e.failure {
                return ListView.Row(left: left, right: columns.right(failure: VisibleText.make(failure), file: VisibleText.make(e.name)),
                                    style: theme.style(.listDim))
            }
            return ListView.Row(left: left,
                                right: columns.right(quotes: e.quoteCount.map(String.init) ?? "…",
                                                     entities: e.entityCount.map(String.init) ?? "…", file: VisibleText.make(e.name)),
                                style: e.isRead ? .plain : Style(attributes: [.bold]))
        }, cursor: library.cursor, selectable: true, focused: true, theme: theme)
        if visible.isEmpty && !library.filter.isEmpty {
            grid.put(" no article matches “\(VisibleText.make(library.filter))”", x: list.x, y: list.y,
                     style: theme.style(.listDim), clip: list)
        }
    }
}
