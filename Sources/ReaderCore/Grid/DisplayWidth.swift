/// How many terminal columns a Unicode scalar takes: 0, 1 or 2, as the C library's `wcwidth` says.
public enum DisplayWidth {
    /// The columns `scalar` occupies; control and unassigned characters count 1 (they are shown as a
    /// placeholder symbol).
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if contains(zeroWidthRanges, v) { return 0 }
        if v >= 0x1100 && contains(wideRanges, v) { return 2 }
        return 1
    }

    /// The columns a string occupies when drawn as glyphs (see `Glyphs`).
    public static func of(_ string: String) -> Int {
        var total = 0
        Glyphs.forEach(in: string) { glyph in total += glyph.width }
        return total
    }

    private static func contains(_ ranges: [(UInt32, UInt32)], _ v: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if v < ranges[mid].0 { high = mid - 1 } else if v > ranges[mid].1 { low = mid + 1 } else { return true }
        }
        return false
    }
}
