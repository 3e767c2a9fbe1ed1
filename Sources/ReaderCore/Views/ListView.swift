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
        guard !inner.isEmpty else { return }
        let visible = cursor.visible(height: inner.height, count: rows.count)
        for line in 0..<inner.height {
            let index = visible.top + line
            guard index < rows.count else { break }
            let row = rows[index]
            let selected = selectable && index == visible.selected
            let width = inner.width - 1
            let text = " " + String(repeating: " ", count: row.indent)
                + Columns.spread(row.left, row.right, width: max(0, width - row.indent - 1))
            var style = row.style
            if selected { style = style.patched(with: theme.style(focused ? .listSelected : .listSelectedUnfocused)) }
            grid.put(Columns.pad(text, to: inner.width), x: inner.x, y: inner.y + line, style: style, clip: inner)
        }
        if rows.count > inner.height {
            let more = visible.top + inner.height < rows.count
            let mark = visible.top > 0 && more ? "↕" : more ? "↓" : "↑"
            grid.put(mark, x: inner.maxX - 1, y: inner.maxY - 1, style: theme.style(.listDim), clip: inner)
        }
        if rows.isEmpty {
            grid.put(" (none)", x: inner.x, y: inner.y, style: theme.style(.listDim), clip: inner)
        }
    }
}
