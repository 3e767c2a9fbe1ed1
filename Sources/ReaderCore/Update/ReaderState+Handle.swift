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
}
