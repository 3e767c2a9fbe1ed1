import ArticleKit

/// Draws the article text: wrapped paragraphs, the headline and headings styled, boilerplate dimmed, quotes
/// coloured by speaker, the current quote reversed, the selected entity's mentions underlined, search matches
/// highlighted.
enum ArticlePane {
    static func draw(_ grid: inout Grid, _ state: ReaderState, _ view: ArticleViewState, focused: Bool) {
        let layout = state.layout
        let theme = state.theme
        // The pane's title: the file, and what the loader knows of who wrote it, where and when it appeared.
        let metadata = view.document.metadata
        let title = (["Article", view.document.name] + [metadata.byline, metadata.site, metadata.published?.description].compactMap { $0 })
            .map { VisibleText.make($0) }.joined(separator: " · ")
        Frame.draw(&grid, layout.article, title: title, focused: focused, theme: theme)
        let area = layout.articleText
        guard !area.isEmpty else { return }
        let document = view.document
        let text = document.text
        let rows = ArticleRows(document: document, width: area.width)
        let overlays = InlineStyles(view: view, theme: theme)
        for (i, row) in rows.rows(from: view.top, count: area.height).enumerated() {
            guard let line = row.line else { continue }
            let base = blockStyle(document.blocks[row.block].kind, theme)
            let spans = overlays.spans(in: line)
            var x = area.x
            Glyphs.forEach(in: text, line) { glyph, offset in
                var style = base
                for span in spans where span.range.contains(offset) { style = style.patched(with: span.style) }
                grid.put(glyph, x: x, y: area.y + i, style: style, area: area)
                x += glyph.width
            }
        }
    }

    static func blockStyle(_ kind: ArticleDocument.Block.Kind, _ theme: Theme) -> Style {
        switch kind {
        case .title: return theme.style(.headline)
        case .paragraph(let k):
            switch k {
            case .heading: return theme.style(.heading)
            case .boilerplate: return theme.style(.boilerplate)
            case .byline, .dateline: return theme.style(.byline)
            case .caption: return theme.style(.caption)
            case .body, .listItem: return theme.style(.text)
            }
        }
    }
}

/// The styled ranges laid over the article text, in the order they apply (later wins): quotes, mentions of the
/// selected entity, search matches.
struct InlineStyles {
    struct StyledRange {
        var range: TextRange
        var style: Style
    }

    let view: ArticleViewState
    let theme: Theme

    /// The styled ranges that touch `line`.
    func spans(in line: TextRange) -> [StyledRange] {
        var result: [StyledRange] = []
        let document = view.document
        let quotes = document.article.quotes
        var q = firstEnding(after: line.start, in: quotes.count) { quotes[$0].range }
        while q < quotes.count && quotes[q].range.start < line.end {
            let quote = quotes[q]
            if quote.range.overlaps(line) {
                let group = document.groupOfQuote[q]
                let speakerIndex = document.quoteGroups[group].name == nil ? -1 : group
                var style = theme.speakerStyle(speakerIndex)
                if q == view.currentQuote { style = style.patched(with: theme.style(.currentQuote)) }
                result.append(StyledRange(range: quote.range, style: style))
            }
            q += 1
        }
        if let e = view.selectedEntity, e < document.article.entities.count {
            let mentions = document.article.entities[e].mentions
            var m = firstEnding(after: line.start, in: mentions.count) { mentions[$0] }
            while m < mentions.count && mentions[m].start < line.end {
                let style = theme.style(m == view.currentMention ? .currentMention : .mention)
                result.append(StyledRange(range: mentions[m], style: style))
                m += 1
            }
        }
        if let search = view.search, search.highlighted {
            let matches = search.matches
            var s = firstEnding(after: line.start, in: matches.count) { matches[$0] }
            while s < matches.count && matches[s].start < line.end {
                result.append(StyledRange(range: matches[s], style: theme.style(s == search.current ? .currentMatch : .match)))
                s += 1
            }
        }
        return result
    }

    /// The first index whose range ends after `offset`, for ranges sorted by start (and by end).
    private func firstEnding(after offset: Int, in count: Int, _ range: (Int) -> TextRange) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if range(mid).end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
