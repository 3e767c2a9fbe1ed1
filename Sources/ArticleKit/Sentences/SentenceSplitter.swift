/// Splits the tokens of a paragraph into sentences, aware of abbreviations, initials and decimals.
///
/// A sentence ends at `.`, `?`, `!` or `…` (with any closing quotation marks and brackets after it) when the next
/// token starts a sentence: a capitalised word, a number or an opening quotation mark. After an abbreviation
/// ("U.S.", "Inc.") it ends only when a word that usually starts sentences follows ("The", "He"); after a title
/// ("Mr.", "Gen.") or an initial ("J.") never. Decimals ("2.5") are single tokens, so they never split.
enum SentenceSplitter {
    /// Assigns `sentence` and `startsSentence` to `tokens[range]`, numbering from `first`; returns the sentence
    /// ranges (from the first to the last token of each).
    static func split(_ tokens: inout [Token], _ range: Range<Int>, first: Int) -> [TextRange] {
        var sentences: [TextRange] = []
        guard !range.isEmpty else { return sentences }
        var current = first
        var sentenceStartToken = range.lowerBound
        var pendingStart = true
        var k = range.lowerBound
        while k < range.upperBound {
            tokens[k].sentence = current
            if pendingStart && (tokens[k].kind == .word || tokens[k].kind == .number) {
                tokens[k].startsSentence = true
                pendingStart = false
            }
            var end = -1
            let kind = tokens[k].kind
            if kind == .punctuation && Self.endsSentence(tokens[k].key) {
                // Closing marks and brackets belong to the sentence they close.
                var j = k + 1
                while j < range.upperBound && (tokens[j].kind == .quoteMark && !tokens[j].opensQuote
                                               || tokens[j].isPunctuation(")") || tokens[j].isPunctuation("]")) {
                    j += 1
                }
                if j >= range.upperBound {
                    end = j - 1
                } else if startsNewSentence(tokens[j], after: tokens[k]) {
                    end = j - 1
                }
            } else if kind == .word && tokens[k].hasAbbreviationDot && k + 1 < range.upperBound {
                let bare = String(tokens[k].key.dropLast())
                let next = tokens[k + 1]
                if Abbreviations.canEndSentence(bare) && !(bare.count == 1)
                    && (next.isWord && next.isCapitalized && next.lex.contains(.sentenceStarter)
                        || next.kind == .quoteMark && next.opensQuote) {
                    end = k
                }
            }
            if end >= 0 {
                while k < end { k += 1; tokens[k].sentence = current }
                sentences.append(TextRange(tokens[sentenceStartToken].range.start, tokens[end].range.end))
                current += 1
                sentenceStartToken = end + 1
                pendingStart = true
            }
            k += 1
        }
        if sentenceStartToken < range.upperBound {
            sentences.append(TextRange(tokens[sentenceStartToken].range.start, tokens[range.upperBound - 1].range.end))
        }
        return sentences
    }

    /// ".", "?", "!", "…" and runs of dots.
    @inline(__always)
    static func endsSentence(_ key: String) -> Bool {
        var it = key.utf8.makeIterator()
        guard let c = it.next() else { return false }
        if c == UInt8(ascii: ".") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!") { return true }
        return c == 0xE2 && key == "…"
    }

    private static func startsNewSentence(_ next: Token, after punctuation: Token) -> Bool {
        switch next.kind {
        case .word: return next.isCapitalized
        case .number: return punctuation.key == "." || punctuation.key == "?" || punctuation.key == "!"
        case .quoteMark: return next.opensQuote
        case .punctuation: return next.isPunctuation("(") || next.isPunctuation("[") || next.isPunctuation("-") || next.isPunctuation("—")
        case .possessive: return false
        }
    }
}
