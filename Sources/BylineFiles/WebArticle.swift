#if canImport(Glibc)
import Glibc
#endif
import ArticleKit
import WebPage
import WebFetch

/// Web pages as articles: recognising a page, and turning `WebPage`'s extraction into the text, stated structure
/// and source that ArticleKit analyses.
public enum WebArticle {
    /// The file extensions of saved web pages.
    public static let extensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    /// Whether `bytes` (named `name`) are a web page: by extension for files, else by how the bytes begin
    /// (`<!DOCTYPE html`, `<html`, or a `<head>`/`<body>` early on). A `.txt` or `.md` file is always text.
    public static func isPage(_ bytes: [UInt8], name: String) -> Bool {
        let ext = name.split(separator: "/").last.flatMap { part in
            part.lastIndex(of: ".").map { part[part.index(after: $0)...].lowercased() }
        }
        if let ext {
            if extensions.contains(ext) { return true }
            if ArticleFile.articleExtensions.contains(ext) { return false }
        }
        return looksLikeHTML(bytes)
    }

    /// Whether the first kilobyte reads as HTML markup.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D
                                      || bytes[start] == 0x09) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 1024)], as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return true }
        return head.hasPrefix("<") && (head.contains("<head") || head.contains("<body"))
    }

    /// Extracts the article of a page. `url` is where it came from, when it came over the network;
    /// `contentType` its HTTP Content-Type header.
    public static func load(_ bytes: [UInt8], name: String, url: String? = nil,
                            contentType: String? = nil) throws(ArticleFile.Failure) -> ArticleFile.Loaded {
        let page = PageExtractor.extract(html: bytes, contentType: contentType)
        let text = SourceText(page.text)
        if text.count == 0 || page.blocks.isEmpty && page.title == nil {
            throw .unreadable(name, "no article text found in the page")
        }
        let paragraphs = page.blocks.map { Paragraph(kind: kind(of: $0.kind), range: TextRange($0.range.lowerBound, $0.range.upperBound)) }
        let stated = StatedStructure(title: page.title.map { TextRange($0.lowerBound, $0.upperBound) },
                                     paragraphs: paragraphs,
                                     quotations: page.quotes.map { TextRange($0.lowerBound, $0.upperBound) })
        let m = page.metadata
        let source = ArticleSource(url: url ?? m.canonicalURL, byline: m.byline, published: m.published,
                                   site: m.site, lang: m.lang)
        var loaded = ArticleFile.Loaded(path: name, text: text, warnings: page.warnings)
        loaded.stated = stated
        loaded.source = source
        return loaded
    }

    static func kind(of kind: ExtractedPage.Kind) -> ParagraphKind {
        switch kind {
        case .body: return .body
        case .heading: return .heading
        case .byline: return .byline
        case .dateline: return .dateline
        case .caption: return .caption
        case .listItem: return .listItem
        case .boilerplate: return .boilerplate
        }
    }
}

extension WebArticle {
    /// Fetches `address` and extracts its article; with `saveFolder`, the page's bytes are also written there
    /// (as fetched, named after the address). Plain-text responses are read as text articles.
    public static func fetch(_ address: String, with fetcher: PageFetcher,
                             saveFolder: String? = nil) throws(ArticleFile.Failure) -> ArticleFile.Loaded {
        let page: FetchedPage
        do { page = try fetcher.fetch(address) } catch {
            throw .unreadable(address, String(error.description.dropFirst(address.count + 2)))
        }
        if let saveFolder { try save(page.bytes, address: page.url, folder: saveFolder) }
        let isText = (page.contentType ?? "").lowercased().hasPrefix("text/plain") && !looksLikeHTML(page.bytes)
        if page.bytes.isEmpty { throw .empty(address) }
        if isText { return try ArticleFile.decode(page.bytes, name: address + ".txt").renamed(address) }
        return try load(page.bytes, name: address, url: page.url, contentType: page.contentType)
    }

    /// A file name for a page's address: its host and path with anything but letters, digits, dots and dashes
    /// made a dash, ending in .html ("example.org-news-harbour-talks.html").
    public static func fileName(for address: String) -> String {
        var rest = Substring(address)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        var name = String(rest.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "-" })
        while name.hasSuffix("-") { name.removeLast() }
        if name.isEmpty { name = "page" }
        name = String(name.prefix(200))
        let lower = name.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? name : name + ".html"
    }

    private static func save(_ bytes: [UInt8], address: String, folder: String) throws(ArticleFile.Failure) {
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + fileName(for: address)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ArticleFile.failure(errno, path) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ArticleFile.failure(errno, path)
            }
            offset += n
        }
    }
}

extension ArticleFile.Loaded {
    /// The same article under another name.
    func renamed(_ name: String) -> ArticleFile.Loaded {
        var copy = ArticleFile.Loaded(path: name, text: text, warnings: warnings)
        copy.stated = stated
        copy.source = source
        return copy
    }
}
