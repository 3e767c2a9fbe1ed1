/// An article taken out of a web page: its text, the structure the page's markup states, and what the page says
/// about it.
///
/// `text` is the title, then each paragraph, separated by blank lines; every range is a UTF-8 byte range into it.
public struct ExtractedPage: Sendable {
    /// The kinds of paragraph the markup states.
    public enum Kind: String, Sendable, CaseIterable {
        case body, heading, byline, dateline, caption
        case listItem = "list-item"
        case boilerplate
    }

    /// One paragraph: its kind and where it lies in `text`.
    public struct Block: Sendable, Hashable {
        public var kind: Kind
        public var range: Range<Int>
    }

    /// The article's text (UTF-8).
    public var text: String
    /// The title's range in `text`; nil when the page states none and has no text.
    public var title: Range<Int>?
    /// Every paragraph after the title, in order.
    public var blocks: [Block]
    /// Paragraphs the markup marks as quotations (`<blockquote>`), whole.
    public var quotes: [Range<Int>]
    public var metadata: PageMetadata
    /// What the reader should know: invalid bytes replaced, an unknown character set, no article found.
    public var warnings: [String]
    /// The character set the page was read in ("utf-8", "windows-1252", ...).
    public var encoding: String
}

/// Turns the bytes of a web page into an `ExtractedPage`: decoding (`PageDecoder`), parsing with libxml2
/// (`TreeBuilder`), metadata (`MetadataReader`), finding the article (`MainContent`) and writing its text
/// (`BlockWriter`). Pure: no I/O, no network, no scripts.
public enum PageExtractor {
    /// Extracts the article of a page. `contentType` is the HTTP `Content-Type` header, when the page came over
    /// HTTP (its charset wins over the page's own `<meta>`).
    public static func extract(html bytes: [UInt8], contentType: String? = nil) -> ExtractedPage {
        let decoded = PageDecoder.decode(bytes, contentType: contentType)
        let (page, stated) = TreeBuilder.parse(decoded.bytes)
        let facts = SourceFacts(page)
        var h1s: [String] = [], h2s: [String] = []
        for i in 0..<page.count where page.tag[i] == .h1 || page.tag[i] == .h2 {
            let text = page.collapsedText(i, limit: 400)
            if page.tag[i] == .h1 { h1s.append(text) } else { h2s.append(text) }
        }
        let ld = JSONLDArticle.find(stated.jsonLD, documentTitle: stated.documentTitle)
        var metadata = MetadataReader.read(stated, ld: ld, h1s: h1s, h2s: h2s)
        let selection = MainContent.select(page, facts, title: metadata.title)
        if metadata.byline == nil { metadata.byline = selection.content.byline ?? ContentTree.authorLine(page, facts) }
        var paragraphs = BlockWriter.write(selection)
        if let body = ld?.body, let stated = statedBody(body, insteadOf: paragraphs) { paragraphs = stated }
        var warnings = decoded.warnings
        if paragraphs.isEmpty { warnings.append("no article text found in the page") }
        return assemble(paragraphs, metadata: metadata, warnings: warnings, encoding: decoded.encoding)
    }

    /// The JSON-LD `articleBody` as paragraphs, when it holds far more of the article than the page's markup (a
    /// page whose text is filled in by scripts, or hidden behind a consent wall): nil when the markup's text is
    /// not much shorter.
    static func statedBody(_ body: String, insteadOf found: [BlockWriter.Paragraph]) -> [BlockWriter.Paragraph]? {
        func words(_ bytes: [UInt8]) -> Int {
            var count = 0, inWord = false
            for b in bytes {
                let space = TextMeasure.isSpace(b)
                if !space && !inWord { count += 1 }
                inWord = !space
            }
            return count
        }
        let lines = body.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { MetadataReader.collapse(String($0)) }.filter { !$0.isEmpty }
        let stated = lines.reduce(0) { $0 + words(Array($1.utf8)) }
        let markup = found.filter { $0.kind == .body || $0.kind == .listItem || $0.kind == .heading }
            .reduce(0) { $0 + words($1.bytes) }
        guard stated >= 50, stated > markup * 2 else { return nil }
        // Markup in the JSON (some sites put HTML there) is not text.
        guard !body.contains("</p>") && !body.contains("<br") else { return nil }
        return lines.map { BlockWriter.Paragraph(kind: .body, bytes: Array($0.utf8), quoted: false) }
    }

    /// The text: title, the byline and date lines the metadata gives, then the paragraphs.
    static func assemble(_ paragraphs: [BlockWriter.Paragraph], metadata: PageMetadata, warnings: [String],
                         encoding: String) -> ExtractedPage {
        var text: [UInt8] = []
        var blocks: [ExtractedPage.Block] = []
        var quotes: [Range<Int>] = []
        var title: Range<Int>?
        var body = paragraphs[...]
        // Without a stated title, a leading heading is the title; a page with neither has none.
        let leadingHeading = body.first.flatMap { $0.kind == .heading && $0.bytes.count < 300 ? $0 : nil }
        let titleText = metadata.title.map(Array.init) ?? leadingHeading.map { Array(String(decoding: $0.bytes, as: UTF8.self)) }
        if let titleText {
            let bytes = Array(String(titleText).utf8)
            text.append(contentsOf: bytes)
            title = 0..<bytes.count
            // The headline repeated as the first paragraph is the title, not a paragraph.
            if let first = body.first, MetadataReader.collapse(String(decoding: first.bytes, as: UTF8.self))
                == MetadataReader.collapse(String(titleText)) { body = body.dropFirst() }
        }
        func add(_ bytes: [UInt8], _ kind: ExtractedPage.Kind, quoted: Bool = false) {
            if !text.isEmpty { text.append(contentsOf: [0x0A, 0x0A]) }
            let start = text.count
            text.append(contentsOf: bytes)
            blocks.append(ExtractedPage.Block(kind: kind, range: start..<text.count))
            if quoted { quotes.append(start..<text.count) }
        }
        if let byline = metadata.byline, !body.contains(where: { $0.kind == .byline }) {
            add(Array(byline.utf8), .byline)
        }
        if let published = metadata.published, !body.contains(where: { $0.kind == .dateline }) {
            add(Array(displayDate(published).utf8), .dateline)
        }
        for p in body { add(p.bytes, p.kind, quoted: p.quoted) }
        return ExtractedPage(text: String(decoding: text, as: UTF8.self), title: title, blocks: blocks,
                             quotes: quotes, metadata: metadata, warnings: warnings, encoding: encoding)
    }

    /// "2024-05-12T08:00:00Z" as "2024-05-12"; anything else as it is.
    static func displayDate(_ value: String) -> String {
        let chars = Array(value.utf8)
        if chars.count >= 10, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
           chars[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return String(decoding: chars[0..<10], as: UTF8.self)
        }
        return value
    }
}
