/// What is known about an article besides its text: who wrote it, where and when it was published, and when its
/// file last changed. A text file knows only its modification date; a web page states the rest in its markup
/// (`<meta>`, JSON-LD, `<time>`), and the loader that reads it fills the fields it finds.
///
/// The library shows `date` and `site` as columns (falling back to the file's date and folder); the article
/// pane's title shows the byline, the site and the publication date.
public struct ArticleMetadata: Equatable, Sendable {
    /// Who wrote it, as the page says it ("Clara Whitcombe", "By Clara Whitcombe and Owen Pryce").
    public var byline: String?
    /// The publication or site ("Reuters", "bbc.co.uk").
    public var site: String?
    /// When it was published, as the page says.
    public var published: ArticleDate?
    /// When the file was last changed.
    public var modified: ArticleDate?
    /// Where it came from, for a web page.
    public var url: String?

    public init(byline: String? = nil, site: String? = nil, published: ArticleDate? = nil,
                modified: ArticleDate? = nil, url: String? = nil) {
        self.byline = byline
        self.site = site
        self.published = published
        self.modified = modified
        self.url = url
    }

    /// The date a list shows and sorts by: the publication date when known, else the file's.
    public var date: ArticleDate? { published ?? modified }
}

/// A calendar date and time of day, already in the reader's time zone (the loader converts), so that the core
/// needs no clock and no time-zone database. Ordered in time.
public struct ArticleDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    public static func < (a: ArticleDate, b: ArticleDate) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute) < (b.year, b.month, b.day, b.hour, b.minute)
    }

    /// "2013-05-07": sorts as text and reads the same everywhere.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
