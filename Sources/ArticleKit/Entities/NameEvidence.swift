/// What the whole article says about its words: which ones are capitalised in the middle of a sentence (so they
/// are names) and which ones are also written in lower case (so a capital at the start of a sentence is not
/// evidence of a name).
struct NameEvidence: Sendable {
    /// Words (entries of `words`) written with a capital inside a body sentence (not at its start).
    private var capitalizedInside: [Bool]
    /// Words written in lower case somewhere.
    private var seenLowercase: [Bool]
    private let words: Vocabulary

    /// Reads the words of the body: not the title, and not lines in headline case, where every word is
    /// capitalised.
    init(_ tokens: TokenList) {
        words = tokens.words
        capitalizedInside = [Bool](repeating: false, count: words.count)
        seenLowercase = [Bool](repeating: false, count: words.count)
        for k in tokens.titleTokenCount..<tokens.count where tokens.kind(k) == .word {
            // The flags first; the token before is read only for a capital inside a sentence.
            let flags = tokens.flags(k)
            guard !flags.contains(.headline) else { continue }
            let word = tokens.word(k)
            guard flags.contains(.capitalized) else {
                seenLowercase[word] = true
                continue
            }
            guard !flags.contains(.startsSentence) else { continue }
            let afterOpening: Bool
            if k == 0 || flags.contains(.beginsParagraph) {
                afterOpening = true
            } else {
                // Any dash counts here ("Reuters - Shares fell"); name finding asks for a dateline's.
                let p = tokens[k - 1]
                afterOpening = tokens.followsOpening(k)
                    || p.kind == .punctuation && (p.character == "-" || p.character == "—" || p.character == "–")
            }
            if !afterOpening && (!flags.contains(.allCaps) || tokens.words.keyLength(word) <= 5) {
                capitalizedInside[word] = true
            }
        }
    }

    /// Whether the word of a token is written with a capital inside a body sentence.
    func isCapitalizedInside(_ t: Token) -> Bool { capitalizedInside[t.word] }

    /// Whether the word of a token is written in lower case somewhere.
    func isSeenLowercase(_ t: Token) -> Bool { seenLowercase[t.word] }

    /// Whether `key` (lower case) is written with a capital inside a body sentence.
    func isCapitalizedInside(_ key: String) -> Bool { words.find(key).map { capitalizedInside[$0] } ?? false }

    /// Whether `key` (lower case) is written in lower case somewhere.
    func isSeenLowercase(_ key: String) -> Bool { words.find(key).map { seenLowercase[$0] } ?? false }
}
