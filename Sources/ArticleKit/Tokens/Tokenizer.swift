/// Splits a range of text into tokens, on Unicode scalars, without building a `String` per character.
///
/// Words keep inner apostrophes (don’t, O’Donnell), hyphens (al-Assad), dots between letters (U.S.) and a final
/// abbreviation dot ("Mr.", "Jan.", initials); a possessive "’s" becomes its own token. Quotation marks that the
/// quote pairer used become `quoteMark` tokens.
enum Tokenizer {
    static func tokenize(_ text: SourceText, _ range: TextRange, paragraph: Int,
                         marks: [(range: TextRange, opens: Bool)], into tokens: inout [Token]) {
        // The marks are sorted: halve to the first one in this range, rather than walk from the article's first.
        var markIndex = 0, high = marks.count
        while markIndex < high {
            let mid = (markIndex + high) / 2
            if marks[mid].range.start < range.start { markIndex = mid + 1 } else { high = mid }
        }
        let b = text.bytes
        var i = range.start
        while i < range.end {
            if markIndex < marks.count && marks[markIndex].range.start == i {
                let m = marks[markIndex]
                tokens.append(Token(range: m.range, kind: .quoteMark, key: m.opens ? "“" : "”", isCapitalized: false,
                                    isAllCaps: false, opensQuote: m.opens, hasAbbreviationDot: false,
                                    paragraph: paragraph))
                i = m.range.end
                markIndex += 1
                continue
            }
            let c = b[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1; continue }
            let (scalar, length) = text.scalar(at: i)
            if Whitespace.isSpace(scalar) { i += length; continue }
            if Scalars.isWordScalar(scalar) {
                let nextMark = markIndex < marks.count ? marks[markIndex].range.start : range.end
                i = word(text, from: i, limit: min(range.end, nextMark), paragraph: paragraph, into: &tokens)
                continue
            }
            // Punctuation: runs of dots ("...") and of hyphens ("--") stay together.
            var end = i + length
            if scalar == "." || scalar == "-" {
                while end < range.end && b[end] == c { end += 1 }
            }
            let key = end - i == 1 && c < 0x80 ? asciiKeys[Int(c)] : text.string(TextRange(i, end))
            var token = Token(range: TextRange(i, end), kind: .punctuation, key: key, isCapitalized: false,
                              isAllCaps: false, opensQuote: false, hasAbbreviationDot: false, paragraph: paragraph)
            if end - i == length { token.character = scalar }
            token.hash = WordHash.of(key)
            tokens.append(token)
            i = end
        }
    }

    /// One-character strings for ASCII punctuation, made once.
    private static let asciiKeys: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Reads one word or number starting at `start`; returns where it ends.
    private static func word(_ text: SourceText, from start: Int, limit: Int, paragraph: Int,
                             into tokens: inout [Token]) -> Int {
        let b = text.bytes
        var i = start
        var letters = 0, upper = 0, lower = 0, digits = 0, innerDots = 0
        var firstLetterUpper: Bool?
        var hasHyphen = false
        var nonASCII = false
        while i < limit {
            // ASCII letters and digits, the common case.
            let c = b[i]
            if c >= 0x61 && c <= 0x7A {
                letters += 1; lower += 1
                if firstLetterUpper == nil { firstLetterUpper = false }
                i += 1; continue
            }
            if c >= 0x41 && c <= 0x5A {
                letters += 1; upper += 1
                if firstLetterUpper == nil { firstLetterUpper = true }
                i += 1; continue
            }
            if c >= 0x30 && c <= 0x39 { digits += 1; i += 1; continue }
            if c >= 0x80 { nonASCII = true }
            let (s, length) = text.scalar(at: i)
            if Scalars.isWordScalar(s) {
                if Scalars.isDigit(s) {
                    digits += 1
                } else if Scalars.isLetter(s) {
                    letters += 1
                    if Scalars.isUpper(s) { upper += 1 } else if Scalars.isLower(s) { lower += 1 }
                    if firstLetterUpper == nil { firstLetterUpper = Scalars.isUpper(s) || !Scalars.isLower(s) }
                }
                i += length
                continue
            }
            // Joiners: only between two word characters.
            let next = i + length < limit ? text.scalar(at: i + length).scalar : " "
            let nextIsWord = Scalars.isWordScalar(next)
            // A soft hyphen inside a word (a line-break hint) is part of it: "Netan\u{AD}yahu".
            if s == "\u{AD}" && nextIsWord { i += length; continue }
            if nextIsWord && (Scalars.isApostrophe(s) || Scalars.isHyphen(s) || s == "&" && upper > 0) {
                if s == "-" { hasHyphen = true }
                i += length; continue
            }
            if s == "." && nextIsWord {
                // U.S., a.m., N.J. (letters) and 2.5 (digits); not "end.Next" with a long word before.
                if Scalars.isDigit(next) && digits > 0 && letters == 0 { i += length; continue }
                if letters > 0 && Scalars.isLetter(next) && (i - start <= 2 || innerDots > 0) {
                    innerDots += 1; i += length; continue
                }
            }
            if (s == "," || s == ":") && digits > 0 && letters == 0 && Scalars.isDigit(next) {
                i += length; continue  // 70,000  10:30
            }
            break
        }
        var end = i
        var hasDot = false
        // A final abbreviation dot.
        if end < limit && b[end] == UInt8(ascii: ".") && letters > 0 {
            let bare = text.string(TextRange(start, end))
            if innerDots > 0 || (letters == 1 && upper == 1 && end - start <= 2)
                || Abbreviations.dotted.contains(bare.lowercased()) {
                end += 1
                hasDot = true
            }
        }
        // A possessive ’s (or ’ after a plural s) becomes its own token.
        var possessive: TextRange?
        if !hasDot && letters > 0 && end - start >= 3 {
            let p = text.scalarStart(before: end)
            if (b[p] | 0x20) == UInt8(ascii: "s") && p > start {
                let q = text.scalarStart(before: p)
                if Scalars.isApostrophe(text.scalar(at: q).scalar) && q > start {
                    possessive = TextRange(q, end)
                }
            }
        }
        let wordEnd = possessive?.start ?? end
        let range = TextRange(start, wordEnd)
        if possessive != nil && b[end - 1] == UInt8(ascii: "s") { lower -= 1 }
        let kind: Token.Kind = letters == 0 ? .number : .word
        let (key, keyHash) = nonASCII ? (lowercaseKey(text, range), UInt64(0)) : asciiKeyAndHash(text, range)
        var capitalized = firstLetterUpper ?? false
        // Arabic names with a lower-case article: al-Assad, el-Sisi, bin-Laden.
        if !capitalized && hasHyphen, let dash = key.utf8.firstIndex(of: UInt8(ascii: "-")) {
            let offset = key.utf8.distance(from: key.utf8.startIndex, to: dash)
            if offset <= 3, ["al", "el", "ad", "as", "ash", "an", "bin", "abu"].contains(String(key.utf8[..<dash])!) {
                capitalized = Scalars.isUpper(text.scalar(at: range.start + offset + 1).scalar)
            }
        }
        var token = Token(range: range, kind: kind, key: key, isCapitalized: capitalized,
                          isAllCaps: upper >= 2 && lower == 0, opensQuote: false, hasAbbreviationDot: hasDot,
                          paragraph: paragraph)
        token.hash = nonASCII ? WordHash.of(key) : keyHash
        token.hasHyphen = hasHyphen
        if kind == .word {
            token.lex = LexiconIndex.flags(hash: token.hash)
            if hasDot { token.lex.formUnion(LexiconIndex.flags(String(key.dropLast()))) }
        }
        tokens.append(token)
        if let possessive {
            tokens.append(Token(range: possessive, kind: .possessive, key: "'s", isCapitalized: false, isAllCaps: false,
                                opensQuote: false, hasAbbreviationDot: false, paragraph: paragraph))
        }
        // A plural possessive: "countries’ " (an apostrophe after s, not used as a quotation mark).
        if possessive == nil && end < limit && letters > 0 && (b[end - 1] | 0x20) == UInt8(ascii: "s") {
            let (s, length) = text.scalar(at: end)
            if Scalars.isApostrophe(s) {
                let after = end + length < limit ? text.scalar(at: end + length).scalar : " "
                if !Scalars.isWordScalar(after) {
                    tokens.append(Token(range: TextRange(end, end + length), kind: .possessive, key: "'",
                                        isCapitalized: false, isAllCaps: false, opensQuote: false,
                                        hasAbbreviationDot: false, paragraph: paragraph))
                    return end + length
                }
            }
        }
        return end
    }

    /// The lower-case form of a range, with typographic apostrophes made straight.
    /// The lower-case key of an ASCII range and its `WordHash`, in one pass.
    @inline(__always)
    static func asciiKeyAndHash(_ text: SourceText, _ range: TextRange) -> (String, UInt64) {
        var h: UInt64 = 0xcbf29ce484222325
        let key = text.bytes.withUnsafeBufferPointer { b in
            String(unsafeUninitializedCapacity: range.count) { buffer in
                var k = 0
                for i in range.start..<range.end {
                    let c = b[i]
                    let l = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    buffer[k] = l
                    h = (h ^ UInt64(l)) &* 0x100000001b3
                    k += 1
                }
                return k
            }
        }
        return (key, h)
    }

    static func lowercaseKey(_ text: SourceText, _ range: TextRange) -> String {
        let b = text.bytes
        var ascii = true
        for i in range.start..<range.end where b[i] >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                var k = 0
                for i in range.start..<range.end {
                    let c = b[i]
                    buffer[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                    k += 1
                }
                return k
            }
        }
        var out = String.UnicodeScalarView()
        for s in text.string(range).lowercased().unicodeScalars where s != "\u{AD}" {
            out.append(s == "\u{2019}" || s == "\u{02BC}" ? "'" : s)
        }
        return String(out)
    }
}
