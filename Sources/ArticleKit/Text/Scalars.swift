/// Fast questions about single Unicode scalars, with an ASCII shortcut for the common case.
enum Scalars {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// Letters, digits and combining marks: what words are made of.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return isLetter(s) || isDigit(s) }
        if v == 0xAD { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .decimalNumber, .otherNumber, .letterNumber:
            return true
        default:
            return false
        }
    }

    /// Apostrophes as they appear inside words: ' ’ ʼ.
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    /// Hyphens that join parts of a word.
    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// Dashes that separate parts of a sentence.
    @inline(__always)
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "\u{2013}" || s == "\u{2014}" || s == "\u{2015}" || s == "-"
    }
}

extension String {
    /// The UTF-8 offset of the first occurrence of `needle`, or nil (a small search for short strings).
    func byteOffset(of needle: String) -> Int? {
        let h = Array(utf8), n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count else { return nil }
        var i = 0
        while i + n.count <= h.count {
            if h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }
}

/// A 64-bit hash of a word's lower-case UTF-8 bytes (FNV-1a): hashing words this way is much cheaper than
/// hashing `String`s, which normalise their contents first.
enum WordHash {
    @inline(__always)
    static func of(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for c in s.utf8 { h = (h ^ UInt64(c)) &* 0x100000001b3 }
        return h
    }
}

/// A set of words kept as their hashes.
struct HashedWords: Sendable {
    private var hashes: Set<UInt64> = []
    init() {}
    init<S: Sequence>(_ words: S) where S.Element == String { for w in words { hashes.insert(WordHash.of(w)) } }
    mutating func insert(hash: UInt64) { hashes.insert(hash) }
    func contains(hash: UInt64) -> Bool { hashes.contains(hash) }
    func contains(_ word: String) -> Bool { hashes.contains(WordHash.of(word)) }
}
