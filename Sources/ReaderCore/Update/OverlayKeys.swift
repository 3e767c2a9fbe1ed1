/// Keys in the overlays drawn above everything: the help screen and the speaker picker.
extension ReaderState {
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
}
