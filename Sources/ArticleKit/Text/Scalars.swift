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
    /// Pictographs and symbols shown as emoji (☔, 🥐, 🎉), not digits or "#" (which have emoji forms too).
    /// Posts often end a sentence with one instead of a full stop.
    static func isEmoji(_ s: Unicode.Scalar) -> Bool { s.value >= 0x2300 && s.properties.isEmoji }

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

/// A 64-bit hash of a word's lower-case UTF-8 bytes (FNV-1a): hashing words this way is much cheaper than
/// hashing `String`s, which normalise their contents first.
enum WordHash {
    /// The hash of no bytes; `adding` one byte after another gives the hash of them all.
    static let empty: UInt64 = 0xcbf29ce484222325

    @inline(__always)
    static func adding(_ byte: UInt8, to h: UInt64) -> UInt64 { (h ^ UInt64(byte)) &* 0x100000001b3 }

    @inline(__always)
    static func of(_ s: String) -> UInt64 {
        var h = empty
        for c in s.utf8 { h = adding(c, to: h) }
        return h
    }
}

/// An open-addressing table keyed by `WordHash` values: the keys are already well mixed, so no further hashing
/// is needed (Swift's `Hasher` would cost more than the lookup itself).
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[i] != nil && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    subscript(key: UInt64) -> Value? {
        get { values[slot(key)] }
        set {
            if count * 2 >= keys.count { grow() }
            let i = slot(key)
            if values[i] == nil && newValue != nil { count += 1 }
            keys[i] = key
            values[i] = newValue
        }
    }

    /// Changes the value of `key` in place, first setting it to `initial` when the table has none.
    mutating func update(_ key: UInt64, initial: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        if count * 2 >= keys.count { grow() }
        let i = slot(key)
        if values[i] == nil {
            keys[i] = key
            values[i] = initial()
            count += 1
        }
        body(&values[i]!)
    }

    private mutating func grow() {
        var bigger = WordTable(capacity: keys.count)
        for i in keys.indices { if let v = values[i] { bigger[keys[i]] = v } }
        self = bigger
    }
}
