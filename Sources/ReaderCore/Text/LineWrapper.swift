import ArticleKit

/// Breaks a paragraph into lines that fit a width, measured in terminal columns.
///
/// Lines break at spaces, and between two-column (CJK) characters where text has no spaces; a word longer than
/// the whole width is cut. Each line is a byte range of the original text without its surrounding spaces.
public enum LineWrapper {
    public static func wrap(_ text: SourceText, _ range: TextRange, width: Int) -> [TextRange] {
        let width = max(1, width)
        let bytes = text.bytes
        var lines: [TextRange] = []
        var lineStart = -1          // first byte of the line being built, -1 before its first glyph
        var column = 0              // columns used on the line
        var breakEnd = -1           // where the line would end at the last break opportunity
        var breakNext = -1          // where the next line would start after it
        var columnAtBreak = 0       // columns used up to breakNext
        var lastGlyphEnd = -1       // end of the last non-space glyph
        var i = range.start
        while i < range.end {
            let (w, length, isSpace) = Glyphs.measure(bytes, at: i, end: range.end)
            if isSpace {
                if lineStart >= 0 {
                    breakEnd = lastGlyphEnd
                    column += w
                    breakNext = i + length
                    columnAtBreak = column
                }
                i += length
                continue
            }
            if lineStart < 0 { lineStart = i; column = 0; breakEnd = -1; breakNext = -1 }
            if w > 0 && column + w > width && column > 0 {
                if breakEnd > lineStart {
                    lines.append(TextRange(lineStart, breakEnd))
                    lineStart = firstNonSpace(bytes, from: breakNext, to: i)
                    column -= columnAtBreak
                } else {
                    lines.append(TextRange(lineStart, i))
                    lineStart = i
                    column = 0
                }
                breakEnd = -1
                breakNext = -1
            }
            column += w
            lastGlyphEnd = i + length
            if w == 2 {
                breakEnd = lastGlyphEnd
                breakNext = lastGlyphEnd
                columnAtBreak = column
            }
            i += length
        }
        if lineStart >= 0 && lastGlyphEnd > lineStart { lines.append(TextRange(lineStart, lastGlyphEnd)) }
        return lines
    }

    private static func firstNonSpace(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        var i = from
        while i < to {
            let (_, length, isSpace) = Glyphs.measure(bytes, at: i, end: to)
            if !isSpace { return i }
            i += length
        }
        return to
    }
}
