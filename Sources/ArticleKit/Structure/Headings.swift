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
            if k + 1 < board.count && board.kind(k + 1) == .body && !isNameLine(board.text, board.range(k)) {
                board.set(k, .heading, by: .standaloneHeading)
            }
        }
    }

    /// "stacked headings": two short heading-shaped lines in a row before body text are a heading and its
    /// subheading ("Getting there" then "By ferry"), not a list.
    static func markStackedHeadings(_ board: inout ParagraphBoard) {
        var k = 0
        while k + 2 < board.count {
            defer { k += 1 }
            guard board.rules[k] == .listOfShortLines, board.rules[k + 1] == .listOfShortLines,
                  k == 0 || board.rules[k - 1] != .listOfShortLines,
                  board.kind(k + 2) == .body, isProse(board, k + 2) else { continue }
            let pair = [k, k + 1]
            guard pair.allSatisfy({ board.headingShape[$0] && Words.split(board.text, board.range($0), limit: 5).count <= 4
                                    && !isNameLine(board.text, board.range($0)) }),
                  board.text.string(board.range(k)) != board.text.string(board.range(k + 1)) else { continue }
            for j in pair { board.set(j, .heading, by: .stackedHeadings) }
        }
    }

    /// "numbered heading": a numbered line that introduces body text, not a list ("3. Check the lifejackets",
    /// "2.1 Early harbours"): short, without a final stop (or of a few words), its text capitalised, and neither
    /// the line before nor the one after numbered.
    static func markNumberedHeadings(_ board: inout ParagraphBoard) {
        let text = board.text
        for k in 0..<board.count {
            guard board.rules[k] == nil || board.rules[k] == .listMarker || board.rules[k] == .listOfShortLines,
                  board.kind(k) == .body || board.kind(k) == .listItem,
                  let marker = sectionNumberLength(text, board.range(k)), k + 1 < board.count,
                  board.kind(k + 1) == .body, isProse(board, k + 1),
                  k == 0 || sectionNumberLength(text, board.range(k - 1)) == nil,
                  sectionNumberLength(text, board.range(k + 1)) == nil else { continue }
            let range = board.range(k)
            let rest = TextRange(range.start + marker, range.end)
            let words = Words.split(text, rest, limit: 17)
            guard !words.isEmpty, words.count <= 16, Words.isCapitalized(text, words[0]), !isMultiline(text, range),
                  range.count <= 200 else { continue }
            let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
            if ",;:!".unicodeScalars.contains(last) || last == "." && words.count > 4 { continue }
            board.set(k, .heading, by: .numberedHeading)
        }
    }

    /// The length of a section number and the space after it ("3. ", "2.1 ", "4.1. ", "12) "), nil when the
    /// line does not start with one.
    static func sectionNumberLength(_ text: SourceText, _ range: TextRange) -> Int? {
        let b = text.bytes
        var i = range.start
        var groups = 0
        while i < range.end {
            let digits = i
            while i < range.end && i - digits < 3 && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            guard i > digits, i - digits <= 2 else { return nil }
            groups += 1
            if i < range.end && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")")) { i += 1 }
            if i < range.end && b[i] == 0x20 { return groups <= 3 ? i + 1 - range.start : nil }
            guard i < range.end, b[i] >= 0x30 && b[i] <= 0x39, b[i - 1] == UInt8(ascii: ".") else { return nil }
        }
        return nil
    }

    /// "sentence-case heading": a standalone line of a few words or a short clause without a final stop, between
    /// body text before and after it ("Costs are rising faster than planned", "What happens next?"). Never a
    /// name, date or credit line (those rules come first), a lead-in's list, a quotation, or the questions of an
    /// interview.
    static func markSentenceCaseHeadings(_ board: inout ParagraphBoard) {
        let text = board.text
        // An article that asks three or more standalone questions is an interview: its questions are not headings.
        var questions = 0
        for k in 0..<board.count where board.kind(k) == .body && board.range(k).count <= 400 {
            if text.scalar(at: text.scalarStart(before: board.range(k).end)).scalar == "?" { questions += 1 }
        }
        var proseBefore = false
        for k in 0..<board.count {
            defer { if board.kind(k) == .body && isProse(board, k) { proseBefore = true } }
            guard proseBefore, board.rules[k] == nil, board.kind(k) == .body, !board.headingShape[k],
                  k + 1 < board.count, board.kind(k + 1) == .body, isProse(board, k + 1),
                  !isBareQuotation(text, board.range(k + 1)) else { continue }
            let range = board.range(k)
            guard range.count <= 160, !isMultiline(text, range) else { continue }
            let words = Words.split(text, range, limit: 13)
            guard words.count >= 2, words.count <= 12, startsWithCapitalLetter(text, range) else { continue }
            let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
            if ".,;:!\"”’'-–—".unicodeScalars.contains(last) { continue }
            // Not a list run together on one line ("Terminal 2: Air Canada, Delta, Lufthansa, United").
            let lineBytes = text.bytes[range.start..<range.end]
            if lineBytes.contains(UInt8(ascii: ";")) || lineBytes.filter({ $0 == UInt8(ascii: ",") }).count >= 3 { continue }
            if last == "?" && questions >= 3 { continue }
            if hasSentenceBreak(text, range) || startsWithQuotationMark(text, range) && words.count > 6
                || !hasBalancedQuotes(text, range) { continue }
            if isNameLine(text, range) || promptVerbs.matchesFirstWord(LowerBytes(text, words[0])) { continue }
            // The line before is prose or furniture, not a lead-in ("He listed three reasons:") or a list's line.
            let before = board.range(k - 1)
            let beforeLast = text.scalar(at: text.scalarStart(before: before.end)).scalar
            if board.kind(k - 1) == .listItem || board.kind(k - 1) == .body && !isProse(board, k - 1) || beforeLast == ":" { continue }
            board.set(k, .heading, by: .sentenceCaseHeading)
        }
    }

    /// Whether paragraph `k` reads as prose: longer than a line of a list and ending a sentence.
    static func isProse(_ board: ParagraphBoard, _ k: Int) -> Bool {
        let range = board.range(k)
        guard range.count >= 60 else { return false }
        let last = board.text.scalar(at: board.text.scalarStart(before: range.end)).scalar
        return ".!?\"”’')]…".unicodeScalars.contains(last)
    }

    /// Whether the range holds a line break (a hard-wrapped paragraph is never a heading).
    static func isMultiline(_ text: SourceText, _ range: TextRange) -> Bool {
        text.bytes[range.start..<range.end].contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// Whether a sentence ends inside the line: ". ", "? " or "! " before a capital.
    static func hasSentenceBreak(_ text: SourceText, _ range: TextRange) -> Bool {
        let b = text.bytes
        var i = range.start
        while i + 2 < range.end {
            if (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "?") || b[i] == UInt8(ascii: "!")) && b[i + 1] == 0x20
                && b[i + 2] >= 0x41 && b[i + 2] <= 0x5A {
                // Not after an initial or a short abbreviation ("D. Smith", "St. Ives", "U.S. Senate").
                var w = i
                while w > range.start && b[w - 1] != 0x20 { w -= 1 }
                if i - w > 3 && b[i] == UInt8(ascii: ".") && !b[w..<i].contains(UInt8(ascii: ".")) { return true }
                if b[i] != UInt8(ascii: ".") { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the line's first letter (after opening quotes and brackets) is a capital, with nothing else
    /// before it ("$30,000" and "2014" do not start so).
    static func startsWithCapitalLetter(_ text: SourceText, _ range: TextRange) -> Bool {
        var i = range.start
        while i < range.end {
            let (c, length) = text.scalar(at: i)
            if Scalars.isLetter(c) { return Scalars.isUpper(c) || !Scalars.isLower(c) }
            guard "\"“‘'«„([".unicodeScalars.contains(c) else { return false }
            i += length
        }
        return false
    }

    /// Whether the line's quotation marks are balanced: a line that closes a quote opened before it ("... for
    /// America.\"") is the end of a quotation, not a heading.
    static func hasBalancedQuotes(_ text: SourceText, _ range: TextRange) -> Bool {
        var straight = 0, opening = 0, closing = 0
        var i = range.start
        while i < range.end {
            let (c, length) = text.scalar(at: i)
            if c == "\"" { straight += 1 } else if c == "“" { opening += 1 } else if c == "”" { closing += 1 }
            i += length
        }
        return straight % 2 == 0 && opening == closing
    }

    /// Whether the line opens with a quotation mark (" “ ‘ ').
    static func startsWithQuotationMark(_ text: SourceText, _ range: TextRange) -> Bool {
        let first = text.scalar(at: range.start).scalar
        return "\"“‘'«„".unicodeScalars.contains(first)
    }

    /// A paragraph that is all one quotation, with no cue: it continues the speaker before it, so no heading
    /// stands between them.
    static func isBareQuotation(_ text: SourceText, _ range: TextRange) -> Bool {
        guard "\"“".unicodeScalars.contains(text.scalar(at: range.start).scalar) else { return false }
        let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
        return "\"”".unicodeScalars.contains(last)
    }

    /// A label in capitals of a few words with a final stop, as some texts end every line ("ABSTRACT.",
    /// "FULL TEXT.", "ON THE CAMPAIGN TRAIL.").
    static func isCapitalsLabel(_ text: SourceText, _ range: TextRange) -> Bool {
        guard Words.split(text, range, limit: 7).count <= 6 else { return false }
        var letters = 0
        var i = range.start
        while i < range.end {
            let (c, length) = text.scalar(at: i)
            if Scalars.isLetter(c) {
                guard Scalars.isUpper(c) else { return false }
                letters += 1
            }
            i += length
        }
        return letters >= 3
    }

    /// A line that is only a person's name: two to four capitalised words (initials and particles too), the
    /// first a given name ("Ana Ruiz", "Tom D. Vale"), or one given name alone ("Marta"). Such lines are author
    /// boxes and signatures, never headings.
    static func isNameLine(_ text: SourceText, _ range: TextRange) -> Bool {
        guard range.count <= 60 else { return false }
        var r = range
        if text.bytes[r.end - 1] == UInt8(ascii: ".") { r.end -= 1 }   // "Ana Ruiz." in text that ends every line so
        let words = Words.split(text, r, limit: 5)
        guard (1...4).contains(words.count) else { return false }
        let first = Tokenizer.lowercaseKey(text, words[0])
        guard Words.isCapitalized(text, words[0]), Lexicon.flags(first).contains(.firstName) else { return false }
        if words.count == 1 { return true }
        for word in words.dropFirst() {
            let key = Tokenizer.lowercaseKey(text, word)
            guard !text.bytes[word.start..<word.end].contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: ",") }) else { return false }
            if Words.isCapitalized(text, word) {
                if Lexicon.flags(key).contains(.commonWord) && !Lexicon.flags(key).contains(.surname) && word.count > 2 { return false }
            } else if !Lexicon.flags(key).contains(.particle) {
                return false
            }
        }
        return true
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
        guard scalars >= 2, scalars <= 70, hasBalancedQuotes(text, range) else { return false }
        let last = text.scalar(at: text.scalarStart(before: range.end)).scalar
        if last == "." && isCapitalsLabel(text, range) { return true }
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
