/// The tokens of an article in text order: the title's first, then each analysed paragraph's.
///
/// There is one token per word and punctuation mark, so this is the largest structure of the analysis. Each
/// token is packed into 12 bytes (its start, length, word's number, kind and flags); what belongs to the word
/// rather than to this occurrence (its lower-case text, hash, word lists) is stored once in `words`. The
/// paragraph of a token is not stored either: a token knows whether it begins its paragraph, and
/// `paragraph(of:)` finds the number from where the token starts (a file of ten million one-word lines has ten
/// million paragraphs of one token each, so nothing is stored per paragraph here).
struct TokenList: Sendable {
    /// One token as stored.
    private struct Packed: Sendable {
        var start: UInt32
        var word: UInt32
        /// The length in bytes; `longLength` for a token of that length or more, whose end is in `longEnds`.
        var length: UInt16
        /// The flags in the low 13 bits, the kind in the top 3.
        var kindAndFlags: UInt16

        @inline(__always)
        var kind: Token.Kind { Token.Kind(rawValue: UInt8(truncatingIfNeeded: kindAndFlags >> 13)) ?? .punctuation }
        @inline(__always)
        var flags: Token.Flags { Token.Flags(rawValue: kindAndFlags & 0x1FFF) }
    }

    private static let longLength = UInt16.max
    /// The tokens, in memory that grows in place (`PackedArray`): an article may have a token per byte.
    private var packed = PackedArray<Packed>()
    /// The end of each token of `longLength` bytes or more (hostile text: a "word" of 70 000 letters).
    private var longEnds: [Int: Int] = [:]
    /// The distinct words of the tokens.
    var words: Vocabulary
    /// The paragraphs of the article (shared with its structure, not copied), in which `paragraph(of:)` looks a
    /// token's start up.
    private let paragraphs: [Paragraph]
    /// The number of tokens of the title, which come first.
    private(set) var titleTokenCount = 0
    /// What the tokens, their distinct words and the names among those cost the analysis (`AnalysisBudget`), and
    /// the most they may cost: the tokenizer stops once `isOverBudget`.
    private(set) var cost = 0
    var costLimit = Int.max
    /// The words whose cost is counted (entries below this number), and those seen capitalised (one bit each).
    private var countedWords = 0
    private var seenCapitalized: [UInt64] = []

    /// An empty list with room for the tokens of a text of `textLength` bytes whose paragraphs are `paragraphs`.
    init(textLength: Int, paragraphs: [Paragraph] = []) {
        packed.reserveCapacity(textLength / 5)
        words = Vocabulary(textLength: textLength)
        self.paragraphs = paragraphs
    }

    var count: Int { packed.count }
    var indices: Range<Int> { 0..<packed.count }

    /// The token at `k`, unpacked.
    @inline(__always)
    subscript(k: Int) -> Token {
        let p = packed[k]
        let facts = words.facts[Int(p.word)]
        return Token(range: range(k), kind: p.kind, flags: p.flags,
                     word: Int(p.word), lex: facts.isDotted ? words.lex(Int(p.word)) : facts.keyLex, hash: facts.hash,
                     character: facts.character)
    }

    /// The lower-case text of token `k` ("mr." for "Mr.", "’" made straight, soft hyphens left out); for
    /// punctuation the text itself; "“" or "”" for quotation marks; "'s" or "'" for possessives.
    @inline(__always)
    func key(_ k: Int) -> String { words.key(Int(packed[k].word)) }

    /// The key of token `k` without a final abbreviation dot ("mr" for "Mr.").
    func bareKey(_ k: Int) -> String { words.key(Int(packed[k].word), bare: true) }

    /// Whether token `k`'s key is `s` (`key(k) == s`, without building the key when the bytes decide).
    @inline(__always)
    func keyIs(_ k: Int, _ s: String) -> Bool { words.keyEquals(Int(packed[k].word), s) }

    /// The word lists of token `k`'s key without a final dot (`Lexicon.flags(bareKey(k))`).
    @inline(__always)
    func bareLex(_ k: Int) -> Lex { words.bareLex(Int(packed[k].word)) }

    /// The word lists of token `k`'s key itself (`Lexicon.flags(key(k))`).
    @inline(__always)
    func keyLex(_ k: Int) -> Lex { words.facts[Int(packed[k].word)].keyLex }

    /// `WordHash` of `bareKey(k)`.
    @inline(__always)
    func bareHash(_ k: Int) -> UInt64 { words.bareHash(Int(packed[k].word)) }

    /// Whether token `k`'s key is ASCII.
    @inline(__always)
    func isASCII(_ k: Int) -> Bool { words.facts[Int(packed[k].word)].isASCII }

    /// Whether token `k`'s key is punctuation that can end a sentence (".", "?", "!", "…", "...").
    @inline(__always)
    func endsSentence(_ k: Int) -> Bool { words.facts[Int(packed[k].word)].endsSentence }

    @inline(__always)
    func kind(_ k: Int) -> Token.Kind { packed[k].kind }

    /// The entry of token `k`'s word in `words`.
    @inline(__always)
    func word(_ k: Int) -> Int { Int(packed[k].word) }

    @inline(__always)
    func flags(_ k: Int) -> Token.Flags { packed[k].flags }

    /// Where token `k` starts (`range(k).start`, without its end).
    @inline(__always)
    func start(_ k: Int) -> Int { Int(packed[k].start) }

    @inline(__always)
    func range(_ k: Int) -> TextRange {
        let p = packed[k]
        let start = Int(p.start)
        return TextRange(uncheckedStart: start,
                         end: p.length == Self.longLength ? Self.longEnd(longEnds, k, start: start) : start + Int(p.length))
    }

    /// The end of token `k`, starting at `start`, of `longLength` bytes or more. (It only reads, so unpacking a
    /// token whose range is not used costs nothing; it takes the table rather than the list, so that a caller
    /// need not copy the whole list to pass it.)
    @inline(never) @_effects(readonly)
    private static func longEnd(_ longEnds: [Int: Int], _ k: Int, start: Int) -> Int {
        longEnds[k] ?? start + Int(longLength)
    }

    /// Whether tokens `a` and `b` lie in the same paragraph.
    func sameParagraph(_ a: Int, _ b: Int) -> Bool {
        let (low, high) = a <= b ? (a, b) : (b, a)
        if high - low <= 16 {
            var k = low + 1
            while k <= high {
                if packed[k].flags.contains(.beginsParagraph) { return false }
                k += 1
            }
            return true
        }
        return paragraph(of: low) == paragraph(of: high)
    }

    /// The index in `Article.paragraphs` of token `k`'s paragraph, -1 for the title.
    func paragraph(of k: Int) -> Int {
        if k < titleTokenCount { return -1 }
        // The last paragraph starting at or before the token (which lies inside it).
        let offset = start(k)
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].range.start <= offset { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    /// Appends a token whose word is entry `word` of `words`.
    @inline(__always)
    mutating func append(_ range: TextRange, kind: Token.Kind, word: Int, flags: Token.Flags = []) {
        precondition(range.end <= Int(UInt32.max), "text too long to analyse")
        var length = UInt16(truncatingIfNeeded: range.count)
        if range.count >= Int(Self.longLength) {
            length = Self.longLength
            longEnds[packed.count] = range.end
        }
        packed.append(Packed(start: UInt32(truncatingIfNeeded: range.start), word: UInt32(truncatingIfNeeded: word),
                             length: length, kindAndFlags: UInt16(kind.rawValue) << 13 | flags.rawValue))
        cost &+= AnalysisBudget.token
        if word >= countedWords {
            countedWords = word + 1
            cost &+= AnalysisBudget.word
        }
        if flags.contains(.capitalized) {
            cost &+= AnalysisBudget.capitalizedToken
            countName(word)
        }
    }

    /// Whether the tokens cost more than `costLimit`.
    @inline(__always)
    var isOverBudget: Bool { cost > costLimit }

    /// Counts the cost of a possible name the first time word `word` is seen capitalised.
    private mutating func countName(_ word: Int) {
        let index = word >> 6, bit = UInt64(1) << UInt64(word & 63)
        if index >= seenCapitalized.count {
            seenCapitalized.append(contentsOf: repeatElement(0, count: max(index + 1 - seenCapitalized.count, seenCapitalized.count)))
        }
        if seenCapitalized[index] & bit == 0 {
            seenCapitalized[index] |= bit
            cost &+= AnalysisBudget.name
        }
    }

    /// Records that `tokens` (appended last) are those of paragraph `paragraph` (-1 for the title, whose tokens
    /// come first).
    mutating func endParagraph(_ paragraph: Int, tokens: Range<Int>) {
        guard !tokens.isEmpty else { return }
        packed[tokens.lowerBound].kindAndFlags |= Token.Flags.beginsParagraph.rawValue
        if paragraph < 0 { titleTokenCount = tokens.upperBound }
    }

    /// Adds `flags` to token `k`.
    @inline(__always)
    mutating func insert(_ flags: Token.Flags, at k: Int) {
        packed[k].kindAndFlags |= flags.rawValue
    }

    /// Adds `flags` to every token of `range`.
    mutating func insert(_ flags: Token.Flags, in range: Range<Int>) {
        for k in range { packed[k].kindAndFlags |= flags.rawValue }
    }
}

extension TokenList {
    /// Whether token `k` comes right after something that opens text whose first word has a capital anyway: an
    /// opening quotation mark, a colon, a bullet, a bracket, or an emoji (`followsEmoji`).
    func followsOpening(_ k: Int) -> Bool {
        guard k >= 1 else { return false }
        let p = self[k - 1]
        if p.kind == .quoteMark { return p.opensQuote }
        guard p.kind == .punctuation else { return false }
        switch p.character {
        case ":", "•", "(", "[": return true
        default: return followsEmoji(k)
        }
    }

    /// Whether token `k` comes right after an emoji, or after an emoji and a closing bracket ("😅) Come early"):
    /// posts end sentences so, and the capital after one is a sentence's.
    func followsEmoji(_ k: Int) -> Bool {
        guard k >= 1 else { return false }
        let p = self[k - 1]
        guard p.kind == .punctuation else { return false }
        if Scalars.isEmoji(p.character) { return true }
        guard p.character == ")", k >= 2 else { return false }
        let q = self[k - 2]
        return q.kind == .punctuation && Scalars.isEmoji(q.character)
    }
}
