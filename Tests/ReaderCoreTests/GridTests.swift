import Testing
@testable import ReaderCore

@Suite("Grid and glyphs")
struct GridTests {
    @Test("wide glyphs take two cells and never hang over a clip edge")
    func wideGlyphs() {
        var grid = Grid(size: Size(width: 6, height: 1))
        let end = grid.put("a漢字b", x: 0, y: 0, style: .plain)
        #expect(end == 6)
        #expect(grid.line(0) == "a漢字b")
        #expect(grid[1, 0].width == 2 && grid[2, 0].width == 0)
        var clipped = Grid(size: Size(width: 4, height: 1))
        clipped.put("ab漢", x: 0, y: 0, style: .plain, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(clipped.line(0) == "ab  ")
    }

    @Test("overwriting half of a wide glyph blanks its other half")
    func halfGlyphs() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("漢字", x: 0, y: 0, style: .plain)
        grid.put("x", x: 1, y: 0, style: .plain)
        #expect(grid.line(0) == " x字")
        grid.fill(Rect(x: 2, y: 0, width: 1, height: 1))
        #expect(grid.line(0) == " x  ")
    }

    @Test("control characters and bidi overrides are drawn as visible symbols, never passed through")
    func controls() {
        var glyphs: [String] = []
        Glyphs.forEach(in: "a\u{1B}[2J\u{202E}b\u{7}") { glyphs.append($0.text) }
        #expect(glyphs == ["a", "␛", "[", "2", "J", "▯", "b", "␇"])
        #expect(!glyphs.joined().unicodeScalars.contains { $0.value < 0x20 || (0x80...0x9F).contains($0.value) })
    }

    @Test("combining marks stay on their letter, at most four, and take no column")
    func combining() {
        var glyphs: [Glyph] = []
        Glyphs.forEach(in: "e\u{301}x" + String(repeating: "\u{300}", count: 50)) { glyphs.append($0) }
        #expect(glyphs.count == 2)
        #expect(glyphs[0].text == "e\u{301}" && glyphs[0].width == 1)
        #expect(glyphs[1].text.unicodeScalars.count == 1 + Glyphs.maxCombiningMarks)
        #expect(DisplayWidth.of("e\u{301}x") == 2)
    }

    @Test("emoji sequences are drawn as their parts so every terminal agrees on the width")
    func emoji() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 1)            // VS16 dropped: the heart is drawn as text
        #expect(DisplayWidth.of("👩\u{200D}💻") == 4)          // ZWJ dropped: two emoji side by side
        #expect(DisplayWidth.of("👍\u{1F3FD}") == 2)           // skin tone dropped
        #expect(DisplayWidth.of("\u{1F1EE}\u{1F1F8}") == 2)    // flag letters shown as "IS"
        #expect(DisplayWidth.of("ｱ漢한") == 5)                  // half-width katakana is narrow
    }

    @Test("truncating and padding count columns, not characters")
    func columns() {
        #expect(Columns.truncate("東京都庁", to: 5) == "東京…")
        #expect(DisplayWidth.of(Columns.pad("東京", to: 7)) == 7)
        #expect(Columns.spread("left", "right", width: 12) == "left   right")
    }
}
