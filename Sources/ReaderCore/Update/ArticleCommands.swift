import ArticleKit

/// What the article commands do. Each takes the geometry of the current layout and returns a message for the
/// status line, if there is one to show.
extension ArticleViewState {
    func rows(_ g: ArticleGeometry) -> ArticleRows { ArticleRows(document: document, width: g.textWidth) }

    /// The byte offset at the top of the article pane.
    func topOffset(_ g: ArticleGeometry) -> Int { rows(g).offset(of: top) }

    // MARK: moving

    mutating func scroll(by delta: Int, _ g: ArticleGeometry) {
        jumpTarget = nil
        let r = rows(g)
        top = r.clampTop(r.move(top, by: delta), height: g.textHeight)
        followArticle(g)
    }

    mutating func scrollToTop(_ g: ArticleGeometry) {
        jumpTarget = nil
        top = .start
        followArticle(g)
    }

    mutating func scrollToBottom(_ g: ArticleGeometry) {
        jumpTarget = nil
        top = rows(g).lastTop(height: g.textHeight)
        followArticle(g)
    }

    /// A page (`delta` 1 or -1) in the focused pane: the article's height less two rows, or a list's height.
    mutating func page(by delta: Int, _ g: ArticleGeometry) {
        if focus == .article { scroll(by: delta * max(1, g.textHeight - 2), g) }
        else { moveCursor(by: delta * g.listHeight(focus, self), g) }
    }

    /// Half a page (`delta` 1 or -1) in the focused pane.
    mutating func halfPage(by delta: Int, _ g: ArticleGeometry) {
        if focus == .article { scroll(by: delta * max(1, g.textHeight / 2), g) }
        else { moveCursor(by: delta * max(1, g.listHeight(focus, self) / 2), g) }
    }

    /// Moves the focused list's cursor by `delta` items (headings of the entities pane are skipped).
    mutating func moveCursor(by delta: Int, _ g: ArticleGeometry) {
        switch focus {
        case .article:
            scroll(by: delta, g)
        case .outline:
            outline = outline.selecting(outline.selected + delta, count: document.outlineCount,
                                        height: g.listHeight(.outline, self))
            outlineHeld = true
        case .quotes:
            selectQuoteRow(quotes.selected + delta, g)
        case .entities:
            let rows = document.entityRows
            var index = entities.selected + delta
            // Skip type headings in the direction of travel; at the ends, step back onto an entity.
            let step = delta >= 0 ? 1 : -1
            while index >= 0 && index < rows.count && !rows[index].isSelectable { index += step }
            if index < 0 || index >= rows.count {
                index = step > 0 ? (rows.lastIndex(where: \.isSelectable) ?? 0) : (rows.firstIndex(where: \.isSelectable) ?? 0)
            }
            entities = entities.selecting(index, count: rows.count, height: g.listHeight(.entities, self))
            if case .entity(let e) = rows[safe: entities.selected] { selectEntity(e) }
        }
    }

    mutating func moveCursorToEnd(_ last: Bool, _ g: ArticleGeometry) {
        let count: Int
        switch focus {
        case .article:
            last ? scrollToBottom(g) : scrollToTop(g)
            return
        case .outline: count = document.outlineCount
        case .quotes: count = document.quoteRows.count
        case .entities: count = document.entityRows.count
        }
        moveCursor(by: last ? count : -count, g)
    }

    // MARK: jumping

    /// Scrolls so byte `offset` is on screen: unchanged when it already is, otherwise with context rows above.
    mutating func reveal(_ offset: Int, _ g: ArticleGeometry, alwaysScroll: Bool = false) {
        jumpTarget = offset
        let r = rows(g)
        if !alwaysScroll {
            let visible = r.rows(from: top, count: g.textHeight)
            let lastVisible = visible.count - 1
            if let index = visible.firstIndex(where: { $0.line?.start ?? Int.max <= offset && offset <= ($0.line?.end ?? -1) }),
               index <= lastVisible - min(1, g.textHeight / 4) {
                followArticle(g)
                return
            }
        }
        top = r.clampTop(r.move(r.position(of: offset), by: -g.context), height: g.textHeight)
        followArticle(g)
    }

    /// `]` and `[`: the next section's heading, or the current section's heading (when it is above the pane)
    /// and then the previous one's.
    mutating func jumpSection(forward: Bool, _ g: ArticleGeometry) -> StatusMessage? {
        let sections = document.article.sections
        guard sections.count > 1 else { return StatusMessage("no section headings") }
        let current = document.section(containing: readingOffset(g))
        let target: Int
        if forward {
            guard current + 1 < sections.count else { return StatusMessage("last section") }
            target = current + 1
        } else if sections[current].range.start < (jumpTarget ?? topOffset(g)) {
            target = current
        } else {
            guard current > 0 else { return StatusMessage("first section") }
            target = current - 1
        }
        jumpToSection(target, g)
        return nil
    }

    /// Puts section `index` near the top of the pane.
    mutating func jumpToSection(_ index: Int, _ g: ArticleGeometry) {
        let section = document.article.sections[index]
        let r = rows(g)
        top = index == 0 ? .start : r.clampTop(r.move(r.position(of: section.range.start), by: -1), height: g.textHeight)
        jumpTarget = section.range.start
        outlineHeld = false
        followArticle(g)
    }

    /// Where the reader is: the last jump's target, or else the text just below the top of the pane (past the
    /// context rows a jump leaves above its target).
    func readingOffset(_ g: ArticleGeometry) -> Int {
        if let jumpTarget { return jumpTarget }
        let r = rows(g)
        return r.offset(of: r.move(top, by: g.context))
    }

    /// Whether `}` `{` `*` `#` `n` `N` step from the current quote, mention or match: yes while the article is
    /// where the last jump left it; once it has been scrolled by hand (`g`, `j`, Space ...), they step from the
    /// top of the pane instead, as less searches from the screen it shows.
    var stepsFromTarget: Bool { jumpTarget != nil }

    /// Makes quote `index` current and shows it.
    mutating func makeCurrent(quote index: Int, _ g: ArticleGeometry) {
        currentQuote = index
        reveal(document.article.quotes[index].range.start, g)
        if let row = document.quoteRows.firstIndex(of: .quote(index)) { selectQuoteRow(row, g) }
    }

    /// Selects row `row` of the quotes pane, scrolled so it shows above the preview of its quote.
    mutating func selectQuoteRow(_ row: Int, _ g: ArticleGeometry) {
        let count = document.quoteRows.count
        let clamped = min(max(0, row), max(0, count - 1))
        quotes = quotes.selecting(clamped, count: count, height: g.quotesPane(self, selecting: clamped).list.height)
    }

    /// `}` and `{`: the next or previous quote by anyone, wrapping.
    mutating func jumpQuote(forward: Bool, _ g: ArticleGeometry) -> StatusMessage? {
        let quotes = document.article.quotes
        guard !quotes.isEmpty else { return StatusMessage("no quotes in this article") }
        let step = Cycle.step(from: stepsFromTarget ? currentQuote : nil, count: quotes.count, forward: forward, here: topOffset(g)) {
            quotes[$0].range.start
        }
        makeCurrent(quote: step.index, g)
        return Cycle.message(step.wrapped, forward: forward, "quote")
    }

    /// `>` and `<`: the next or previous quote by the current quote's speaker, wrapping.
    mutating func jumpSpeakerQuote(forward: Bool, _ g: ArticleGeometry) -> StatusMessage? {
        guard let current = currentQuote else { return jumpQuote(forward: forward, g) }
        let group = document.quoteGroups[document.groupOfQuote[current]].quotes
        let rank = document.rankInGroup[current]
        var message: StatusMessage?
        var next = rank + (forward ? 1 : -1)
        if next >= group.count {
            next = 0
            if group.count > 1 { message = StatusMessage("wrapped to \(document.speakerName(ofQuote: current))’s first quote") }
        } else if next < 0 {
            next = group.count - 1
            if group.count > 1 { message = StatusMessage("wrapped to \(document.speakerName(ofQuote: current))’s last quote") }
        }
        makeCurrent(quote: group[next], g)
        return message
    }

    /// The entity `*` and `#` move through: the one selected in the sidebar, else the current quote's speaker.
    var mentionTarget: Int? {
        selectedEntity ?? currentQuote.flatMap { document.speakerEntity(ofQuote: $0) }
    }

    /// `*` and `#`: the next or previous mention of the target entity, wrapping.
    mutating func jumpMention(forward: Bool, _ g: ArticleGeometry) -> StatusMessage? {
        guard let e = mentionTarget else {
            return StatusMessage("select an entity in the sidebar first (Tab to it, j/k)")
        }
        let mentions = document.article.entities[e].mentions
        guard !mentions.isEmpty else { return StatusMessage("no mentions") }
        if selectedEntity == nil { selectedEntity = e }
        let step = Cycle.step(from: stepsFromTarget ? currentMention : nil, count: mentions.count, forward: forward, here: topOffset(g)) {
            mentions[$0].start
        }
        let target = step.index
        let message = Cycle.message(step.wrapped, forward: forward, "mention")
        currentMention = target
        reveal(mentions[target].start, g)
        if let row = document.entityRows.firstIndex(of: .entity(e)) {
            entities = entities.selecting(row, count: document.entityRows.count, height: g.listHeight(.entities, self))
        }
        return message
    }

    /// Selects entity `e` in the sidebar (its mentions get marked), forgetting the mention position.
    mutating func selectEntity(_ e: Int) {
        if selectedEntity != e { currentMention = nil }
        selectedEntity = e
    }

    /// Enter in a list pane: move the article to the selected heading, quote or entity.
    mutating func activate(_ g: ArticleGeometry) -> StatusMessage? {
        switch focus {
        case .article:
            return nil
        case .outline:
            guard document.outlineCount > 0 else { return nil }
            jumpToSection(outline.selected, g)
        case .quotes:
            guard let row = document.quoteRows[safe: quotes.selected] else { return nil }
            switch row {
            case .quote(let q): makeCurrent(quote: q, g)
            case .speaker(let group): makeCurrent(quote: document.quoteGroups[group].quotes[0], g)
            }
        case .entities:
            guard case .entity(let e) = document.entityRows[safe: entities.selected] else { return nil }
            selectEntity(e)
            guard let first = document.article.entities[e].mentions.first else { return nil }
            currentMention = 0
            reveal(first.start, g)
        }
        return nil
    }

    // MARK: searching

    /// Runs a search and moves to the first match at or after the top of the pane (of the article, when it
    /// opened at a saved position and the reader has not moved since: the saved place is not one they chose).
    /// `known` is a search already made of this text (the one shown as the query was typed): its matches are
    /// reused for the same query, and the only places looked at for a longer one.
    mutating func startSearch(_ query: String, _ g: ArticleGeometry, known: SearchState? = nil) -> StatusMessage? {
        let matcher = SearchMatcher(query: query)
        let matches: [TextRange]
        if let known, known.query == query {
            matches = known.matches
        } else if let known, matcher.narrows(SearchMatcher(query: known.query)) {
            matches = matcher.matches(in: document.text, within: known.matches)
        } else {
            matches = matcher.matches(in: document.text)
        }
        guard !matches.isEmpty else {
            search = SearchState(query: query, matches: [], current: nil)
            return StatusMessage("not found: \(query)", isError: true)
        }
        let here = resumed ? 0 : topOffset(g)
        let first = matches.firstIndex { $0.start >= here } ?? 0
        search = SearchState(query: query, matches: matches, current: first)
        reveal(matches[first].start, g)
        return first == 0 && here > 0 && matches[0].start < here ? StatusMessage("search wrapped to the top") : nil
    }

    /// `n` and `N`: the next or previous match, wrapping with a message (and highlighted again after Esc).
    mutating func searchAgain(forward: Bool, _ g: ArticleGeometry) -> StatusMessage? {
        guard var s = search else { return StatusMessage("no search yet: press / to search") }
        s.highlighted = true
        search = s
        guard !s.matches.isEmpty else { return StatusMessage("not found: \(s.query)", isError: true) }
        let step = Cycle.step(from: stepsFromTarget ? s.current : nil, count: s.matches.count, forward: forward, here: topOffset(g)) {
            s.matches[$0].start
        }
        let next = step.index
        let message = step.wrapped
            ? StatusMessage(forward ? "search hit the bottom, continuing at the top" : "search hit the top, continuing at the bottom")
            : nil
        s.current = next
        search = s
        reveal(s.matches[next].start, g)
        return message
    }

    /// Esc, as in less and vim: hides a folded pane, else clears the search highlight (the search itself stays
    /// for `n` and an empty `/`), else the selected entity's marks. The current quote is where the reader is,
    /// not a highlight: it stays.
    mutating func close(folded: Bool) {
        if focus != .article && folded {
            focus = .article
        } else if let s = search, s.highlighted {
            search?.highlighted = false
        } else if selectedEntity != nil {
            selectedEntity = nil
            currentMention = nil
        }
    }

    // MARK: following

    /// What says where the reader is: the top row and the last jump's target.
    var place: Place { Place(top: top, jumpTarget: jumpTarget) }

    struct Place: Equatable {
        let top: RowPosition
        let jumpTarget: Int?
    }

    /// After a key or the mouse: once the reader has moved, the article is no longer at the resumed position.
    mutating func noteMoved(from before: Place?) {
        if resumed, let before, before != place { resumed = false }
    }

    /// After a resize: the last jump's target (a heading, quote, mention or match) stays on screen.
    mutating func keepJumpTargetInView(_ g: ArticleGeometry) {
        guard let target = jumpTarget else { return }
        reveal(target, g)
    }

    /// After the article moved: the outline follows the section at the top, the other panes keep their cursors
    /// on what is current.
    mutating func followArticle(_ g: ArticleGeometry) {
        if !(outlineHeld && focus == .outline) {
            let section = document.section(containing: readingOffset(g))
            outline = outline.selecting(section, count: document.outlineCount, height: g.listHeight(.outline, self))
            outlineHeld = false
        }
    }

    /// Keeps every position valid for the current layout (after a resize, or when an article opens).
    mutating func normalize(_ g: ArticleGeometry) {
        let r = rows(g)
        if top.block >= document.blocks.count { top = .start }
        top = r.clampTop(r.position(block: top.block, row: r.rowInBlock(top)), height: g.textHeight)
        outline = outline.visible(height: g.listHeight(.outline, self), count: document.outlineCount)
        quotes = quotes.visible(height: g.listHeight(.quotes, self), count: document.quoteRows.count)
        entities = entities.visible(height: g.listHeight(.entities, self), count: document.entityRows.count)
        if entities.selected < document.entityRows.count, !document.entityRows[entities.selected].isSelectable,
           let first = document.entityRows.firstIndex(where: \.isSelectable), entities.selected < first {
            entities.selected = first
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
