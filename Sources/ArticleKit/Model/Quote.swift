/// How much of a sentence a quotation makes up.
public enum QuoteKind: String, Sendable {
    /// A whole sentence or more, in the speaker's words.
    case full
    /// A fragment inside the writer's own sentence (Kerry said the talks were “very serious”).
    case partial
}

/// Who said a quote, as the article names them.
public struct Speaker: Sendable, Hashable {
    /// The canonical name: the speaker entity's fullest name ("John Kerry" even where the cue says "he"), or the
    /// phrase for an unnamed speaker ("a State Department official").
    public var name: String
    /// The index of the speaker's entity in `Article.entities`, nil for an unnamed speaker.
    public var entity: Int?
    /// The speaker's entity type, when known.
    public var type: EntityType?

    public init(name: String, entity: Int?, type: EntityType?) {
        self.name = name
        self.entity = entity
        self.type = type
    }
}

/// One segment of a direct quotation.
///
/// `range` is the text strictly inside the quotation marks. A quote interrupted by its attribution
/// (“We will,” he said, “win.”) is two segments; a quote running over several paragraphs is one segment per
/// paragraph, all with the same speaker.
public struct Quote: Sendable, Hashable {
    public var range: TextRange
    public var kind: QuoteKind
    /// Who said it; nil when the article does not say.
    public var speaker: Speaker?
    /// The words the attribution points at: the "he" in "he said", the "Kerry" in "Kerry said".
    public var speakerMention: TextRange?
    /// The reporting verb or phrase: "said", "told reporters", "according to".
    public var cue: TextRange?
    /// The index in `Article.paragraphs` of the paragraph holding the quote, -1 for a quote in the headline
    /// (`Article.title`).
    public var paragraph: Int

    public init(range: TextRange, kind: QuoteKind, speaker: Speaker? = nil, speakerMention: TextRange? = nil,
                cue: TextRange? = nil, paragraph: Int) {
        self.range = range
        self.kind = kind
        self.speaker = speaker
        self.speakerMention = speakerMention
        self.cue = cue
        self.paragraph = paragraph
    }
}
