/// One occurrence of a name in the text, with the evidence found around it.
///
/// There can be one for every few words of a text, so it is kept small: its words and its surface form are
/// read from the tokens when needed (`words(_:_:)`, `surface(_:_:)`), and the rare title and origin words live
/// in `MentionEvidence`.
struct NameMention: Sendable {
    private var start: UInt32
    private var end: UInt32
    private var firstToken: UInt32
    private var tokenCount: UInt16
    /// Evidence for a type from the name itself (a cue word, the gazetteer, a title, a first name).
    var hint: EntityType?
    /// How sure the hint is: 2 for a gazetteer or cue word, 1 for weaker evidence.
    var hintStrength: Int8
    /// Gender evidence from an honorific or a first name.
    var gender: Gender?
    /// Inside a quotation.
    var inQuote: Bool
    /// In the title or a heading (headline case: capitals are not evidence there).
    var inHeadline: Bool
    /// A part of a hyphenated word ("Paris" in "Paris-based"), not whole tokens.
    var isPart: Bool
    /// A town the gazetteer knows, and no other evidence: weak evidence of a place (`Lex.town`).
    var isTown = false
    /// The type-evidence rule that decided its hint, if one did.
    var rule: TypeEvidenceRule?
    /// The gazetteer place it names (`Lexicon.placeName(_:)`), or -1.
    private var placeNumber: Int32
    /// The index in `Article.paragraphs` of its paragraph (-1 in the title).
    private var paragraphIndex: Int32
    /// Its entry in `MentionEvidence.roles` and `origins`, or -1 when it has none.
    var evidence: Int32 = -1

    init(range: TextRange, tokens: Range<Int>, hint: EntityType?, hintStrength: Int, gender: Gender? = nil,
         inQuote: Bool, inHeadline: Bool, isPart: Bool = false, place: Int?, paragraph: Int) {
        start = UInt32(truncatingIfNeeded: range.start)
        end = UInt32(truncatingIfNeeded: range.end)
        firstToken = UInt32(truncatingIfNeeded: tokens.lowerBound)
        tokenCount = UInt16(truncatingIfNeeded: tokens.count)
        self.hint = hint
        self.hintStrength = Int8(truncatingIfNeeded: hintStrength)
        self.gender = gender
        self.inQuote = inQuote
        self.inHeadline = inHeadline
        self.isPart = isPart
        placeNumber = Int32(truncatingIfNeeded: place ?? -1)
        paragraphIndex = Int32(truncatingIfNeeded: paragraph)
    }

    /// The name as written, without titles or possessive ("John Kerry" in "Secretary of State John Kerry’s").
    var range: TextRange { TextRange(uncheckedStart: Int(start), end: Int(end)) }
    /// The tokens of the name.
    var tokens: Range<Int> { Int(firstToken)..<Int(firstToken) + Int(tokenCount) }
    /// The index in `Article.paragraphs` of its paragraph (-1 in the title).
    var paragraph: Int { Int(paragraphIndex) }
    /// The gazetteer place it names, by number (`Lexicon.placeName(_:)`).
    var place: Int? { placeNumber >= 0 ? Int(placeNumber) : nil }

    /// The number of its words (`words(_:_:).count`).
    func wordCount(_ tokens: TokenList) -> Int {
        if isPart { return 1 }
        var n = 0
        for k in self.tokens where tokens.kind(k) != .possessive { n += 1 }
        return n
    }

    /// The name's words in lower case, without dots ("us" for "U.S."); possessives left out.
    func words(_ tokens: TokenList, _ text: SourceText) -> [String] {
        if isPart { return [Tokenizer.lowercaseKey(text, range).replacingDots()] }
        var words: [String] = []
        words.reserveCapacity(self.tokens.count)
        for k in self.tokens where tokens.kind(k) != .possessive { words.append(tokens.key(k).replacingDots()) }
        return words
    }

    /// The name as written, spaces normalised (one space wherever the text has a gap between its tokens).
    func surface(_ tokens: TokenList, _ text: SourceText) -> String {
        if isPart { return text.string(range) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        forEachSurfaceByte(tokens, text) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with each byte of `surface(_:_:)`, without building the string.
    @inline(__always)
    func forEachSurfaceByte(_ tokens: TokenList, _ text: SourceText, _ body: (UInt8) -> Void) {
        if isPart {
            for i in range.start..<range.end { body(text.bytes[i]) }
            return
        }
        var previousEnd = -1
        for k in self.tokens {
            let r = tokens.range(k)
            if previousEnd >= 0 && r.start > previousEnd { body(0x20) }
            for i in r.start..<r.end { body(text.bytes[i]) }
            previousEnd = r.end
        }
    }
}

/// The title, role and origin words found with some mentions ("secretary", "russian"), kept apart from the
/// mentions because most have none.
struct MentionEvidence: Sendable {
    var roles: [[String]] = []
    var origins: [[String]] = []

    /// Stores the words of one mention and returns its entry (-1 when both are empty).
    mutating func add(roles: [String], origins: [String]) -> Int32 {
        guard !roles.isEmpty || !origins.isEmpty else { return -1 }
        self.roles.append(roles)
        self.origins.append(origins)
        return Int32(self.roles.count - 1)
    }

    func roles(_ m: NameMention) -> [String] { m.evidence >= 0 ? roles[Int(m.evidence)] : [] }
    func origins(_ m: NameMention) -> [String] { m.evidence >= 0 ? origins[Int(m.evidence)] : [] }
}
