/// Splitting a range into whitespace-separated words and asking simple questions of them, on bytes.
enum Words {
    /// The whitespace-separated words of `range`; with `limit`, at most that many (the first ones).
    static func split(_ text: SourceText, _ range: TextRange, limit: Int = .max) -> [TextRange] {
        var words: [TextRange] = []
        var i = range.start
        var start = -1
        while i < range.end && words.count < limit {
            let (scalar, length) = text.scalar(at: i)
            if Whitespace.isSpace(scalar) {
                if start >= 0 { words.append(TextRange(start, i)); start = -1 }
            } else if start < 0 {
                start = i
            }
            i += length
        }
        if start >= 0 && words.count < limit { words.append(TextRange(start, range.end)) }
        return words
    }

    /// Whether the first letter of the word (after opening quotes or brackets) is upper case or a digit.
    static func isCapitalized(_ text: SourceText, _ word: TextRange) -> Bool {
        var i = word.start
        while i < word.end {
            let c = text.bytes[i]
            if c < 0x80 {
                // ASCII: a capital or a digit decides yes, a small letter no, anything else is skipped.
                if c >= 0x41 && c <= 0x5A || c >= 0x30 && c <= 0x39 { return true }
                if c >= 0x61 && c <= 0x7A { return false }
                i += 1
                continue
            }
            let (scalar, length) = text.scalar(at: i)
            if scalar.properties.isUppercase || ("0"..."9").contains(scalar) { return true }
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isAlphabetic { return true }  // scripts without case (CJK)
            i += length
        }
        return false
    }

    /// Short function words that stay lower case in title case ("of", "the", "and", "in", ...: `Lex.minorWord`).
    static func isMinorWord(_ text: SourceText, _ word: TextRange) -> Bool {
        Lexicon.flags(text.string(word).lowercased()).contains(.minorWord)
    }
}
