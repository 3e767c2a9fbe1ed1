import ArticleKit

/// The library list: every article with its title, counts and file name.
enum LibraryPane {
    static func draw(_ grid: inout Grid, _ state: ReaderState, _ library: LibraryState) {
        let theme = state.theme
        let layout = state.layout
        Frame.draw(&grid, layout.body, title: "Library", focused: true, theme: theme)
        let list = layout.libraryList
        guard !list.isEmpty else { return }
        let nameWidth = list.width >= 90 ? min(36, list.width / 4) : 0
        func columns(_ quotes: String, _ entities: String, _ name: String) -> String {
            Columns.pad(quotes, to: 7) + Columns.pad(entities, to: 9)
                + (nameWidth > 0 ? Columns.pad(name, to: nameWidth) : "")
        }
        let header = ListView.Row(left: "Title", right: columns("Quotes", "Entities", "File"), style: theme.style(.listHeader))
        ListView.draw(&grid, layout.libraryHeader, rows: [header], cursor: ListCursor(), selectable: false,
                      focused: false, theme: theme)
        let visible = library.visible
        ListView.draw(&grid, list, count: visible.count, row: { k -> ListView.Row in
            let e = library.entries[visible[k]]
            let name = VisibleText.make(e.name)
            if let failure = e.failure {
                return ListView.Row(left: VisibleText.make(e.title),
                                    right: Columns.pad("✗ " + failure, to: 16) + (nameWidth > 0 ? Columns.pad(name, to: nameWidth) : ""),
                                    style: theme.style(.listDim))
            }
            return ListView.Row(left: VisibleText.make(e.title),
                                right: columns(e.quoteCount.map(String.init) ?? "…", e.entityCount.map(String.init) ?? "…", name))
        }, cursor: library.cursor, selectable: true, focused: true, theme: theme)
        if visible.isEmpty && !library.filter.isEmpty {
            grid.put(" no article matches “\(VisibleText.make(library.filter))”", x: list.x, y: list.y,
                     style: theme.style(.listDim), clip: list)
        }
    }
}
