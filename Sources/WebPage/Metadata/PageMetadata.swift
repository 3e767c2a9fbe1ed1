import FoundationEssentials

/// What a page says about its article: title, authors, date, site, language, address.
public struct PageMetadata: Sendable, Hashable {
    /// The headline.
    public var title: String?
    /// The authors, as the page names them ("Ana Ruiz, Tom Berg").
    public var byline: String?
    /// The publication date as the page states it (usually ISO 8601: "2024-05-12T08:00:00Z").
    public var published: String?
    /// The site or publication ("The Harbour Gazette").
    public var site: String?
    /// The page's declared language ("en", "fr-CA").
    public var lang: String?
    /// The canonical address of the page (`<link rel="canonical">` or `og:url`).
    public var canonicalURL: String?

    public init(title: String? = nil, byline: String? = nil, published: String? = nil, site: String? = nil,
                lang: String? = nil, canonicalURL: String? = nil) {
        self.title = title
        self.byline = byline
        self.published = published
        self.site = site
        self.lang = lang
        self.canonicalURL = canonicalURL
    }
}

/// Reading `PageMetadata` from the page's schema.org JSON-LD, its `<meta>` tags and its `<title>`, in the order of
/// trust Readability uses: JSON-LD of an article type first, then Dublin Core, Open Graph, Twitter and Parse.ly
/// tags, then the document title with the site's name cut off.
enum MetadataReader {
    static func read(_ stated: StatedMetadata, h1s: [String], h2s: [String]) -> PageMetadata {
        read(stated, ld: JSONLDArticle.find(stated.jsonLD, documentTitle: stated.documentTitle), h1s: h1s, h2s: h2s)
    }

    static func read(_ stated: StatedMetadata, ld: JSONLDArticle?, h1s: [String], h2s: [String]) -> PageMetadata {
        var values: [String: String] = [:]
        for (key, value, _) in stated.metas.filter(\.fromProperty) + stated.metas.filter({ !$0.fromProperty }) {
            let normalized = String(key.filter { $0 != " " }.map { $0 == "." ? ":" : $0 })
            let trimmed = collapse(value)
            if values[normalized] == nil && !trimmed.isEmpty { values[normalized] = trimmed }
        }
        func first(_ keys: String...) -> String? {
            for key in keys { if let v = values[key] { return v } }
            return nil
        }
        var metadata = PageMetadata()
        metadata.title = ld?.headline
            ?? first("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title",
                     "twitter:title", "parsely-title")
            ?? TitleCleaner.clean(stated.documentTitle, h1s: h1s, h2s: h2s)
        var authorTag = values["article:author"]
        if let a = authorTag, a.hasPrefix("http") || a.hasPrefix("/") || a.contains("www.") { authorTag = nil }
        metadata.byline = ld?.author ?? first("dc:creator", "dcterm:creator", "author", "parsely-author",
                                              "sailthru:author") ?? authorTag
        metadata.site = ld?.site ?? first("og:site_name", "application-name", "twitter:site")
        metadata.published = ld?.published
            ?? first("article:published_time", "parsely-pub-date", "datepublished", "date", "dc:date", "dcterm:date",
                     "og:published_time", "pubdate", "publishdate", "sailthru:date")
            ?? stated.publishedTimes.first
        metadata.lang = stated.lang ?? first("og:locale", "content-language", "language")
        metadata.canonicalURL = stated.canonical ?? first("og:url")
        if let t = metadata.title { metadata.title = collapse(t) }
        if let b = metadata.byline { metadata.byline = collapse(b) }
        for keyPath in [\PageMetadata.title, \.byline, \.site, \.published, \.lang, \.canonicalURL] {
            if let v = metadata[keyPath: keyPath], v.isEmpty { metadata[keyPath: keyPath] = nil }
        }
        return metadata
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// The article object of a page's JSON-LD: the first object whose `@type` is an article type, searched through
/// arrays and `@graph`.
struct JSONLDArticle {
    var headline: String?
    /// The article's text as the JSON-LD states it (`articleBody`): plain text, paragraphs on their own lines.
    var body: String?
    var author: String?
    var published: String?
    var site: String?

    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
    ]

    static func find(_ scripts: [String], documentTitle: String?) -> JSONLDArticle? {
        for script in scripts {
            var source = Substring(script)
            while let first = source.utf8.first, first == 0x20 || first == 0x0A || first == 0x0D || first == 0x09 {
                source = source.dropFirst()
            }
            while let last = source.utf8.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 {
                source = source.dropLast()
            }
            // Some pages wrap the JSON in a CDATA section or an HTML comment.
            for marker in ["<![CDATA[", "<!--"] where source.hasPrefix(marker) { source.removeFirst(marker.count) }
            for marker in ["]]>", "-->"] where source.hasSuffix(marker) { source.removeLast(marker.count) }
            guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(source.utf8)),
                  let object = articleObject(json.any, depth: 0) else { continue }
            var result = JSONLDArticle()
            let name = (object["name"] as? String).map(MetadataReader.collapse)
            let headline = (object["headline"] as? String).map(MetadataReader.collapse)
            if let name, let headline, name != headline, let title = documentTitle {
                let t = TextSimilarity.words(title)
                let nameMatches = TextSimilarity.similarity(t, TextSimilarity.words(name)) > 0.75
                let headlineMatches = TextSimilarity.similarity(t, TextSimilarity.words(headline)) > 0.75
                result.headline = headlineMatches && !nameMatches ? headline : name
            } else {
                result.headline = name ?? headline
            }
            result.author = names(object["author"])
            result.body = object["articleBody"] as? String
            result.published = object["datePublished"] as? String ?? object["dateCreated"] as? String
            if let publisher = object["publisher"] as? [String: Any] { result.site = publisher["name"] as? String }
            return result
        }
        return nil
    }

    private static func articleObject(_ json: Any, depth: Int) -> [String: Any]? {
        guard depth < 6 else { return nil }
        if let array = json as? [Any] {
            for item in array { if let found = articleObject(item, depth: depth + 1) { return found } }
            return nil
        }
        guard let object = json as? [String: Any] else { return nil }
        let types: [String]
        if let t = object["@type"] as? String { types = [t] } else { types = object["@type"] as? [String] ?? [] }
        if types.contains(where: articleTypes.contains) { return object }
        if let graph = object["@graph"] { return articleObject(graph, depth: depth + 1) }
        return nil
    }

    /// "Ana Ruiz", or "Ana Ruiz, Tom Berg" for several authors.
    private static func names(_ value: Any?) -> String? {
        if let s = value as? String { return s.isEmpty ? nil : MetadataReader.collapse(s) }
        if let o = value as? [String: Any] { return (o["name"] as? String).map(MetadataReader.collapse) }
        if let a = value as? [Any] {
            let all = a.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}

/// The `<title>` without the site's name ("Harbour talks resume | The Gazette" -> "Harbour talks resume"),
/// following Readability's rules.
enum TitleCleaner {
    static func clean(_ raw: String?, h1s: [String], h2s: [String]) -> String? {
        guard let raw else { return nil }
        let original = MetadataReader.collapse(raw)
        guard !original.isEmpty else { return nil }
        var title = original
        var hierarchical = false
        let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
        let chars = Array(original)
        var separatorPositions: [Int] = []
        if chars.count > 2 {
            for k in 1..<(chars.count - 1) where chars[k - 1] == " " && chars[k + 1] == " " && separators.contains(chars[k]) {
                separatorPositions.append(k)
                if "\\/>»".contains(chars[k]) { hierarchical = true }
            }
        }
        if let last = separatorPositions.last {
            title = String(chars[..<(last - 1)])
            if wordCount(title) < 3, let firstSep = chars.firstIndex(where: separators.contains) {
                title = String(chars[(firstSep + 1)...])
            }
        } else if original.contains(": ") {
            if !h1s.contains(original) && !h2s.contains(original) {
                let afterLast = String(original[original.index(after: original.lastIndex(of: ":")!)...])
                if wordCount(afterLast) < 3 {
                    title = String(original[original.index(after: original.firstIndex(of: ":")!)...])
                } else if wordCount(String(original[..<original.firstIndex(of: ":")!])) > 5 {
                    title = original
                } else {
                    title = afterLast
                }
            }
        } else if original.count > 150 || original.count < 15, h1s.count == 1 {
            title = h1s[0]
        }
        title = MetadataReader.collapse(title)
        let words = wordCount(title)
        if words <= 4 && (!hierarchical
            || words != wordCount(String(original.filter { !separators.contains($0) })) - 1) {
            title = original
        }
        return title
    }

    static func wordCount(_ s: String) -> Int { s.split(whereSeparator: { $0.isWhitespace }).count }
}

/// Any JSON value, decoded with FoundationEssentials' `JSONDecoder` (the module also imports libxml2, whose ICU
/// headers clash with full Foundation's).
enum JSONValue: Decodable {
    case string(String), number(Double), bool(Bool), null, array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    /// As plain Swift values: String, Double, Bool, [Any], [String: Any], or NSNull-free nil.
    var any: Any {
        switch self {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return b
        case .null: return Optional<Any>.none as Any
        case .array(let a): return a.map(\.any)
        case .object(let o): return o.mapValues(\.any)
        }
    }
}
