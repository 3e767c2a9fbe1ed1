/// One line of the text: where it lies, and where its visible content lies.
struct Line: Sendable {
    /// The line without its terminator.
    var range: TextRange
    /// The line without leading and trailing spaces (empty at the line's start for a blank line).
    var content: TextRange
    var isBlank: Bool { content.isEmpty }
}

/// The lines of a stretch of text (LF, CRLF or CR), one after the other, on bytes.
///
/// Lines are read as they are needed and never kept: a file of ten million short lines must not become ten million
/// values in memory (`StructureParser` walks a block of lines again when it needs them twice).
struct Lines: Sequence, IteratorProtocol {
    private let text: SourceText
    private var position: Int
    private let end: Int

    /// The lines of the whole text.
    init(_ text: SourceText) {
        self.init(text, from: 0, to: text.count)
    }

    /// The lines that start at `start` or later and before `end` (which should be a line's end).
    init(_ text: SourceText, from start: Int, to end: Int) {
        self.text = text
        self.position = start
        self.end = end
    }

    mutating func next() -> Line? {
        guard position < end else { return nil }
        let start = position
        let lineEnd = text.bytes.withUnsafeBufferPointer { b in ByteSearch.first(0x0A, or: 0x0D, in: b, from: start, to: end) }
        var i = lineEnd
        if i < end {
            if text.bytes[i] == 0x0D && i + 1 < text.count && text.bytes[i + 1] == 0x0A { i += 1 }
            i += 1
        }
        position = i
        let content = Whitespace.trim(text, TextRange(start, lineEnd))
        return Line(range: TextRange(start, lineEnd), content: content.isEmpty ? TextRange(start, start) : content)
    }

    /// Where a beginning of `text` of about `bytes` bytes ends: at the first blank line at or after `bytes`
    /// (looked for in the next 64 KB), else after the first line break, else at the end of the text.
    static func end(of text: SourceText, near bytes: Int) -> Int {
        guard bytes < text.count else { return text.count }
        return text.bytes.withUnsafeBufferPointer { b in
            let n = b.count
            /// Where the line after the break at `i` starts.
            func after(_ i: Int) -> Int { i + (b[i] == 0x0D && i + 1 < n && b[i + 1] == 0x0A ? 2 : 1) }
            var i = ByteSearch.first(0x0A, or: 0x0D, in: b, from: bytes, to: n)
            guard i < n else { return n }
            let firstLineEnd = after(i)
            let limit = Swift.min(n, bytes + 65_536)
            while i < limit {
                let next = after(i)
                var j = next
                while j < n && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
                if j >= n || b[j] == 0x0A || b[j] == 0x0D { return next }
                i = ByteSearch.first(0x0A, or: 0x0D, in: b, from: next, to: n)
            }
            return firstLineEnd
        }
    }

    /// Every line of `text` (tests).
    static func split(_ text: SourceText) -> [Line] { Array(Lines(text)) }

    /// The number of lines of `text` that hold anything but line breaks: at least the number of its paragraphs,
    /// so that their array can be made the right size at once (an array that grows holds its old and its new
    /// buffer at the same time). Counted at the speed of finding line breaks.
    static func countNotEmpty(_ text: SourceText, upTo end: Int) -> Int {
        text.bytes.withUnsafeBufferPointer { b in
            var count = 0, i = 0
            let n = end
            while i < n {
                let end = ByteSearch.first(0x0A, or: 0x0D, in: b, from: i, to: n)
                if end > i { count += 1 }
                i = end + 1
            }
            return count
        }
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
