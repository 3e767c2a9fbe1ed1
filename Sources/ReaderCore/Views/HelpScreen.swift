/// The help screen: every binding of the keymap table, by group, each with its keys, its command name (what the
/// config file's `[keys]` table rebinds) and what it does. Generated from the table, so it is never out of date.
enum HelpScreen {
    /// One row of the help: a group's title, or a command's keys, name and (part of) its summary.
    struct Line: Equatable {
        var keys = ""
        var name = ""
        var text = ""
        var isTitle = false
    }

    /// The help's rows for a text area `width` columns wide: the summary beside the name when there is room for
    /// it, wrapped; otherwise on the rows below.
    static func lines(_ keymap: Keymap, width: Int) -> (lines: [Line], keyWidth: Int, nameWidth: Int) {
        let sections = keymap.helpSections()
        let rows = sections.flatMap(\.rows)
        let keyWidth = min(24, rows.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let nameWidth = min(24, rows.map { DisplayWidth.of($0.name) }.max() ?? 0)
        let beside = width - (2 + keyWidth + 2 + nameWidth + 2)
        var lines: [Line] = []
        for section in sections {
            if !lines.isEmpty { lines.append(Line()) }
            lines.append(Line(keys: section.title, isTitle: true))
            for row in section.rows {
                if beside >= 24 {
                    let parts = Columns.wrap(row.summary, to: beside)
                    lines.append(Line(keys: row.keys, name: row.name, text: parts.first ?? ""))
                    for part in parts.dropFirst() { lines.append(Line(text: part)) }
                } else {
                    lines.append(Line(keys: row.keys, name: row.name))
                    for part in Columns.wrap(row.summary, to: max(1, width - 4)) { lines.append(Line(name: "", text: "  " + part)) }
                }
            }
        }
        return (lines, keyWidth, beside >= 24 ? nameWidth : 0)
    }

    static func draw(_ grid: inout Grid, _ state: ReaderState, top: Int) {
        let theme = state.theme
        let layout = state.layout
        let rect = layout.help
        Frame.draw(&grid, rect, title: "Keys and commands (q or Esc closes; rebind them in config.toml)", focused: true,
                   theme: theme, borderRole: .overlayBorder)
        let body = layout.helpText
        guard !body.isEmpty else { return }
        let (lines, keyWidth, nameWidth) = Self.lines(state.keymap, width: body.width)
        let first = min(top, max(0, lines.count - body.height))
        for (row, line) in lines.dropFirst(first).prefix(body.height).enumerated() {
            let y = body.y + row
            if line.isTitle {
                grid.put(line.keys, x: body.x, y: y, style: theme.style(.listHeader), clip: body)
                continue
            }
            var x = body.x + 2
            if !line.keys.isEmpty || !line.name.isEmpty {
                x = grid.put(Columns.pad(line.keys, to: keyWidth) + "  ", x: x, y: y, style: theme.style(.helpKey), clip: body)
                if nameWidth > 0 {
                    x = grid.put(Columns.pad(line.name, to: nameWidth) + "  ", x: x, y: y, style: theme.style(.listDim), clip: body)
                } else {
                    x = grid.put(line.name, x: x, y: y, style: theme.style(.listDim), clip: body)
                }
            } else if nameWidth > 0 {
                x += keyWidth + 2 + nameWidth + 2
            }
            grid.put(line.text, x: x, y: y, style: .plain, clip: body)
        }
        if lines.count > body.height {
            // In the bottom border, where it cannot cover a row of the help.
            let mark = first + body.height < lines.count ? " ↓ more: j " : " ↑ k "
            let y = rect.maxY - 1
            grid.put(mark, x: rect.maxX - 2 - DisplayWidth.of(mark), y: y, style: theme.style(.overlayBorder),
                     clip: Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1))
        }
    }
}
