import ArticleKit

/// A search in the article: the query, every match, and which one is current.
public struct SearchState: Equatable, Sendable {
    public var query: String
    public var matches: [TextRange]
    /// The index of the current match in `matches`, nil when there are none.
    public var current: Int?

    public init(query: String, matches: [TextRange], current: Int?) {
        self.query = query
        self.matches = matches
        self.current = current
    }
}

/// Text being typed at the bottom of the screen (a search, a filter).
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case search
        case libraryFilter
    }
    public var purpose: Purpose
    public var text: String
    /// Where the article was when a search prompt opened: matches are shown as the query is typed (from
    /// there), and Esc goes back to it.
    public var origin: SearchOrigin?

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

/// The part of an article's view a search-as-you-type changes, kept to go back to.
public struct SearchOrigin: Equatable, Sendable {
    public var top: RowPosition
    public var search: SearchState?
    public var jumpTarget: Int?

    init(_ view: ArticleViewState) {
        top = view.top
        search = view.search
        jumpTarget = view.jumpTarget
    }

    func restore(_ view: inout ArticleViewState) {
        view.top = top
        view.search = search
        view.jumpTarget = jumpTarget
    }
}
