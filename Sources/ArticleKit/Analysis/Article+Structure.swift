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
}
