/// Drawing a scrolling list inside a pane: one row per item, the selected one highlighted (reverse when the
/// pane has focus, underlined otherwise), a scroll indicator when there is more.
enum ListView {
    struct Row {
        var left: String
        var right: String = ""
        var style: Style = .plain
        var indent: Int = 0
    }

    static func draw(_ grid: inout Grid, _ inner: Rect, rows: [Row], cursor: ListCursor, selectable: Bool,
                     focused: Bool, theme: Theme) {
        draw(&grid, inner, count: rows.count, row: { rows[$0] }, cursor: cursor, selectable: selectable,
             focused: focused, theme: theme)
    }

    /// Draws a list of `count` rows, building only the rows that are on screen (`row(index)`), so a pane over
    /// ten thousand quotes costs what it shows.
    static func draw(_ grid: inout Grid, _ inner: Rect, count: Int, row makeRow: (Int) -> Row, cursor: ListCursor,
                     selectable: Bool, focused: Bool, theme: Theme) {
        guard !inner.isEmpty else { return }
        let visible = cursor.visible(height: inner.height, count: count)
        for line in 0..<inner.height {
            let index = visible.top + line
            guard index < count else { break }
            let row = makeRow(index)
            let selected = selectable && index == visible.selected
            let width = inner.width - 1
            let text = " " + String(repeating: " ", count: row.indent)
                + Columns.spread(row.left, row.right, width: max(0, width - row.indent - 1))
            var style = row.style
            if selected { style = style.patched(with: theme.style(focused ? .listSelected : .listSelectedUnfocused)) }
            grid.put(Columns.pad(text, to: inner.width), x: inner.x, y: inner.y + line, style: style, clip: inner)
        }
        if count > inner.height {
            let more = visible.top + inner.height < count
            let mark = visible.top > 0 && more ? "↕" : more ? "↓" : "↑"
            grid.put(mark, x: inner.maxX - 1, y: inner.maxY - 1, style: theme.style(.listDim), clip: inner)
        }
        if count == 0 {
            grid.put(" (none)", x: inner.x, y: inner.y, style: theme.style(.listDim), clip: inner)
        }
    }
}
