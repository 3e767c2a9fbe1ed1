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
        let rect = layout.help
        Frame.draw(&grid, rect, title: "Keys (q or Esc closes)", focused: true, theme: theme, borderRole: .overlayBorder)
        let body = layout.helpText
        guard !body.isEmpty else { return }
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
        let layout = state.layout
        let choices = state.speakerChoices(picker.filter)
        Frame.draw(&grid, layout.picker, title: "Speakers (type to filter, Enter picks)", focused: true,
                   theme: theme, borderRole: .overlayBorder)
        let filter = layout.pickerFilter
        guard !filter.isEmpty, !layout.pickerList.isEmpty else { return }
        let x = grid.put(" › " + VisibleText.make(picker.filter), x: filter.x, y: filter.y, style: theme.style(.listHeader), clip: filter)
        grid.put("█", x: x, y: filter.y, style: .plain, clip: filter)
        let rows = choices.map { choice in
            ListView.Row(left: VisibleText.make(choice.name), right: String(choice.count),
                         style: theme.speakerStyle(choice.name == "(no speaker)" ? -1 : choice.group))
        }
        ListView.draw(&grid, layout.pickerList, rows: rows, cursor: picker.cursor, selectable: true, focused: true, theme: theme)
    }
}
