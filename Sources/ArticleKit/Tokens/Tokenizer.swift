/// Splits a range of text into tokens, on Unicode scalars, without building a `String` per character.
///
/// Words keep inner apostrophes (don’t, O’Donnell), hyphens (al-Assad), dots between letters (U.S.) and a final
/// abbreviation dot ("Mr.", "Jan.", initials); a possessive "’s" becomes its own token. Quotation marks that the
/// quote pairer used become `quoteMark` tokens. Each token's lower-case key is found in (or added to) the
/// token list's vocabulary: a string is built only for a word not seen before.
enum Tokenizer {
    /// Appends the tokens of `range` to `tokens`; stops early, returning where, once the tokens are over their
    /// budget (`TokenList.isOverBudget`), and returns nil when the whole range is done.
    @discardableResult
    static func tokenize(_ text: SourceText, _ range: TextRange, marks: [(range: TextRange, opens: Bool)],
                         into tokens: inout TokenList) -> Int? {
        // The first mark at or after the range (by binary search: the marks of the whole text are passed in).
        var markIndex = 0, high = marks.count
        while markIndex < high {
            let mid = (markIndex + high) / 2
            if marks[mid].range.start < range.start { markIndex = mid + 1 } else { high = mid }
        }
        let (openMark, closeMark) = tokens.words.quoteMarkEntries()
        return ByteClass.table.withUnsafeBufferPointer { classes in
            text.bytes.withUnsafeBufferPointer { b -> Int? in
                var i = range.start
                while i < range.end {
                    if tokens.isOverBudget { return i }
                    if markIndex < marks.count && marks[markIndex].range.start == i {
                        let m = marks[markIndex]
                        tokens.append(m.range, kind: .quoteMark, word: m.opens ? openMark : closeMark,
                                      flags: m.opens ? .opensQuote : [])
                        i = m.range.end
                        markIndex += 1
                        continue
                    }
                    let c = b[i]
                    let limit = markIndex < marks.count ? min(range.end, marks[markIndex].range.start) : range.end
                    if c < 0x80 {
                        // ASCII, the common case: a byte's class says what it starts.
                        let cls = classes[Int(c)]
                        if cls & ByteClass.space != 0 { i += 1; continue }
                        if cls & ByteClass.letterOrDigit != 0 {
                            i = asciiWord(b, from: i, limit: limit, classes: classes, into: &tokens)
                                ?? word(text, from: i, limit: limit, into: &tokens)
                            continue
                        }
                        // Punctuation: runs of dots ("...") and of hyphens ("--") stay together.
                        var end = i + 1
                        if c == UInt8(ascii: ".") || c == UInt8(ascii: "-") {
                            while end < range.end && b[end] == c { end += 1 }
                        }
                        let id = end - i == 1 ? tokens.words.entry(asciiPunctuation: c)
                            : tokens.words.entry(loweringASCII: b, i..<end, hash: hashLowered(b, i..<end), isWord: false)
                        tokens.append(TextRange(uncheckedStart: i, end: end), kind: .punctuation, word: id)
                        i = end
                        continue
                    }
                    let (scalar, length) = text.scalar(at: i)
                    if Whitespace.isSpace(scalar) { i += length; continue }
                    if Scalars.isWordScalar(scalar) {
                        i = word(text, from: i, limit: limit, into: &tokens)
                        continue
                    }
                    let punctuation = i..<(i + length)
                    let id = tokens.words.entry(loweringASCII: b, punctuation, hash: hashLowered(b, punctuation), isWord: false)
                    tokens.append(TextRange(uncheckedStart: i, end: i + length), kind: .punctuation, word: id)
                    i += length
                }
                return nil
            }
        }
    }

    /// What an ASCII byte can be, as bits (`table` has one entry per byte value below 128).
    enum ByteClass {
        static let space: UInt8 = 1
        static let lower: UInt8 = 2
        static let upper: UInt8 = 4
        static let digit: UInt8 = 8
        static let letterOrDigit: UInt8 = lower | upper | digit
        /// Characters that may join the parts of a word or number: ' - & . , :
        static let joiner: UInt8 = 16

        static let table: [UInt8] = (0..<128).map { (v: Int) -> UInt8 in
            switch v {
            case 0x09...0x0D, 0x20: return space
            case 0x61...0x7A: return lower
            case 0x41...0x5A: return upper
            case 0x30...0x39: return digit
            case 0x27, 0x2D, 0x26, 0x2E, 0x2C, 0x3A: return joiner
            default: return 0
            }
        }
    }

    /// Reads a word or number of ASCII letters and digits only, ended by a space, by punctuation that cannot join
    /// words or by `limit` (most words): returns where it ends, or nil when the word needs the general rules of
    /// `word` (a joiner, a letter that is not ASCII).
    @inline(__always)
    private static func asciiWord(_ b: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, classes: UnsafeBufferPointer<UInt8>,
                                  into tokens: inout TokenList) -> Int? {
        var i = start
        var h = WordHash.empty
        var upper = 0
        var seen: UInt8 = 0
        while i < limit {
            let c = b[i]
            guard c < 0x80 else { return nil }
            let cls = classes[Int(c)]
            if cls & ByteClass.letterOrDigit == 0 { break }
            seen |= cls
            if cls == ByteClass.upper {
                upper += 1
                h = WordHash.adding(c | 0x20, to: h)
            } else {
                h = WordHash.adding(c, to: h)
            }
            i += 1
        }
        let isWord = seen & (ByteClass.lower | ByteClass.upper) != 0
        var end = i
        var flags: Token.Flags = []
        if i < limit && classes[Int(b[i])] & ByteClass.joiner != 0 {
            // A joiner after the word: it joins only before a word character (conservatively, any byte that is
            // not ASCII), and then the general rules decide.
            let c = b[i]
            let next = i + 1 < limit ? b[i + 1] : 0x20
            let beforeWord = next >= 0x80 || classes[Int(next)] & ByteClass.letterOrDigit != 0
            switch c {
            case UInt8(ascii: "'"):
                return nil   // a contraction, a possessive ("Kerry's", "nations'")
            case UInt8(ascii: "-"):
                if beforeWord { return nil }
            case UInt8(ascii: "&"):
                if beforeWord && upper > 0 { return nil }   // "AT&T"
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                if beforeWord && !isWord { return nil }   // "70,000", "10:30"
            default:   // "."
                if beforeWord { return nil }   // "U.S.", "2.5"
                if isWord {
                    // A final abbreviation dot: after an initial ("J.") or a word that takes one ("Mr.", "Jan.").
                    let letters = seen & ByteClass.digit == 0 ? i - start : countLetters(b, start..<i, classes)
                    if letters == 1 && upper == 1 && i - start <= 2 || Abbreviations.isDotted(hash: h) {
                        h = WordHash.adding(UInt8(ascii: "."), to: h)
                        end = i + 1
                        flags.insert(.abbreviationDot)
                    }
                }
            }
        }
        let id = tokens.words.entry(loweringASCII: b, start..<end, hash: h, isWord: isWord)
        if isWord {
            var k = start
            while classes[Int(b[k])] == ByteClass.digit { k += 1 }
            if classes[Int(b[k])] == ByteClass.upper { flags.insert(.capitalized) }
            if upper >= 2 && seen & ByteClass.lower == 0 { flags.insert(.allCaps) }
        }
        tokens.append(TextRange(uncheckedStart: start, end: end), kind: isWord ? .word : .number, word: id, flags: flags)
        return end
    }

    private static func countLetters(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ classes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for i in range where classes[Int(b[i])] != ByteClass.digit { n += 1 }
        return n
    }

    /// The `WordHash` of bytes `range` with ASCII letters lowered (the key of an ASCII word or of punctuation).
    @inline(__always)
    static func hashLowered(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for i in range {
            let c = b[i]
            h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* 0x100000001b3
        }
        return h
    }

    /// Reads one word or number starting at `start`; returns where it ends.
    private static func word(_ text: SourceText, from start: Int, limit: Int, into tokens: inout TokenList) -> Int {
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
                || Abbreviations.isDotted(hash: WordHash.of(bare.lowercased())) {
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
        let id = nonASCII ? tokens.words.entry(lowercaseKey(text, range), isWord: kind == .word)
            : b.withUnsafeBufferPointer { buffer in
                tokens.words.entry(loweringASCII: buffer, range.start..<range.end,
                                   hash: hashLowered(buffer, range.start..<range.end), isWord: kind == .word)
            }
        var capitalized = firstLetterUpper ?? false
        // Arabic names with a lower-case article: al-Assad, el-Sisi, bin-Laden.
        if !capitalized && hasHyphen {
            let key = tokens.words.key(id)
            if let dash = key.utf8.firstIndex(of: UInt8(ascii: "-")) {
                let offset = key.utf8.distance(from: key.utf8.startIndex, to: dash)
                if offset <= 3, ["al", "el", "ad", "as", "ash", "an", "bin", "abu"].contains(String(key.utf8[..<dash])!) {
                    capitalized = Scalars.isUpper(text.scalar(at: range.start + offset + 1).scalar)
                }
            }
        }
        var flags: Token.Flags = []
        if capitalized { flags.insert(.capitalized) }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        if hasDot { flags.insert(.abbreviationDot) }
        if hasHyphen { flags.insert(.hyphen) }
        tokens.append(range, kind: kind, word: id, flags: flags)
        if let possessive {
            tokens.append(possessive, kind: .possessive, word: tokens.words.entry("'s", isWord: false))
        }
        // A plural possessive: "countries’ " (an apostrophe after s, not used as a quotation mark).
        if possessive == nil && end < limit && letters > 0 && (b[end - 1] | 0x20) == UInt8(ascii: "s") {
            let (s, length) = text.scalar(at: end)
            if Scalars.isApostrophe(s) {
                let after = end + length < limit ? text.scalar(at: end + length).scalar : " "
                if !Scalars.isWordScalar(after) {
                    tokens.append(TextRange(end, end + length), kind: .possessive, word: tokens.words.entry("'", isWord: false))
                    return end + length
                }
            }
        }
        return end
    }

    /// The lower-case form of a range, with typographic apostrophes made straight and soft hyphens left out.
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
