/// One word, number, punctuation mark or quotation mark of the analysed text, as the stages read it.
///
/// `TokenList` stores tokens packed (12 bytes each) and their words once per distinct word in a `Vocabulary`;
/// `tokens[k]` unpacks one into this value. It holds no strings: the lower-case text is `tokens.key(k)`.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, inner apostrophes, hyphens and abbreviation dots ("U.S.", "al-Assad").
        case word
        /// Digits with their separators ("70,000", "2.5").
        case number
        /// Any other visible character (",", ".", "—", "(").
        case punctuation
        /// A quotation mark that opens or closes a quote (see `opensQuote`).
        case quoteMark
        /// The possessive ending "’s" (or a lone "’" after a plural).
        case possessive
    }

    /// Yes-or-no facts about a token, as bits (at most 13: `TokenList` packs the kind above them).
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// The first letter is upper case ("Kerry", "U.S.", "McDonald").
        static let capitalized = Flags(rawValue: 1 << 0)
        /// Two or more letters, all upper case ("FBI", "WASHINGTON").
        static let allCaps = Flags(rawValue: 1 << 1)
        /// A quotation mark that opens a quote.
        static let opensQuote = Flags(rawValue: 1 << 2)
        /// A word ending with an abbreviation dot that is part of it ("Mr.", "U.S.", "Jan.", "J.").
        static let abbreviationDot = Flags(rawValue: 1 << 3)
        /// The first word or number of its sentence (after any opening marks or brackets).
        static let startsSentence = Flags(rawValue: 1 << 4)
        /// A word holding a hyphen ("al-Assad", "Paris-based").
        static let hyphen = Flags(rawValue: 1 << 5)
        /// The first token of its sentence (marks and brackets included).
        static let beginsSentence = Flags(rawValue: 1 << 6)
        /// The first token of its paragraph (or of the title).
        static let beginsParagraph = Flags(rawValue: 1 << 7)
        /// Inside a quote candidate.
        static let quoted = Flags(rawValue: 1 << 8)
        /// In a line written in headline case (the title, headings, lines in capitals or title case).
        static let headline = Flags(rawValue: 1 << 9)
        /// Part of a name mention.
        static let inName = Flags(rawValue: 1 << 10)
    }

    var range: TextRange
    var kind: Kind
    var flags: Flags
    /// The token's entry in the article's `Vocabulary`.
    var word: Int
    /// The word lists the word (without a final abbreviation dot) belongs to; empty for other kinds.
    var lex: Lex
    /// `WordHash` of the lower-case text.
    var hash: UInt64
    /// For one-character punctuation, that character (NUL otherwise).
    var character: Unicode.Scalar

    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isAllCaps: Bool { flags.contains(.allCaps) }
    var opensQuote: Bool { flags.contains(.opensQuote) }
    var hasAbbreviationDot: Bool { flags.contains(.abbreviationDot) }
    var startsSentence: Bool { flags.contains(.startsSentence) }
    var hasHyphen: Bool { flags.contains(.hyphen) }
    var beginsSentence: Bool { flags.contains(.beginsSentence) }
    var beginsParagraph: Bool { flags.contains(.beginsParagraph) }
    /// Inside a quote candidate.
    var isQuoted: Bool { flags.contains(.quoted) }
    /// In the title, a heading or a line in headline case, where capitals are not evidence of names.
    var isHeadline: Bool { flags.contains(.headline) }
    /// Part of a name mention.
    var isInName: Bool { flags.contains(.inName) }

    var isWord: Bool { kind == .word }
    @inline(__always)
    func isPunctuation(_ c: Unicode.Scalar) -> Bool { kind == .punctuation && character == c }
}
