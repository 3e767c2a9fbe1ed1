/// One occurrence of a name in the text, with the evidence found around it.
struct NameMention: Sendable {
    /// The name as written, without titles or possessive ("John Kerry" in "Secretary of State John Kerry’s").
    var range: TextRange
    /// The tokens of the name.
    var tokens: Range<Int>
    /// The name's words in lower case, without dots ("us" for "U.S.").
    var words: [String]
    /// The name as written, spaces normalised.
    var surface: String
    /// Evidence for a type from the name itself (a cue word, the gazetteer, a title, a first name).
    var hint: EntityType?
    /// How sure the hint is: 2 for a gazetteer or cue word, 1 for weaker evidence.
    var hintStrength: Int
    /// Title and role words found before the name or in an appositive after it ("secretary", "president").
    var roles: [String]
    /// Nationality or country words found before the name ("russian" in "Russian President Vladimir Putin").
    var origins: [String]
    /// Gender evidence from an honorific or a first name.
    var gender: Titles.Gender?
    /// Inside a quotation.
    var inQuote: Bool
    /// In the title or a heading (headline case: capitals are not evidence there).
    var inHeadline: Bool
    /// The index of the gazetteer place it names, by canonical name.
    var place: String?
    /// The index in `Article.paragraphs` of its paragraph (-1 in the title).
    var paragraph: Int
}
