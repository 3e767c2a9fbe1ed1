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
    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

    /// What the prompt line starts with.
    public var leader: String {
        switch purpose {
        case .search: return "/"
        case .libraryFilter: return "filter: "
        }
    }
}
