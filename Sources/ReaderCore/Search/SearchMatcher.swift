import ArticleKit

/// Finds a query in text the way `less` and vim users expect: smart case (case is ignored unless the query has
/// a capital letter), diacritics ignored unless the query has one ("cafe" finds "café"), Unicode-aware case
/// folding, and characters the screen does not draw passed over ("Vla\u{AD}dimir" is found by "Vladimir"; see
/// `Glyphs.isHidden`). Works on the UTF-8 bytes of the text; a match is a byte range on scalar boundaries.
public struct SearchMatcher: Sendable {
    public let query: String
    public let ignoresCase: Bool
    public let ignoresDiacritics: Bool
    /// The query as folded scalar values.
    private let folded: [UInt32]
    /// Bytes that can start a match.
    private let startBytes: [Bool]

    public init(query: String, forceIgnoreCase: Bool = false) {
        self.query = query
        let scalars = query.unicodeScalars.filter { !Glyphs.isHidden($0) }
        ignoresCase = forceIgnoreCase || !scalars.contains { $0.properties.isUppercase }
        ignoresDiacritics = !scalars.contains(where: SearchFolding.hasDiacritic)
        let ignoresCase = self.ignoresCase
        folded = scalars.map { ignoresCase ? SearchFolding.lowercase($0.value) : $0.value }
        var starts = [Bool](repeating: false, count: 256)
        if let first = scalars.first {
            var firstBytes: [UInt8] = []
            UTF8.encode(first) { firstBytes.append($0) }
            starts[Int(firstBytes[0])] = true
            if ignoresCase {
                for variant in [first.properties.lowercaseMapping, first.properties.uppercaseMapping,
                                first.properties.titlecaseMapping] {
                    if let v = variant.utf8.first { starts[Int(v)] = true }
                }
            }
            // Any non-ASCII letter may fold to the first query letter (é to e, É to e).
            if ignoresCase || ignoresDiacritics {
                for b in 0xC0...0xFF { starts[b] = true }
            }
        }
        startBytes = starts
    }

    /// Every non-overlapping match in `range` of `text`, in order.
    public func matches(in text: SourceText, range: TextRange? = nil) -> [TextRange] {
        guard !folded.isEmpty else { return [] }
        let range = range ?? text.fullRange
        if let anchor = RareLetterAnchor(folded, ignoresCase: ignoresCase) {
            return anchoredMatches(text, range, anchor)
        }
        return scannedMatches(text, range)
    }

    /// Whether the query finds nothing by construction (empty, or only characters the screen does not draw).
    public var isEmpty: Bool { folded.isEmpty }

    /// Whether every match of this matcher starts where `shorter` matches: this query extends `shorter`'s and
    /// is not looser (it ignores case or diacritics only where `shorter` does).
    public func narrows(_ shorter: SearchMatcher) -> Bool {
        !shorter.isEmpty && query.hasPrefix(shorter.query)
            && (shorter.ignoresCase || !ignoresCase) && (shorter.ignoresDiacritics || !ignoresDiacritics)
    }

    /// Every non-overlapping match in `text`, looked for only inside `previous`: the matches (in order) of a
    /// query this one narrows (`narrows(_:)`). The same as `matches(in:)`, at the cost of the previous matches'
    /// length instead of the text's: a match of the longer query at a byte is a match of the shorter one there,
    /// and every byte where the shorter one matches lies inside one of its non-overlapping matches. (Search as
    /// you type: each letter looks only where the letters before it were found.)
    public func matches(in text: SourceText, within previous: [TextRange]) -> [TextRange] {
        var found: [TextRange] = []
        text.bytes.withUnsafeBufferPointer { bytes in
            startBytes.withUnsafeBufferPointer { starts in
                var next = 0
                for r in previous {
                    var i = max(Int(r.start), next)
                    let end = min(Int(r.end), bytes.count)
                    while i < end {
                        if starts[Int(bytes[i])], let matchEnd = matchEnd(bytes, at: i, limit: bytes.count) {
                            found.append(TextRange(i, matchEnd))
                            i = matchEnd
                            next = matchEnd
                        } else {
                            i += 1
                        }
                    }
                }
            }
        }
        return found
    }

    /// The general path: try a match at every byte that can start one.
    func scannedMatches(_ text: SourceText, _ range: TextRange) -> [TextRange] {
        var found: [TextRange] = []
        text.bytes.withUnsafeBufferPointer { bytes in
            startBytes.withUnsafeBufferPointer { starts in
                var i = range.start
                let end = range.end
                while i < end {
                    if starts[Int(bytes[i])], let matchEnd = matchEnd(bytes, at: i, limit: end) {
                        found.append(TextRange(i, matchEnd))
                        i = matchEnd
                    } else {
                        i += 1
                    }
                }
            }
        }
        return found
    }

    /// The fast path for ASCII queries: scan eight bytes at a time for the query's rarest letter (in either case
    /// when case is ignored) or any non-ASCII byte, and verify a match only around those. Every match holds that
    /// letter, plain or with a diacritic, so none is missed.
    private func anchoredMatches(_ text: SourceText, _ range: TextRange, _ anchor: RareLetterAnchor) -> [TextRange] {
        var found: [TextRange] = []
        text.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let end = range.end
            let lowMask: UInt64 = 0x0101_0101_0101_0101
            let highMask: UInt64 = 0x8080_8080_8080_8080
            let first = lowMask &* UInt64(anchor.byte), second = lowMask &* UInt64(anchor.otherCase)
            @inline(__always) func hasByte(_ w: UInt64, _ pattern: UInt64) -> Bool {
                let v = w ^ pattern
                return (v &- lowMask) & ~v & highMask != 0
            }
            // A word with bytes beyond ASCII needs a closer look only if one of them may start a letter that
            // folds to the anchor.
            let leads = anchor.leadBytes.map { $0.map { lowMask &* UInt64($0) } }
            @inline(__always) func mayHoldLetterBeyondASCII(_ w: UInt64) -> Bool {
                guard w & highMask != 0 else { return false }
                guard let leads else { return true }
                return leads.contains { hasByte(w, $0) }
            }
            var resumeAt = range.start  // no match may start before the end of the previous one
            var i = range.start + anchor.index
            while i < end {
                if i + 8 <= end {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if !mayHoldLetterBeyondASCII(w) && !hasByte(w, first) && !hasByte(w, second) {
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                var isCandidate = b == anchor.byte || b == anchor.otherCase
                if !isCandidate && b >= 0xC0 {
                    var (value, _) = decode(bytes, i, end)
                    if ignoresDiacritics, let letter = SearchFolding.baseLetter(value) { value = letter }
                    if ignoresCase { value = SearchFolding.lowercase(value) }
                    isCandidate = value == folded[anchor.index]
                }
                if isCandidate, let start = startOfMatch(bytes, anchorAt: i, queryIndex: anchor.index, floor: resumeAt),
                   let matchEnd = matchEnd(bytes, at: start, limit: end) {
                    found.append(TextRange(start, matchEnd))
                    resumeAt = matchEnd
                    i = matchEnd + anchor.index
                    continue
                }
                i += 1
            }
        }
        return found
    }

    /// Where a match would start if the letter at byte `i` is the query's letter number `queryIndex`: that many
    /// letters back (combining marks do not count when diacritics are ignored); nil before `floor`.
    @inline(__always)
    private func startOfMatch(_ bytes: UnsafeBufferPointer<UInt8>, anchorAt i: Int, queryIndex: Int, floor: Int) -> Int? {
        var position = i
        var remaining = queryIndex
        while remaining > 0 {
            guard position > floor else { return nil }
            position -= 1
            while position > floor && bytes[position] & 0xC0 == 0x80 { position -= 1 }
            if bytes[position] >= 0x80 {
                let (value, _) = decode(bytes, position, bytes.count)
                if ignoresDiacritics && SearchFolding.isCombiningMark(value) { continue }
                if Self.isHidden(value) { continue }
            }
            remaining -= 1
        }
        return position >= floor ? position : nil
    }

    /// Whether the query occurs anywhere in `string`.
    public func matches(in string: String) -> Bool {
        !matches(in: SourceText(string)).isEmpty
    }

    /// The end of a match starting at byte `start` (a scalar boundary), or nil.
    @inline(__always)
    private func matchEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Int? {
        if bytes[start] & 0xC0 == 0x80 { return nil }
        var i = start
        var q = 0
        while q < folded.count {
            guard i < limit else { return nil }
            var value: UInt32
            var length: Int
            let b = bytes[i]
            var raw: UInt32 = 0
            if b < 0x80 {
                value = UInt32(b)
                length = 1
            } else {
                (value, length) = decode(bytes, i, limit)
                raw = value
                if ignoresDiacritics && SearchFolding.isCombiningMark(value) && q > 0 {
                    i += length
                    continue
                }
                if ignoresDiacritics, let base = SearchFolding.baseLetter(value) { value = base }
            }
            if ignoresCase { value = SearchFolding.lowercase(value) }
            guard value == folded[q] else {
                // Inside a match, a character the screen does not draw does not break it (checked only on a
                // mismatch, so plain text pays nothing for it).
                if q > 0 && b >= 0x80 && Self.isHidden(raw) {
                    i += length
                    continue
                }
                return nil
            }
            i += length
            q += 1
        }
        // Combining marks on the last letter belong to the match.
        while i < limit && bytes[i] >= 0x80 {
            let (value, length) = decode(bytes, i, limit)
            guard SearchFolding.isCombiningMark(value) else { break }
            i += length
        }
        return i
    }

    /// Whether the scalar `value` is one the screen does not draw.
    @inline(__always)
    private static func isHidden(_ value: UInt32) -> Bool {
        value >= 0xAD && Unicode.Scalar(value).map(Glyphs.isHidden) == true
    }

    @inline(__always)
    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ limit: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0xE0, i + 1 < limit { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < limit {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < limit {
            return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}

/// The letter of an ASCII query that a fast search anchors on: the rarest in English text, so that the eight-byte
/// scan seldom stops.
struct RareLetterAnchor {
    /// The letter's index in the query.
    let index: Int
    /// The letter as a byte, and its other case (the same byte when case matters or it has none).
    let byte: UInt8
    let otherCase: UInt8
    /// The first bytes of the UTF-8 forms of letters beyond ASCII that fold to the anchor ("ž" and "Ž" for
    /// "z": 0xC5, 0xC6, 0xC8 and 0xE1), or nil when there are too many to test a word for cheaply (then the
    /// scan stops at every byte beyond ASCII).
    let leadBytes: [UInt8]?

    init?(_ folded: [UInt32], ignoresCase: Bool) {
        guard folded.count >= 2, folded.allSatisfy({ $0 < 0x80 }) else { return nil }
        // Letters from most to least frequent in English; anything else (digits, punctuation) is rarer still.
        let common = Array("etaoinsrhldcumfpgwybvkxjqz ".utf8)
        func rank(_ value: UInt32) -> Int {
            let lower = UInt8(SearchFolding.lowercase(value))
            return common.firstIndex(of: lower) ?? 100
        }
        var best = 0
        for k in folded.indices where rank(folded[k]) > rank(folded[best]) { best = k }
        index = best
        byte = UInt8(folded[best])
        let lower = UInt8(SearchFolding.lowercase(folded[best]))
        let isLetter = lower >= 0x61 && lower <= 0x7A
        otherCase = ignoresCase && isLetter ? (byte == lower ? lower - 0x20 : lower) : byte
        leadBytes = Self.leadBytes(folding: folded[best], ignoresCase: ignoresCase)
    }

    /// The lead bytes of the scalars the anchored search accepts as its letter, with diacritics ignored (as they
    /// are for every ASCII query): Latin letters with diacritics, and the Kelvin sign (which lower-cases to "k").
    private static func leadBytes(folding letter: UInt32, ignoresCase: Bool) -> [UInt8]? {
        var leads: Set<UInt8> = []
        for range in [0xC0..<0x250, 0x1E00..<0x1F00, 0x212A..<0x212B] as [Range<UInt32>] {
            for value in range {
                var folded = SearchFolding.baseLetter(value) ?? value
                if ignoresCase { folded = SearchFolding.lowercase(folded) }
                if folded == letter, let scalar = Unicode.Scalar(value) {
                    leads.insert(String(scalar).utf8.first!)
                }
            }
        }
        return leads.count <= 4 ? leads.sorted() : nil
    }
}
