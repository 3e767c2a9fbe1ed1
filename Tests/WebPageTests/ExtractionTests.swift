import Testing
@testable import WebPage

/// Extraction on small invented pages: the article is found among furniture, its structure and metadata kept.
struct ExtractionTests {
    static let prose = """
        <p>The council voted on Tuesday to keep the night ferry, after islanders, nurses and fishermen wrote to every
        member, and after a long debate in which the leader said the savings were small.</p>
        <p>The ferry, which leaves at ten, carries the mail, the bread and the morning papers, and its crew of four
        has run it without a cancellation since the spring, the operator said.</p>
        """

    static func page(_ body: String, head: String = "") -> [UInt8] {
        Array("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>".utf8)
    }

    func paragraphs(_ page: ExtractedPage, _ kind: ExtractedPage.Kind? = nil) -> [String] {
        let bytes = Array(page.text.utf8)
        return page.blocks.filter { kind == nil || $0.kind == kind }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func navigationCommentsAndRelatedLinksAreLeftOut() {
        let html = Self.page("""
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="article-body">\(Self.prose)\(Self.prose)</div>
            <div class="comments"><p>First comment, and a long one, with many words, to look like prose here.</p></div>
            <ul class="related"><li><a href="/a">Another story about ferries</a></li></ul>
            <footer>Copyright</footer>
            """)
        let page = PageExtractor.extract(html: html)
        let body = paragraphs(page, .body)
        #expect(body.count == 4)
        #expect(body[0].hasPrefix("The council voted"))
        #expect(!page.text.contains("comment") && !page.text.contains("Another story") && !page.text.contains("Copyright"))
    }

    @Test func headingsListsAndCaptionsKeepTheirKinds() {
        let html = Self.page("""
            <article>\(Self.prose)<h2>What comes next</h2>\(Self.prose)
            <ul><li>Ferry at ten</li><li>Bus at eleven</li></ul>
            <figure><img src="x.jpg"><figcaption>The quay at dawn.</figcaption></figure></article>
            """, head: "<title>Night ferry stays</title>")
        let page = PageExtractor.extract(html: html)
        #expect(paragraphs(page, .heading) == ["What comes next"])
        #expect(paragraphs(page, .listItem) == ["Ferry at ten", "Bus at eleven"])
        #expect(paragraphs(page, .caption) == ["The quay at dawn."])
        #expect(page.title.map { String(decoding: Array(page.text.utf8)[$0], as: UTF8.self) } == "Night ferry stays")
    }

    @Test func figureTextIsCaptionAndScreenReaderTextIsLeftOut() {
        let html = Self.page("""
            <article>\(Self.prose)<figure><img src="a.jpg"><span>Photo: Ana Ruiz</span></figure>
            <p><span class="visually-hidden">Image caption, </span>The quay at dawn, and a long sentence after it to be prose.</p>
            </article>
            """)
        let page = PageExtractor.extract(html: html)
        #expect(paragraphs(page, .caption) == ["Photo: Ana Ruiz"])
        #expect(!page.text.contains("Image caption"))
    }

    @Test func metadataComesFromJSONLDBeforeMetaTagsAndTitle() {
        let head = """
            <title>Night ferry stays | Island News</title>
            <meta property="og:site_name" content="Island News">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"The night ferry stays","datePublished":"2024-03-01T10:00:00Z",
            "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}]}</script>
            """
        let page = PageExtractor.extract(html: Self.page("<article>\(Self.prose)</article>", head: head))
        #expect(page.metadata.title == "The night ferry stays")
        #expect(page.metadata.byline == "Ana Ruiz, Tom Berg")
        #expect(page.metadata.published == "2024-03-01T10:00:00Z")
        #expect(page.metadata.site == "Island News")
        #expect(page.metadata.lang == "en")
        #expect(paragraphs(page, .byline) == ["Ana Ruiz, Tom Berg"])
        #expect(paragraphs(page, .dateline) == ["2024-03-01"])
    }

    @Test func theJSONLDArticleBodyStandsInForMarkupThatHoldsLittleOfIt() {
        let body = String(repeating: "The night ferry keeps its crew of four through the winter months. ", count: 8)
        let head = """
            <title>Night ferry</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Night ferry",
            "articleBody":"\(body)\\n\(body)"}</script>
            """
        let page = PageExtractor.extract(html: Self.page("<div id=\"app\">Loading…</div>", head: head))
        #expect(paragraphs(page, .body).count == 2)
        #expect(paragraphs(page, .body).first?.hasPrefix("The night ferry keeps") == true)
        // When the markup has the article, the markup wins (it states headings, captions and lists).
        let full = PageExtractor.extract(html: Self.page("<article>\(Self.prose)\(Self.prose)</article>", head: head.replacing(body, with: "Short.")))
        #expect(paragraphs(full, .body).first?.hasPrefix("The council voted") == true)
    }

    @Test func withoutAStandoutContainerTheStatedArticleIsTheArticle() {
        // Short lines (a poem) score nothing; the page's one <article> is still the article, not the whole body.
        let html = Self.page("""
            <div class="menu"><a href="/">Home</a></div><p>Site tagline here</p>
            <article><p>The tide came in.</p><p>The boats went out.</p><p>Nobody waved.</p></article>
            """)
        let page = PageExtractor.extract(html: html)
        #expect(paragraphs(page, .body) == ["The tide came in.", "The boats went out.", "Nobody waved."])
    }

    @Test func waysAroundThePageAndAdvertisementLabelsAreBoilerplate() {
        let html = Self.page("""
            <article><div>\(Self.prose)<p>Advertisement</p><a href="#after-ad">Continue reading the main story</a>
            \(Self.prose)</div></article>
            """)
        let page = PageExtractor.extract(html: html)
        #expect(paragraphs(page, .boilerplate) == ["Advertisement", "Continue reading the main story"])
    }

    @Test func theSiteNameIsCutFromTheDocumentTitle() {
        let page = PageExtractor.extract(html: Self.page("<article>\(Self.prose)</article>",
                                                         head: "<title>Council keeps the night ferry running | Island News</title>"))
        #expect(page.metadata.title == "Council keeps the night ferry running")
    }

    @Test func charactersReferencesBreaksHiddenElementsAndQ() {
        let html = Self.page("""
            <article>\(Self.prose)<p>Fish &amp; chips &#8217;n&#x2019; peas<br>second line
            <span hidden>secret</span><span style="display: none">gone</span><span aria-hidden="true">also</span>
            <noscript>enable scripts</noscript> and she called it <q>a fair deal</q>.</p></article>
            """)
        let page = PageExtractor.extract(html: html)
        let last = paragraphs(page, .body).last!
        #expect(last == "Fish & chips ’n’ peas\nsecond line and she called it “a fair deal”.")
    }

    @Test func scriptsAndStylesAreNeverText() {
        let html = Self.page("<script>document.write('<p>injected text that is long enough to count</p>')</script>"
                             + "<style>p { color: red }</style><article>\(Self.prose)</article>")
        let page = PageExtractor.extract(html: html)
        #expect(!page.text.contains("injected") && !page.text.contains("color"))
    }

    @Test func blockquoteParagraphsAreStatedQuotations() {
        let page = PageExtractor.extract(html: Self.page("<article>\(Self.prose)<blockquote><p>We will sail.</p></blockquote></article>"))
        let bytes = Array(page.text.utf8)
        #expect(page.quotes.map { String(decoding: bytes[$0], as: UTF8.self) } == ["We will sail."])
    }

    @Test func windows1252AndMetaCharset() {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8)
        bytes += [0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94]
        bytes += Array("</title></head><body><article>\(Self.prose)</article></body></html>".utf8)
        let page = PageExtractor.extract(html: bytes)
        #expect(page.metadata.title == "Café “ok”")
        #expect(page.encoding == "windows-1252")
    }

    @Test func theHTTPCharsetWinsOverNothingAndValidUTF8WinsOverAWrongDeclaration() {
        let latin: [UInt8] = Array("<p>na".utf8) + [0xEF, 0x76, 0x65] + Array("</p>".utf8)
        #expect(PageExtractor.extract(html: latin, contentType: "text/html; charset=ISO-8859-1").encoding == "windows-1252")
        let utf8 = Array("<meta charset=\"gbk\"><p>naïve café</p>".utf8)
        #expect(PageDecoder.decode(utf8).encoding == "utf-8")
    }

    @Test func invalidUTF8IsReplacedWithAWarning() {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><article>\(Self.prose)<p>bad ".utf8)
        bytes += [0xFF, 0xFE, 0x41]
        bytes += Array(" end</p></article></body></html>".utf8)
        let page = PageExtractor.extract(html: bytes)
        #expect(page.text.contains("\u{FFFD}"))
        #expect(page.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test func hostileShapesFinishWithBoundedWork() {
        // 10 000-deep nesting, a page of only divs, unclosed tables: each returns, with its text.
        let deep = String(repeating: "<div>", count: 10_000) + "deep text" + String(repeating: "</div>", count: 10_000)
        #expect(PageExtractor.extract(html: Array(deep.utf8)).text.contains("deep text"))
        let divs = String(repeating: "<div></div>", count: 20_000)
        #expect(PageExtractor.extract(html: Array(divs.utf8)).blocks.isEmpty)
        let tables = String(repeating: "<table><tr><td>cell ", count: 3_000)
        #expect(PageExtractor.extract(html: Array(tables.utf8)).text.contains("cell"))
        #expect(PageExtractor.extract(html: []).blocks.isEmpty)
    }

    @Test func controlCharactersNeverReachTheTextAsCommands() {
        // libxml2 drops characters HTML does not allow (C0 controls but tab and line breaks): what is left is inert.
        let page = PageExtractor.extract(html: Self.page("<article>\(Self.prose)<p>bell \u{7} and \u{1B}[31m red</p></article>"))
        #expect(!page.text.contains("\u{1B}") && !page.text.contains("\u{7}"))
        #expect(page.text.contains("[31m red"))
    }
}
