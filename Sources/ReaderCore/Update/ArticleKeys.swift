/// Commands on the article screen: the keymap's command for a key, carried out on the open article.
extension ReaderState {
    mutating func run(_ command: Command) -> [Effect] {
        guard var view = article else { return runInLibrary(command) }
        let g = geometry
        if !view.document.isAnalysed, Self.needsAnalysis.contains(command) {
            message = StatusMessage("still analysing: quotes and entities come in a moment")
            waitingCommand = (view.document.path, command)
            return []
        }
        if view.document.stage == .beginning, Self.needsWholeText.contains(command) {
            message = StatusMessage("still reading the article: its end comes in a moment")
            waitingCommand = (view.document.path, command)
            return []
        }
        var effects: [Effect] = []
        switch command {
        case .moveDown: view.moveCursor(by: 1, g)
        case .moveUp: view.moveCursor(by: -1, g)
        case .pageDown: view.page(by: 1, g)
        case .pageUp: view.page(by: -1, g)
        case .halfPageDown: view.halfPage(by: 1, g)
        case .halfPageUp: view.halfPage(by: -1, g)
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
        case .close: view.close(folded: layout.folded)
        case .help: overlay = .help(top: 0)
        case .redraw: effects.append(.redraw)
        case .quit:
            if view.focus != .article && layout.folded {
                view.focus = .article
            } else {
                return leaveArticle()
            }
        case .quitNow:
            return finish()
        case .nextArticle, .previousArticle:
            article = view
            return openNeighbour(forward: command == .nextArticle)
        case .open, .toggleRead, .markAllRead, .sort, .accept, .cancel, .deleteBack, .clearLine, .nextChoice,
             .previousChoice:
            break
        }
        article = view
        return effects
    }

    /// `q` in the article: back to the library, or the end when there is none.
    mutating func leaveArticle() -> [Effect] {
        guard let view = article else { return [] }
        guard library != nil else { return finish() }
        article = nil
        return [.saveReadingPosition(path: view.document.path, offset: view.topOffset(geometry))]
    }

    /// The commands that need the quotes and entities, which an article shown before its analysis lacks.
    static let needsAnalysis: Set<Command> = [.nextQuote, .previousQuote, .nextSpeakerQuote, .previousSpeakerQuote,
                                              .speakerPicker, .nextMention, .previousMention]
    /// Commands that need the whole text laid out, not only its beginning (`ArticleDocument.Stage.beginning`).
    static let needsWholeText: Set<Command> = [.bottom]

    static func cycle(_ pane: Pane, by step: Int) -> Pane {
        let all = Pane.allCases
        let i = all.firstIndex(of: pane)!
        return all[(i + step + all.count) % all.count]
    }
}
