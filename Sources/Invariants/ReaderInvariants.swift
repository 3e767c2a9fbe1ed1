import ArticleKit
import ReaderCore

/// What must hold for the reader after every event, at every size: the layout fits the screen, every row of the
/// frame adds up to the screen's width, no cell holds anything a terminal would obey, and every position and
/// cursor in the state points at something that exists.
public enum ReaderInvariants {
    /// Every violation in `state` and the frame drawn for it.
    public static func violations(_ state: ReaderState, _ grid: Grid) -> [String] {
        layoutViolations(state.layout) + gridViolations(grid, size: state.size) + stateViolations(state)
    }

    /// Every rectangle of the layout lies inside the screen.
    public static func layoutViolations(_ layout: ScreenLayout) -> [String] {
        let screen = Rect(x: 0, y: 0, width: layout.size.width, height: layout.size.height)
        let rects = layout.allRects + Pane.allCases.map(layout.rect(for:))
            + [layout.popup(width: 80, height: 40), layout.popup(width: 56, height: 23)]
        return rects.filter { !screen.contains($0) }.map { "layout rect \($0) outside the \(layout.size.width)×\(layout.size.height) screen" }
    }

    /// The frame has the screen's size; in every row the cells' widths add up to the width (a two-column glyph
    /// followed by its covered cell, never a covered cell on its own); every cell shows printable text whose
    /// width is the cell's.
    public static func gridViolations(_ grid: Grid, size: Size) -> [String] {
        var found: [String] = []
        if grid.size != size { found.append("grid \(grid.size) for a \(size) screen") }
        for y in 0..<grid.size.height {
            var x = 0, total = 0
            while x < grid.size.width {
                let cell = grid[x, y]
                switch cell.width {
                case 1:
                    total += 1
                    x += 1
                case 2 where x + 1 < grid.size.width && grid[x + 1, y].width == 0:
                    total += 2
                    x += 2
                default:
                    found.append("row \(y): cell \(x) has width \(cell.width) where a glyph should start")
                    x += 1
                }
                if cell.width == 1, cell.text.utf8.count == 1, let b = cell.text.utf8.first, b >= 0x20 && b < 0x7F {
                    // Printable ASCII, the common case.
                } else if cell.width > 0 {
                    let scalars = cell.text.unicodeScalars
                    if let first = scalars.first {
                        if DisplayWidth.of(first) != Int(cell.width) {
                            found.append("row \(y): cell \(x) \"\(cell.text)\" measures \(DisplayWidth.of(first)), stored \(cell.width)")
                        }
                    } else {
                        found.append("row \(y): cell \(x) is empty")
                    }
                    if let bad = scalars.first(where: isUnsafe) {
                        found.append("row \(y): cell \(x) holds U+\(String(bad.value, radix: 16, uppercase: true))")
                    }
                }
            }
            if total != grid.size.width { found.append("row \(y) adds up to \(total) of \(grid.size.width) columns") }
            if found.count > 20 { break }
        }
        return found
    }

    /// Whether a terminal could take `scalar` as a command or a change of direction: C0 and C1 controls, DEL,
    /// bidirectional controls, line and paragraph separators, and other invisible format characters.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return scalar.properties.generalCategory == .format
        }
    }

    /// Positions and cursors point at things that exist.
    public static func stateViolations(_ state: ReaderState) -> [String] {
        var found: [String] = []
        if let view = state.article {
            let document = view.document
            let text = document.text
            if !document.blocks.isEmpty && view.top.block >= document.blocks.count {
                found.append("top block \(view.top.block) of \(document.blocks.count)")
            } else if let offset = view.top.offset, !document.blocks.isEmpty {
                let block = document.blocks[view.top.block].range
                if offset < block.start || offset > block.end || !text.isScalarBoundary(offset) {
                    found.append("top offset \(offset) outside block \(view.top.block) \(block) or off a scalar boundary")
                }
            }
            func cursor(_ c: ListCursor, _ count: Int, _ what: String) {
                if c.selected < 0 || (count > 0 && c.selected >= count) || (count == 0 && c.selected != 0) {
                    found.append("\(what) selects \(c.selected) of \(count)")
                }
                if c.top < 0 || c.top > max(0, count - 1) { found.append("\(what) scrolled to \(c.top) of \(count)") }
            }
            cursor(view.outline, document.outlineCount, "outline")
            cursor(view.quotes, document.quoteRows.count, "quotes pane")
            cursor(view.entities, document.entityRows.count, "entities pane")
            if let q = view.currentQuote, !document.article.quotes.indices.contains(q) {
                found.append("current quote \(q) of \(document.article.quotes.count)")
            }
            if let e = view.selectedEntity {
                if !document.article.entities.indices.contains(e) {
                    found.append("selected entity \(e) of \(document.article.entities.count)")
                } else if let m = view.currentMention, !document.article.entities[e].mentions.indices.contains(m) {
                    found.append("current mention \(m) of \(document.article.entities[e].mentions.count)")
                }
            }
            if let search = view.search {
                if let c = search.current, !search.matches.indices.contains(c) {
                    found.append("current match \(c) of \(search.matches.count)")
                }
                for m in search.matches where m.start < 0 || m.end > text.count || m.isEmpty
                    || !text.isScalarBoundary(m.start) || !text.isScalarBoundary(m.end) {
                    found.append("search match \(m) outside the text or off a scalar boundary")
                }
            }
            if let target = view.jumpTarget, target < 0 || target > text.count {
                found.append("jump target \(target) outside the text")
            }
            // The quotes pane's list, rule and preview stay inside the pane, and the selected row on the list.
            let pane = state.layout.rect(for: .quotes)
            let parts = state.geometry.quotesPane(view)
            for rect in [parts.list, parts.rule, parts.preview].compactMap({ $0 }) where !pane.contains(rect) {
                found.append("quotes pane part \(rect) outside the pane \(pane)")
            }
            if !state.layout.tooSmall, document.quoteRows.count > 0, view.quotes.selected < view.quotes.top
                || view.quotes.selected >= view.quotes.top + max(1, parts.list.height) {
                found.append("quotes pane selects row \(view.quotes.selected), off its list (top \(view.quotes.top), \(parts.list.height) rows)")
            }
        }
        if let library = state.library {
            let count = library.visible.count
            if library.cursor.selected < 0 || (count > 0 && library.cursor.selected >= count) {
                found.append("library selects \(library.cursor.selected) of \(count)")
            }
        }
        if case .speakerPicker(let picker)? = state.overlay {
            let count = state.speakerChoices(picker.filter).count
            if picker.cursor.selected < 0 || (count > 0 && picker.cursor.selected >= count) {
                found.append("speaker picker selects \(picker.cursor.selected) of \(count)")
            }
        }
        return found
    }
}
