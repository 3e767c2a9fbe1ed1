/// One cell of the grid: a glyph (or the right half of a wide glyph) and its style.
public struct Cell: Hashable, Sendable {
    /// What the cell shows: one glyph; empty for the second column of a two-column glyph.
    public var text: String
    /// 1, 2 (a wide glyph starting here), or 0 (covered by the wide glyph to the left).
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(text: " ", width: 1, style: .plain)

    public init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }
}

/// The whole screen as an in-memory grid of cells, drawn by the views and copied to the terminal by a backend.
///
/// Every drawing call clips to the grid and to an optional rectangle, so a view can never write outside its
/// pane. Tests read the grid back as text (`lines`) and styles (`style(x:y:)`).
public struct Grid: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Fills `rect` with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain, with text: String = " ") {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y] = Cell(text: text, width: 1, style: style) }
            repairEdges(y: y, from: r.x, to: r.maxX)
        }
    }

    /// Draws `string` from (`x`, `y`), clipped to `clip` (and the grid); returns the column after the last glyph.
    /// A wide glyph that does not fit before the clip edge is shown as a space.
    @discardableResult
    public mutating func put(_ string: String, x: Int, y: Int, style: Style, clip: Rect? = nil) -> Int {
        var column = x
        let area = self.clip(clip ?? bounds)
        guard y >= area.y, y < area.maxY else { return x + DisplayWidth.of(string) }
        Glyphs.forEach(in: string) { glyph in
            put(glyph, x: column, y: y, style: style, area: area)
            column += glyph.width
        }
        return column
    }

    /// Draws one glyph at (`x`, `y`) if it fits inside `area`.
    public mutating func put(_ glyph: Glyph, x: Int, y: Int, style: Style, area: Rect) {
        guard y >= area.y, y < area.maxY, x >= area.x, x < area.maxX else { return }
        if glyph.width == 2 && x + 1 >= area.maxX {
            setCell(x: x, y: y, Cell(text: " ", width: 1, style: style))
            return
        }
        setCell(x: x, y: y, Cell(text: glyph.text, width: UInt8(glyph.width), style: style))
        if glyph.width == 2 { setCell(x: x + 1, y: y, Cell(text: "", width: 0, style: style)) }
    }

    /// Changes the style of the cells in `rect`, keeping their text.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y].style = transform(self[x, y].style) }
        }
    }

    /// Writes a cell, first breaking any wide glyph it would cut in half.
    private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        let old = self[x, y]
        if old.width == 0 && x > 0 && self[x - 1, y].width == 2 {
            self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style)
        }
        if old.width == 2 && x + 1 < size.width && cell.width != 2 {
            self[x + 1, y] = Cell(text: " ", width: 1, style: self[x + 1, y].style)
        }
        self[x, y] = cell
    }

    /// After overwriting columns `from..<to` of row `y`, blanks half glyphs left at either edge.
    private mutating func repairEdges(y: Int, from: Int, to: Int) {
        if from > 0 && self[from - 1, y].width == 2 {
            self[from - 1, y] = Cell(text: " ", width: 1, style: self[from - 1, y].style)
        }
        if to < size.width && self[to, y].width == 0 {
            self[to, y] = Cell(text: " ", width: 1, style: self[to, y].style)
        }
    }

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(rect.x, 0), y0 = max(rect.y, 0)
        let x1 = min(rect.maxX, size.width), y1 = min(rect.maxY, size.height)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The text of row `y`, wide glyphs once, trailing spaces kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width where self[x, y].width != 0 { s += self[x, y].text }
        return s
    }

    /// Every row as text (what a terminal capture would show).
    public var lines: [String] { (0..<size.height).map(line) }

    /// The whole grid as text, one row per line, trailing spaces removed.
    public var text: String {
        lines.map { line in
            var l = line
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// The style of the cell at (`x`, `y`).
    public func style(x: Int, y: Int) -> Style { self[x, y].style }
}

extension Grid: CustomStringConvertible {
    /// The grid as text, so test failures show the screen rather than every cell.
    public var description: String { "\n" + text + "\n" }
}
