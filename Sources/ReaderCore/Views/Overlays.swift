import ArticleKit

/// The popups drawn over everything else: the help screen and the speaker picker.
enum Overlays {
    /// The help screen: every binding of the keymap table, by group.
    static func drawHelp(_ grid: inout Grid, _ state: ReaderState, top: Int) {
        let theme = state.theme
        var lines: [(keys: String, text: String, header: Bool)] = []
        for section in state.keymap.helpSections() {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((section.title, "", true))
            for row in section.rows { lines.append((row.keys, row.summary, false)) }
        }
        let keyWidth = min(28, lines.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let layout = state.layout
        let rect = layout.popup(width: 80, height: lines.count + 2)
        let inner = Frame.draw(&grid, rect, title: "Keys (q or Esc closes)", focused: true, theme: theme,
                               borderRole: .overlayBorder)
        guard !inner.isEmpty else { return }
        let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let first = min(top, max(0, lines.count - body.height))
        for (row, line) in lines.dropFirst(first).prefix(body.height).enumerated() {
            let y = body.y + row
            if line.header {
                grid.put(line.keys, x: body.x, y: y, style: theme.style(.listHeader), clip: body)
            } else {
                let x = grid.put(Columns.pad(line.keys, to: keyWidth), x: body.x + 2, y: y,
                                 style: theme.style(.helpKey), clip: body)
                grid.put("  " + line.text, x: x, y: y, style: .plain, clip: body)
            }
        }
        if lines.count > body.height {
            // In the bottom border, where it cannot cover a row of the help.
            let mark = first + body.height < lines.count ? " ↓ more: j " : " ↑ k "
            let y = rect.maxY - 1
            grid.put(mark, x: rect.maxX - 2 - DisplayWidth.of(mark), y: y, style: theme.style(.overlayBorder),
                     clip: Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1))
        }
    }

    /// The speaker picker: a filter line and the speakers with their quote counts.
    static func drawPicker(_ grid: inout Grid, _ state: ReaderState, _ picker: SpeakerPicker) {
        let theme = state.theme
        let choices = state.speakerChoices(picker.filter)
        let rect = state.layout.popup(width: 56, height: state.pickerHeight + 3)
        let inner = Frame.draw(&grid, rect, title: "Speakers (type to filter, Enter picks)", focused: true,
                               theme: theme, borderRole: .overlayBorder)
        guard inner.height >= 2 else { return }
        let x = grid.put(" › " + VisibleText.make(picker.filter), x: inner.x, y: inner.y, style: theme.style(.listHeader), clip: inner)
        grid.put("█", x: x, y: inner.y, style: .plain, clip: inner)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let rows = choices.map { choice in
            ListView.Row(left: VisibleText.make(choice.name), right: String(choice.count),
                         style: theme.speakerStyle(choice.name == "(no speaker)" ? -1 : choice.group))
        }
        ListView.draw(&grid, list, rows: rows, cursor: picker.cursor, selectable: true, focused: true, theme: theme)
    }
}

/// The library list: every article with its title, counts and file name.
enum LibraryPane {
    static func draw(_ grid: inout Grid, _ state: ReaderState, _ library: LibraryState) {
        let theme = state.theme
        let inner = Frame.draw(&grid, state.layout.body, title: "Library", focused: true, theme: theme)
        guard inner.height >= 2 else { return }
        let nameWidth = inner.width >= 90 ? min(36, inner.width / 4) : 0
        func columns(_ quotes: String, _ entities: String, _ name: String) -> String {
            Columns.pad(quotes, to: 7) + Columns.pad(entities, to: 9)
                + (nameWidth > 0 ? Columns.pad(name, to: nameWidth) : "")
        }
        let header = ListView.Row(left: "Title", right: columns("Quotes", "Entities", "File"), style: theme.style(.listHeader))
        ListView.draw(&grid, Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), rows: [header],
                      cursor: ListCursor(), selectable: false, focused: false, theme: theme)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let visible = library.visible
        ListView.draw(&grid, list, count: visible.count, row: { k -> ListView.Row in
            let e = library.entries[visible[k]]
            let name = VisibleText.make(e.name)
            if let failure = e.failure {
                return ListView.Row(left: VisibleText.make(e.title),
                                    right: Columns.pad("✗ " + failure, to: max(16, DisplayWidth.of(failure) + 3))
                                        + (nameWidth > 0 ? Columns.pad(name, to: nameWidth) : ""),
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
