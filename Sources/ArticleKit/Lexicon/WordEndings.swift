/// Endings and beginnings of words that the analysis reads as evidence: lists of parts of words, which the
/// word table (`Lexicon`) cannot hold, kept here with the other lists.
enum WordEndings {
    /// Endings of nouns for a role or a job ("engineer", "economist", "historian") (`MentionFinder.isRoleLike`).
    static let roleLike = ["er", "or", "ist", "ian", "ant", "ent", "eer"]

    /// Endings of nouns that can head the description of someone who speaks ("analysts", "residents",
    /// "fishermen") (`SpeakerPhraseReader.canHeadSpeaker`).
    static let speakerHead = ["ist", "ists", "ers", "ors", "ian", "ians", "ants", "ents", "people", "men", "women",
                              "man", "woman"]

    /// The endings that make a demonym of a demonym ("Russians"), in the order they are tried, and whether they
    /// also make one of a place's name ("Alaskan", "Alaskans"; not "Americas").
    static let demonymEndings: [(StaticString, Bool)] = [("ns", true), ("n", true), ("s", false)]

    /// Endings of words of origin that the demonym list lacks ("Faroese", "Amazonian", "Indigenous").
    static let demonymLike = ["ese", "ian", "ean", "ish", "ous", "ic"]

    /// Endings of a party's short form used as an adjective ("Republican", "Democrat", "Conservative"; not
    /// "Labour" or "Tories", which name the party).
    static let adjectiveLike = ["an", "at", "ic", "ive"]

    /// Endings of a capitalised word at a sentence start that is a verb or adverb, not a name ("Speaking",
    /// "Clearly", "Asked").
    static let verbLike: [StaticString] = ["ing", "ly", "ed"]

    /// Beginnings of surnames with a capital inside ("McDonald", "DeLuca", "O’Brien"): not camel case.
    static let surnamePrefixes = ["Mc", "Mac", "De", "Di", "La", "Le", "Van", "O’", "O'", "D'", "D’"]

    /// Arabic articles joined to a name by a hyphen ("al-Assad"), which a surname may be used without.
    static let arabicPrefixes = ["al-", "el-", "ad-", "as-", "ash-", "an-", "bin-"]
}

/// Punctuation that rules read as evidence, by what it does.
enum PunctuationSets {
    /// What follows the place of a dateline ("WASHINGTON (Reuters) -", "TRENTON —", "OTTAWA, March 3 -").
    static let datelineFollower: Set<String> = ["—", "–", "-", "--", ",", "("]

    /// Punctuation after which a capital opens a clause, as at a sentence start (": The", "(The", "— The").
    static let opening: Set<String> = [":", "(", "-", "—"]

    /// Punctuation between a closing quotation mark and its cue ("…,” said", "…” — said").
    static let afterQuote: Set<String> = [",", "—", "–", "-", "--", ")", "'", "\"", "’", "”", "“", "‘"]
}
