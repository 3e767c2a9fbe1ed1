/// Boilerplate that is recognised by where it stands: link lists after "Read more:", an author's note at the
/// end ("Jane Doe is a reporter at ..."), an all-capital credit line at the end, readers' comments after the
/// story, and a line between two chart labels.
enum Trailers {
    static let authorNoteVerbs: [[UInt8]] = Lexicon.phrases(.authorNoteVerb).map { Array($0.utf8) }
    static let authorRoles = PhraseMatcher(.authorRole, .words)
    static let authorBeats: [[UInt8]] = Lexicon.phrases(.authorBeat).map { Array($0.utf8) }

    /// "author's note at the end": walking back from the end over furniture, the notes on the authors ("Jane
    /// Doe is a reporter at ...") and the name lines above them ("Jane Doe", an author box), up to the story's
    /// last paragraphs (two that are neither end the walk).
    static func markAuthorNotes(_ board: inout ParagraphBoard) {
        var k = board.count - 1
        var misses = 0
        while k >= 0 && misses < 2 {
            defer { k -= 1 }
            switch board.kind(k) {
            case .boilerplate, .caption, .dateline, .byline: continue
            case .body, .listItem, .heading:
                let range = board.range(k)
                if board.kind(k) != .heading && isAuthorNote(board.text, range) {
                    board.set(k, .boilerplate, by: .authorNoteAtEnd)
                } else if Headings.isNameLine(board.text, range), k + 1 < board.count,
                          board.rules[k + 1] == .authorNoteAtEnd {
                    board.set(k, .boilerplate, by: .authorNoteAtEnd)
                } else {
                    misses += 1
                }
            }
        }
    }

    /// "link list after a label": the short lines without a final stop after "Read more:" or "Related:" are
    /// headlines of other stories.
    static func markLinkLists(_ board: inout ParagraphBoard) {
        var k = 0
        while k < board.count {
            guard board.kind(k) == .boilerplate, let l = board.lowered(k), Furniture.isLinkListLabel(l) else { k += 1; continue }
            var j = k + 1
            while j < board.count && board.range(j).count <= 160 && board.lowered(j)?.bytes.last != UInt8(ascii: ".") {
                board.set(j, .boilerplate, by: .linkListAfterLabel)
                j += 1
            }
            k = j
        }
    }

    /// The last two paragraphs before the closing boilerplate that `test` finds to be trailers ("author's note
    /// at the end", "capital credit at the end").
    static func markClosingLines(_ board: inout ParagraphBoard, _ rule: ParagraphRule,
                                 _ test: (SourceText, TextRange) -> Bool) {
        var last = board.count - 1
        while last >= 0 && board.kind(last) == .boilerplate { last -= 1 }
        guard last >= 0 else { return }
        var k = last
        while k >= max(0, last - 1) {
            if board.kind(k) == .body && test(board.text, board.range(k)) { board.set(k, .boilerplate, by: rule) }
            k -= 1
        }
    }

    /// "chart block": a short line between two chart labels (a chart's caption between its labels).
    static func markChartBlocks(_ board: inout ParagraphBoard) {
        let n = board.count
        for k in 1..<max(1, n - 1) where board.kind(k) == .body && board.range(k).count <= 400 {
            if board.kind(k - 1) == .boilerplate && board.kind(k + 1) == .boilerplate
                && isChartLabel(board.text, board.range(k - 1)) && isChartLabel(board.text, board.range(k + 1))
                && !hasQuotationMarks(board.text, board.range(k)) {
                board.set(k, .boilerplate, by: .chartBlock)
            }
        }
    }

    /// "Sales since: 2010", "Exports by year: 2010 - 2020": a chart's label, with a colon before numbers.
    static func isChartLabel(_ text: SourceText, _ range: TextRange) -> Bool {
        let b = text.bytes[range.start..<range.end]
        guard let colon = b.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return b[colon...].contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "Jane Doe is a reporter at The Daily and a writer based in Brooklyn.", "Tom Vale has covered the harbour
    /// since 2012."
    static func isAuthorNote(_ text: SourceText, _ range: TextRange) -> Bool {
        guard range.count <= 400 else { return false }
        let l = LowerBytes(text, range)
        for beat in authorBeats {
            if let offset = l.offset(ofWords: beat), offset < 40 { return !Furniture.hasQuotationMarks(l) }
        }
        for verb in authorNoteVerbs {
            if let offset = l.offset(ofWords: verb), offset < 40 {
                return authorRoles.matches(l)
            }
        }
        return false
    }

    /// "JANE DOE IS THE PAPER'S POLITICAL EDITOR": a line in capitals at the very end.
    static func isCapitalCredit(_ text: SourceText, _ range: TextRange) -> Bool {
        // The capitals first, scalar by scalar from the bytes; the length in characters (which needs the
        // string) only for a line in capitals.
        var letters = 0, upper = 0
        var i = range.start
        while i < range.end {
            let (c, length) = text.scalar(at: i)
            if Scalars.isLetter(c) {
                letters += 1
                if Scalars.isUpper(c) { upper += 1 }
            }
            i += length
        }
        return letters >= 12 && upper * 10 >= letters * 9 && text.string(range).count <= 200
    }

    /// "readers' comments": three or more closing paragraphs without quotation marks, half of them in the first
    /// or second person, after a story that quotes people and is not itself written in the first person.
    static func markReaderComments(_ board: inout ParagraphBoard) {
        let text = board.text
        var end = board.count - 1
        while end >= 0 && board.kind(end) == .boilerplate { end -= 1 }
        var start = end + 1
        while start - 1 >= 0 && board.kind(start - 1) == .body && !hasQuotationMarks(text, board.range(start - 1)) {
            start -= 1
        }
        guard end - start + 1 >= 3 else { return }
        // The cheap test first: a story without quotation marks before the closing paragraphs (most of them,
        // when no paragraph has any) is never followed by comments, so its words need not be read.
        let quotesBefore = board.paragraphs[..<start].contains { p in p.kind == .body && hasQuotationMarks(text, p.range) }
        guard quotesBefore else { return }
        let firstPerson = (start...end).reduce(0) { $0 + (isFirstPersonOpinion(text, board.range($1)) ? 1 : 0) }
        guard firstPerson * 2 >= end - start + 1 else { return }
        // An author who writes in the first person (an essay, a speech, an interview's answers) is not followed
        // by comments: the first person must start with them. Among the story's paragraphs without quotation
        // marks, at most one in four uses it.
        var unquoted = 0, unquotedFirstPerson = 0
        for k in 0..<start where board.kind(k) == .body && !hasQuotationMarks(text, board.range(k)) {
            unquoted += 1
            if isFirstPersonOpinion(text, board.range(k)) { unquotedFirstPerson += 1 }
        }
        guard unquotedFirstPerson * 4 <= unquoted else { return }
        for k in start...end { board.set(k, .boilerplate, by: .readerComments) }
    }

    /// Whether the range holds a straight or curly double quotation mark (" “ ”).
    static func hasQuotationMarks(_ text: SourceText, _ range: TextRange) -> Bool {
        text.bytes.withUnsafeBufferPointer { b in
            var i = range.start
            while true {
                // The next " or first byte of “ and ” (E2 80 9C and E2 80 9D), found eight bytes at a time.
                i = ByteSearch.first(UInt8(ascii: "\""), or: 0xE2, in: b, from: i, to: range.end)
                guard i < range.end else { return false }
                if b[i] == UInt8(ascii: "\"") { return true }
                if i + 2 < range.end && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x9D) { return true }
                i += 1
            }
        }
    }

    /// Whether a paragraph of at most 500 characters uses a word of the first or second person (`Lex.personalWord`).
    static func isFirstPersonOpinion(_ text: SourceText, _ range: TextRange) -> Bool {
        if let fast = isFirstPersonOpinionASCII(text, range) { return fast }
        let s = text.string(range)
        guard s.count <= 500 else { return false }
        let words = s.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        return words.contains { Lexicon.flags(String($0)).contains(.personalWord) }
    }

    /// `isFirstPersonOpinion` for a paragraph of ASCII and ’ only, on bytes (each byte and each ’ is then one
    /// character, but for CR LF); nil for any other text.
    private static func isFirstPersonOpinionASCII(_ text: SourceText, _ range: TextRange) -> Bool? {
        text.bytes.withUnsafeBufferPointer { b -> Bool? in
            var characters = 0
            // The `WordHash` of the current word's lower-case bytes (every personal word has at most 6).
            var hash = WordHash.empty, wordLength = 0
            var found = false
            var i = range.start
            func add(_ c: UInt8) {
                if wordLength < 7 { hash = WordHash.adding(c, to: hash) }
                wordLength += 1
            }
            func endWord() {
                if !found && wordLength > 0 && wordLength <= 6 { found = Lexicon.flags(hash: hash).contains(.personalWord) }
                hash = WordHash.empty
                wordLength = 0
            }
            while i < range.end {
                let c = b[i]
                if c >= 0x80 {
                    guard c == 0xE2 && i + 2 < range.end && b[i + 1] == 0x80 && b[i + 2] == 0x99 else { return nil }
                    add(0xE2); add(0x80); add(0x99)   // ’, part of a word
                    i += 3
                } else {
                    if c >= 0x41 && c <= 0x5A || c >= 0x61 && c <= 0x7A || c == UInt8(ascii: "'") {
                        add(c | (c >= 0x41 && c <= 0x5A ? 0x20 : 0))
                    } else {
                        endWord()
                    }
                    if !(c == 0x0A && i > range.start && b[i - 1] == 0x0D) { characters += 1 }
                    i += 1
                    continue
                }
                characters += 1
            }
            endWord()
            return characters <= 500 && found
        }
    }
}
