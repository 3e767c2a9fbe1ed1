import ArticleKit

/// Draws the whole screen for a state into a fresh grid: the view half of the reader (model → frame).
///
/// Layers are drawn bottom-up like a compositor: title bar, status line, the panes (or the library), a folded
/// side pane's overlay, then the help screen or the speaker picker on top. Pure: the same state always gives
/// the same grid.
public enum Screen {
    public static func render(_ state: ReaderState) -> Grid {
        var grid = Grid(size: state.size)
        let layout = state.layout
        if layout.tooSmall {
            drawTooSmall(&grid, state)
            return grid
        }
        Bars.drawTitle(&grid, state)
        if let view = state.article {
            ArticlePane.draw(&grid, state, view, focused: view.focus == .article)
            if !layout.folded {
                for pane in [Pane.outline, .quotes, .entities] {
                    SidePanes.draw(pane, &grid, state, view, focused: view.focus == pane)
                }
            } else if view.focus != .article {
                SidePanes.draw(view.focus, &grid, state, view, focused: true)
            }
        } else if let library = state.library {
            LibraryPane.draw(&grid, state, library)
        }
        Bars.drawStatus(&grid, state)
        switch state.overlay {
        case .help(let top)?: HelpScreen.draw(&grid, state, top: top)
        case .speakerPicker(let picker)?: Overlays.drawPicker(&grid, state, picker)
        case nil: break
        }
        return grid
    }

    /// Below the minimum size: just say so, centred, as much of it as fits.
    static func drawTooSmall(_ grid: inout Grid, _ state: ReaderState) {
        let size = state.size
        guard size.width > 0 && size.height > 0 else { return }
        let words = ["terminal", "too small", "(\(size.width)×\(size.height), need \(ScreenLayout.minimum.width)×\(ScreenLayout.minimum.height))"]
        let full = "terminal too small"
        var lines: [String]
        if DisplayWidth.of(full) <= size.width {
            lines = [full]
            if size.height >= 3 { lines.append(words[2]) }
        } else {
            lines = [words[0], words[1]]
        }
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.prefix(size.height).enumerated() {
            let text = Columns.truncate(line, to: size.width)
            let x = max(0, (size.width - DisplayWidth.of(text)) / 2)
            grid.put(text, x: x, y: top + i, style: state.theme.style(.tooSmall))
        }
    }
}
