/// A phrase list of the lexicon (`PhraseList`) ready to be compared with paragraphs in lower case: as the whole
/// paragraph, its opening, its ending, or words anywhere in it.
///
/// Openings and endings respect word boundaries: an opening that ends in a letter or digit matches only before a
/// character that is not one ("copyright 2016", not "copyrighted"), an ending that starts with one only after
/// such a character ("... Read more", not "... spread more"). Words inside match only between such characters.
struct PhraseMatcher: Sendable {
    enum Place: Sendable {
        /// The whole paragraph.
        case line
        /// The paragraph's first bytes.
        case opening
        /// The paragraph's last bytes.
        case ending
        /// Whole words anywhere in the paragraph.
        case words
    }

    let place: Place
    private let phrases: [[UInt8]]
    private let byByte: PatternsByByte

    init(_ list: PhraseList, _ place: Place) {
        self.place = place
        phrases = Lexicon.phrases(list).map { Array($0.utf8) }
        byByte = PatternsByByte(Lexicon.phrases(list), byFirstByte: place != .ending)
    }

    func matches(_ lowered: LowerBytes) -> Bool {
        let bytes = lowered.bytes
        guard let f = bytes.first, let l = bytes.last else { return false }
        switch place {
        case .line:
            return byByte[f].contains { $0 == bytes }
        case .opening:
            return byByte[f].contains { p in
                lowered.hasPrefix(p) && (p.count == bytes.count || !Self.isWordByte(p[p.count - 1])
                                         || !Self.isWordByte(bytes[p.count]))
            }
        case .ending:
            return byByte[l].contains { p in
                lowered.hasSuffix(p) && (p.count == bytes.count || !Self.isWordByte(p[0])
                                         || !Self.isWordByte(bytes[bytes.count - p.count - 1]))
            }
        case .words:
            return phrases.contains { lowered.containsWords($0) }
        }
    }

    /// Whether the first word of `lowered` is one of the phrases (a list of single words).
    func matchesFirstWord(_ lowered: LowerBytes) -> Bool {
        guard let f = lowered.bytes.first else { return false }
        return byByte[f].contains { p in
            lowered.hasPrefix(p) && (p.count == lowered.bytes.count || !Self.isWordByte(lowered.bytes[p.count]))
        }
    }

    /// A letter or digit of ASCII, or a byte of a character beyond it (taken as part of a word).
    @inline(__always)
    static func isWordByte(_ c: UInt8) -> Bool {
        c >= 0x80 || c >= 0x61 && c <= 0x7A || c >= 0x41 && c <= 0x5A || c >= 0x30 && c <= 0x39
    }
}

/// Byte patterns grouped by their first (or last) byte, so that a line is compared only with the few patterns
/// that could match it.
struct PatternsByByte: Sendable {
    private var groups = [[[UInt8]]](repeating: [], count: 256)

    init(_ patterns: [String], byFirstByte: Bool) {
        for p in patterns {
            let bytes = Array(p.utf8)
            groups[Int(byFirstByte ? bytes.first! : bytes.last!)].append(bytes)
        }
    }

    subscript(byte: UInt8) -> [[UInt8]] { groups[Int(byte)] }
}

/// A paragraph in lower case as UTF-8 bytes, for fast checks of openings, endings and phrases.
struct LowerBytes {
    let bytes: [UInt8]

    /// ASCII letters are lowered; other bytes are kept (every pattern checked is ASCII or already lower case).
    init(_ text: SourceText, _ range: TextRange) {
        bytes = text.bytes.withUnsafeBufferPointer { b in
            [UInt8](unsafeUninitializedCapacity: range.count) { out, count in
                var i = 0
                if range.count >= 8, let from = b.baseAddress, let to = out.baseAddress {
                    // Eight bytes at a time.
                    while i + 8 <= range.count {
                        let word = UnsafeRawPointer(from + range.start + i).loadUnaligned(as: UInt64.self)
                        UnsafeMutableRawPointer(to + i).storeBytes(of: ByteSearch.loweredASCII(word), as: UInt64.self)
                        i += 8
                    }
                }
                while i < range.count {
                    let c = b[range.start + i]
                    out[i] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    i += 1
                }
                count = range.count
            }
        }
    }

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = Array(bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    func hasPrefix(_ p: [UInt8]) -> Bool {
        p.count <= bytes.count && matches(p, at: 0)
    }

    func hasSuffix(_ p: [UInt8]) -> Bool {
        p.count <= bytes.count && matches(p, at: bytes.count - p.count)
    }

    func contains(_ p: [UInt8]) -> Bool { offset(of: p) != nil }
    func contains(_ p: String) -> Bool { offset(of: Array(p.utf8)) != nil }

    /// Whether `p` stands in the bytes as whole words: not right after or before a letter or digit.
    func containsWords(_ p: [UInt8]) -> Bool { offset(ofWords: p) != nil }

    /// Where `p` first stands in the bytes as whole words.
    func offset(ofWords p: [UInt8]) -> Int? {
        var from = 0
        while let i = offset(of: p, from: from) {
            let before = i == 0 || !PhraseMatcher.isWordByte(bytes[i - 1]) || !PhraseMatcher.isWordByte(p[0])
            let end = i + p.count
            let after = end == bytes.count || !PhraseMatcher.isWordByte(bytes[end]) || !PhraseMatcher.isWordByte(p[p.count - 1])
            if before && after { return i }
            from = i + 1
        }
        return nil
    }

    /// Whether `p` lies at `i` (which must leave room for it).
    @inline(__always)
    func matches(_ p: [UInt8], at i: Int) -> Bool {
        var j = 0
        while j < p.count {
            if bytes[i + j] != p[j] { return false }
            j += 1
        }
        return true
    }

    func offset(of p: String) -> Int? { offset(of: Array(p.utf8)) }

    func offset(of p: [UInt8], from start: Int = 0) -> Int? {
        let n = p.count
        guard n > 0, start + n <= bytes.count else { return nil }
        // Search for the pattern's first byte that is not a space (rarer), eight bytes at a time.
        let anchor = p.firstIndex(where: { $0 != 0x20 }) ?? 0
        return bytes.withUnsafeBufferPointer { b -> Int? in
            var i = start + anchor
            let last = b.count - n + anchor   // the last place the anchor byte can be
            while i <= last {
                i = ByteSearch.first(p[anchor], or: p[anchor], in: b, from: i, to: last + 1)
                guard i <= last else { return nil }
                if matches(p, at: i - anchor) { return i - anchor }
                i += 1
            }
            return nil
        }
    }
}
