/// Text being typed in the status line: a search (shown as it is typed) or the library filter.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case search
        case libraryFilter
    }
    public let purpose: Purpose
    public internal(set) var text: String
    /// Where the article was when a search prompt opened: matches are shown as the query is typed (from
    /// there), and Esc goes back to it.
    public let origin: SearchOrigin?

    public init(purpose: Purpose, text: String = "", origin: SearchOrigin? = nil) {
        self.purpose = purpose
        self.text = text
        self.origin = origin
    }

    /// What the prompt line starts with.
    public var leader: String {
        switch purpose {
        case .search: return "/"
        case .libraryFilter: return "filter: "
        }
    }
}

/// The part of an article's view a search-as-you-type changes, kept to go back to (Esc) and to start from.
public struct SearchOrigin: Equatable, Sendable {
    let top: RowPosition
    let search: SearchState?
    let jumpTarget: Int?
    let resumed: Bool
}
