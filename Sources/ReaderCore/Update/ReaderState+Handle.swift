import ArticleKit

extension ReaderState {
    /// The one place state changes: applies `event` and returns the work the host must do.
    ///
    /// Keys go to the innermost layer first, as in a compositor: the prompt, then an overlay, then the screen
    /// below (the article or the library), looked up in the keymap table.
    public mutating func handle(_ event: ReaderEvent) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .key(let key):
            message = nil
            if prompt != nil {
                handlePromptKey(key)
            } else if overlay != nil {
                handleOverlayKey(key)
            } else {
                let context: KeyContext = article != nil ? .article : .library
                if let command = keymap.command(for: key, in: context) {
                    effects += run(command)
                } else if article == nil, case .char(let c) = key, c.value > 0x20, c != "q" {
                    // Typing in the library starts filtering, like newsboat's and lazygit's lists.
                    prompt = Prompt(purpose: .libraryFilter, text: String(Character(c)))
                    applyLibraryFilter()
                }
            }
        case .resize(let newSize):
            size = newSize
        case .mouse(let mouse):
            effects += handleMouse(mouse)
        case .articleOpened(let path, let result, let position):
            switch result {
            case .success(let document):
                var view = ArticleViewState(document: document)
                if let position, position > 0 {
                    view.top = ArticleRows(document: document, width: geometry.textWidth).position(of: position)
                }
                article = view
                overlay = nil
                prompt = nil
                if let warning = document.article.warnings.first { message = StatusMessage("warning: \(warning)") }
            case .failure(let failure):
                message = StatusMessage(failure.message, isError: true)
                if library == nil { finished = true; effects.append(.quit) }
                markLibraryFailure(path: path, failure.message)
            }
        case .libraryDetails(let path, let title, let quotes, let entities, let failure):
            if let i = library?.entries.firstIndex(where: { $0.path == path }) {
                if let title { library!.entries[i].title = title }
                library!.entries[i].quoteCount = quotes
                library!.entries[i].entityCount = entities
                library!.entries[i].failure = failure
            }
        }
        normalize()
        return effects
    }

    /// The geometry of the current layout.
    public var geometry: ArticleGeometry { ArticleGeometry(layout: layout) }

    /// Keeps scroll positions and cursors valid for the current size.
    mutating func normalize() {
        let g = geometry
        article?.normalize(g)
        if var lib = library {
            let count = lib.visible.count
            lib.cursor = lib.cursor.selecting(lib.cursor.selected, count: count, height: libraryHeight)
            library = lib
        }
        if case .speakerPicker(var picker) = overlay {
            let count = speakerChoices(picker.filter).count
            picker.cursor = picker.cursor.selecting(picker.cursor.selected, count: count, height: pickerHeight)
            overlay = .speakerPicker(picker)
        }
    }

    /// Rows of entries the library list shows.
    var libraryHeight: Int { max(1, layout.body.height - 3) }

    // MARK: commands

    mutating func run(_ command: Command) -> [Effect] {
        let g = geometry
        if article == nil { return runInLibrary(command) }
        var view = article!
        var effects: [Effect] = []
        switch command {
        case .moveDown: view.moveCursor(by: 1, g)
        case .moveUp: view.moveCursor(by: -1, g)
        case .pageDown: view.focus == .article ? view.scroll(by: max(1, g.textHeight - 2), g) : view.moveCursor(by: g.listHeight(view.focus), g)
        case .pageUp: view.focus == .article ? view.scroll(by: -max(1, g.textHeight - 2), g) : view.moveCursor(by: -g.listHeight(view.focus), g)
        case .halfPageDown: view.focus == .article ? view.scroll(by: max(1, g.textHeight / 2), g) : view.moveCursor(by: max(1, g.listHeight(view.focus) / 2), g)
        case .halfPageUp: view.focus == .article ? view.scroll(by: -max(1, g.textHeight / 2), g) : view.moveCursor(by: -max(1, g.listHeight(view.focus) / 2), g)
        case .top: view.moveCursorToEnd(false, g)
        case .bottom: view.moveCursorToEnd(true, g)
        case .activate:
            message = view.activate(g)
            if layout.folded && view.focus != .article { view.focus = .article }
        case .nextSection: message = view.jumpSection(forward: true, g)
        case .previousSection: message = view.jumpSection(forward: false, g)
        case .nextQuote: message = view.jumpQuote(forward: true, g)
        case .previousQuote: message = view.jumpQuote(forward: false, g)
        case .nextSpeakerQuote: message = view.jumpSpeakerQuote(forward: true, g)
        case .previousSpeakerQuote: message = view.jumpSpeakerQuote(forward: false, g)
        case .speakerPicker:
            if view.document.quoteGroups.isEmpty {
                message = StatusMessage("no quotes in this article")
            } else {
                overlay = .speakerPicker(SpeakerPicker())
            }
        case .nextMention: message = view.jumpMention(forward: true, g)
        case .previousMention: message = view.jumpMention(forward: false, g)
        case .search: prompt = Prompt(purpose: .search, origin: SearchOrigin(view))
        case .searchNext: message = view.searchAgain(forward: true, g)
        case .searchPrevious: message = view.searchAgain(forward: false, g)
        case .focusNext: view.focus = Self.cycle(view.focus, by: 1)
        case .focusPrevious: view.focus = Self.cycle(view.focus, by: -1)
        case .open: break
        case .close:
            if view.focus != .article && layout.folded {
                view.focus = .article
            } else if view.search != nil {
                view.search = nil
            } else {
                view.currentQuote = nil
                view.selectedEntity = nil
                view.currentMention = nil
            }
        case .help: overlay = .help(top: 0)
        case .redraw: effects.append(.redraw)
        case .quit:
            if view.focus != .article && layout.folded {
                view.focus = .article
            } else {
                effects.append(.saveReadingPosition(path: view.document.path, offset: view.topOffset(g)))
                if library != nil {
                    article = nil
                    return effects
                }
                finished = true
                effects.append(.quit)
            }
        }
        article = view
        return effects
    }

    static func cycle(_ pane: Pane, by step: Int) -> Pane {
        let all = Pane.allCases
        let i = all.firstIndex(of: pane)!
        return all[(i + step + all.count) % all.count]
    }

    mutating func runInLibrary(_ command: Command) -> [Effect] {
        guard var lib = library else {
            if command == .quit { finished = true; return [.quit] }
            return []
        }
        let count = lib.visible.count
        let height = libraryHeight
        var effects: [Effect] = []
        switch command {
        case .moveDown: lib.cursor = lib.cursor.selecting(lib.cursor.selected + 1, count: count, height: height)
        case .moveUp: lib.cursor = lib.cursor.selecting(lib.cursor.selected - 1, count: count, height: height)
        case .pageDown, .halfPageDown:
            let step = command == .pageDown ? height : max(1, height / 2)
            lib.cursor = lib.cursor.selecting(lib.cursor.selected + step, count: count, height: height)
        case .pageUp, .halfPageUp:
            let step = command == .pageUp ? height : max(1, height / 2)
            lib.cursor = lib.cursor.selecting(lib.cursor.selected - step, count: count, height: height)
        case .top: lib.cursor = lib.cursor.selecting(0, count: count, height: height)
        case .bottom: lib.cursor = lib.cursor.selecting(count - 1, count: count, height: height)
        case .activate, .open:
            if let path = lib.selectedPath {
                effects.append(.openArticle(path: path))
                message = StatusMessage("opening \(path.split(separator: "/").last.map(String.init) ?? path)…")
            }
        case .search: prompt = Prompt(purpose: .libraryFilter, text: lib.filter)
        case .close:
            lib.filter = ""
        case .help: overlay = .help(top: 0)
        case .redraw: effects.append(.redraw)
        case .quit:
            finished = true
            effects.append(.quit)
        default:
            break
        }
        library = lib
        return effects
    }

    mutating func markLibraryFailure(path: String, _ text: String) {
        if let i = library?.entries.firstIndex(where: { $0.path == path }) { library!.entries[i].failure = text }
    }

    // MARK: prompt

    mutating func handlePromptKey(_ key: Key) {
        guard var p = prompt else { return }
        switch key {
        case .escape:
            if p.purpose == .libraryFilter { library?.filter = "" }
            if let origin = p.origin, var view = article {
                origin.restore(&view)
                article = view
            }
            prompt = nil
            return
        case .enter:
            prompt = nil
            switch p.purpose {
            case .search:
                guard var view = article else { return }
                p.origin?.restore(&view)
                if p.text.isEmpty {
                    // An empty search repeats the last one, as in less and vim.
                    if view.search != nil { message = view.searchAgain(forward: true, geometry) }
                } else {
                    message = view.startSearch(p.text, geometry)
                }
                article = view
            case .libraryFilter:
                library?.filter = p.text
            }
            return
        case .backspace, .char("\u{7F}"), .char("\u{8}"):
            if p.text.isEmpty {
                prompt = nil
                if p.purpose == .libraryFilter { library?.filter = "" }
                return
            }
            p.text.removeLast()
        case .char("\u{15}"):  // Ctrl-U clears the line
            p.text = ""
        case .char(let c) where c.value >= 0x20 && c.value != 0x7F:
            p.text.unicodeScalars.append(c)
        default:
            break
        }
        prompt = p
        if p.purpose == .libraryFilter { applyLibraryFilter() }
        if p.purpose == .search { previewSearch(p) }
    }

    /// Search as you type: every match of what is typed so far is highlighted and the first one after where
    /// the search started is shown; nothing is kept until Enter.
    mutating func previewSearch(_ p: Prompt) {
        guard var view = article, let origin = p.origin else { return }
        origin.restore(&view)
        if !p.text.isEmpty { _ = view.startSearch(p.text, geometry) }
        article = view
    }

    mutating func applyLibraryFilter() {
        guard let p = prompt, p.purpose == .libraryFilter else { return }
        library?.filter = p.text
        library?.cursor = ListCursor()
    }

    // MARK: overlays

    var pickerHeight: Int { max(1, min(layout.body.height - 4, 20)) }

    /// The speakers the picker lists for a filter: (group index, name, quote count).
    public func speakerChoices(_ filter: String) -> [(group: Int, name: String, count: Int)] {
        guard let view = article else { return [] }
        let matcher = filter.isEmpty ? nil : SearchMatcher(query: filter, forceIgnoreCase: true)
        return view.document.quoteGroups.enumerated().compactMap { g, group in
            let name = group.name ?? "(no speaker)"
            if let matcher, !matcher.matches(in: name) { return nil }
            return (g, name, group.quotes.count)
        }
    }

    mutating func handleOverlayKey(_ key: Key) {
        switch overlay {
        case .help(let top)?:
            let command = keymap.command(for: key, in: .global)
            switch command {
            case .moveDown?: overlay = .help(top: top + 1)
            case .moveUp?: overlay = .help(top: max(0, top - 1))
            case .pageDown?, .halfPageDown?: overlay = .help(top: top + max(1, layout.body.height - 4))
            case .pageUp?, .halfPageUp?: overlay = .help(top: max(0, top - max(1, layout.body.height - 4)))
            case .top?: overlay = .help(top: 0)
            case .redraw?: break
            default: overlay = nil  // q, Esc, ? and any other key close the help
            }
        case .speakerPicker(var picker)?:
            let choices = speakerChoices(picker.filter)
            switch key {
            case .escape: overlay = nil; return
            case .enter:
                overlay = nil
                guard var view = article, let choice = choices[safe: picker.cursor.selected] else { return }
                view.makeCurrent(quote: view.document.quoteGroups[choice.group].quotes[0], geometry)
                message = StatusMessage("\(choice.name): \(choice.count) quote\(choice.count == 1 ? "" : "s"); > and < move through them")
                article = view
                return
            case .down, .char("\u{0E}"), .tab:
                picker.cursor = picker.cursor.selecting(picker.cursor.selected + 1, count: choices.count, height: pickerHeight)
            case .up, .char("\u{10}"), .backTab:
                picker.cursor = picker.cursor.selecting(picker.cursor.selected - 1, count: choices.count, height: pickerHeight)
            case .backspace, .char("\u{7F}"), .char("\u{8}"):
                if !picker.filter.isEmpty { picker.filter.removeLast() }
                picker.cursor = ListCursor()
            case .char(let c) where c.value >= 0x20:
                picker.filter.unicodeScalars.append(c)
                picker.cursor = ListCursor()
            default:
                break
            }
            overlay = .speakerPicker(picker)
        case nil:
            break
        }
    }

    // MARK: mouse

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
