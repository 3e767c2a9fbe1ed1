/// Byte offsets to Unicode scalar offsets for output that visits offsets mostly in order (paragraph after
/// paragraph, mention after mention). It counts the scalars between the offset it converted last and the next,
/// eight bytes at a time; an offset far from the last one starts instead from the text's index at the start of
/// its 256-byte block or of the next (`SourceText.scalarOffset` of a block's first byte is a table lookup). So no
/// conversion counts more than 128 bytes, and converting every offset of an article in text order is one pass
/// over it.
struct ScalarCursor {
    private let text: SourceText
    private let bytes: UnsafeBufferPointer<UInt8>
    private var byte = 0
    private var scalars = 0

    /// A cursor over `text`, whose bytes `bytes` must be.
    init(_ text: SourceText, bytes: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.bytes = bytes
    }

    /// The scalar offset of byte `offset` (a scalar boundary, or the end of the text).
    mutating func scalarOffset(_ offset: Int) -> Int {
        guard offset >= 0 && offset <= bytes.count else { return text.scalarOffset(offset) }
        // Count from whichever is nearest: the last offset, the start of its block or the start of the next.
        let blockStart = offset & ~255, blockEnd = min(blockStart + 256, bytes.count)
        let fromCursor = abs(offset - byte), fromBlock = min(offset - blockStart, blockEnd - offset)
        if fromCursor <= fromBlock {
            if offset >= byte {
                scalars += Self.scalarCount(bytes, from: byte, to: offset)
            } else {
                scalars -= Self.scalarCount(bytes, from: offset, to: byte)
            }
        } else if offset - blockStart <= blockEnd - offset {
            scalars = text.scalarOffset(blockStart) + Self.scalarCount(bytes, from: blockStart, to: offset)
        } else {
            scalars = text.scalarOffset(blockEnd) - Self.scalarCount(bytes, from: offset, to: blockEnd)
        }
        byte = offset
        return scalars
    }

    /// The number of scalars starting in `bytes[from..<to]`: bytes that are not continuation bytes (10xxxxxx),
    /// counted eight at a time.
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var i = from, count = to - from
        while i + 8 <= to {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear.
            count -= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < to {
            if base[i] & 0xC0 == 0x80 { count -= 1 }
            i += 1
        }
        return count
    }
}
