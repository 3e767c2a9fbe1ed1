extension Article {
    /// The structure of `text` alone: headline, paragraphs and sections, with no sentences, quotes or entities.
    ///
    /// A fraction of the full analysis's cost, and the same paragraphs and sections `Article(analyzing:)` finds
    /// (the analysis starts from them), so a reader can show a long article's text at once and take the quotes
    /// and entities when the full analysis arrives.
    public init(structureOf text: SourceText, warnings: [String] = []) {
        let structure = StructureParser.parse(text)
        self.init(text: text, title: structure.title, paragraphs: structure.paragraphs, sections: structure.sections,
                  sentences: [], quotes: [], entities: [], warnings: warnings)
    }

    /// The structure of the beginning of `text` alone: its paragraphs up to the first blank line (else line
    /// break) at or after `bytes`, for a reader that shows a long article's first screens before even its
    /// structure is known. The paragraphs before the last one are those `Article(structureOf:)` finds; their
    /// kinds may change once the rest is known (a heading needs text after it, trailers are found at the end).
    public init(beginningOf text: SourceText, bytes: Int, warnings: [String] = []) {
        let structure = StructureParser.parse(text, upTo: Lines.end(of: text, near: bytes))
        self.init(text: text, title: structure.title, paragraphs: structure.paragraphs, sections: structure.sections,
                  sentences: [], quotes: [], entities: [], warnings: warnings)
    }
}
