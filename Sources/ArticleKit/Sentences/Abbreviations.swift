/// Words written with a final dot that does not end a sentence: the lists of `Lexicon/Lists/Text/`.
enum Abbreviations {
    /// Whether the word whose lower-case letters have `WordHash` `hash` takes an abbreviation dot ("mr", "inc",
    /// "calif").
    @inline(__always)
    static func isDotted(hash: UInt64) -> Bool { Lexicon.flags(hash: hash).contains(.dotted) }

    /// Whether a sentence may end after an abbreviation whose key without its dot has flags `bare` and is
    /// `length` characters long, when a sentence-like word follows ("... in the U.S. The ..."): never after a
    /// title, a month, "No." or a single letter.
    static func canEndSentence(_ bare: Lex, length: Int) -> Bool {
        bare.isDisjoint(with: neverEnds) && length > 1
    }

    private static var neverEnds: Lex { Lex(rawValue: Lex.abbreviationTitle.rawValue | Lex.monthAbbreviation.rawValue | Lex.neverEndsSentence.rawValue) }
}
