/// One word, number, punctuation mark or quotation mark of the analysed text.
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

    // Stored fields, largest first so that the value packs tightly (there is one token per word of the text).
    var range: TextRange
    /// The text in lower case (for words and punctuation), the key for every word list.
    var key: String
    /// `WordHash` of `key`.
    var hash: UInt64 = 0
    /// The word lists the word (without a final abbreviation dot) belongs to.
    var lex: Lex = []
    /// For one-character punctuation, that character (NUL otherwise).
    var character: Unicode.Scalar = "\u{0}"
    private var paragraphIndex: Int32
    private var sentenceIndex: Int32 = 0
    private var quoteIndex: Int32 = -1
    var kind: Kind
    /// The first letter is upper case ("Kerry", "U.S.", "McDonald").
    var isCapitalized: Bool
    /// Two or more letters, all upper case ("FBI", "WASHINGTON").
    var isAllCaps: Bool
    /// For quotation marks: whether it opens a quote.
    var opensQuote: Bool
    /// The word ends with an abbreviation dot that is part of it ("Mr.", "U.S.", "Jan.", "J.").
    var hasAbbreviationDot: Bool
    /// Whether it starts its sentence (the first word, after any opening marks or brackets).
    var startsSentence: Bool = false
    /// The word holds a hyphen ("al-Assad", "Paris-based").
    var hasHyphen = false

    init(range: TextRange, kind: Kind, key: String, isCapitalized: Bool, isAllCaps: Bool, opensQuote: Bool,
         hasAbbreviationDot: Bool, paragraph: Int) {
        self.range = range
        self.kind = kind
        self.key = key
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.opensQuote = opensQuote
        self.hasAbbreviationDot = hasAbbreviationDot
        self.paragraphIndex = Int32(truncatingIfNeeded: paragraph)
    }

    /// The index of its paragraph in `Article.paragraphs` (-1 for the title).
    var paragraph: Int {
        get { Int(paragraphIndex) }
        set { paragraphIndex = Int32(truncatingIfNeeded: newValue) }
    }
    /// The index of its sentence (filled in by the sentence splitter).
    var sentence: Int {
        get { Int(sentenceIndex) }
        set { sentenceIndex = Int32(truncatingIfNeeded: newValue) }
    }
    /// The index of the quote candidate it lies inside, or -1.
    var quote: Int {
        get { Int(quoteIndex) }
        set { quoteIndex = Int32(truncatingIfNeeded: newValue) }
    }
    /// The key without a final abbreviation dot ("mr" for "Mr.").
    var bare: String { hasAbbreviationDot ? String(key.dropLast()) : key }

    var isWord: Bool { kind == .word }
    @inline(__always)
    func isPunctuation(_ c: Unicode.Scalar) -> Bool { kind == .punctuation && character == c }
}
