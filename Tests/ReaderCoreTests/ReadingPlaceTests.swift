import ArticleKit
import Testing
@testable import ReaderCore

/// Where the reader is: a resumed position is announced and does not steer the first search, and a jumped-to
/// target survives a resize. (Issue 13, point 1.)
@Suite("Keeping the reader's place")
struct ReadingPlaceTests {
    /// The byte offset of `text` in the document.
    static func offset(of text: String, in document: ArticleDocument) -> Int {
        Fixtures.ranges(document.text, text)[0].start
    }

    @Test("an article opened at a saved position says so in the status line until the reader moves")
    func resumedIsAnnounced() {
        let document = Fixtures.long()
        var r = ReaderState(size: Size(width: 80, height: 24))
        _ = r.handle(.articleOpened(path: document.path, .success(document),
                                    position: Self.offset(of: "Paragraph 30 begins", in: document)))
        let status = r.screen.lines.last!
        #expect(status.contains("resumed at") && status.contains("g for top"), "\(status)")
        r.press("j")
        #expect(!r.screen.lines.last!.contains("resumed"))
    }

    @Test("a fresh open shows nothing about resuming")
    func freshOpen() {
        let r = Fixtures.reader(Fixtures.long(), width: 80, height: 24)
        #expect(!r.screen.lines.last!.contains("resumed"))
    }

    @Test("the first / after a resumed open searches from the top; after moving, from where the reader is")
    func firstSearchFromTheTop() {
        let document = Fixtures.long()
        var r = ReaderState(size: Size(width: 80, height: 24))
        _ = r.handle(.articleOpened(path: document.path, .success(document),
                                    position: Self.offset(of: "Paragraph 30 begins", in: document)))
        r.press("/")
        r.type("begins")
        r.press("Enter")
        #expect(r.screen.lines.last!.contains("/begins 1/60"), "\(r.screen.lines.last!)")
        #expect(!r.screen.lines.last!.contains("resumed"), "the search moved the reader: \(r.screen.lines.last!)")
        r.press("Esc", "n")
        #expect(r.screen.lines.last!.contains("/begins 2/60"), "\(r.screen.lines.last!)")

        var moved = ReaderState(size: Size(width: 80, height: 24))
        _ = moved.handle(.articleOpened(path: document.path, .success(document),
                                        position: Self.offset(of: "Paragraph 30 begins", in: document)))
        moved.press("j", "k")
        moved.press("/")
        moved.type("begins")
        moved.press("Enter")
        #expect(!moved.screen.lines.last!.contains("/begins 1/60"), "\(moved.screen.lines.last!)")
    }

    @Test("a heading jumped to near the end stays on screen when the terminal shrinks")
    func jumpTargetSurvivesResize() {
        var r = Fixtures.reader(Fixtures.long(), width: 160, height: 45)
        for _ in 0..<6 { r.press("]") }
        #expect(r.screen.lines.last!.contains("§ Part 6"))
        #expect(r.screen.shows("Part 6"))
        _ = r.handle(.resize(Size(width: 80, height: 24)))
        #expect(r.screen.find("Part 6", in: r.layout.articleText) != nil, "\(r.screen)")
        _ = r.handle(.resize(Size(width: 160, height: 45)))
        #expect(r.screen.find("Part 6", in: r.layout.articleText) != nil)
    }

    @Test("a quote made current stays on screen through a resize")
    func currentQuoteSurvivesResize() {
        var r = Fixtures.reader(Fixtures.harbour, width: 160, height: 45)
        r.press("{")  // the last quote
        _ = r.handle(.resize(Size(width: 40, height: 12)))
        #expect(r.screen.find("all options", in: r.layout.articleText) != nil, "\(r.screen)")
    }
}
