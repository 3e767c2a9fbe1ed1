/// The mouse: the wheel scrolls the pane under the pointer, a click focuses a pane and selects the row under it.
/// Rows are found in the same rectangles the views draw in (`ScreenLayout`, `ArticleGeometry`). Off with
/// `--no-mouse`.
extension ReaderState {
    mutating func handleMouse(_ mouse: MouseEvent) -> [Effect] {
        guard mouseEnabled, overlay == nil, prompt == nil else { return [] }
        let layout = self.layout
        guard !layout.tooSmall else { return [] }
        let g = geometry
        guard var view = article else {
            guard var lib = library else { return [] }
            let list = layout.libraryList
            let count = lib.visible.count
            switch mouse.action {
            case .wheelDown: lib.cursor = lib.cursor.selecting(lib.cursor.selected + 3, count: count, height: list.height)
            case .wheelUp: lib.cursor = lib.cursor.selecting(lib.cursor.selected - 3, count: count, height: list.height)
            case .click:
                let index = lib.cursor.visible(height: list.height, count: count).top + mouse.y - list.y
                if list.contains(x: mouse.x, y: mouse.y), index < count {
                    lib.cursor = lib.cursor.selecting(index, count: count, height: list.height)
                }
            }
            library = lib
            return []
        }
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
            let list = pane == .quotes ? g.quotesPane(view).list : layout.inner(pane)
            guard list.contains(x: mouse.x, y: mouse.y) else { break }
            let row = mouse.y - list.y
            switch pane {
            case .article: break
            case .outline:
                let index = view.outline.top + row
                if index < view.document.outlineCount {
                    view.outline = view.outline.selecting(index, count: view.document.outlineCount, height: list.height)
                    view.outlineHeld = true
                }
            case .quotes:
                let index = view.quotes.top + row
                if index < view.document.quoteRows.count { view.selectQuoteRow(index, g) }
            case .entities:
                let index = view.entities.top + row
                if index < view.document.entityRows.count, view.document.entityRows[index].isSelectable {
                    view.entities = view.entities.selecting(index, count: view.document.entityRows.count, height: list.height)
                    if case .entity(let e) = view.document.entityRows[index] { view.selectEntity(e) }
                }
            }
        }
        article = view
        return []
    }
}
