import Testing
@testable import ArticleKit

@Suite("The structure alone")
struct StructureFirstTests {
    @Test("Article(structureOf:) finds the same headline, paragraphs and sections as the full analysis, and nothing else")
    func sameStructure() {
        let text = SourceText("""
            Harbour Talks Resume

            By Ana Writer

            Port workers met on Monday, and Ana Ruiz said the talks were “useful”.

            Night Shift

            “We will stay,” Ruiz said.
            """)
        let full = Article(analyzing: text)
        let structure = Article(structureOf: text, warnings: ["w"])
        #expect(structure.title == full.title)
        #expect(structure.paragraphs == full.paragraphs)
        #expect(structure.sections == full.sections)
        #expect(structure.quotes.isEmpty && structure.entities.isEmpty && structure.sentences.isEmpty)
        #expect(structure.warnings == ["w"])
        #expect(!full.quotes.isEmpty)
    }
}
