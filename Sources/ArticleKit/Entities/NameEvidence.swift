/// What the whole article says about its words: which ones are capitalised in the middle of a sentence (so they
/// are names) and which ones are also written in lower case (so a capital at the start of a sentence is not
/// evidence of a name).
struct NameEvidence: Sendable {
    /// Lower-case keys of words written with a capital inside a body sentence (not at its start).
    var capitalizedInside = HashedWords()
    /// Lower-case keys of words written in lower case somewhere.
    var seenLowercase = HashedWords()

    init(_ tokens: [Token], body: (Token) -> Bool) {
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .word && body(t) {
                let previous = k > 0 ? tokens[k - 1] : nil
                let afterOpening = previous.map { p in
                    p.kind == .quoteMark && p.opensQuote
                        || p.kind == .punctuation && [":", "(", "[", "-", "—", "–", "•"].contains(p.key)
                        || p.paragraph != t.paragraph
                } ?? true
                if t.isCapitalized && !t.startsSentence && !afterOpening {
                    if !t.isAllCaps || t.key.utf8.count <= 5 { capitalizedInside.insert(hash: t.hash) }
                } else if !t.isCapitalized {
                    seenLowercase.insert(hash: t.hash)
                }
            }
            k += 1
        }
    }
}
