/// Typing at the prompt in the status line: a search (shown as it is typed) or a library filter. The keys that
/// edit or end the prompt come from the keymap's prompt context; every other printable key is text.
extension ReaderState {
    mutating func handlePromptKey(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        switch keymap.command(for: key, in: .prompt) {
        case .cancel?:
            if p.purpose == .libraryFilter { library?.filter = "" }
            if let origin = p.origin, var view = article {
                view.restore(origin)
                article = view
            }
            prompt = nil
            return []
        case .accept?:
            prompt = nil
            switch p.purpose {
            case .search:
                guard var view = article else { return [] }
                let shown = view.search   // the search shown as the query was typed
                if let origin = p.origin { view.restore(origin) }
                if p.text.isEmpty {
                    // An empty search repeats the last one, as in less and vim.
                    if view.search != nil { message = view.searchAgain(forward: true, geometry) }
                } else {
                    message = view.startSearch(p.text, geometry, known: shown)
                }
                view.resumed = false  // the search has taken the reader somewhere
                article = view
            case .libraryFilter:
                library?.filter = p.text
            }
            return []
        case .deleteBack?:
            if p.text.isEmpty {
                prompt = nil
                if p.purpose == .libraryFilter { library?.filter = "" }
                return []
            }
            p.text.removeLast()
        case .clearLine?:
            p.text = ""
        default:
            guard case .char(let c) = key, c.value >= 0x20, c.value != 0x7F else { return [] }
            p.text.unicodeScalars.append(c)
        }
        prompt = p
        if p.purpose == .libraryFilter { applyLibraryFilter() }
        if p.purpose == .search { previewSearch(p) }
        return []
    }

    /// Search as you type: every match of what is typed so far is highlighted and the first one after where
    /// the search started is shown; nothing is kept until Enter.
    mutating func previewSearch(_ p: Prompt) {
        guard var view = article, let origin = p.origin else { return }
        let shown = view.search   // for the previous letter (a longer query looks only where it was found)
        view.restore(origin)
        if !p.text.isEmpty { _ = view.startSearch(p.text, geometry, known: shown) }
        article = view
    }

    mutating func applyLibraryFilter() {
        guard let p = prompt, p.purpose == .libraryFilter else { return }
        library?.filter = p.text
        library?.cursor = ListCursor()
    }
}

extension SearchOrigin {
    /// What a search prompt opened over.
    init(_ view: ArticleViewState) {
        self.init(top: view.top, search: view.search, jumpTarget: view.jumpTarget, resumed: view.resumed)
    }
}

extension ArticleViewState {
    /// Back to where a search prompt opened.
    mutating func restore(_ origin: SearchOrigin) {
        top = origin.top
        search = origin.search
        jumpTarget = origin.jumpTarget
        resumed = origin.resumed
    }
}
