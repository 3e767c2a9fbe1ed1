import ArticleKit

/// Finds a query in text the way `less` and vim users expect: smart case (case is ignored unless the query has
/// a capital letter), diacritics ignored unless the query has one ("cafe" finds "café"), Unicode-aware case
/// folding. Works on the UTF-8 bytes of the text; a match is a byte range on scalar boundaries.
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
        let scalars = Array(query.unicodeScalars)
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
            if b < 0x80 {
                value = UInt32(b)
                length = 1
            } else {
                (value, length) = decode(bytes, i, limit)
                if ignoresDiacritics && SearchFolding.isCombiningMark(value) && q > 0 {
                    i += length
                    continue
                }
                if ignoresDiacritics, let base = SearchFolding.baseLetter(value) { value = base }
            }
            if ignoresCase { value = SearchFolding.lowercase(value) }
            guard value == folded[q] else { return nil }
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
