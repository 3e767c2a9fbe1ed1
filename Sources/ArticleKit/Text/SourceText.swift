/// The text of one article exactly as decoded from its file, stored as UTF-8 bytes.
///
/// Nothing is normalised: a byte-order mark, carriage returns, tabs and no-break spaces all stay where they were,
/// so every `TextRange` is an offset into the original. Analysis works on the bytes directly (fast, no
/// `Character` iteration); `scalarOffset(_:)` converts byte offsets to Unicode scalar offsets in constant time
/// for output.
public struct SourceText: Sendable {
    /// The text as valid UTF-8.
    public let bytes: [UInt8]
    /// The number of Unicode scalars that start before each block of `blockSize` bytes.
    private let scalarsBeforeBlock: [Int]
    private static let blockSize = 256

    /// Wraps bytes that are already valid UTF-8 (use `TextDecoder` for bytes from a file).
    public init(validUTF8 bytes: [UInt8]) {
        // Offsets are stored in 32 bits (`TextRange`); articles are read up to 100 MB.
        precondition(bytes.count <= Int(UInt32.max), "a text of \(bytes.count) bytes is too long")
        self.bytes = bytes
        var table: [Int] = []
        table.reserveCapacity(bytes.count / Self.blockSize + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { buffer in
            // Block by block: a scalar starts at every byte that is not a continuation byte (10xxxxxx).
            var start = 0
            while start < buffer.count {
                table.append(scalars)
                let end = min(start + Self.blockSize, buffer.count)
                var continuations = 0
                var i = start
                if let base = UnsafeRawPointer(buffer.baseAddress) {
                    // Eight bytes at a time: a continuation byte has its top bit set and the next one clear.
                    while i + 8 <= end {
                        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        continuations += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                        i += 8
                    }
                }
                while i < end {
                    if buffer[i] & 0xC0 == 0x80 { continuations += 1 }
                    i += 1
                }
                scalars += end - start - continuations
                start = end
            }
        }
        if table.isEmpty { table.append(0) }
        self.scalarsBeforeBlock = table
        self.scalarCount = scalars
    }

    /// Makes a source text from a Swift string (tests and generated text).
    public init(_ string: String) {
        self.init(validUTF8: Array(string.utf8))
    }

    /// The number of UTF-8 bytes.
    public var count: Int { bytes.count }
    /// The number of Unicode scalars (Python's `len(text)`).
    public let scalarCount: Int
    /// The whole text as one range.
    public var fullRange: TextRange { TextRange(0, bytes.count) }

    /// The text of `range` as a string.
    public func string(_ range: TextRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    /// The whole text as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The Unicode scalar offset of byte `offset` (which must lie on a scalar boundary or at the end).
    public func scalarOffset(_ offset: Int) -> Int {
        if offset >= bytes.count { return scalarCount }
        let block = offset / Self.blockSize
        var scalars = scalarsBeforeBlock[block]
        var i = block * Self.blockSize
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
            i += 1
        }
        return scalars
    }

    /// The number of Unicode scalars in `range` (which must start and end on scalar boundaries).
    public func scalarCount(in range: TextRange) -> Int {
        var scalars = 0
        bytes.withUnsafeBufferPointer { b in
            for i in range.start..<range.end where b[i] & 0xC0 != 0x80 { scalars += 1 }
        }
        return scalars
    }

    /// The byte offset of the Unicode scalar at `scalarOffset` (the end of the text past the last scalar).
    public func byteOffset(ofScalar scalarOffset: Int) -> Int {
        if scalarOffset >= scalarCount { return bytes.count }
        if scalarOffset <= 0 { return 0 }
        // The last block that starts at or before the scalar, then count forward.
        var low = 0, high = scalarsBeforeBlock.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if scalarsBeforeBlock[mid] <= scalarOffset { low = mid } else { high = mid - 1 }
        }
        var scalars = scalarsBeforeBlock[low]
        var i = low * Self.blockSize
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if scalars == scalarOffset { return i }
                scalars += 1
            }
            i += 1
        }
        return bytes.count
    }

    /// Whether `offset` is a scalar boundary (the start of a scalar, or the end of the text).
    public func isScalarBoundary(_ offset: Int) -> Bool {
        offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }

    /// Decodes the Unicode scalar starting at byte `offset`, with its length in bytes.
    @inline(__always)
    public func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        UTF8Scalars.decode(bytes, at: offset)
    }

    /// The offset of the scalar that ends just before `offset`.
    @inline(__always)
    public func scalarStart(before offset: Int) -> Int {
        var i = offset - 1
        while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return max(i, 0)
    }
}

/// Decoding single scalars out of valid UTF-8 bytes, for hot loops that must not build `String`s.
public enum UTF8Scalars {
    /// Decodes the scalar at `offset` of valid UTF-8 `bytes`.
    @inline(__always)
    public static func decode(_ bytes: [UInt8], at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = UInt32(bytes[offset])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let n = bytes.count
        if b0 < 0xE0, offset + 1 < n {
            let v = (b0 & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0, offset + 2 < n {
            let v = (b0 & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        if offset + 3 < n {
            let v = (b0 & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }
}
