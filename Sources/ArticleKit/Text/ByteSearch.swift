/// Finding the next byte of interest in UTF-8 text eight bytes at a time (the scans that look at every byte of
/// an article: line ends, quotation marks, sentence ends).
///
/// Each search reads 64-bit words and tests all their bytes at once with the usual bit tricks: a byte equal to
/// `c` is a zero byte of `word ^ (c * 0x0101…)`, and `(x - 0x0101…) & ~x & 0x8080…` has its lowest set bit in
/// the first zero byte of `x`.
enum ByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `x` that is zero (exact up to the first such byte, which is all we use).
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }

    /// The high bit of each byte of `word` equal to `byte` (exact up to the first).
    @inline(__always)
    private static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 { zeroBytes(word ^ (ones &* UInt64(byte))) }

    /// Eight bytes with each ASCII capital (A-Z) lowered and every other byte kept. Within each byte: the low
    /// seven bits plus 0x3F reach the top bit from "A" up, plus 0x25 from "[" up; bytes of 0x80 and more are
    /// left alone. No sum carries into the next byte.
    @inline(__always)
    static func loweredASCII(_ x: UInt64) -> UInt64 {
        let low7 = x & (0x7F &* ones)
        let fromA = low7 &+ (0x3F &* ones)
        let pastZ = low7 &+ (0x25 &* ones)
        let capitals = fromA & ~pastZ & ~x & highs
        return x | (capitals >> 2)
    }

    @inline(__always)
    private static func load(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// The first index in `from..<end` whose byte is `a` or `b2`, or `end`.
    @inline(__always)
    static func first(_ a: UInt8, or b2: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        var i = from
        while i + 8 <= end {
            let w = load(b, i)
            let found = equalBytes(w, a) | equalBytes(w, b2)
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end && b[i] != a && b[i] != b2 { i += 1 }
        return i
    }

    /// The first index in `from..<end` whose byte is `a`, `b2` or `c`, or is not ASCII; `end` when none is.
    @inline(__always)
    static func first(_ a: UInt8, _ b2: UInt8, _ c: UInt8, orNonASCIIIn b: UnsafeBufferPointer<UInt8>,
                      from: Int, to end: Int) -> Int {
        var i = from
        while i + 8 <= end {
            let w = load(b, i)
            let found = equalBytes(w, a) | equalBytes(w, b2) | equalBytes(w, c) | (w & highs)
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end {
            let x = b[i]
            if x == a || x == b2 || x == c || x >= 0x80 { break }
            i += 1
        }
        return i
    }
}
