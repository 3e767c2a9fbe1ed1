/// Writes the chosen part of the page as text: one paragraph per block element, each with the kind its markup
/// states.
///
/// White space is collapsed as a browser collapses it (kept inside `<pre>`); `<br>` is a line break inside a
/// paragraph; `<q>` gets the quotation marks a browser shows around it. Headings are `heading`, list items
/// `list-item`, `<figcaption>`, the text of figures and elements named "caption" or "credit" `caption`, author
/// and date lines
/// `byline` and `dateline`; paragraphs inside `<blockquote>` are recorded as stated quotations. Pull quotes,
/// inline promotions and text for screen readers only ("Image caption") are left out.
struct BlockWriter {
    struct Paragraph {
        var kind: ExtractedPage.Kind
        var bytes: [UInt8]
        var quoted: Bool
    }

    private(set) var paragraphs: [Paragraph] = []
    private var current: [UInt8] = []
    private var currentKind: ExtractedPage.Kind = .body
    private var currentQuoted = false
    private var pendingSpace = false

    // Open contexts, counted.
    private var headings = 0, listItems = 0, captions = 0, blockquotes = 0, pres = 0, quotes = 0
    private var bylines = 0, datelines = 0, pageLinks = 0
    /// Bytes of the current paragraph inside links to the same page (`href="#..."`).
    private var pageLinkBytes = 0

    static func write(_ selection: MainContent.Selection) -> [Paragraph] {
        var writer = BlockWriter()
        let tree = selection.content.tree
        for root in selection.roots where !selection.stats.removed[root] {
            writer.walk(tree, root, selection.stats)
        }
        writer.flush()
        return writer.paragraphs
    }

    private mutating func walk(_ tree: HTMLTree, _ root: Int, _ stats: ContentStats) {
        var open: [Int] = []
        var i = root
        let stop = Int(tree.end[root])
        while i < stop {
            while let top = open.last, i >= Int(tree.end[top]) { exit(tree, open.removeLast(), stats) }
            if stats.removed[i] { i = Int(tree.end[i]); continue }
            let tag = tree.tag[i]
            if tag == .text {
                append(tree.bytes(ofText: i))
                i += 1
                continue
            }
            let signals = tree.classSignals[i].union(tree.idSignals[i])
            if signals.contains(.aside) && stats[i].text < 1000 && !signals.contains(.positive)
                || signals.contains(.screenReaderOnly) && stats[i].text < 200 {
                i = Int(tree.end[i])
                continue
            }
            enter(tree, i, signals, stats)
            open.append(i)
            i += 1
        }
        while let top = open.popLast() { exit(tree, top, stats) }
    }

    /// `<figcaption>`, an element named caption or credit, or a `<figure>` (whose text is its caption and credits
    /// wherever the site puts them; a figure holding a quotation, code or a table is left as it is).
    private func isCaption(_ tree: HTMLTree, _ node: Int, _ signals: ClassSignals) -> Bool {
        switch tree.tag[node] {
        case .figcaption: return true
        case .body, .article, .main: return false
        case .figure:
            return !(node + 1..<Int(tree.end[node])).contains { [.blockquote, .pre, .table, .p].contains(tree.tag[$0]) }
                || signals.contains(.caption)
        default: return signals.contains(.caption)
        }
    }

    private mutating func enter(_ tree: HTMLTree, _ node: Int, _ signals: ClassSignals, _ stats: ContentStats) {
        let tag = tree.tag[node]
        if tag.isBlock || tag == .br { if tag == .br { lineBreak() } else { flush() } }
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6: headings += 1
        case .li, .dt, .dd: listItems += 1
        case .blockquote: blockquotes += 1
        case .pre: pres += 1
        case .a: if tree.flags[node].contains(.hashLink) { pageLinks += 1 }
        case .q:
            append(Array((quotes % 2 == 0 ? "“" : "‘").utf8)[...])
            quotes += 1
        default: break
        }
        if isCaption(tree, node, signals) { captions += 1 }
        if signals.contains(.byline) && stats[node].text < 100 { bylines += 1 }
        if signals.contains(.date) && !signals.contains(.byline) && stats[node].text < 80 { datelines += 1 }
    }

    private mutating func exit(_ tree: HTMLTree, _ node: Int, _ stats: ContentStats) {
        let tag = tree.tag[node]
        let signals = tree.classSignals[node].union(tree.idSignals[node])
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6: flush(); headings -= 1
        case .li, .dt, .dd: flush(); listItems -= 1
        case .blockquote: flush(); blockquotes -= 1
        case .pre: flush(); pres -= 1
        case .a: if tree.flags[node].contains(.hashLink) { pageLinks -= 1 }
        case .q:
            quotes -= 1
            pendingSpace = false
            current.append(contentsOf: (quotes % 2 == 0 ? "”" : "’").utf8)
        default: if tag.isBlock { flush() }
        }
        if isCaption(tree, node, signals) { flush(); captions -= 1 }
        if signals.contains(.byline) && stats[node].text < 100 { flush(); bylines -= 1 }
        if signals.contains(.date) && !signals.contains(.byline) && stats[node].text < 80 { flush(); datelines -= 1 }
    }

    /// The kind a paragraph starting now has.
    private var contextKind: ExtractedPage.Kind {
        if captions > 0 { return .caption }
        if headings > 0 { return .heading }
        if bylines > 0 { return .byline }
        if datelines > 0 { return .dateline }
        if listItems > 0 { return .listItem }
        return .body
    }

    private mutating func append(_ bytes: ArraySlice<UInt8>) {
        if pres > 0 {
            if current.isEmpty { startParagraph() }
            current.append(contentsOf: bytes)
            return
        }
        for b in bytes {
            if TextMeasure.isSpace(b) {
                if !current.isEmpty { pendingSpace = true }
            } else {
                if current.isEmpty { startParagraph() }
                if pendingSpace { current.append(0x20); pendingSpace = false }
                current.append(b)
                if pageLinks > 0 { pageLinkBytes += 1 }
            }
        }
    }

    private mutating func startParagraph() {
        currentKind = contextKind
        currentQuoted = blockquotes > 0
    }

    private mutating func lineBreak() {
        guard !current.isEmpty, current.last != 0x0A else { return }
        pendingSpace = false
        current.append(0x0A)
    }

    /// "Advertisement", "ADVERTISEMENT", "Anzeige", "Publicité"... alone in a paragraph (Readability's list).
    static func isAdvertisementLabel(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        return ["ad", "advertising", "advertisement", "pub", "publicité", "werbung", "anzeige", "广告", "реклама",
                "anuncio", "story continues below advertisement"].contains(text)
    }

    mutating func flush() {
        pendingSpace = false
        // Trim white space, no-break spaces included, at both ends.
        var start = 0, end = current.count
        while start < end {
            if TextMeasure.isSpace(current[start]) { start += 1 }
            else if current[start] == 0xC2, start + 1 < end, current[start + 1] == 0xA0 { start += 2 }
            else { break }
        }
        while end > start {
            if TextMeasure.isSpace(current[end - 1]) { end -= 1 }
            else if end - 2 >= start, current[end - 2] == 0xC2, current[end - 1] == 0xA0 { end -= 2 }
            else { break }
        }
        if end > start {
            let bytes = Array(current[start..<end])
            // An advertisement's label left where the advertisement was is not text.
            var kind = bytes.count <= 40 && Self.isAdvertisementLabel(bytes) ? .boilerplate : currentKind
            // A paragraph that is one link to elsewhere on the page ("Continue reading the main story" past an
            // advertisement, "Back to top", "Skip to comments") is a way around the page, not text.
            if kind == .body && bytes.count < 100 && pageLinkBytes * 10 >= bytes.filter({ !TextMeasure.isSpace($0) }).count * 9 {
                kind = .boilerplate
            }
            paragraphs.append(Paragraph(kind: kind, bytes: bytes, quoted: currentQuoted))
        }
        current.removeAll(keepingCapacity: true)
        pageLinkBytes = 0
    }
}
