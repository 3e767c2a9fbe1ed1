import ArticleKit
import Testing
@testable import ReaderCore

@Suite("Wrapping paragraphs to a width")
struct LineWrapperTests {
    func wrap(_ s: String, _ width: Int) -> [String] {
        let text = SourceText(s)
        return LineWrapper.wrap(text, text.fullRange, width: width).map { text.string($0) }
    }

    @Test("breaks at spaces and never exceeds the width")
    func spaces() {
        let lines = wrap("The quick brown fox jumps over the lazy dog", 10)
        #expect(lines == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test("a word longer than the width is cut")
    func longWord() {
        #expect(wrap("abcdefghij klm", 4) == ["abcd", "efgh", "ij", "klm"])
    }

    @Test("CJK text breaks between characters and counts two columns each")
    func cjk() {
        let lines = wrap("東京都の新しい計画", 6)
        #expect(lines == ["東京都", "の新し", "い計画"])
        for line in lines { #expect(DisplayWidth.of(line) <= 6) }
    }

    @Test("line breaks of a hard-wrapped paragraph are spaces; CRLF counts once")
    func hardWrapped() {
        #expect(wrap("one two\r\nthree four", 20) == ["one two\r\nthree four"])
        #expect(DisplayWidth.of("x") == 1)
        let text = SourceText("one two\r\nthree four")
        var drawn = ""
        Glyphs.forEach(in: text, text.fullRange) { glyph, _ in drawn += glyph.text }
        #expect(drawn == "one two three four")
    }

    @Test("a 1 MB line without spaces wraps into full lines")
    func hugeLine() {
        let s = String(repeating: "x", count: 1_000_000)
        let text = SourceText(s)
        let lines = LineWrapper.wrap(text, text.fullRange, width: 80)
        #expect(lines.count == 12_500)
        #expect(lines.allSatisfy { $0.count == 80 })
    }
}
