/// Typing at the prompt in the status line: a search (shown as it is typed) or a library filter.
extension ReaderState {
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
}
