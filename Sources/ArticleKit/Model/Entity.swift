/// The kinds of named things the entity sidebar lists.
public enum EntityType: String, Sendable, CaseIterable {
    case person
    case place
    case organization
    case other
}

/// One real-world person, place or organisation named in an article, with every way the article names it.
///
/// "John Kerry", "Kerry" and "Mr Kerry" are one entity; "FBI" and "Federal Bureau of Investigation" are one.
public struct Entity: Sendable, Hashable {
    /// The fullest form the article uses ("John Kerry").
    public var name: String
    public var type: EntityType
    /// Every distinct surface form used, fullest first.
    public var aliases: [String]
    /// Every occurrence in the title, headings and body (never in boilerplate), in text order.
    public var mentions: [TextRange]

    public init(name: String, type: EntityType, aliases: [String], mentions: [TextRange]) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
    }
}
