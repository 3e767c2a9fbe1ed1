import ArticleKit

extension Glyphs {
    /// Calls `body` with each glyph of `range` of `text` and the byte offset where it starts.
    ///
    /// Line breaks inside a hard-wrapped paragraph are drawn as one space (a CR before LF as nothing), the same
    /// rule `LineWrapper` measures with.
    public static func forEach(in text: SourceText, _ range: TextRange, _ body: (Glyph, Int) -> Void) {
        let bytes = text.bytes
        var current = String.UnicodeScalarView()
        var start = range.start
        var width = 0
        var marks = 0
        func flush() {
            if !current.isEmpty { body(Glyph(text: String(current), width: width), start) }
            current = String.UnicodeScalarView()
            width = 0
            marks = 0
        }
        var i = range.start
        while i < range.end {
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            defer { i += length }
            if scalar == "\r" && i + 1 < range.end && bytes[i + 1] == 0x0A { continue }
            guard let shown = displayed(scalar) else { continue }
            let w = DisplayWidth.of(shown)
            if w == 0 {
                if current.isEmpty { continue }
                if marks < maxCombiningMarks { current.append(shown); marks += 1 }
            } else {
                flush()
                current.append(shown)
                width = w
                start = i
            }
        }
        flush()
    }

    /// The columns the scalar at `offset` adds when drawn (0 for dropped characters and combining marks), and
    /// its length in bytes; the measuring half of `forEach(in:_:_:)` without building strings.
    @inline(__always)
    static func measure(_ bytes: [UInt8], at offset: Int, end: Int) -> (width: Int, length: Int, isSpace: Bool) {
        let b = bytes[offset]
        if b < 0x80 {
            if b == 0x20 || b == 0x09 || b == 0x0A { return (1, 1, true) }
            if b == 0x0D { return (offset + 1 < end && bytes[offset + 1] == 0x0A ? 0 : 1, 1, true) }
            return (1, 1, false)
        }
        let (scalar, length) = UTF8Scalars.decode(bytes, at: offset)
        if scalar.value == 0xA0 || scalar.value == 0x3000 || (0x2000...0x200A).contains(scalar.value) {
            return (DisplayWidth.of(scalar), length, true)
        }
        guard let shown = displayed(scalar) else { return (0, length, false) }
        return (DisplayWidth.of(shown), length, false)
    }
}
