import ArticleKit

extension ReaderState {
    /// The one place state changes: applies `event` and returns the work the host must do.
    ///
    /// Keys go to the innermost layer first, as in a compositor: the prompt, then an overlay, then the screen
    /// below (the article or the library), each looked up in the keymap table in its own context.
    public mutating func handle(_ event: ReaderEvent) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .started(let settings, let warnings):
            keymap = settings.keymap
            theme = settings.theme
            mouseEnabled = settings.mouse
            if let first = warnings.first {
                let more = warnings.count > 1 ? " (and \(warnings.count - 1) more, shown on exit)" : ""
                message = StatusMessage(first + more, isError: true)
            }
        case .libraryListed(let listed, let reopen):
            library = listed
            if let reopen, let entry = listed.entries.firstIndex(where: { $0.path == reopen }),
               let row = listed.visible.firstIndex(of: entry) {
                library!.cursor = ListCursor(selected: row)
                effects += open(reopen)
            }
        case .openRequested(let path):
            effects += open(path)
        case .key(let key) where layout.tooSmall:
            // Nothing can be seen, so nothing changes: keys wait for a bigger terminal. Quitting still works.
            let command = keymap.command(for: key, in: screenContext)
            if command == .quit || command == .quitNow { effects += finish() }
        case .key(let key):
            message = nil
            // While a search is typed, the article moves to show matches but the reader has not moved yet
            // (Esc goes back); accepting the search is the move (`handlePromptKey`).
            let before = prompt == nil ? article?.place : nil
            effects += handleKey(key)
            article?.noteMoved(from: before)
        case .resize(let newSize):
            size = newSize
            // The text at the top stays at the top (RowPosition); a jump's target stays on screen too.
            let g = geometry
            article?.normalize(g)
            article?.keepJumpTargetInView(g)
        case .mouse(let mouse):
            let before = article?.place
            effects += handleMouse(mouse)
            article?.noteMoved(from: before)
        case .inputClosed:
            effects += finish()
        case .articleOpened(let path, let result, let position):
            // A result another open has overtaken (the user chose a second article meanwhile) is dropped.
            if let opening, opening != path { break }
            opening = nil
            switch result {
            case .success(let document):
                article = ArticleViewState(opening: document, at: position, geometry)
                overlay = nil
                prompt = nil
                effects += markOpenedRead(path)
                if let warning = document.article.warnings.first { message = StatusMessage("warning: \(warning)") }
            case .failure(let failure):
                message = StatusMessage(failure.message, isError: true)
                if library == nil { effects += finish() }
                markLibraryFailure(path: path, failure.message)
            }
        case .articleAdvanced(let path, let document):
            if let view = article, view.document.path == path, document.stage > view.document.stage {
                article = ArticleViewState(advancedTo: document, replacing: view, geometry)
                // A command that waited for this stage is carried out now (it waits again if it needs a later one).
                if let waiting = waitingCommand, waiting.path == path {
                    waitingCommand = nil
                    message = nil
                    effects += run(waiting.command)
                }
            }
        case .articleProgress(let path, let fraction):
            if let view = article, view.document.path == path, !view.document.isAnalysed {
                article!.analysisProgress = fraction
            }
        case .libraryDetails(let path, let details):
            if let i = library?.entries.firstIndex(where: { $0.path == path }) {
                library!.entries[i].describe(details)
            }
        }
        normalize()
        return effects
    }

    /// A key, offered to the prompt, then an overlay, then the screen below.
    mutating func handleKey(_ key: Key) -> [Effect] {
        waitingCommand = nil   // a new key replaces a command that waited
        if prompt != nil { return handlePromptKey(key) }
        if overlay != nil { return handleOverlayKey(key) }
        if let command = keymap.command(for: key, in: screenContext) { return run(command) }
        if article == nil, library != nil, case .char(let c) = key, c.value > 0x20, c.value != 0x7F {
            // Typing in the library starts filtering, like newsboat's and lazygit's lists.
            prompt = Prompt(purpose: .libraryFilter, text: String(Character(c)))
            applyLibraryFilter()
        }
        return []
    }

    /// Starts opening the article at `path`: the status line says so until it arrives.
    mutating func open(_ path: String) -> [Effect] {
        opening = path
        return [.openArticle(path: path)]
    }

    /// Ends the reader, remembering where the open article was.
    mutating func finish() -> [Effect] {
        var effects: [Effect] = []
        if let view = article { effects.append(.saveReadingPosition(path: view.document.path, offset: view.topOffset(geometry))) }
        finished = true
        effects.append(.quit)
        return effects
    }

    /// Keeps scroll positions and cursors valid for the current size.
    mutating func normalize() {
        let g = geometry
        article?.normalize(g)
        if var lib = library {
            lib.cursor = lib.cursor.selecting(lib.cursor.selected, count: lib.visible.count, height: layout.libraryList.height)
            library = lib
        }
        if case .speakerPicker(var picker) = overlay {
            let count = speakerChoices(picker.filter).count
            picker.cursor = picker.cursor.selecting(picker.cursor.selected, count: count, height: layout.pickerList.height)
            overlay = .speakerPicker(picker)
        }
    }
}

extension ArticleViewState {
    /// The view of an article that has just opened, at its saved reading position if there is one.
    init(opening document: ArticleDocument, at position: Int?, _ g: ArticleGeometry) {
        self.init(document: document)
        if let position, position > 0 {
            top = rows(g).position(of: min(position, document.text.count))
            resumed = true
        }
    }
}

extension ArticleViewState {
    /// The view of a later stage of the article `view` shows (`ArticleDocument.Stage`), keeping where it was:
    /// the text at the top, focus, search and jump. From the structure on the blocks stay the same; from the
    /// beginning alone the last of them may be cut differently, so the top is found again by its offset.
    init(advancedTo document: ArticleDocument, replacing view: ArticleViewState, _ g: ArticleGeometry) {
        self.init(document: document)
        focus = view.focus
        if view.document.stage == .beginning {
            top = rows(g).position(of: view.rows(g).offset(of: view.top))
        } else {
            top = view.top
        }
        outline = view.outline
        outlineHeld = view.outlineHeld
        search = view.search
        jumpTarget = view.jumpTarget
        resumed = view.resumed
        analysisProgress = document.isAnalysed ? nil : view.analysisProgress
    }
}

extension LibraryState.Entry {
    /// Takes in what the background analysis found.
    mutating func describe(_ details: ArticleDetails) {
        if let title = details.title, !title.isEmpty { self.title = title }
        quoteCount = details.quoteCount
        entityCount = details.entityCount
        failure = details.failure
        let modified = metadata.modified
        metadata = details.metadata
        if metadata.modified == nil { metadata.modified = modified }
    }
}
