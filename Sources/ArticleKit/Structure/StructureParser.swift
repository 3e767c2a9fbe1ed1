/// The layout of an article before any language analysis: title, paragraphs and their kinds, sections.
///
/// `StructureParser` finds it in plain text; a reader of markup can give it instead, with the kinds its
/// markup states (`init(title:paragraphs:text:)` makes the sections), and the analysis starts from it.
struct ArticleStructure: Sendable {
    var title: TextRange?
    var paragraphs: [Paragraph]
    var sections: [Section]
    /// For each paragraph, the rule of `ParagraphRule` that decided its kind (nil where none did, and for
    /// kinds given by markup).
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
    static func parse(_ text: SourceText) -> ArticleStructure {
        let lines = Lines.split(text)
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else {
            return ArticleStructure(title: nil, paragraphs: [], text: text)
        }
        let title = MarkdownSyntax.stripHeadingMarker(text, lines[first].content)

        // Group the remaining lines into blocks separated by blank lines.
        var blocks: [ArraySlice<Line>] = []
        var i = first + 1
        while i < lines.count {
            if lines[i].isBlank { i += 1; continue }
            var j = i
            while j < lines.count && !lines[j].isBlank { j += 1 }
            blocks.append(lines[i..<j])
            i = j
        }

        var ranges: [TextRange] = []
        for block in blocks {
            if block.count == 1 || looksHardWrapped(text, block) {
                ranges.append(TextRange(block.first!.content.start, block.last!.content.end))
            } else {
                for line in block { ranges.append(line.content) }
            }
        }

        let (paragraphs, rules) = ParagraphClassifier.classifyWithRules(text, ranges)
        return ArticleStructure(title: title, paragraphs: paragraphs, text: text, rules: rules)
    }

    /// A block whose lines are all long and end without a full stop before the last one reads as one paragraph
    /// wrapped at a fixed width; a block of short or sentence-ended lines is one paragraph per line.
    static func looksHardWrapped(_ text: SourceText, _ block: ArraySlice<Line>) -> Bool {
        let lengths = block.map { text.scalarCount(in: $0.content) }
        let longest = lengths.max() ?? 0
        if longest < 30 { return false }
        for line in block where Furniture.listMarkerLength(text, line.content) > 0 { return false }
        var endedLines = 0
        for (k, line) in block.enumerated() where k < block.count - 1 {
            if lengths[k] < longest * 6 / 10 { return false }
            if let last = text.bytes[line.content.start..<line.content.end].last, last == UInt8(ascii: ".") {
                endedLines += 1
            }
        }
        return endedLines * 2 <= block.count - 1
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
