/// What the whole article says about its words: which ones are capitalised in the middle of a sentence (so they
/// are names) and which ones are also written in lower case (so a capital at the start of a sentence is not
/// evidence of a name).
struct NameEvidence: Sendable {
    /// Lower-case keys of words written with a capital inside a body sentence (not at its start).
    var capitalizedInside = HashedWords()
    /// Lower-case keys of words written in lower case somewhere.
    var seenLowercase = HashedWords()

    /// Reads the words of the body: not the title, and not lines in headline case (`headline[k]`), where every
    /// word is capitalised.
    init(_ tokens: [Token], headline: [Bool]) {
        tokens.withUnsafeBufferPointer { tokens in
            for k in tokens.indices where tokens[k].kind == .word && tokens[k].paragraph >= 0 && !headline[k] {
                let afterOpening: Bool
                if k == 0 || tokens[k - 1].paragraph != tokens[k].paragraph {
                    afterOpening = true
                } else {
                    let p = tokens[k - 1]
                    afterOpening = p.kind == .quoteMark && p.opensQuote
                        || p.kind == .punctuation && (p.character == ":" || p.character == "(" || p.character == "["
                            || p.character == "-" || p.character == "—" || p.character == "–" || p.character == "•")
                }
                if tokens[k].isCapitalized && !tokens[k].startsSentence && !afterOpening {
                    if !tokens[k].isAllCaps || tokens[k].key.utf8.count <= 5 { capitalizedInside.insert(hash: tokens[k].hash) }
                } else if !tokens[k].isCapitalized {
                    seenLowercase.insert(hash: tokens[k].hash)
                }
            }
        }
    }
}
