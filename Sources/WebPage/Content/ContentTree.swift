/// The page tree as the content passes see it: page furniture taken out, and text that sits loose in containers
/// gathered into paragraphs.
///
/// Built anew for each extraction attempt from the parsed `HTMLTree` (an attempt that finds too little text is
/// retried with fewer pages parts taken out). Following Readability:
/// - removed: hidden elements, modal dialogs, the byline (remembered as metadata), the header that repeats the
///   title, and (when `stripUnlikely`) elements whose class or id names page furniture or whose role is
///   navigation, short pull quotes and newsletter boxes, and containers with no text;
/// - a run of inline content inside a `<div>`, or after two `<br>`s anywhere, becomes a paragraph (`<p>`);
/// - a `<div>` holding just one paragraph is replaced by it; a `<div>` with no block inside becomes a `<p>`.
struct ContentTree {
    /// The nodes; `source[i]` is the parsed node each came from (-1 for a paragraph made here).
    var tree = HTMLTree()
    var source: [Int32] = []
    /// The author line taken out of the page, if one was found.
    var byline: String?

    struct Options {
        var stripUnlikely = true
        var weightClasses = true
        var cleanConditionally = true
    }

    init(_ page: HTMLTree, _ facts: SourceFacts, options: Options, title: String?) {
        tree.text = page.text
        let removed = Self.removals(page, facts, options: options, title: title, byline: &byline)
        var builder = Builder(page: page, facts: facts, removed: removed)
        builder.build()
        tree.tag = builder.tag
        tree.parent = builder.parent
        tree.end = builder.end
        tree.textStart = builder.textStart
        tree.textEnd = builder.textEnd
        tree.classSignals = builder.classSignals
        tree.idSignals = builder.idSignals
        tree.classHash = builder.classHash
        tree.flags = builder.flags
        source = builder.source
    }

    /// Which parsed elements are left out, in one walk in document order.
    private static func removals(_ page: HTMLTree, _ facts: SourceFacts, options: Options, title: String?,
                                 byline: inout String?) -> [Bool] {
        var removed = [Bool](repeating: false, count: page.count)
        var titleHeaderPending = title != nil
        let titleWords = title.map(TextSimilarity.words) ?? []
        var i = 0
        while i < page.count {
            let tag = page.tag[i]
            guard tag != .text else { i += 1; continue }
            let flags = page.flags[i]
            let signals = page.classSignals[i].union(page.idSignals[i])
            var remove = false
            if flags.contains(.hidden) || flags.contains(.modal) {
                remove = true
            } else if byline == nil, flags.contains(.author) || signals.contains(.byline),
                      facts.textLength[i] > 0, facts.textLength[i] < 100 {
                let text = page.collapsedText(i)
                if !text.isEmpty && text.unicodeScalars.count < 100 {
                    // The author's name marked inside the line is more exact than the line ("By Ana Ruiz, May 3").
                    let name = (i + 1..<Int(page.end[i])).first { page.flags[$0].contains(.itempropName) }
                    byline = Self.trimSeparators(name.map { page.collapsedText($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? text)
                    remove = true
                }
            }
            if !remove && titleHeaderPending && (tag == .h1 || tag == .h2) {
                if TextSimilarity.similarity(titleWords, TextSimilarity.words(page.collapsedText(i))) > 0.75 {
                    titleHeaderPending = false
                    remove = true
                }
            }
            if !remove && options.stripUnlikely {
                if signals.contains(.unlikely) && !signals.contains(.maybeArticle) && tag != .body && tag != .a
                    && !hasAncestor(page, i, [.table, .code]) {
                    remove = true
                } else if flags.contains(.furnitureRole) {
                    remove = true
                } else if signals.contains(.aside) && !signals.contains(.maybeArticle) && !signals.contains(.positive)
                            && facts.textLength[i] < 600 {
                    remove = true   // a pull quote, a newsletter box, an inline promotion
                }
            }
            if !remove, tag == .div || tag == .section || tag == .header || tag.isHeading,
               !facts.hasElementsBelow[i], facts.textLength[i] == 0 || page.collapsedText(i, limit: 1).isEmpty {
                remove = true
            }
            if remove {
                removed[i] = true
                i = Int(page.end[i])
            } else {
                i += 1
            }
        }
        return removed
    }

    /// The page's author line wherever it is (in a header the first attempt took out, say): the first visible
    /// element marked as the author (`rel="author"`, `itemprop="author"`, a "byline" class) outside comments and
    /// related links, with fewer than 100 characters.
    static func authorLine(_ page: HTMLTree, _ facts: SourceFacts) -> String? {
        var i = 0
        while i < page.count {
            let signals = page.classSignals[i].union(page.idSignals[i])
            if page.tag[i] == .text || page.flags[i].contains(.hidden) || signals.contains(.comments) {
                i = page.tag[i] == .text ? i + 1 : Int(page.end[i])
                continue
            }
            if page.flags[i].contains(.author) || signals.contains(.byline), facts.textLength[i] > 0, facts.textLength[i] < 100 {
                let text = page.collapsedText(i)
                let name = (i + 1..<Int(page.end[i])).first { page.flags[$0].contains(.itempropName) }
                    .map { page.collapsedText($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? text
                let trimmed = trimSeparators(name)
                if !trimmed.isEmpty { return trimmed }
            }
            i += 1
        }
        return nil
    }

    /// A name without the separators around it ("Ana Ruiz —" -> "Ana Ruiz").
    static func trimSeparators(_ s: String) -> String {
        let separators: Set<Character> = ["—", "–", "-", "|", "·", "•", ",", ":", " "]
        return String(s.drop(while: separators.contains).reversed().drop(while: separators.contains).reversed())
    }

    private static func hasAncestor(_ page: HTMLTree, _ node: Int, _ tags: [Tag]) -> Bool {
        var p = Int(page.parent[node])
        while p >= 0 {
            if tags.contains(page.tag[p]) { return true }
            p = Int(page.parent[p])
        }
        return false
    }

    /// Copies the kept nodes, wrapping loose inline content into paragraphs.
    private struct Builder {
        let page: HTMLTree
        let facts: SourceFacts
        let removed: [Bool]
        var tag: [Tag] = []
        var parent: [Int32] = []
        var end: [Int32] = []
        var textStart: [Int32] = []
        var textEnd: [Int32] = []
        var classSignals: [ClassSignals] = []
        var idSignals: [ClassSignals] = []
        var classHash: [UInt32] = []
        var flags: [NodeFlags] = []
        var source: [Int32] = []

        init(page: HTMLTree, facts: SourceFacts, removed: [Bool]) {
            self.page = page
            self.facts = facts
            self.removed = removed
            let n = page.count + page.count / 8
            tag.reserveCapacity(n); parent.reserveCapacity(n); end.reserveCapacity(n); textStart.reserveCapacity(n)
            textEnd.reserveCapacity(n); classSignals.reserveCapacity(n); idSignals.reserveCapacity(n)
            classHash.reserveCapacity(n); flags.reserveCapacity(n); source.reserveCapacity(n)
        }

        mutating func build() {
            var i = 0
            while i < page.count {
                if !removed[i] { emit(i, into: -1) }
                i = Int(page.end[i])
            }
        }

        private mutating func open(_ node: Int, as newTag: Tag, into parentIndex: Int32) -> Int32 {
            let index = Int32(tag.count)
            tag.append(newTag)
            parent.append(parentIndex)
            end.append(index + 1)
            if node >= 0 {
                textStart.append(page.textStart[node])
                textEnd.append(page.textEnd[node])
                classSignals.append(page.classSignals[node])
                idSignals.append(page.idSignals[node])
                classHash.append(page.classHash[node])
                flags.append(page.flags[node])
            } else {
                textStart.append(0)
                textEnd.append(0)
                classSignals.append([])
                idSignals.append([])
                classHash.append(0)
                flags.append([])
            }
            source.append(Int32(node))
            return index
        }

        private mutating func close(_ index: Int32) { end[Int(index)] = Int32(tag.count) }

        /// A piece of an element's content: one child, or a run of inline children to become a paragraph.
        enum Piece {
            case node(Int)
            case paragraph([Int])
        }

        private mutating func emit(_ node: Int, into parentIndex: Int32) {
            let nodeTag = page.tag[node]
            if nodeTag == .text {
                close(open(node, as: .text, into: parentIndex))
                return
            }
            let pieces = self.pieces(of: node)
            if nodeTag == .div {
                let solid = pieces.filter {
                    if case .node(let c) = $0 { return !(page.tag[c] == .text && facts.textLength[c] <= 1) }
                    return true
                }
                if solid.count == 1, facts.textLength[node] == 0
                    || Double(facts.linkLength[node]) / Double(facts.textLength[node]) < 0.25 {
                    switch solid[0] {
                    case .paragraph(let run):
                        emitParagraph(run, into: parentIndex)
                        return
                    case .node(let c) where page.tag[c] == .p:
                        emit(c, into: parentIndex)
                        return
                    default: break
                    }
                }
                let madeParagraphs = pieces.contains { if case .paragraph = $0 { return true }; return false }
                if !madeParagraphs && !facts.hasBlockerBelow[node] {
                    let index = open(node, as: .p, into: parentIndex)
                    emitPieces(pieces, into: index)
                    close(index)
                    return
                }
            }
            let index = open(node, as: nodeTag, into: parentIndex)
            emitPieces(pieces, into: index)
            close(index)
        }

        private mutating func emitPieces(_ pieces: [Piece], into index: Int32) {
            for piece in pieces {
                switch piece {
                case .node(let c): emit(c, into: index)
                case .paragraph(let run): emitParagraph(run, into: index)
                }
            }
        }

        private mutating func emitParagraph(_ run: [Int], into parentIndex: Int32) {
            let p = open(-1, as: .p, into: parentIndex)
            for c in run { emit(c, into: p) }
            close(p)
        }

        /// The kept children of `node`, with inline runs gathered: in a `<div>` every run, elsewhere the runs that
        /// follow two or more `<br>`s. The `<br>`s of such a break are dropped.
        private func pieces(of node: Int) -> [Piece] {
            let isDiv = page.tag[node] == .div
            var pieces: [Piece] = []
            var run: [Int] = []
            var runIsParagraph = isDiv
            var pendingBreaks: [Int] = []   // <br>s (and the white space between them) not yet known to be a break

            func flushRun() {
                guard !run.isEmpty else { return }
                let hasText = run.contains { page.tag[$0] != .text || TextMeasure.solidLength(page.bytes(ofText: $0)) > 0 }
                if runIsParagraph && hasText {
                    pieces.append(.paragraph(run))
                } else {
                    pieces.append(contentsOf: run.map { Piece.node($0) })
                }
                run.removeAll()
            }

            var c = node + 1
            let stop = Int(page.end[node])
            while c < stop {
                defer { c = Int(page.end[c]) }
                if removed[c] { continue }
                let childTag = page.tag[c]
                if childTag == .br {
                    pendingBreaks.append(c)
                    continue
                }
                if childTag == .text && !pendingBreaks.isEmpty && TextMeasure.solidLength(page.bytes(ofText: c)) == 0 {
                    pendingBreaks.append(c)
                    continue
                }
                let brCount = pendingBreaks.filter { page.tag[$0] == .br }.count
                if brCount >= 2 {
                    flushRun()
                    runIsParagraph = true
                } else {
                    run.append(contentsOf: pendingBreaks)
                }
                pendingBreaks.removeAll()
                if facts.phrasing[c] {
                    run.append(c)
                } else {
                    flushRun()
                    runIsParagraph = isDiv
                    pieces.append(.node(c))
                }
            }
            if pendingBreaks.filter({ page.tag[$0] == .br }).count < 2 { run.append(contentsOf: pendingBreaks) }
            flushRun()
            return pieces
        }
    }
}

/// How alike two short texts are, by their words (for "this heading repeats the title").
enum TextSimilarity {
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The share of `b`'s words (by length) that also occur in `a`: 1 for the same words, 0 for none shared.
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let inA = Set(a)
        let unique = b.filter { !inA.contains($0) }
        let uniqueLength = unique.isEmpty ? 0 : unique.joined(separator: " ").count
        return 1 - Double(uniqueLength) / Double(b.joined(separator: " ").count)
    }
}
