/// What an article's source says about it beyond its text: for a web page, its address, authors, date, site and
/// language, as the page states them. Every field is nil where the source says nothing.
public struct ArticleSource: Sendable, Hashable {
    /// The address the article was read from, or the page's canonical address.
    public var url: String?
    /// The authors ("Ana Ruiz, Tom Berg").
    public var byline: String?
    /// The publication date as stated ("2024-05-12T08:00:00Z").
    public var published: String?
    /// The site or publication.
    public var site: String?
    /// The declared language ("en").
    public var lang: String?

    public init(url: String? = nil, byline: String? = nil, published: String? = nil, site: String? = nil,
                lang: String? = nil) {
        self.url = url
        self.byline = byline
        self.published = published
        self.site = site
        self.lang = lang
    }
}
