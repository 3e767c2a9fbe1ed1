/// What the library learns about an entry when the host has read and analysed it in the background: its title
/// and counts, what its loader knows (publication date, site, byline), or why it cannot be opened.
public struct ArticleDetails: Equatable, Sendable {
    public var title: String?
    public var quoteCount: Int?
    public var entityCount: Int?
    public var metadata: ArticleMetadata
    /// Why the article cannot be opened ("not text", "empty"), nil when it can.
    public var failure: String?

    public init(title: String? = nil, quoteCount: Int? = nil, entityCount: Int? = nil,
                metadata: ArticleMetadata = ArticleMetadata(), failure: String? = nil) {
        self.title = title
        self.quoteCount = quoteCount
        self.entityCount = entityCount
        self.metadata = metadata
        self.failure = failure
    }
}
