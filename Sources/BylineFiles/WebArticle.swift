import ArticleKit
import WebPage

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
        if text.count == 0 || page.blocks.isEmpty && page.title == nil { throw .empty(name) }
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
