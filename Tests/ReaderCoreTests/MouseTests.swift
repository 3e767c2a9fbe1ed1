import Testing
@testable import ReaderCore

@Suite("The mouse")
struct MouseTests {
    @Test("the wheel scrolls the pane under the pointer, not the focused one")
    func wheel() {
        var r = Fixtures.reader(Fixtures.long(), width: 160, height: 45)
        let before = r.article!.top
        let article = r.layout.article
        _ = r.handle(.mouse(MouseEvent(.wheelDown, x: article.x + 5, y: article.y + 5)))
        #expect(r.article!.top != before)
        #expect(r.article!.focus == .article)
        let outline = r.layout.outline!
        let scrolled = r.article!.top
        _ = r.handle(.mouse(MouseEvent(.wheelDown, x: outline.x + 2, y: outline.y + 2)))
        #expect(r.article!.top == scrolled)
        #expect(r.article!.outline.selected > 0)
    }

    @Test("a click focuses the pane and selects the item under it")
    func click() {
        var r = Fixtures.reader(Fixtures.harbour, width: 160, height: 45)
        let entities = r.layout.entities!
        // Row 1 inside the border is the "People" heading, row 2 the first person.
        _ = r.handle(.mouse(MouseEvent(.click, x: entities.x + 3, y: entities.y + 2)))
        #expect(r.article!.focus == .entities)
        #expect(r.article!.selectedEntity == 0)
        let quotes = r.layout.quotes!
        _ = r.handle(.mouse(MouseEvent(.click, x: quotes.x + 3, y: quotes.y + 3)))
        #expect(r.article!.focus == .quotes)
        #expect(r.article!.quotes.selected == 2)
    }

    @Test("with the mouse off (--no-mouse), mouse events change nothing")
    func off() {
        var r = Fixtures.reader(Fixtures.long(), width: 160, height: 45)
        _ = r.handle(.started(ReaderSettings(mouse: false), warnings: []))
        let before = r.article!.top
        _ = r.handle(.mouse(MouseEvent(.wheelDown, x: r.layout.article.x + 5, y: 10)))
        #expect(r.article!.top == before)
    }
}
