/// Commands on the article screen: the keymap's command for a key, carried out on the open article.
extension ReaderState {
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
}
