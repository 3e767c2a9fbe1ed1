/// The layout of an article before any language analysis: title, paragraphs and their kinds, sections.
///
/// `StructureParser` finds it in plain text; a reader of markup can give it instead, with the kinds its
/// markup states (`init(title:paragraphs:text:)` makes the sections), and the analysis starts from it.
struct ArticleStructure: Sendable {
    var title: TextRange?
    var paragraphs: [Paragraph]
    var sections: [Section]
    /// For each paragraph, the rule of `ParagraphRule` that decided its kind (nil where none did, and for
    /// kinds given by markup); empty when not known (a structure rebuilt from an `Article`).
    var rules: [ParagraphRule?]

    init(title: TextRange?, paragraphs: [Paragraph], sections: [Section], rules: [ParagraphRule?]) {
        self.title = title
        self.paragraphs = paragraphs
        self.sections = sections
        self.rules = rules
    }

    /// A structure of given paragraphs: the sections start at the headings among them.
    init(title: TextRange?, paragraphs: [Paragraph], text: SourceText, rules: [ParagraphRule?]? = nil) {
        self.init(title: title, paragraphs: paragraphs, sections: Self.sections(text, paragraphs),
                  rules: rules ?? [ParagraphRule?](repeating: nil, count: paragraphs.count))
    }

    /// The lead section (up to the first heading), then one section from each heading to the next.
    static func sections(_ text: SourceText, _ paragraphs: [Paragraph]) -> [Section] {
        var sections: [Section] = []
        var leadEnd = text.count
        for (index, paragraph) in paragraphs.enumerated() where paragraph.kind == .heading {
            if sections.isEmpty { leadEnd = paragraph.range.start }
            let heading = MarkdownSyntax.stripHeadingMarker(text, paragraph.range)
            sections.append(Section(headingParagraph: index, heading: heading,
                                    range: TextRange(paragraph.range.start, text.count)))
        }
        for k in sections.indices.dropLast() {
            sections[k].range.end = sections[k + 1].range.start
        }
        sections.insert(Section(headingParagraph: nil, heading: nil, range: TextRange(0, leadEnd)), at: 0)
        return sections
    }
}

/// Finds the title, paragraphs, headings, lists and boilerplate of an article from its lines.
///
/// Paragraphs are separated by blank lines; a block of lines is one hard-wrapped paragraph when its lines look
/// wrapped (long, similar lengths), otherwise one paragraph per line. Kinds are decided by `ParagraphClassifier`.
enum StructureParser {
    /// The structure of `text`, or of its first `end` bytes.
    static func parse(_ text: SourceText, upTo end: Int? = nil) -> ArticleStructure {
        let end = min(end ?? text.count, text.count)
        var lines = Lines(text, from: 0, to: end)
        var titleLine: Line?
        while titleLine == nil, let line = lines.next() {
            if !line.isBlank { titleLine = line }
        }
        guard let titleLine else {
            return ArticleStructure(title: nil, paragraphs: [], text: text)
        }
        let title = MarkdownSyntax.stripHeadingMarker(text, titleLine.content)

        // The remaining lines in blocks separated by blank lines; each block becomes one paragraph or one per
        // line. A block is walked again for that, rather than kept as an array of lines.
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(Lines.countNotEmpty(text, upTo: end))
        var block: (first: Line, last: Line, count: Int)?
        func addBlock(_ block: (first: Line, last: Line, count: Int)) {
            let blockLines = Lines(text, from: block.first.range.start, to: block.last.range.end)
            if block.count == 1 || looksHardWrapped(text, blockLines, count: block.count) {
                paragraphs.append(Paragraph(kind: .body, range: TextRange(block.first.content.start, block.last.content.end)))
            } else {
                for line in blockLines { paragraphs.append(Paragraph(kind: .body, range: line.content)) }
            }
        }
        while let line = lines.next() {
            if line.isBlank {
                if let b = block { addBlock(b) }
                block = nil
            } else {
                block = (block?.first ?? line, line, (block?.count ?? 0) + 1)
            }
        }
        if let b = block { addBlock(b) }

        let rules = ParagraphClassifier.classify(text, &paragraphs)
        return ArticleStructure(title: title, paragraphs: paragraphs, text: text, rules: rules)
    }

    /// A block whose lines are all long and end without a full stop before the last one reads as one paragraph
    /// wrapped at a fixed width; a block of short or sentence-ended lines is one paragraph per line. (`block`
    /// holds `count` lines, walked twice: once for the longest, once to compare each with it.)
    static func looksHardWrapped(_ text: SourceText, _ block: Lines, count: Int) -> Bool {
        var longest = 0
        for line in block {
            longest = max(longest, text.scalarCount(in: line.content))
            if Furniture.listMarkerLength(text, line.content) > 0 { return false }
        }
        if longest < 30 { return false }
        var endedLines = 0
        for (k, line) in block.enumerated() where k < count - 1 {
            if text.scalarCount(in: line.content) < longest * 6 / 10 { return false }
            if let last = text.bytes[line.content.start..<line.content.end].last, last == UInt8(ascii: ".") {
                endedLines += 1
            }
        }
        return endedLines * 2 <= count - 1
    }
}

/// Markdown markers the reader understands in plain-text articles.
enum MarkdownSyntax {
    /// The number of leading `#` characters followed by a space, 0 if the line is not a Markdown heading.
    static func headingLevel(_ text: SourceText, _ range: TextRange) -> Int {
        var i = range.start
        while i < range.end && text.bytes[i] == UInt8(ascii: "#") { i += 1 }
        let level = i - range.start
        guard level > 0, level <= 6, i < range.end, text.bytes[i] == UInt8(ascii: " ") else { return 0 }
        return level
    }

    /// `range` without a leading Markdown heading marker (`# `, `## `...).
    static func stripHeadingMarker(_ text: SourceText, _ range: TextRange) -> TextRange {
        let level = headingLevel(text, range)
        guard level > 0 else { return range }
        return Whitespace.trim(text, TextRange(range.start + level, range.end))
    }
}
