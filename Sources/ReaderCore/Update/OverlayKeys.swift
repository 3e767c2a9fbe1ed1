/// Keys in the overlays drawn above everything: the help screen and the speaker picker (whose keys come from
/// the keymap's picker context, falling back to the prompt's: it is typed into).
extension ReaderState {
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

    mutating func handleOverlayKey(_ key: Key) -> [Effect] {
        switch overlay {
        case .help(let top)?:
            let page = max(1, layout.helpText.height - 1)
            switch keymap.command(for: key, in: screenContext) {
            case .moveDown?: overlay = .help(top: top + 1)
            case .moveUp?: overlay = .help(top: max(0, top - 1))
            case .pageDown?, .halfPageDown?: overlay = .help(top: top + page)
            case .pageUp?, .halfPageUp?: overlay = .help(top: max(0, top - page))
            case .top?: overlay = .help(top: 0)
            case .redraw?: return [.redraw]
            case .quitNow?: return finish()
            default: overlay = nil  // q, Esc, ? and any other key close the help
            }
        case .speakerPicker(var picker)?:
            let choices = speakerChoices(picker.filter)
            let height = layout.pickerList.height
            switch keymap.command(for: key, in: .picker) {
            case .cancel?:
                overlay = nil
                return []
            case .accept?:
                overlay = nil
                guard var view = article, let choice = choices[safe: picker.cursor.selected] else { return [] }
                view.makeCurrent(quote: view.document.quoteGroups[choice.group].quotes[0], geometry)
                message = StatusMessage("\(choice.name): \(choice.count) quote\(choice.count == 1 ? "" : "s"); > and < move through them")
                article = view
                return []
            case .nextChoice?:
                picker.cursor = picker.cursor.selecting(picker.cursor.selected + 1, count: choices.count, height: height)
            case .previousChoice?:
                picker.cursor = picker.cursor.selecting(picker.cursor.selected - 1, count: choices.count, height: height)
            case .deleteBack?:
                if !picker.filter.isEmpty { picker.filter.removeLast() }
                picker.cursor = ListCursor()
            case .clearLine?:
                picker.filter = ""
                picker.cursor = ListCursor()
            default:
                guard case .char(let c) = key, c.value >= 0x20, c.value != 0x7F else { return [] }
                picker.filter.unicodeScalars.append(c)
                picker.cursor = ListCursor()
            }
            overlay = .speakerPicker(picker)
        case nil:
            break
        }
        return []
    }
}
