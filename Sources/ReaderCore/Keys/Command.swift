/// Everything a key can do. The raw value is the name used in the config file (`bind`).
public enum Command: String, CaseIterable, Sendable {
    // move in the focused pane
    case moveDown = "move-down", moveUp = "move-up"
    case pageDown = "page-down", pageUp = "page-up"
    case halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case top, bottom
    case activate
    // jump in the article
    case nextSection = "next-section", previousSection = "previous-section"
    case nextQuote = "next-quote", previousQuote = "previous-quote"
    case nextSpeakerQuote = "next-speaker-quote", previousSpeakerQuote = "previous-speaker-quote"
    case speakerPicker = "speaker-picker"
    case nextMention = "next-mention", previousMention = "previous-mention"
    // search
    case search
    case searchNext = "search-next", searchPrevious = "search-previous"
    // panes and app
    case focusNext = "focus-next", focusPrevious = "focus-previous"
    case open
    case close
    case help
    case redraw
    case quit

    /// The group the help screen lists the command under.
    public var group: CommandGroup {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom: return .move
        case .activate, .nextSection, .previousSection, .nextQuote, .previousQuote, .nextSpeakerQuote,
             .previousSpeakerQuote, .speakerPicker, .nextMention, .previousMention: return .jump
        case .search, .searchNext, .searchPrevious: return .search
        case .focusNext, .focusPrevious, .open, .close: return .panes
        case .help, .redraw, .quit: return .app
        }
    }

    /// What the command does, as the help screen says it.
    public var summary: String {
        switch self {
        case .moveDown: return "down a line / next item"
        case .moveUp: return "up a line / previous item"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .halfPageDown: return "half a page down"
        case .halfPageUp: return "half a page up"
        case .top: return "go to the top"
        case .bottom: return "go to the bottom"
        case .activate: return "jump to the selected heading, quote or entity"
        case .nextSection: return "next section heading"
        case .previousSection: return "previous section heading"
        case .nextQuote: return "next quote (any speaker)"
        case .previousQuote: return "previous quote (any speaker)"
        case .nextSpeakerQuote: return "next quote by the current speaker"
        case .previousSpeakerQuote: return "previous quote by the current speaker"
        case .speakerPicker: return "pick a speaker"
        case .nextMention: return "next mention of the selected entity"
        case .previousMention: return "previous mention of the selected entity"
        case .search: return "search the article"
        case .searchNext: return "next match"
        case .searchPrevious: return "previous match"
        case .focusNext: return "focus the next pane"
        case .focusPrevious: return "focus the previous pane"
        case .open: return "open the selected article"
        case .close: return "close the overlay or prompt"
        case .help: return "show or hide this help"
        case .redraw: return "redraw the screen"
        case .quit: return "close the overlay, back to the library, or quit"
        }
    }
}

/// The groups of the help screen, in the order shown.
public enum CommandGroup: String, CaseIterable, Sendable {
    case move = "Move"
    case jump = "Jump"
    case search = "Search"
    case panes = "Panes"
    case app = "App"
}
