/// Words written with a final dot that does not end a sentence (lower case, without the dot).
enum Abbreviations {
    /// Every word that takes an abbreviation dot.
    static let dotted: Set<String> = titles.union(others).union(months).union(states)

    /// Whether the ASCII letters of `range` in `b`, lowered, are a word that takes an abbreviation dot;
    /// `hash` is their `WordHash`. (A string is built only when the hash matches.)
    static func isDotted(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Bool {
        guard dottedHashes.contains(hash: hash) else { return false }
        return dotted.contains(String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self).lowercased())
    }

    private static let dottedHashes = HashedWords(dotted)

    /// Titles before a name: a sentence never ends after them.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "gov",
        "sen", "sens", "rep", "reps", "rev", "fr", "st", "sr", "pres", "supt", "insp", "det", "cpl", "pvt", "hon",
        "brig", "cdr", "atty", "amb", "lieut", "mme", "mlle", "msgr",
    ]

    /// Month names, abbreviated ("Jan. 5").
    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// US state abbreviations in news style ("Portland, Ore.").
    static let states: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
        "vt", "wash", "wis", "wyo",
    ]

    /// Other abbreviations.
    static let others: Set<String> = [
        "jr", "inc", "corp", "co", "ltd", "llc", "plc", "bros", "no", "nos", "vs", "etc", "approx", "dept", "est",
        "ft", "mt", "ave", "blvd", "rd", "univ", "assn", "cf", "al", "vol", "fig", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "e.g", "i.e", "p.m", "a.m", "u.s", "u.k", "u.n", "d.c",
    ]

    /// Abbreviations that may end a sentence when a sentence-like word follows ("... in the U.S. The ...").
    static func canEndSentence(_ bare: String) -> Bool {
        !titles.contains(bare) && !months.contains(bare) && bare != "no" && bare != "vs" && bare.count > 1
    }
}
