/// Boilerplate that is recognised by where it stands: link lists after "Read more:", an author's note at the
/// end ("Jane Doe is a reporter at ..."), an all-capital credit line at the end, readers' comments after the
/// story, and a line between two boilerplate lines (chart blocks).
enum Trailers {
    static func mark(_ text: SourceText, _ paragraphs: inout [Paragraph]) {
        let n = paragraphs.count
        guard n > 0 else { return }
        func lowered(_ k: Int) -> String { text.string(paragraphs[k].range).lowercased() }

        // Headlines listed after "Read more:" or "Related:".
        var marked = 0
        for k in 0..<n where paragraphs[k].kind == .boilerplate && k >= marked {
            let l = lowered(k)
            guard l == "read more:" || l == "related:" || l == "read more" || l == "related" || l == "see also:"
                || l == "more from" || l == "related stories" || l == "related content" else { continue }
            var j = k + 1
            while j < n && paragraphs[j].range.count <= 160 && !lowered(j).hasSuffix(".") {
                paragraphs[j].kind = .boilerplate
                j += 1
            }
            marked = j
        }

        // From the end: author notes, capital credit lines, readers' comments.
        var last = n - 1
        while last >= 0 && paragraphs[last].kind == .boilerplate { last -= 1 }
        guard last >= 0 else { return }
        var k = last
        while k >= max(0, last - 1) {
            if paragraphs[k].kind == .body && (isAuthorNote(text, paragraphs[k].range) || isCapitalCredit(text, paragraphs[k].range)) {
                paragraphs[k].kind = .boilerplate
            }
            k -= 1
        }
        markReaderComments(text, &paragraphs)

        // A short line between two boilerplate lines (a chart's caption between its labels).
        for k in 1..<max(1, n - 1) where paragraphs[k].kind == .body && paragraphs[k].range.count <= 400 {
            if paragraphs[k - 1].kind == .boilerplate && paragraphs[k + 1].kind == .boilerplate
                && isChartLabel(text, paragraphs[k - 1].range) && isChartLabel(text, paragraphs[k + 1].range)
                && !text.string(paragraphs[k].range).unicodeScalars.contains(where: { $0 == "\"" || $0 == "\u{201C}" }) {
                paragraphs[k].kind = .boilerplate
            }
        }
    }

    /// "Sales since: 2010", "Exports by year: 2010 - 2020": a chart's label, with a colon before numbers.
    static func isChartLabel(_ text: SourceText, _ range: TextRange) -> Bool {
        let b = text.bytes[range.start..<range.end]
        guard let colon = b.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return b[colon...].contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// "Jane Doe is a reporter at The Daily and a writer based in Brooklyn."
    static func isAuthorNote(_ text: SourceText, _ range: TextRange) -> Bool {
        guard range.count <= 300 else { return false }
        let l = LowerBytes(text, range)
        let roles = ["editor", "writer", "reporter", "correspondent", "columnist", "author", "contributor", "fellow",
                     "journalist", "freelance", "staff writer", "producer"]
        for verb in [" is a ", " is an ", " is the ", " writes ", " covers "] {
            if let offset = l.offset(of: verb), offset < 40 {
                return roles.contains { l.contains($0) }
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

    /// Readers' comments after the story: three or more closing paragraphs in the first person, without
    /// quotation marks, after a story that quotes people.
    static func markReaderComments(_ text: SourceText, _ paragraphs: inout [Paragraph]) {
        var end = paragraphs.count - 1
        while end >= 0 && paragraphs[end].kind == .boilerplate { end -= 1 }
        var start = end + 1
        while start - 1 >= 0 && paragraphs[start - 1].kind == .body && !hasQuotationMarks(text, paragraphs[start - 1].range) {
            start -= 1
        }
        guard end - start + 1 >= 3 else { return }
        // The cheap test first: a story without quotation marks before the closing paragraphs (most of them,
        // when no paragraph has any) is never followed by comments, so its words need not be read.
        let quotesBefore = paragraphs[..<start].contains { p in p.kind == .body && hasQuotationMarks(text, p.range) }
        guard quotesBefore else { return }
        let firstPerson = (start...end).reduce(0) { $0 + (isFirstPersonOpinion(text, paragraphs[$1].range) ? 1 : 0) }
        guard firstPerson * 2 >= end - start + 1 else { return }
        for k in start...end { paragraphs[k].kind = .boilerplate }
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

/// Pull quotes: a short paragraph that repeats a sentence of the story word for word.
enum PullQuotes {
    /// Sentences shorter than this (in bytes) are too common to tell a pull quote.
    static let shortest = 30
    /// Paragraphs longer than this (in bytes) are never pull quotes.
    static let longest = 400

    static func mark(_ text: SourceText, _ paragraphs: inout [Paragraph]) {
        // Sentence hash -> the longest body paragraph holding it (a table that grows as sentences come: every
        // sentence kept is at least `shortest` bytes long, and a list of ten million one-letter lines has none).
        var seenIn = WordTable<Int>(capacity: min(paragraphs.count, 1024))
        // The short body paragraphs all of whose sentences are long enough to tell (the only ones that can be
        // pull quotes), each with where its sentences start in `chunks`: at most one per `shortest` bytes.
        var chunks: [(hash: UInt64, length: Int)] = []
        var candidates: [(paragraph: Int32, firstChunk: Int32)] = []
        for (k, p) in paragraphs.enumerated() {
            guard p.kind == .body else { continue }
            let first = chunks.count
            sentences(text, p.range, into: &chunks)
            for c in chunks[first...] where c.length >= shortest { seenIn[c.hash] = max(seenIn[c.hash] ?? 0, p.range.count) }
            // Only a short paragraph's sentences are looked at again, and only when none is too short.
            if p.range.count <= longest && chunks.count > first && chunks[first...].allSatisfy({ $0.length >= shortest }) {
                candidates.append((Int32(k), Int32(first)))
            } else {
                chunks.removeSubrange(first...)
            }
        }
        for (c, candidate) in candidates.enumerated() {
            let k = Int(candidate.paragraph)
            let end = c + 1 < candidates.count ? Int(candidates[c + 1].firstChunk) : chunks.count
            let own = chunks[Int(candidate.firstChunk)..<end]
            if own.allSatisfy({ (seenIn[$0.hash] ?? 0) > paragraphs[k].range.count }) {
                paragraphs[k].kind = .boilerplate
            }
        }
    }

    /// The paragraph cut after ". ", "? " and "! ", each piece trimmed: its hash and length in bytes.
    static func sentences(_ text: SourceText, _ range: TextRange, into out: inout [(hash: UInt64, length: Int)]) {
        text.bytes.withUnsafeBufferPointer { b in
            func add(_ r: TextRange) {
                let t = Whitespace.trim(text, r)
                guard !t.isEmpty else { return }
                var h = WordHash.empty
                for j in t.start..<t.end { h = WordHash.adding(b[j], to: h) }
                out.append((h, t.count))
            }
            var start = range.start
            var i = range.start
            while true {
                // A sentence ends at a space after ".", "?" or "!" (or at the end). The search goes from one such
                // mark to the next (stopping also at bytes beyond ASCII), not from space to space.
                i = ByteSearch.first(UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), orNonASCIIIn: b,
                                     from: i, to: range.end)
                if i + 1 >= range.end { break }
                if b[i] < 0x80 && b[i + 1] == 0x20 {
                    add(TextRange(start, i + 1))
                    start = i + 1
                }
                i += 1
            }
            if start < range.end { add(TextRange(start, range.end)) }
        }
    }
}
