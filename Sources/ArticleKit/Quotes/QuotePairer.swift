/// A stretch of quoted text found by pairing marks, before it is judged to be a real quotation.
struct QuoteCandidate: Sendable {
    /// The text strictly inside the marks, without surrounding spaces.
    var content: TextRange
    /// The opening mark.
    var open: TextRange
    /// The closing mark; nil when the segment runs to the end of its paragraph or stops at a lost paragraph break.
    var close: TextRange?
    /// The index of its paragraph in `Article.paragraphs`.
    var paragraph: Int
    /// Segments of one quotation (over several paragraphs, or over joined paragraphs) share this number.
    var quotation: Int
    /// Whether this segment continues an earlier segment of the same quotation.
    var continues: Bool
}

/// Pairs quotation marks into quote segments, paragraph by paragraph.
///
/// Straight marks are paired by where they sit (after a space they open, before one they close), curly and
/// international marks by their shape first. A quote still open at the end of a paragraph ends there and
/// continues in the next paragraph if that one opens with a mark (the multi-paragraph convention). An opening
/// mark right after a sentence end inside an open quote starts a new segment: paragraphs joined on one line.
/// Marks inside an open quote that open and close again are a nested quote and stay part of the outer one.
struct QuotePairer {
    private(set) var candidates: [QuoteCandidate] = []
    /// Every mark used, with whether it opened a quote.
    private(set) var markRoles: [(range: TextRange, opens: Bool)] = []
    private var quotationCount = 0
    /// The quotation left open by the previous paragraph, if any.
    private var openQuotation: Int?

    mutating func pair(_ text: SourceText, paragraph: Int, range: TextRange, marks: [QuoteMark]) {
        var current: (open: TextRange, contentStart: Int, quotation: Int, continues: Bool, opener: QuoteMark.Glyph)?
        var nested = 0
        let carried = openQuotation
        openQuotation = nil
        var first = true

        func newQuotation() -> Int { quotationCount += 1; return quotationCount - 1 }

        for mark in marks {
            let isFirstInParagraph = first && Whitespace.trim(text, TextRange(range.start, mark.range.start)).isEmpty
            first = false
            let opens: Bool
            switch mark.glyph {
            case .lowDouble, .leftGuillemet: opens = nested > 0 || current == nil ? true : mark.canOpen
            case .rightGuillemet: opens = false
            case .leftDouble where current?.opener == .lowDouble: opens = false
            case .single(opens: true): opens = current == nil || (mark.canOpen && !mark.canClose)
            default:
                if mark.canOpen && !mark.canClose {
                    opens = true
                } else if mark.canClose && !mark.canOpen {
                    opens = false
                } else if mark.glyph == .leftDouble && current == nil {
                    opens = true
                } else if mark.glyph == .rightDouble {
                    opens = false
                } else {
                    opens = current == nil
                }
            }
            if opens {
                if let c = current {
                    if mark.followsSentenceEnd && nested == 0 {
                        // A paragraph break lost when paragraphs were joined: end this segment, start the next.
                        emit(text, c.contentStart, mark.range.start, open: c.open, close: nil, paragraph: paragraph,
                             quotation: c.quotation, continues: c.continues)
                        current = (mark.range, mark.range.end, c.quotation, true, mark.glyph)
                        markRoles.append((mark.range, true))
                    } else {
                        nested += 1
                    }
                } else {
                    let continuing = isFirstInParagraph ? carried : nil
                    current = (mark.range, mark.range.end, continuing ?? newQuotation(), continuing != nil, mark.glyph)
                    markRoles.append((mark.range, true))
                }
            } else {
                if nested > 0 {
                    nested -= 1
                } else if let c = current {
                    emit(text, c.contentStart, mark.range.start, open: c.open, close: mark.range, paragraph: paragraph,
                         quotation: c.quotation, continues: c.continues)
                    markRoles.append((mark.range, false))
                    current = nil
                }
            }
        }
        if let c = current {
            emit(text, c.contentStart, range.end, open: c.open, close: nil, paragraph: paragraph,
                 quotation: c.quotation, continues: c.continues)
            openQuotation = c.quotation
        }
    }

    /// Ends the chain of open quotations (at a paragraph that is not analysed, or a heading).
    mutating func breakChain() { openQuotation = nil }

    private mutating func emit(_ text: SourceText, _ start: Int, _ end: Int, open: TextRange, close: TextRange?,
                               paragraph: Int, quotation: Int, continues: Bool) {
        let content = Whitespace.trim(text, TextRange(start, max(start, end)))
        guard !content.isEmpty else { return }
        candidates.append(QuoteCandidate(content: content, open: open, close: close, paragraph: paragraph,
                                         quotation: quotation, continues: continues))
    }
}
