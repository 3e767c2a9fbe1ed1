/// Splits the tokens of a paragraph into sentences, aware of abbreviations, initials and decimals.
///
/// A sentence ends at `.`, `?`, `!` or `…` (with any closing quotation marks and brackets after it) when the next
/// token starts a sentence: a capitalised word, a number or an opening quotation mark. After an abbreviation
/// ("U.S.", "Inc.") it ends only when a word that usually starts sentences follows ("The", "He"); after a title
/// ("Mr.", "Gen.") or an initial ("J.") never. Decimals ("2.5") are single tokens, so they never split.
enum SentenceSplitter {
    /// Marks the first token of each sentence of `tokens[range]` (`beginsSentence`) and its first word or number
    /// (`startsSentence`); appends the sentence ranges (from the first to the last token of each) to `sentences`
    /// (one array for all paragraphs, so that a paragraph allocates none).
    static func split(_ tokens: inout TokenList, _ range: Range<Int>, into sentences: inout [TextRange]) {
        guard !range.isEmpty else { return }
        var sentenceStartToken = range.lowerBound
        var pendingStart = true
        var k = range.lowerBound
        tokens.insert(.beginsSentence, at: k)
        while k < range.upperBound {
            let kind = tokens.kind(k)
            if pendingStart && (kind == .word || kind == .number) {
                tokens.insert(.startsSentence, at: k)
                pendingStart = false
            }
            var end = -1
            if kind == .punctuation && tokens.endsSentence(k) {
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
            } else if kind == .word && tokens.flags(k).contains(.abbreviationDot) && k + 1 < range.upperBound {
                let bare = tokens.bareKey(k)
                let next = tokens[k + 1]
                if Abbreviations.canEndSentence(tokens.bareLex(k), length: bare.count)
                    && (next.isWord && next.isCapitalized && next.lex.contains(.sentenceStarter)
                        || next.kind == .quoteMark && next.opensQuote) {
                    end = k
                }
            }
            if end >= 0 {
                k = end
                sentences.append(TextRange(tokens.range(sentenceStartToken).start, tokens.range(end).end))
                sentenceStartToken = end + 1
                if sentenceStartToken < range.upperBound { tokens.insert(.beginsSentence, at: sentenceStartToken) }
                pendingStart = true
            }
            k += 1
        }
        if sentenceStartToken < range.upperBound {
            sentences.append(TextRange(tokens.range(sentenceStartToken).start, tokens.range(range.upperBound - 1).end))
        }
    }

    /// ".", "?", "!", "…" and runs of dots (`key` is the punctuation's text).
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
        case .number: return punctuation.character == "." || punctuation.character == "?" || punctuation.character == "!"
        case .quoteMark: return next.opensQuote
        case .punctuation: return next.isPunctuation("(") || next.isPunctuation("[") || next.isPunctuation("-") || next.isPunctuation("—")
        case .possessive: return false
        }
    }
}
