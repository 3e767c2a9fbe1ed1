/// Folding characters for search: case (for smart-case searches) and diacritics (for queries without any).
public enum SearchFolding {
    /// ASCII base letters for U+00C0...U+024F (0 where the scalar has no base letter).
    private static let latinBlock: [UInt8] = table(from: 0xC0, to: 0x250)
    /// ASCII base letters for U+1E00...U+1EFF.
    private static let latinAdditional: [UInt8] = table(from: 0x1E00, to: 0x1F00)

    private static func table(from low: UInt32, to high: UInt32) -> [UInt8] {
        var t = [UInt8](repeating: 0, count: Int(high - low))
        for (scalar, base) in latinBaseLetters where scalar >= low && scalar < high { t[Int(scalar - low)] = base }
        return t
    }

    /// The ASCII letter `value` is built on, keeping case, or nil if it is not a Latin letter with diacritics.
    @inline(__always)
    public static func baseLetter(_ value: UInt32) -> UInt32? {
        if value >= 0xC0 && value < 0x250 {
            let b = latinBlock[Int(value - 0xC0)]
            return b == 0 ? nil : UInt32(b)
        }
        if value >= 0x1E00 && value < 0x1F00 {
            let b = latinAdditional[Int(value - 0x1E00)]
            return b == 0 ? nil : UInt32(b)
        }
        return nil
    }

    /// The lower-case form of a scalar (simple one-to-one mapping; unchanged when there is none).
    @inline(__always)
    public static func lowercase(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A ? value + 0x20 : value }
        guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else { return value }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : value
    }

    /// Whether a scalar is a combining mark (skipped in the text when diacritics are ignored).
    @inline(__always)
    public static func isCombiningMark(_ value: UInt32) -> Bool {
        guard value >= 0x300, let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Whether a query character carries a diacritic (then the search respects diacritics).
    public static func hasDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        baseLetter(scalar.value) != nil || isCombiningMark(scalar.value)
    }

    /// `string` lower-cased with its diacritics taken off ("Éclair" → "eclair"): what the library sorts titles by.
    public static func sortKey(_ string: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in string.unicodeScalars where !isCombiningMark(scalar.value) {
            let base = baseLetter(scalar.value) ?? scalar.value
            out.append(Unicode.Scalar(lowercase(base)) ?? scalar)
        }
        return String(out)
    }
}
