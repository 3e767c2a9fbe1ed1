/// How a quote gets its speaker: the rules `QuoteAttributor` tries, in this order; the first that applies
/// decides (even when what it points at cannot be resolved to a name). The first four read a cue in the quote's
/// own sentence (`CueFinder`, whose constructions are `CueForm`); the others carry a speaker over to a quote
/// without a cue of its own. Each has a test of an invented example (`AttributionRuleTests`).
enum AttributionRule: Int, CaseIterable, Sendable {
    /// `“…,” Kerry said`, `“…,” said Kerry`: a cue right after the quote.
    case cueAfterTheQuote
    /// `Kerry said: “…”`, `Kerry said the talks were “…”`: a cue before the quote in its sentence, or a
    /// lead-in ending with a colon at the end of the paragraph before.
    case cueBeforeTheQuote
    /// `Philip Bump: “…”`, `The minister was blunt: “…”`: a name or a short clause before a colon.
    case colonLeadIn
    /// `“…,” the mayor, who had been asked twice, finally said`: a cue later in the sentence.
    case cueLaterInTheSentence
    /// The next segment of an interrupted or multi-paragraph quotation: the speaker of the earlier one.
    case earlierSegment
    /// A quote opening a sentence with no cue: the cue of the sentence before it in the paragraph.
    case sentenceBefore
    /// The speaker of the last quote of the same paragraph.
    case quoteBeforeInTheParagraph
    /// A quote paragraph after a paragraph that quotes someone: that quote's speaker.
    case quoteParagraphBefore
    /// A quote paragraph after a paragraph that reports someone without quoting: its last cue.
    case cueOfTheParagraphBefore

    /// What the rule recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .cueAfterTheQuote: return "cue after the quote"
        case .cueBeforeTheQuote: return "cue before the quote"
        case .colonLeadIn: return "colon lead-in"
        case .cueLaterInTheSentence: return "cue later in the sentence"
        case .earlierSegment: return "earlier segment"
        case .sentenceBefore: return "sentence before"
        case .quoteBeforeInTheParagraph: return "quote before in the paragraph"
        case .quoteParagraphBefore: return "quote paragraph before"
        case .cueOfTheParagraphBefore: return "cue of the paragraph before"
        }
    }

    /// Whether the rule carries a speaker over from elsewhere (the quote has no cue of its own).
    var carriesOver: Bool { rawValue >= AttributionRule.earlierSegment.rawValue }
}
