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
        case .nextSection, .previousSection, .nextQuote, .previousQuote, .nextSpeakerQuote,
             .previousSpeakerQuote, .speakerPicker, .nextMention, .previousMention, .searchNext, .searchPrevious,
             .focusNext, .focusPrevious,
             .accept, .cancel, .deleteBack, .clearLine, .nextChoice, .previousChoice:
            break
        }
        library = lib
        return effects
    }

    mutating func markLibraryFailure(path: String, _ text: String) {
        if let i = library?.entries.firstIndex(where: { $0.path == path }) { library!.entries[i].failure = text }
    }
}
