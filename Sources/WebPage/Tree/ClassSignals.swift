/// What an element's `class` and `id` say about it, as a set of named signals.
///
/// Sites name their page parts in class and id attributes ("article-body", "comments", "share-bar"), and those
/// names are the strongest hint a page gives besides its tags. Each signal is a list of word fragments, matched
/// anywhere in the lowercased attribute (as Readability's patterns are); all signals of an attribute are found in
/// one pass over its bytes.
struct ClassSignals: OptionSet, Sendable {
    let rawValue: UInt32

    /// Page furniture: navigation, comments, footers, sidebars, share bars, ads.
    static let unlikely = ClassSignals(rawValue: 1 << 0)
    /// Names that may still hold the article even when `unlikely` matched ("main-header-and-body").
    static let maybeArticle = ClassSignals(rawValue: 1 << 1)
    /// Names of containers of article text.
    static let positive = ClassSignals(rawValue: 1 << 2)
    /// Names of things that are not article text.
    static let negative = ClassSignals(rawValue: 1 << 3)
    /// An author line.
    static let byline = ClassSignals(rawValue: 1 << 4)
    /// A share bar ("share", "sharedaddy" as a whole word).
    static let share = ClassSignals(rawValue: 1 << 5)
    /// A caption or photo credit.
    static let caption = ClassSignals(rawValue: 1 << 6)
    /// The word "hid" on its own: hidden.
    static let hid = ClassSignals(rawValue: 1 << 7)
    /// A date or time line.
    static let date = ClassSignals(rawValue: 1 << 8)
    /// A pull quote, an aside inside the text, an inline promotion: not body text.
    static let aside = ClassSignals(rawValue: 1 << 9)
    /// Readers' comments and links to other stories, whose author lines are not the article's.
    static let comments = ClassSignals(rawValue: 1 << 10)
    /// Text for screen readers only, visually hidden by the site's style sheet ("Image caption", "Media source").
    static let screenReaderOnly = ClassSignals(rawValue: 1 << 11)

    /// The fragments of each signal. The lists follow Mozilla Readability's (Apache-2.0), which a decade of
    /// real pages shaped; `caption`, `date` and `aside` are Byline's own.
    static let fragments: [(ClassSignals, [String])] = [
        (.unlikely, ["-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
                     "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
                     "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
                     "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"]),
        (.maybeArticle, ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]),
        (.positive, ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                     "post", "text", "blog", "story"]),
        (.negative, ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                     "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
                     "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"]),
        (.byline, ["byline", "author", "dateline", "writtenby", "p-author"]),
        (.share, ["share", "sharedaddy"]),
        (.caption, ["caption", "credit", "wp-caption-text"]),
        (.date, ["date", "timestamp", "published", "dateline"]),
        (.aside, ["pullquote", "pull-quote", "blockquote-pull", "inline-promo", "newsletter"]),
        (.comments, ["comment", "disqus", "replies", "community", "related", "respond"]),
        (.screenReaderOnly, ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader",
                             "off-screen", "offscreen", "a11y-only", "element-invisible"]),
    ]

    private struct Fragment {
        let bytes: [UInt8]
        let signal: ClassSignals
    }

    /// The fragments by first byte.
    nonisolated(unsafe) private static let byFirstByte: [[Fragment]] = {
        var table = [[Fragment]](repeating: [], count: 256)
        for (signal, words) in fragments {
            for word in words {
                let bytes = Array(word.utf8)
                table[Int(bytes[0])].append(Fragment(bytes: bytes, signal: signal))
            }
        }
        return table
    }()

    /// The signals of an attribute value (any case).
    static func of(_ value: UnsafeBufferPointer<UInt8>) -> ClassSignals {
        var found: ClassSignals = []
        let n = value.count
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
        @inline(__always) func isWordByte(_ b: UInt8) -> Bool {
            let l = lower(b)
            return (l >= 97 && l <= 122) || (b >= 48 && b <= 57) || b >= 0x80
        }
        var i = 0
        while i < n {
            let first = lower(value[i])
            let bucket = byFirstByte[Int(first)]
            if !bucket.isEmpty {
                for fragment in bucket where !found.contains(fragment.signal) || fragment.signal == .share {
                    let f = fragment.bytes
                    guard i + f.count <= n else { continue }
                    var k = 1
                    while k < f.count && lower(value[i + k]) == f[k] { k += 1 }
                    guard k == f.count else { continue }
                    if fragment.signal == .date && f.count == 4 {
                        // "date" at the start of a word ("post-date", "dateline", "pubdate"), not inside one
                        // ("update", "candidate", "validate").
                        let start = i == 0 || !isWordByte(value[i - 1])
                            || (i >= 3 && lower(value[i - 3]) == 0x70 && lower(value[i - 2]) == 0x75 && lower(value[i - 1]) == 0x62)
                        if start { found.insert(.date) }
                    } else if fragment.signal == .share {
                        // A whole word: "share-bar", "post_share", not "shared-hosting".
                        let before = i == 0 || !isWordByte(value[i - 1])
                        let after = i + f.count == n || !isWordByte(value[i + f.count])
                        if before && after { found.insert(.share); found.insert(.negative) }
                    } else {
                        found.insert(fragment.signal)
                    }
                }
            }
            if first == UInt8(ascii: "h"), i + 3 <= n, lower(value[i + 1]) == UInt8(ascii: "i"),
               lower(value[i + 2]) == UInt8(ascii: "d"),
               (i == 0 || value[i - 1] == 0x20) && (i + 3 == n || value[i + 3] == 0x20) {
                found.insert(.hid)
                found.insert(.negative)
            }
            i += 1
        }
        return found
    }
}
