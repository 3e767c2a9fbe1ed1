import ArticleKit

/// The outline, quotes and entities panes.
enum SidePanes {
    /// Draws `pane` in its rectangle (docked, or as the overlay of a folded pane).
    static func draw(_ pane: Pane, _ grid: inout Grid, _ state: ReaderState, _ view: ArticleViewState, focused: Bool) {
        let theme = state.theme
        let layout = state.layout
        let rect = layout.rect(for: pane)
        let inner = layout.inner(pane)
        let document = view.document
        switch pane {
        case .article:
            return
        case .outline:
            let current = document.section(containing: view.topOffset(state.geometry))
            Frame.draw(&grid, rect, title: "Outline", focused: focused, theme: theme)
            ListView.draw(&grid, inner, count: document.outlineCount, row: { i in
                ListView.Row(left: (i == current ? "▸ " : "  ") + VisibleText.make(document.outlineLabel(i)),
                             style: i == 0 ? theme.style(.listDim) : .plain)
            }, cursor: view.outline, selectable: true, focused: focused, theme: theme)
        case .quotes:
            let count = document.article.quotes.count
            Frame.draw(&grid, rect, title: "Quotes (\(count))", focused: focused, theme: theme)
            let text = document.text
            let rows = document.quoteRows
            let parts = state.geometry.quotesPane(view)
            ListView.draw(&grid, parts.list, count: rows.count, row: { index -> ListView.Row in
                switch rows[index] {
                case .speaker(let g):
                    let group = document.quoteGroups[g]
                    var style = theme.speakerStyle(group.name == nil ? -1 : g)
                    style.attributes.insert(.bold)
                    return ListView.Row(left: VisibleText.make(group.name ?? "(no speaker)"),
                                        right: String(group.quotes.count), style: style)
                case .quote(let q):
                    let marker = q == view.currentQuote ? "▸ " : "  "
                    let snippet = VisibleText.make(text.string(Self.prefix(document.article.quotes[q].range, text)))
                    return ListView.Row(left: marker + snippet)
                }
            }, cursor: view.quotes, selectable: true, focused: focused, theme: theme)
            drawPreview(&grid, parts, state, view, focused: focused)
        case .entities:
            let entities = document.article.entities
            Frame.draw(&grid, rect, title: "Entities (\(entities.count))", focused: focused, theme: theme)
            let rows = document.entityRows
            ListView.draw(&grid, inner, count: rows.count, row: { index -> ListView.Row in
                switch rows[index] {
                case .header(let type):
                    return ListView.Row(left: type.pluralTitle, style: theme.style(.listHeader))
                case .entity(let e):
                    let marker = e == view.selectedEntity ? "▸ " : "  "
                    return ListView.Row(left: marker + VisibleText.make(entities[e].name),
                                        right: String(entities[e].mentions.count))
                }
            }, cursor: view.entities, selectable: true, focused: focused, theme: theme)
        }
    }

    /// Below the quotes list: a rule naming the selected quote's speaker (and the quote's rank among theirs),
    /// then the whole quote, wrapped, in the speaker's colour; cut with "…" only when the pane cannot hold it.
    static func drawPreview(_ grid: inout Grid, _ parts: QuotesPaneRects, _ state: ReaderState, _ view: ArticleViewState,
                            focused: Bool) {
        guard let rule = parts.rule, let preview = parts.preview,
              let q = view.document.previewQuote(row: view.quotes.selected) else { return }
        let theme = state.theme
        let document = view.document
        let group = document.groupOfQuote[q]
        let speakerStyle = theme.speakerStyle(document.quoteGroups[group].name == nil ? -1 : group)
        let border = theme.style(focused ? .borderFocused : .border)
        let (left, line, right) = focused ? ("┣", "━", "┫") : ("├", "─", "┤")
        grid.put(left + String(repeating: line, count: max(0, rule.width - 2)) + right, x: rule.x, y: rule.y, style: border, clip: rule)
        let label = " " + VisibleText.make(document.speakerName(ofQuote: q))
            + " \(document.rankInGroup[q] + 1)/\(document.quoteGroups[group].quotes.count) "
        var labelStyle = speakerStyle
        labelStyle.attributes.insert(.bold)
        grid.put(Columns.truncate(label, to: max(0, rule.width - 4)), x: rule.x + 2, y: rule.y, style: labelStyle,
                 clip: Rect(x: rule.x + 1, y: rule.y, width: max(0, rule.width - 2), height: 1))
        let lines = document.previewLines(quote: q, width: preview.width, limit: preview.height + 1)
        let cut = lines.count > preview.height
        for (i, range) in lines.prefix(preview.height).enumerated() {
            let y = preview.y + i
            var x = preview.x
            let last = cut && i == preview.height - 1
            let room = last ? preview.width - 1 : preview.width
            Glyphs.forEach(in: document.text, range) { glyph, _ in
                guard x + glyph.width <= preview.x + room else { return }
                grid.put(glyph, x: x, y: y, style: speakerStyle, area: preview)
                x += glyph.width
            }
            if last { grid.put("…", x: x, y: y, style: theme.style(.listDim), clip: preview) }
        }
    }

    /// At most the first 200 bytes of a range (enough for one row), cut on a scalar boundary.
    static func prefix(_ range: TextRange, _ text: SourceText) -> TextRange {
        guard range.count > 200 else { return range }
        var end = range.start + 200
        while end > range.start && !text.isScalarBoundary(end) { end -= 1 }
        return TextRange(range.start, end)
    }
}
