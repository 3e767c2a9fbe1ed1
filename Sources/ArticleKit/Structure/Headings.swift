/// Section headings in plain text: short standalone lines that name what follows, told from lists of short
/// lines and from lines that end the text.
enum Headings {
    static let promptVerbs = PhraseMatcher(.promptVerb, .opening)

    /// "list of short lines": two or more short unpunctuated lines in a row are a list ("1 Ana Ruiz (Spain)",
    /// award categories, link lists), not headings. Also finds which lines have the shape of a heading.
    static func markListsOfShortLines(_ board: inout ParagraphBoard) {
        var shortLine = [Bool](repeating: false, count: board.count)
        for k in 0..<board.count where board.kind(k) == .body && board.rules[k] == nil {
            board.headingShape[k] = hasHeadingShape(board.text, board.range(k))
            shortLine[k] = board.headingShape[k] || isShortLine(board.text, board.range(k))
        }
        var k = 0
        while k < board.count {
            guard shortLine[k] else { k += 1; continue }
            var end = k
            while end + 1 < board.count && shortLine[end + 1] { end += 1 }
            if end > k {
                for j in k...end { board.set(j, .listItem, by: .listOfShortLines) }
            }
            k = end + 1
        }
    }

    /// "standalone heading": a line with the shape of a heading, alone between paragraphs, before body text.
    static func markStandaloneHeadings(_ board: inout ParagraphBoard) {
        for k in 0..<board.count where board.headingShape[k] && board.rules[k] == nil {
            if k + 1 < board.count && board.kind(k + 1) == .body {
                board.set(k, .heading, by: .standaloneHeading)
            }
        }
    }

    /// "heading without text": a heading followed only by other headings or boilerplate is body text.
    static func demoteHeadingsWithoutText(_ board: inout ParagraphBoard) {
        let lastText = board.paragraphs.lastIndex { $0.kind == .body || $0.kind == .listItem } ?? -1
        for k in 0..<board.count where board.kind(k) == .heading && k > lastText {
            board.set(k, .body, by: .headingWithoutText)
        }
    }

    /// A line too short and unpunctuated to be a paragraph of prose ("Five things we learned").
    static func isShortLine(_ text: SourceText, _ range: TextRange) -> Bool {
        guard range.count <= 70 * 4 else { return false }
        let scalars = text.scalarCount(in: range)
        guard scalars <= 70 else { return false }
        let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
        return !".,;:!?\"”’'".unicodeScalars.contains(last)
    }

    /// A short standalone line that names a section: title-case or all-caps words (a few sentence-case words
    /// too), no sentence punctuation at the end. Quoted lines (‘Serious Approach’) count when the quote covers
    /// the whole line.
    static func hasHeadingShape(_ text: SourceText, _ range: TextRange) -> Bool {
        guard range.count <= 70 * 4 else { return false }
        let scalars = text.scalarCount(in: range)
        guard scalars >= 2, scalars <= 70 else { return false }
        let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
        if ".,;:!?".unicodeScalars.contains(last) { return false }
        let words = Words.split(text, range, limit: 10)
        guard !words.isEmpty, words.count <= 9 else { return false }
        guard Words.isCapitalized(text, words[0]) else { return false }
        var capitalized = 0, lowercaseContent = 0
        for word in words {
            if Words.isCapitalized(text, word) { capitalized += 1 } else if !Words.isMinorWord(text, word) {
                lowercaseContent += 1
            }
        }
        if lowercaseContent == 0 || (words.count >= 3 && lowercaseContent * 4 < words.count && capitalized >= 2) {
            return true
        }
        // Sentence case: "Trade talks", "After the storm".
        return words.count <= 5 && !promptVerbs.matchesFirstWord(LowerBytes(text, words[0]))
    }
}
