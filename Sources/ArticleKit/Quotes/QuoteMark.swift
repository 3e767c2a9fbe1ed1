/// A quotation mark found in the text, before it is known whether it opens or closes a quote.
struct QuoteMark: Sendable {
    /// The shape of the mark, which hints at its role.
    enum Glyph: Sendable, Equatable {
        /// `"` or `''`: no direction of its own.
        case straight
        /// `“` or ``` `` ```: usually opens.
        case leftDouble
        /// `”`: usually closes.
        case rightDouble
        /// `„`: always opens (closed by `“` or `”`).
        case lowDouble
        /// `«`: opens.
        case leftGuillemet
        /// `»`: closes.
        case rightGuillemet
        /// `'`, `‘`, `’`, `‚`, `‹`, `›`, `` ` ``: single marks, used only where an article quotes with them.
        case single(opens: Bool?)
    }

    var range: TextRange
    var glyph: Glyph
    /// Whether the mark sits where a quote can open: after a space or opening punctuation, before text.
    var canOpen: Bool
    /// Whether the mark sits where a quote can close: after text, before a space or punctuation.
    var canClose: Bool
    /// Whether only whitespace separates the mark from a sentence end (`. "It`): a paragraph break lost when
    /// paragraphs were joined, so an open quote ends there and a new one starts.
    var followsSentenceEnd: Bool

    var isDouble: Bool {
        if case .single = glyph { return false }
        return true
    }
}

/// Finding quotation marks in a range of text and judging where each one sits.
enum QuoteMarkScanner {
    /// Which marks count as quotation marks.
    enum Style: Sendable {
        /// Double marks (`"`, `“ ”`, `''`, ``` `` ```, `„`, `« »`); single marks are apostrophes or nested quotes.
        case double
        /// Single marks (`‘ ’`, `'`), for articles that quote with them.
        case single
    }

    /// The marks of `range` in text order.
    static func marks(_ text: SourceText, _ range: TextRange, style: Style) -> [QuoteMark] {
        var marks: [QuoteMark] = []
        let b = text.bytes
        var i = range.start
        while i < range.end {
            // Skip the ASCII bytes that cannot be marks (all but " ' `).
            i = b.withUnsafeBufferPointer { ByteSearch.first(0x22, 0x27, 0x60, orNonASCIIIn: $0, from: i, to: range.end) }
            guard i < range.end else { break }
            let (scalar, length) = text.scalar(at: i)
            var glyph: QuoteMark.Glyph?
            var markLength = length
            switch scalar.value {
            case 0x22: glyph = .straight
            case 0x27:
                if i + 1 < range.end && b[i + 1] == 0x27 {
                    glyph = .straight; markLength = 2
                } else if style == .single {
                    glyph = .single(opens: nil)
                }
            case 0x60:
                if i + 1 < range.end && b[i + 1] == 0x60 {
                    glyph = .leftDouble; markLength = 2
                } else if style == .single {
                    glyph = .single(opens: true)
                }
            case 0x201C: glyph = .leftDouble
            case 0x201D: glyph = .rightDouble
            case 0x201E: glyph = .lowDouble
            case 0x201F: glyph = .leftDouble
            case 0xAB: glyph = .leftGuillemet
            case 0xBB: glyph = .rightGuillemet
            case 0x2018, 0x201B, 0x201A, 0x2039:
                if style == .single { glyph = .single(opens: true) }
            case 0x2019, 0x203A:
                if style == .single { glyph = .single(opens: nil) }
            default: break
            }
            guard var g = glyph else { i += length; continue }
            let markRange = TextRange(i, i + markLength)
            let before = neighbour(text, range, before: markRange.start)
            let after = neighbour(text, range, after: markRange.end)
            if style == .double, g.isSingle { i += markLength; continue }
            if case .single = g {
                // Apostrophes: inside a word (don’t), before a year or a clipped word (’90s, ’em, rock ’n’ roll).
                if before.kind == .word && after.kind == .word { i += markLength; continue }
                if before.kind != .word && after.kind == .word && isElision(text, markRange.end, range.end) {
                    i += markLength; continue
                }
                if case .single(opens: true) = g, before.kind == .word { g = .single(opens: nil) }
            }
            let canOpen = after.kind != .space && after.kind != .closing
                && (before.kind == .space || before.kind == .opening || before.kind == .dash || before.kind == .mark)
            let canClose = before.kind != .space && before.kind != .opening
                && (after.kind == .space || after.kind == .closing || after.kind == .dash || after.kind == .mark)
            let followsSentenceEnd = before.kind == .space && sentenceEndBefore(text, range, markRange.start)
            marks.append(QuoteMark(range: markRange, glyph: g, canOpen: canOpen, canClose: canClose,
                                   followsSentenceEnd: followsSentenceEnd))
            i += markLength
        }
        return marks
    }

    /// What kind of character is next to a mark.
    enum NeighbourKind { case space, word, opening, closing, dash, mark, other }

    struct Neighbour { var kind: NeighbourKind }

    static func classify(_ s: Unicode.Scalar) -> NeighbourKind {
        if Whitespace.isSpace(s) { return .space }
        if Scalars.isWordScalar(s) { return .word }
        switch s {
        case "(", "[", "{", "/", "¿", "¡": return .opening
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2026}": return .closing
        case "-", "\u{2013}", "\u{2014}", "\u{2015}": return .dash
        case "\"", "'", "`", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{201C}", "\u{201D}", "\u{201E}",
             "\u{201F}", "\u{AB}", "\u{BB}", "\u{2039}", "\u{203A}":
            return .mark
        default: return .other
        }
    }

    static func neighbour(_ text: SourceText, _ range: TextRange, before offset: Int) -> Neighbour {
        if offset <= range.start { return Neighbour(kind: .space) }
        let p = text.scalarStart(before: offset)
        return Neighbour(kind: classify(text.scalar(at: p).scalar))
    }

    static func neighbour(_ text: SourceText, _ range: TextRange, after offset: Int) -> Neighbour {
        if offset >= range.end { return Neighbour(kind: .space) }
        return Neighbour(kind: classify(text.scalar(at: offset).scalar))
    }

    /// Whether the last non-space character before `offset` ends a sentence (`.`, `?`, `!`, `…`, or a closing
    /// mark after one).
    static func sentenceEndBefore(_ text: SourceText, _ range: TextRange, _ offset: Int) -> Bool {
        var p = offset
        while p > range.start {
            let q = text.scalarStart(before: p)
            let s = text.scalar(at: q).scalar
            if Whitespace.isSpace(s) { p = q; continue }
            switch s {
            case ".", "?", "!", "\u{2026}": return true
            case "\"", "\u{201D}", "'", "\u{2019}":
                // `money." "It` : a closed quote then a new one.
                let r = text.scalarStart(before: q)
                if r >= range.start && r < q {
                    let t = text.scalar(at: r).scalar
                    return t == "." || t == "?" || t == "!" || t == "," || t == "\u{2026}"
                }
                return false
            default: return false
            }
        }
        return false
    }

    /// Clipped words written with a leading apostrophe: ’90s, ’em, ’n’, ’til, ’cause, ’tis.
    static func isElision(_ text: SourceText, _ start: Int, _ end: Int) -> Bool {
        var i = start
        var word: [UInt8] = []
        while i < end && word.count < 7 {
            let c = text.bytes[i]
            if c >= 0x80 || !(c >= 0x30 && c <= 0x39 || (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) { break }
            word.append(c | (c >= 0x41 ? 0x20 : 0))
            i += 1
        }
        if word.count >= 2 && word[0] >= 0x30 && word[0] <= 0x39 && word[1] >= 0x30 && word[1] <= 0x39 {
            return true  // ’90s, ’16
        }
        let s = String(decoding: word, as: UTF8.self)
        return ["em", "n", "til", "cause", "tis", "twas", "round", "bout", "s"].contains(s)
    }
}

extension QuoteMark.Glyph {
    var isSingle: Bool {
        if case .single = self { return true }
        return false
    }
}
