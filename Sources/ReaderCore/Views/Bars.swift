import ArticleKit

/// The title bar (top row) and the status line (bottom row).
enum Bars {
    static func drawTitle(_ grid: inout Grid, _ state: ReaderState) {
        let rect = state.layout.titleBar
        let theme = state.theme
        grid.fill(rect, style: theme.style(.titleBar))
        var right = ""
        let left: String
        if let view = state.article {
            left = VisibleText.make(view.document.article.titleText)
            right = VisibleText.make(view.document.name)
            // Which article of the library this is, in the list's order (what J and K walk).
            if let lib = state.library, let i = lib.entries.firstIndex(where: { $0.path == view.document.path }) {
                let visible = lib.visible
                right += "  \((visible.firstIndex(of: i) ?? i) + 1)/\(visible.count)"
            }
        } else if let lib = state.library {
            left = "Library · \(VisibleText.make(lib.location))"
            right = "\(lib.entries.count) article\(lib.entries.count == 1 ? "" : "s"), \(lib.unreadCount) unread"
        } else {
            left = ""
        }
        let x = grid.put(" Byline ", x: rect.x, y: rect.y, style: theme.style(.titleBarName), clip: rect)
        let rest = Rect(x: x, y: rect.y, width: rect.maxX - x, height: 1)
        // On a narrow screen the headline matters more than the file name.
        if DisplayWidth.of(right) + 1 > rest.width / 3 { right = "" }
        grid.put(Columns.spread(" " + left, right + " ", width: rest.width), x: rest.x, y: rest.y,
                 style: theme.style(.titleBar), clip: rest)
    }

    static func drawStatus(_ grid: inout Grid, _ state: ReaderState) {
        let rect = state.layout.statusLine
        let theme = state.theme
        grid.fill(rect, style: theme.style(.statusBar))
        if let prompt = state.prompt {
            let x = grid.put(" " + prompt.leader + VisibleText.make(prompt.text), x: rect.x, y: rect.y,
                             style: theme.style(.statusMode), clip: rect)
            grid.put("█", x: x, y: rect.y, style: theme.style(.statusBar), clip: rect)
            var help = prompt.purpose == .search ? "Enter search  Esc cancel " : "Enter keep  Esc clear "
            if prompt.purpose == .search, !prompt.text.isEmpty, let search = state.article?.search,
               search.query == prompt.text {
                let n = search.matches.count
                help = (n == 0 ? "no match" : n == 1 ? "1 match" : "\(n) matches") + "   " + help
            }
            let hx = rect.maxX - DisplayWidth.of(help)
            if hx > x + 2 { grid.put(help, x: hx, y: rect.y, style: theme.style(.statusBar), clip: rect) }
            return
        }
        var x = rect.x
        let mode = state.article.map { $0.focus.rawValue.uppercased() } ?? (state.library != nil ? "LIBRARY" : "")
        if !mode.isEmpty { x = grid.put(" \(mode) ", x: x, y: rect.y, style: theme.style(.statusMode), clip: rect) }
        var parts: [String] = []
        if let view = state.article {
            let g = state.geometry
            let document = view.document
            let section = document.section(containing: view.readingOffset(g))
            if section > 0 { parts.append("§ " + VisibleText.make(document.outlineLabel(section))) }
            let position = positionText(view, g)
            // Until the reader moves, say that the article opened where it was left, and how to leave it.
            parts.append(view.resumed ? "resumed at \(position) — g for top" : position)
            switch document.stage {
            case .beginning: parts.append("reading the rest of the article…")
            case .structure:
                let percent = view.analysisProgress.map { " \(Int($0 * 100))%" } ?? ""
                parts.append("analysing quotes and entities…\(percent)")
            case .analysed: break
            }
            if let q = view.currentQuote {
                let group = document.quoteGroups[document.groupOfQuote[q]]
                parts.append("“ \(VisibleText.make(document.speakerName(ofQuote: q))) \(document.rankInGroup[q] + 1)/\(group.quotes.count)")
            }
            if let e = view.mentionTarget, let m = view.currentMention, e < document.article.entities.count {
                let entity = document.article.entities[e]
                parts.append("* \(VisibleText.make(entity.name)) \(m + 1)/\(entity.mentions.count)")
            }
            if let search = view.search, search.highlighted {
                let current = search.current.map { "\($0 + 1)" } ?? "0"
                parts.append("/\(VisibleText.make(search.query)) \(current)/\(search.matches.count)")
            }
        } else if let lib = state.library {
            if lib.order != .file { parts.append("sorted by \(lib.order.rawValue)") }
            if !lib.filter.isEmpty {
                parts.append("filter: \(VisibleText.make(lib.filter)) (\(lib.visible.count)/\(lib.entries.count))")
            }
        }
        let left = " " + parts.joined(separator: "  ")
        let leftStyle = theme.style(.statusBar)
        let context: KeyContext = state.article != nil ? .article : .library
        var hints = state.keymap.hints(in: context)
        let width = rect.maxX - x
        let leftWidth = DisplayWidth.of(left)
        func hintWidth() -> Int { hints.reduce(0) { $0 + DisplayWidth.of($1.key) + DisplayWidth.of($1.label) + 3 } }
        while !hints.isEmpty && leftWidth + hintWidth() + 2 > width { hints.removeFirst() }
        x = grid.put(Columns.truncate(left, to: width), x: x, y: rect.y, style: leftStyle, clip: rect)
        var hx = rect.maxX - hintWidth()
        // While an article is being opened the status line says so, unless there is something more to say.
        let opening = state.opening.map { StatusMessage("opening \($0.split(separator: "/").last.map(String.init) ?? $0)…") }
        if let message = state.message ?? opening {
            // The message goes after the position parts, in place of the hints if it needs the room.
            let text = "  " + VisibleText.make(message.text) + " "
            if x + DisplayWidth.of(text) > hx { hints = []; hx = rect.maxX }
            grid.put(Columns.truncate(text, to: max(0, rect.maxX - x)), x: x, y: rect.y,
                     style: theme.style(message.isError ? .statusError : .statusMessage), clip: rect)
        }
        for hint in hints {
            hx = grid.put(" " + hint.key, x: hx, y: rect.y, style: theme.style(.statusKey), clip: rect)
            hx = grid.put(" " + hint.label + " ", x: hx, y: rect.y, style: theme.style(.statusBar), clip: rect)
        }
    }

    /// "Top", "Bot", "All" or a percentage of the text above the top of the pane.
    static func positionText(_ view: ArticleViewState, _ g: ArticleGeometry) -> String {
        let rows = view.rows(g)
        let atTop = view.top.block == 0 && rows.rowInBlock(view.top) == 0
        let atBottom = !rows.isBefore(view.top, rows.lastTop(height: g.textHeight))
        if atTop && atBottom { return "All" }
        if atTop { return "Top" }
        if atBottom { return "Bot" }
        let total = max(1, view.document.text.count)
        return "\(min(99, rows.offset(of: view.top) * 100 / total))%"
    }
}
