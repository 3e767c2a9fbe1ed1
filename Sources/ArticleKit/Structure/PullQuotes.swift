/// "pull quote": a short paragraph that repeats sentences of the story word for word.
enum PullQuotes {
    /// Sentences shorter than this (in bytes) are too common to tell a pull quote.
    static let shortest = 30
    /// Paragraphs longer than this (in bytes) are never pull quotes.
    static let longest = 400

    static func mark(_ board: inout ParagraphBoard) {
        let text = board.text
        // Sentence hash -> the longest body paragraph holding it (a table that grows as sentences come: every
        // sentence kept is at least `shortest` bytes long, and a list of ten million one-letter lines has none).
        var seenIn = WordTable<Int>(capacity: min(board.count, 1024))
        // The short body paragraphs all of whose sentences are long enough to tell (the only ones that can be
        // pull quotes), each with where its sentences start in `chunks`: at most one per `shortest` bytes.
        var chunks: [(hash: UInt64, length: Int)] = []
        var candidates: [(paragraph: Int32, firstChunk: Int32)] = []
        for (k, p) in board.paragraphs.enumerated() {
            guard p.kind == .body else { continue }
            guard p.range.count <= longest else {
                // A long paragraph is never a pull quote: its sentences are only noted, not kept (one paragraph of
                // a million short sentences would otherwise hold a million of them at once).
                forEachSentence(text, p.range) { hash, length in
                    if length >= shortest { seenIn[hash] = max(seenIn[hash] ?? 0, p.range.count) }
                }
                continue
            }
            let first = chunks.count
            sentences(text, p.range, into: &chunks)
            for c in chunks[first...] where c.length >= shortest { seenIn[c.hash] = max(seenIn[c.hash] ?? 0, p.range.count) }
            // Only a short paragraph's sentences are looked at again, and only when none is too short.
            if chunks.count > first && chunks[first...].allSatisfy({ $0.length >= shortest }) {
                candidates.append((Int32(k), Int32(first)))
            } else {
                chunks.removeSubrange(first...)
            }
        }
        for (c, candidate) in candidates.enumerated() {
            let k = Int(candidate.paragraph)
            let end = c + 1 < candidates.count ? Int(candidates[c + 1].firstChunk) : chunks.count
            let own = chunks[Int(candidate.firstChunk)..<end]
            if own.allSatisfy({ (seenIn[$0.hash] ?? 0) > board.range(k).count }) {
                board.set(k, .boilerplate, by: .pullQuote)
            }
        }
    }

    /// The paragraph cut after ". ", "? " and "! ", each piece trimmed: its hash and length in bytes.
    static func sentences(_ text: SourceText, _ range: TextRange, into out: inout [(hash: UInt64, length: Int)]) {
        forEachSentence(text, range) { out.append(($0, $1)) }
    }

    /// Calls `body` with the hash and length in bytes of each piece of the paragraph cut after ". ", "? " and
    /// "! ", trimmed, in order.
    static func forEachSentence(_ text: SourceText, _ range: TextRange, _ body: (UInt64, Int) -> Void) {
        text.bytes.withUnsafeBufferPointer { b in
            func add(_ r: TextRange) {
                let t = Whitespace.trim(text, r)
                guard !t.isEmpty else { return }
                var h = WordHash.empty
                for j in t.start..<t.end { h = WordHash.adding(b[j], to: h) }
                body(h, t.count)
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
