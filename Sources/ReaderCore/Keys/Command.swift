/// Everything a key can do. Each command's name (what the config file's `[keys]` table and the help screen call
/// it), help group and summary are one row of `info`.
public enum Command: CaseIterable, Hashable, Sendable, RawRepresentable {
    // move in the focused pane
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    // jump in the article
    case activate, nextSection, previousSection, nextQuote, previousQuote, nextSpeakerQuote, previousSpeakerQuote
    case speakerPicker, nextMention, previousMention
    // search
    case search, searchNext, searchPrevious
    // panes
    case focusNext, focusPrevious, close
    // library
    case open, nextArticle, previousArticle, toggleRead, markAllRead, sort
    // app
    case help, redraw, quit, quitNow
    // typing at the prompt (a search, the library filter) and in the speaker picker
    case accept, cancel, deleteBack, clearLine, nextChoice, previousChoice

    /// A command's name, help group and summary.
    public struct Info: Sendable {
        public let name: String
        public let group: CommandGroup
        public let summary: String
        init(_ name: String, _ group: CommandGroup, _ summary: String) {
            self.name = name
            self.group = group
            self.summary = summary
        }
    }

    /// The command's row: name, group, summary.
    public var info: Info {
        switch self {
        case .moveDown: return Info("move-down", .move, "down a line / next item")
        case .moveUp: return Info("move-up", .move, "up a line / previous item")
        case .pageDown: return Info("page-down", .move, "page down")
        case .pageUp: return Info("page-up", .move, "page up")
        case .halfPageDown: return Info("half-page-down", .move, "half a page down")
        case .halfPageUp: return Info("half-page-up", .move, "half a page up")
        case .top: return Info("top", .move, "go to the top")
        case .bottom: return Info("bottom", .move, "go to the bottom")
        case .activate: return Info("activate", .jump, "jump to the selected heading, quote or entity; open the selected article")
        case .nextSection: return Info("next-section", .jump, "next section heading")
        case .previousSection: return Info("previous-section", .jump, "previous section heading")
        case .nextQuote: return Info("next-quote", .jump, "next quote (any speaker)")
        case .previousQuote: return Info("previous-quote", .jump, "previous quote (any speaker)")
        case .nextSpeakerQuote: return Info("next-speaker-quote", .jump, "next quote by the current speaker")
        case .previousSpeakerQuote: return Info("previous-speaker-quote", .jump, "previous quote by the current speaker")
        case .speakerPicker: return Info("speaker-picker", .jump, "pick a speaker")
        case .nextMention: return Info("next-mention", .jump, "next mention of the selected entity")
        case .previousMention: return Info("previous-mention", .jump, "previous mention of the selected entity")
        case .search: return Info("search", .search, "search the article (filter the library)")
        case .searchNext: return Info("search-next", .search, "next match")
        case .searchPrevious: return Info("search-previous", .search, "previous match")
        case .focusNext: return Info("focus-next", .panes, "focus the next pane")
        case .focusPrevious: return Info("focus-previous", .panes, "focus the previous pane")
        case .close: return Info("close", .panes, "hide a folded pane; clear the search highlight, then the entity marks")
        case .open: return Info("open", .library, "open the selected article")
        case .nextArticle: return Info("next-article", .library, "open the library's next article (from the article)")
        case .previousArticle: return Info("previous-article", .library, "open the library's previous article (from the article)")
        case .toggleRead: return Info("toggle-read", .library, "mark the selected article read or unread")
        case .markAllRead: return Info("mark-all-read", .library, "mark every listed article read")
        case .sort: return Info("sort", .library, "sort the library by file, date or title")
        case .help: return Info("help", .app, "show or hide this help")
        case .redraw: return Info("redraw", .app, "redraw the screen")
        case .quit: return Info("quit", .app, "close the overlay, back to the library, or quit")
        case .quitNow: return Info("quit-now", .app, "quit at once, from the article or the library")
        case .accept: return Info("accept", .typing, "keep the search or filter; pick the speaker")
        case .cancel: return Info("cancel", .typing, "cancel: back to where the search began, filter cleared")
        case .deleteBack: return Info("delete-back", .typing, "delete the last character")
        case .clearLine: return Info("clear-line", .typing, "clear what was typed")
        case .nextChoice: return Info("next-choice", .typing, "next speaker in the picker")
        case .previousChoice: return Info("previous-choice", .typing, "previous speaker in the picker")
        }
    }

    /// The name used in the config file and shown in the help screen ("next-quote").
    public var rawValue: String { info.name }
    public var name: String { info.name }
    public var group: CommandGroup { info.group }
    public var summary: String { info.summary }

    /// The command called `rawValue` ("next-quote"), if there is one.
    public init?(rawValue: String) {
        guard let command = Self.allCases.first(where: { $0.info.name == rawValue }) else { return nil }
        self = command
    }
}

/// The groups of the help screen, in the order shown.
public enum CommandGroup: String, CaseIterable, Sendable {
    case move = "Move"
    case jump = "Jump"
    case search = "Search"
    case panes = "Panes"
    case library = "Library"
    case app = "App"
    case typing = "Typing (search, filter, speaker picker)"
}
