/// One line of the text: where it lies, and where its visible content lies.
struct Line: Sendable {
    /// The line without its terminator.
    var range: TextRange
    /// The line without leading and trailing spaces (empty at the line's start for a blank line).
    var content: TextRange
    var isBlank: Bool { content.isEmpty }
}

/// Splitting text into lines (LF, CRLF or CR) and trimming them, on bytes.
enum Lines {
    static func split(_ text: SourceText) -> [Line] {
        var lines: [Line] = []
        text.bytes.withUnsafeBufferPointer { b in
            var start = 0
            var i = 0
            let n = b.count
            while i < n {
                i = ByteSearch.first(0x0A, or: 0x0D, in: b, from: i, to: n)
                guard i < n else { break }
                lines.append(makeLine(text, start, i))
                if b[i] == 0x0D && i + 1 < n && b[i + 1] == 0x0A { i += 1 }
                i += 1
                start = i
            }
            if start < n { lines.append(makeLine(text, start, n)) }
        }
        return lines
    }

    private static func makeLine(_ text: SourceText, _ start: Int, _ end: Int) -> Line {
        let content = Whitespace.trim(text, TextRange(start, end))
        return Line(range: TextRange(start, end), content: content.isEmpty ? TextRange(start, start) : content)
    }
}

/// Whitespace as articles use it: spaces, tabs, no-break spaces, the byte-order mark and other invisible
/// separators.
public enum Whitespace {
    /// Whether the scalar is whitespace for the purposes of trimming and word splitting.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
             0x3000, 0xFEFF, 0xAD:
            return true
        default:
            return false
        }
    }

    /// `range` without leading and trailing whitespace.
    public static func trim(_ text: SourceText, _ range: TextRange) -> TextRange {
        var s = range.start, e = range.end
        while s < e {
            let (scalar, length) = text.scalar(at: s)
            if !isSpace(scalar) { break }
            s += length
        }
        while e > s {
            let p = text.scalarStart(before: e)
            let (scalar, _) = text.scalar(at: p)
            if !isSpace(scalar) { break }
            e = p
        }
        return TextRange(s, e)
    }
}
