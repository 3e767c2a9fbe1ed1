/// Decides what each paragraph is: body text, a heading, a list item, a byline, a caption or boilerplate.
enum ParagraphClassifier {
    static func classify(_ text: SourceText, _ ranges: [TextRange], title: TextRange) -> [Paragraph] {
        var paragraphs = ranges.map { Paragraph(kind: .body, range: $0) }
        for k in paragraphs.indices {
            let range = paragraphs[k].range
            if Boilerplate.matches(text, range) {
                paragraphs[k].kind = .boilerplate
            } else if k < 3 && isByline(text, range) {
                paragraphs[k].kind = .byline
            } else if listMarkerLength(text, range) > 0 {
                paragraphs[k].kind = .listItem
            } else if MarkdownSyntax.headingLevel(text, range) > 0 {
                paragraphs[k].kind = .heading
            } else if k + 1 < paragraphs.count && looksLikeHeading(text, range) {
                paragraphs[k].kind = .heading
            }
        }
        // A heading must introduce text: one followed only by other headings or boilerplate is body.
        for k in paragraphs.indices where paragraphs[k].kind == .heading {
            let rest = paragraphs[(k + 1)...]
            if !rest.contains(where: { $0.kind == .body || $0.kind == .listItem }) { paragraphs[k].kind = .body }
        }
        return paragraphs
    }

    /// The length in bytes of a list marker ("- ", "* ", "• ", "1. ", "2) ") at the start of `range`, or 0.
    static func listMarkerLength(_ text: SourceText, _ range: TextRange) -> Int {
        let b = text.bytes
        guard range.count >= 2 else { return 0 }
        let s = range.start
        if (b[s] == UInt8(ascii: "-") || b[s] == UInt8(ascii: "*")) && b[s + 1] == UInt8(ascii: " ") { return 2 }
        if b[s] == 0xE2 && range.count >= 4 && b[s + 1] == 0x80 && b[s + 2] == 0xA2 && b[s + 3] == 0x20 { return 4 }
        var i = s
        while i < range.end && i - s < 3 && (0x30...0x39).contains(b[i]) { i += 1 }
        if i > s && i + 1 < range.end && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")"))
            && b[i + 1] == UInt8(ascii: " ") {
            return i + 2 - s
        }
        return 0
    }

    /// "By Jane Doe", "By JANE DOE and JOHN ROE": a short line starting with "By " and a capitalised name.
    static func isByline(_ text: SourceText, _ range: TextRange) -> Bool {
        let words = Words.split(text, range)
        guard words.count >= 2, words.count <= 10 else { return false }
        let first = text.string(words[0])
        guard first == "By" || first == "BY" else { return false }
        return Words.isCapitalized(text, words[1])
    }

    /// A short standalone line that names a section: title-case or all-caps words, no sentence punctuation at
    /// the end. Quoted lines (‘Serious Approach’) count when the quote covers the whole line.
    static func looksLikeHeading(_ text: SourceText, _ range: TextRange) -> Bool {
        let scalars = text.scalarOffset(range.end) - text.scalarOffset(range.start)
        guard scalars >= 2, scalars <= 70 else { return false }
        let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
        if ".,;:".unicodeScalars.contains(last) { return false }
        let words = Words.split(text, range)
        guard !words.isEmpty, words.count <= 9 else { return false }
        var capitalized = 0, lowercaseContent = 0
        for word in words {
            if Words.isCapitalized(text, word) { capitalized += 1 } else if !Words.isMinorWord(text, word) {
                lowercaseContent += 1
            }
        }
        guard Words.isCapitalized(text, words[0]) else { return false }
        return lowercaseContent == 0 || (words.count >= 3 && lowercaseContent * 4 < words.count && capitalized >= 2)
    }
}

/// Trailing lines that are not part of the story: wire sign-offs, reading prompts, promotions.
enum Boilerplate {
    /// Whole paragraphs (compared without case) that are always boilerplate.
    static let exact: Set<String> = [
        "reuter", "reuters", "continue reading the main story", "advertisement", "story continues below advertisement",
        "before it's here, it's on the bloomberg terminal.", "before it’s here, it’s on the bloomberg terminal.",
        "share this article", "share", "related", "read more", "comments", "sign up", "subscribe",
    ]
    /// Paragraph openings (compared without case) that mark boilerplate.
    static let prefixes: [String] = [
        "(reporting by", "(writing by", "(editing by", "(additional reporting by", "reporting by", "editing by",
        "to contact the reporter", "to contact the editor", "copyright ", "©", "all rights reserved",
        "follow us on", "follow the author", "click here to", "sign up for", "subscribe to", "read more:",
        "related:", "see also:", "this article was", "this story was", "photo:", "image:", "(photo",
    ]

    static func matches(_ text: SourceText, _ range: TextRange) -> Bool {
        guard range.count <= 400 else { return false }
        let lowered = text.string(range).lowercased()
        if exact.contains(lowered) { return true }
        return prefixes.contains { lowered.hasPrefix($0) }
    }
}
