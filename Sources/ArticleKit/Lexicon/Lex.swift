/// Which word lists a word belongs to, as bits: one flag per list (`Lex+Lists.swift`, generated from
/// `Lists/` and open data by `scripts/generate-lexicon`). Each token's word carries its flags
/// (`Vocabulary.Facts`), so hot loops test bits instead of looking words up.
struct Lex: OptionSet, Sendable, Hashable {
    let rawValue: UInt128

    init(rawValue: UInt128) { self.rawValue = rawValue }

    /// The flag of list number `bit`.
    init(bit: Int) { rawValue = 1 << UInt128(bit) }
}

/// A person's gender, as a given name, an honorific or a pronoun tells it.
enum Gender: Sendable { case male, female }

/// What a personal pronoun can point at.
enum PronounKind: Sendable { case male, female, plural, firstPerson, neuter }

/// What kind of place a gazetteer entry is.
enum PlaceKind: UInt8, Sendable {
    case country = 0, usState = 1, region = 2, city = 3
}
