/// The mouse: the wheel scrolls the pane under the pointer, a click focuses a pane and selects the row
/// under it. Off with `--no-mouse`.
extension ReaderState {
    mutating func handleMouse(_ mouse: MouseEvent) -> [Effect] {
        guard mouseEnabled, overlay == nil, prompt == nil else { return [] }
        let layout = self.layout
        guard !layout.tooSmall else { return [] }
        let g = geometry
        if article == nil {
            guard var lib = library else { return [] }
            let list = layout.body.inset(by: 1)
            switch mouse.action {
            case .wheelDown: lib.cursor = lib.cursor.selecting(lib.cursor.selected + 3, count: lib.visible.count, height: libraryHeight)
            case .wheelUp: lib.cursor = lib.cursor.selecting(lib.cursor.selected - 3, count: lib.visible.count, height: libraryHeight)
            case .click:
                let row = mouse.y - list.y - 1 + lib.cursor.top
                if list.contains(x: mouse.x, y: mouse.y), row >= 0, row < lib.visible.count {
                    lib.cursor = lib.cursor.selecting(row, count: lib.visible.count, height: libraryHeight)
                }
            }
            library = lib
            return []
        }
        var view = article!
        // Which pane is under the pointer: an overlay pane first, then the docked ones.
        var target: Pane?
        if layout.folded {
            if view.focus != .article && layout.overlay.contains(x: mouse.x, y: mouse.y) { target = view.focus }
            else if layout.article.contains(x: mouse.x, y: mouse.y) { target = .article }
        } else {
            target = Pane.allCases.first { layout.rect(for: $0).contains(x: mouse.x, y: mouse.y) }
        }
        guard let pane = target else { return [] }
        switch mouse.action {
        case .wheelDown, .wheelUp:
            let delta = mouse.action == .wheelDown ? 3 : -3
            if pane == .article {
                view.scroll(by: delta, g)
            } else {
                let saved = view.focus
                view.focus = pane
                view.moveCursor(by: delta, g)
                view.focus = saved
            }
        case .click:
            if layout.folded && view.focus != .article && pane == .article {
                view.focus = .article
                break
            }
            view.focus = pane
            let rect = layout.rect(for: pane)
            let row = mouse.y - rect.y - 1
            switch pane {
            case .article: break
            case .outline:
                let index = view.outline.top + row
                if row >= 0, index < view.document.outlineCount {
                    view.outline = view.outline.selecting(index, count: view.document.outlineCount, height: g.listHeight(.outline))
                    view.outlineHeld = true
                }
            case .quotes:
                let index = view.quotes.top + row
                if row >= 0, index < view.document.quoteRows.count {
                    view.quotes = view.quotes.selecting(index, count: view.document.quoteRows.count, height: g.listHeight(.quotes))
                }
            case .entities:
                let index = view.entities.top + row
                if row >= 0, index < view.document.entityRows.count, view.document.entityRows[index].isSelectable {
                    view.entities = view.entities.selecting(index, count: view.document.entityRows.count, height: g.listHeight(.entities))
                    if case .entity(let e) = view.document.entityRows[index] { view.selectEntity(e) }
                }
            }
        }
        article = view
        return []
    }
}
