import Foundation
import Testing
@testable import BylineFiles
import ArticleKit
import Invariants

@Suite("Web pages as articles")
struct WebArticleTests {
    static func project(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path).path
    }

    @Test("pages are told from text by extension, then by their first bytes")
    func recognising() {
        #expect(WebArticle.isPage([], name: "a.html"))
        #expect(!WebArticle.isPage(Array("<!DOCTYPE html>".utf8), name: "notes.txt"))
        #expect(WebArticle.isPage(Array("  <!doctype HTML><p>x".utf8), name: "standard input"))
        #expect(!WebArticle.isPage(Array("Title\n\n<b>not a page</b>".utf8), name: "standard input"))
    }

    @Test("the project's pages open with their stated structure and source")
    func projectPages() throws {
        let ferry = try ArticleFile.load(Self.project("Articles/harbour-ferry-timetable-dispute.html")).analyzed()
        #expect(ferry.titleText == "Ferry crews and island council clash over winter timetable")
        #expect(ferry.source?.byline == "Morag Dunleavy")
        #expect(ferry.source?.site == "The Skerry Courier")
        #expect(ferry.sections.compactMap { $0.heading.map(ferry.text.string) } == ["A timetable written in August", "What happens next"])
        #expect(!ferry.text.string.contains("islandgran") && !ferry.text.string.contains("Most read"))

        let vault = try ArticleFile.load(Self.project("Articles/alpine-seed-vault-jsonld.html")).analyzed()
        #expect(vault.source?.byline == "Tobias Reinhardt, Elif Yalçın")
        #expect(vault.source?.published == "2023-06-21T09:15:00+02:00")

        let market = try ArticleFile.load(Self.project("Articles/bergen-fish-market-windows-1252.html")).analyzed()
        #expect(market.text.string.contains("Håkon Bjørnstad"))
        #expect(market.quotes.contains { $0.speaker?.name == "Håkon Bjørnstad" })

        let glass = try ArticleFile.load(Self.project("Articles/glassworks-restoration-figures.html")).analyzed()
        #expect(glass.paragraphs.filter { $0.kind == .caption }.count >= 2)
    }

    @Test("every analysis of a page holds the invariants of any analysis (spans in the text, in order, exported right)")
    func invariants() throws {
        let pages = try ArticleFile.articles(inFolder: Self.project("Articles")).filter { $0.hasSuffix(".html") }
        let hostile = [
            "<html><body><article><p>\u{1B}]2;title\u{7} “open quote <q>nested <q>deep</q></q></p></article>",
            String(repeating: "<div><p>a, b, c. “Yes,” she said.", count: 2_000),
            "<p>" + String(repeating: "x ", count: 5_000) + "<br><br>y</p><figure><figcaption>cap</figcaption></figure>",
        ]
        var articles = try pages.map { try ArticleFile.load($0).analyzed() }
        for html in hostile { articles.append(try WebArticle.load(Array(html.utf8), name: "p.html").analyzed()) }
        for article in articles {
            #expect(ArticleInvariants.violations(article).isEmpty, "\(ArticleInvariants.violations(article))")
            #expect(ArticleInvariants.exportViolations(article).isEmpty, "\(ArticleInvariants.exportViolations(article))")
        }
    }

    @Test("a folder lists its .html files with the text files")
    func library() throws {
        let paths = try ArticleFile.articles(inFolder: Self.project("Articles"))
        #expect(paths.filter { $0.hasSuffix(".html") }.count >= 4)
        #expect(ArticleFile.firstLine(paths.first { $0.hasSuffix(".html") }!) == nil)
    }

    @Test("--save names a page after its address, safely")
    func saveNames() {
        #expect(WebArticle.fileName(for: "https://example.org/news/harbour-talks?id=3#top") == "example.org-news-harbour-talks.html")
        #expect(WebArticle.fileName(for: "http://example.org/") == "example.org.html")
        #expect(WebArticle.fileName(for: "https://example.org/a/../../etc/passwd") == "example.org-a-..-..-etc-passwd.html")
        #expect(!WebArticle.fileName(for: "https://x/\u{1B}]2;t\u{7}").contains("\u{1B}"))
    }

    @Test("a page with no text is refused with its reason")
    func noText() {
        #expect(throws: ArticleFile.Failure.unreadable("p.html", "no article text found in the page")) {
            try WebArticle.load(Array(String(repeating: "<div></div>", count: 100).utf8), name: "p.html")
        }
    }
}
