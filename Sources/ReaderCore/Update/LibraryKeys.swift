/// Commands on the library screen: moving through the list, opening an article, filtering, quitting.
extension ReaderState {
    mutating func runInLibrary(_ command: Command) -> [Effect] {
        guard var lib = library else {
            // No article yet and no library: one article is being opened; only quitting makes sense.
            if command == .quit || command == .quitNow { return finish() }
            return []
        }
        let count = lib.visible.count
        let height = layout.libraryList.height
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
                library = lib
                return open(path)
            }
        case .search: prompt = Prompt(purpose: .libraryFilter, text: lib.filter)
        case .close:
            lib.filter = ""
        case .help: overlay = .help(top: 0)
        case .redraw: effects.append(.redraw)
        case .quit, .quitNow:
            library = lib
            return finish()
        case .toggleRead:
            if let i = lib.selectedEntry {
                lib.entries[i].isRead.toggle()
                effects.append(.markRead(paths: [lib.entries[i].path], read: lib.entries[i].isRead))
            }
        case .markAllRead:
            let unread = lib.visible.filter { !lib.entries[$0].isRead }
            for i in unread { lib.entries[i].isRead = true }
            if !unread.isEmpty { effects.append(.markRead(paths: unread.map { lib.entries[$0].path }, read: true)) }
        case .sort:
            // The selected article stays selected in the new order; the status line names the order.
            let selected = lib.selectedEntry
            let orders = LibraryState.Order.allCases
            lib.order = orders[(orders.firstIndex(of: lib.order)! + 1) % orders.count]
            if let selected, let row = lib.visible.firstIndex(of: selected) {
                lib.cursor = lib.cursor.selecting(row, count: lib.visible.count, height: height)
            }
        case .nextSection, .previousSection, .nextQuote, .previousQuote, .nextSpeakerQuote,
             .previousSpeakerQuote, .speakerPicker, .nextMention, .previousMention, .searchNext, .searchPrevious,
             .focusNext, .focusPrevious, .nextArticle, .previousArticle,
             .accept, .cancel, .deleteBack, .clearLine, .nextChoice, .previousChoice:
            break
        }
        library = lib
        return effects
    }

    /// `J` and `K` in the article: the next or previous article in the library's order (sorted and filtered as
    /// the list shows it), opened in place; the list's cursor follows.
    mutating func openNeighbour(forward: Bool) -> [Effect] {
        guard var lib = library, let view = article else {
            message = StatusMessage("J and K move between the articles of a library: open a folder or several files")
            return []
        }
        let visible = lib.visible
        let here = lib.entries.firstIndex { $0.path == view.document.path }.flatMap { visible.firstIndex(of: $0) }
            ?? lib.cursor.selected
        let next = here + (forward ? 1 : -1)
        guard visible.indices.contains(next) else {
            message = StatusMessage(forward ? "last article" : "first article")
            return []
        }
        lib.cursor = lib.cursor.selecting(next, count: visible.count, height: layout.libraryList.height)
        library = lib
        return [.saveReadingPosition(path: view.document.path, offset: view.topOffset(geometry))]
            + open(lib.entries[visible[next]].path)
    }

    /// An article opened from the library is read: marked so, and remembered by the host.
    mutating func markOpenedRead(_ path: String) -> [Effect] {
        guard let i = library?.entries.firstIndex(where: { $0.path == path }), !library!.entries[i].isRead else { return [] }
        library!.entries[i].isRead = true
        return [.markRead(paths: [path], read: true)]
    }

    mutating func markLibraryFailure(path: String, _ text: String) {
        if let i = library?.entries.firstIndex(where: { $0.path == path }) { library!.entries[i].failure = text }
    }
}
