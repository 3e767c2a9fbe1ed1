import ArticleKit
import Testing
@testable import ReaderCore

/// Esc clears highlights, as in less and vim, and forgets nothing: the search goes on with `n` and an empty `/`,
/// and the current quote stays. (Issue 13, point 2.)
@Suite("Esc clears the highlight only")
struct EscapeTests {
    @Test("after /ruiz Enter and Esc, the matches are not highlighted, and n goes to the next match")
    func escapeThenNext() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("/")
        r.type("ruiz")
        r.press("Enter")
        #expect(r.screen.shows("/ruiz 1/3"))
        r.press("Esc")
        let grid = r.screen
        let mark = r.theme.style(.currentMatch)
        #expect(!grid.cells.contains { $0.style == mark }, "a match is still highlighted")
        r.press("n")
        #expect(r.screen.shows("/ruiz 2/3"), "\(r.screen.lines.last!)")
        #expect(r.message?.text.contains("no search") != true)
    }

    @Test("after Esc, an empty / repeats the last search")
    func escapeThenEmptySearch() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("/")
        r.type("ruiz")
        r.press("Enter", "Esc", "/", "Enter")
        #expect(r.screen.shows("/ruiz 2/3"), "\(r.screen.lines.last!)")
    }

    @Test("Esc keeps the current quote, however often it is pressed")
    func escapeKeepsTheQuote() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("}", "}")
        #expect(r.article!.currentQuote == 1)
        r.press("Esc", "Esc", "Esc")
        #expect(r.article!.currentQuote == 1)
        #expect(r.screen.shows("Ana Ruiz 2/4"))
    }

    @Test("Esc clears the selected entity's marks once the search highlight is gone")
    func escapeClearsEntityMarks() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("Tab", "Tab", "Tab", "Enter", "Tab")
        #expect(r.article!.selectedEntity == 0)
        r.press("Esc")
        #expect(r.article!.selectedEntity == nil)
    }
}
