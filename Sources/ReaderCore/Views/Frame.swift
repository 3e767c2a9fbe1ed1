/// Drawing boxes: a pane's border with its title, light when unfocused and heavy when focused, so focus shows
/// without colour.
public enum Frame {
    struct Glyphs {
        let topLeft, top, topRight, side, bottomLeft, bottomRight: String
    }
    static let light = Glyphs(topLeft: "┌", top: "─", topRight: "┐", side: "│", bottomLeft: "└", bottomRight: "┘")
    static let heavy = Glyphs(topLeft: "┏", top: "━", topRight: "┓", side: "┃", bottomLeft: "┗", bottomRight: "┛")

    /// Draws a border around `rect` with `title` in its top edge, and blanks the inside (whose rectangle
    /// `ScreenLayout` gives).
    public static func draw(_ grid: inout Grid, _ rect: Rect, title: String, focused: Bool, theme: Theme,
                            borderRole: StyleRole? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        grid.fill(rect)
        let g = focused ? heavy : light
        let border = theme.style(borderRole ?? (focused ? .borderFocused : .border))
        let horizontal = String(repeating: g.top, count: rect.width - 2)
        grid.put(g.topLeft + horizontal + g.topRight, x: rect.x, y: rect.y, style: border)
        grid.put(g.bottomLeft + horizontal + g.bottomRight, x: rect.x, y: rect.maxY - 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put(g.side, x: rect.x, y: y, style: border)
            grid.put(g.side, x: rect.maxX - 1, y: y, style: border)
        }
        if rect.width > 4 && !title.isEmpty {
            let label = " " + Columns.truncate(title, to: rect.width - 4) + " "
            grid.put(label, x: rect.x + 1, y: rect.y, style: theme.style(focused ? .paneTitleFocused : .paneTitle),
                     clip: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1))
        }
    }
}

/// Fitting strings into columns.
public enum Columns {
    /// `string` cut to at most `width` columns, ending in "…" when cut.
    public static func truncate(_ string: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(string) <= width { return string }
        var out = ""
        var used = 0
        var stop = false
        Glyphs.forEach(in: string) { glyph in
            if stop { return }
            if used + glyph.width > width - 1 { stop = true; return }
            out += glyph.text
            used += glyph.width
        }
        return out + "…"
    }

    /// `string` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ string: String, to width: Int) -> String {
        let cut = truncate(string, to: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    /// `string` broken into lines of at most `width` columns, at spaces (a word longer than the width is cut).
    public static func wrap(_ string: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in string.split(separator: " ").map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= width {
                line = candidate
            } else {
                if !line.isEmpty { lines.append(line) }
                line = DisplayWidth.of(word) <= width ? word : truncate(word, to: width)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A row of `left` and `right` text `width` columns wide, `right` flush right (and dropped if no room).
    public static func spread(_ left: String, _ right: String, width: Int) -> String {
        let r = DisplayWidth.of(right)
        if r + 1 >= width { return pad(left, to: width) }
        return pad(truncate(left, to: width - r - 1), to: width - r) + right
    }
}
