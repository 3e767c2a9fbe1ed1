import ArticleKit
import Testing
@testable import ReaderCore

@Suite("Reading by keys: keys in, state out")
struct ReaderTests {
    @Test("] walks the section headings in order and says when there are no more")
    func sections() {
        var r = Fixtures.reader(Fixtures.harbour)
        let sections = r.article!.document.article.sections
        #expect(sections.count == 3)
        r.press("]")
        #expect(r.article!.outline.selected == 1)
        #expect(r.screen.shows("Night Shift"))
        r.press("]")
        #expect(r.article!.outline.selected == 2)
        r.press("]")
        #expect(r.message?.text == "last section")
        r.press("[")
        #expect(r.article!.outline.selected == 1)
        r.press("[")
        #expect(r.article!.outline.selected == 0)
        #expect(r.message?.text == nil)
    }

    @Test("} makes the first quote current; > and < move through that speaker's quotes, wrapping")
    func speakerQuotes() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("}")
        let quotes = r.article!.document.article.quotes
        #expect(r.article!.currentQuote == 0)
        #expect(r.screen.shows("“ Ana Ruiz 1/4"))
        var seen: [Int] = []
        for _ in 0..<3 { r.press(">"); seen.append(r.article!.currentQuote!) }
        #expect(seen.allSatisfy { quotes[$0].speaker?.name == "Ana Ruiz" })
        #expect(r.screen.shows("Ana Ruiz 4/4"))
        r.press(">")
        #expect(r.article!.currentQuote == 0)
        #expect(r.message?.text.contains("wrapped") == true)
        r.press("<")
        #expect(r.screen.shows("Ana Ruiz 4/4"))
        r.press("}")
        #expect(quotes[r.article!.currentQuote!].speaker?.name != nil)
    }

    @Test("after scrolling by hand, } and n step from the screen, not from the quote or match left behind")
    func stepFromTheScreen() {
        var r = Fixtures.reader(Fixtures.long(), width: 80, height: 24)
        r.press("/")
        r.type("begins")
        r.press("Enter", "n", "n")
        #expect(r.screen.lines.last!.contains("/begins 3/60"))
        r.press("G", "g", "n")
        #expect(r.screen.lines.last!.contains("/begins 1/60"), "\(r.screen.lines.last!)")
        var q = Fixtures.reader(Fixtures.harbour)
        q.press("}", "}", "}")
        #expect(q.article!.currentQuote == 2)
        q.press("g", "}")
        #expect(q.article!.currentQuote == 0)
    }

    @Test("the speaker picker lists speakers with counts and filters as you type")
    func picker() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("s")
        let screen = r.screen
        #expect(screen.shows("Speakers"))
        #expect(screen.lines.contains { $0.contains("Ana Ruiz") && $0.contains("4") })
        r.type("berg")
        #expect(r.speakerChoices("berg").map(\.name) == ["Tomas Berg"])
        #expect(r.speakerChoices("").count == 3)
        r.press("Enter")
        #expect(r.overlay == nil)
        #expect(r.article!.document.speakerName(ofQuote: r.article!.currentQuote!) == "Tomas Berg")
        #expect(r.screen.shows("Tomas Berg 1/2"))
    }

    @Test("search: smart case, every match counted, n wraps with a message, Esc in the prompt cancels")
    func search() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("/")
        r.type("ruiz")
        #expect(r.screen.lines.last!.contains("/ruiz"))
        r.press("Enter")
        #expect(r.article!.search?.matches.count == 3)
        #expect(r.screen.shows("/ruiz 1/3"))
        r.press("n", "n")
        #expect(r.screen.shows("/ruiz 3/3"))
        r.press("n")
        #expect(r.screen.shows("/ruiz 1/3"))
        #expect(r.message?.text.contains("continuing at the top") == true)
        r.press("N")
        #expect(r.screen.shows("/ruiz 3/3"))
        r.press("/")
        r.type("RUIZ")
        r.press("Enter")
        #expect(r.article!.search?.matches.count == 0)
        #expect(r.message?.isError == true)
        r.press("/")
        r.type("x")
        r.press("Esc")
        #expect(r.prompt == nil)
    }

    @Test("Tab and Shift-Tab cycle the panes; Enter in the outline jumps to the heading")
    func focusAndEnter() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("Tab")
        #expect(r.article!.focus == .outline)
        r.press("Tab", "Tab", "Tab")
        #expect(r.article!.focus == .article)
        r.press("Shift-Tab")
        #expect(r.article!.focus == .entities)
        r.press("Shift-Tab", "Shift-Tab", "j", "j", "Enter")
        #expect(r.article!.focus == .outline)
        let rows = ArticleRows(document: r.article!.document, width: r.geometry.textWidth)
        let heading = r.article!.document.article.sections[2].heading!
        #expect(rows.isBefore(r.article!.top, rows.position(of: heading.start)))
        #expect(r.screen.shows("Money Matters"))
    }

    @Test("Enter on an entity selects it; * and # walk its mentions with a count")
    func mentions() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("Tab", "Tab", "Tab")
        #expect(r.article!.focus == .entities)
        r.press("Enter")
        #expect(r.article!.selectedEntity == 0)
        r.press("*")
        #expect(r.screen.shows("* Ana Ruiz 2/"))
        r.press("#")
        #expect(r.screen.shows("* Ana Ruiz 1/"))
    }

    @Test("j, k, Space, b, Ctrl-D, G and g move the article; the status says Top and Bot")
    func scrolling() {
        var r = Fixtures.reader(Fixtures.long(), width: 80, height: 24)
        #expect(r.screen.lines.last!.contains("Top"))
        let start = r.article!.top
        r.press("j")
        #expect(r.article!.top != start)
        r.press("k")
        #expect(r.article!.top == ArticleRows(document: r.article!.document, width: r.geometry.textWidth).move(start, by: 0))
        r.press(" ")
        #expect(r.screen.lines[2].contains("Paragraph 5 begins"))
        r.press("b")
        #expect(r.screen.lines.last!.contains("Top"))
        r.press("C-d")
        #expect(!r.screen.lines.last!.contains("Top"))
        r.press("G")
        #expect(r.screen.lines.last!.contains("Bot"))
        #expect(r.screen.shows("number 60"))
        r.press("g")
        #expect(r.screen.lines.last!.contains("Top"))
    }

    @Test("resizing keeps the paragraph that was at the top on screen")
    func resize() {
        var r = Fixtures.reader(Fixtures.long(), width: 160, height: 45)
        for _ in 0..<40 { r.press("j") }
        let topText = r.screen.lines[2]
        let marker = topText.firstRange(of: "Paragraph ").map { String(topText[$0.lowerBound...].prefix(13)) }
        let rows = ArticleRows(document: r.article!.document, width: r.geometry.textWidth)
        let block = rows.document.blocks[r.article!.top.block]
        let paragraphStart = rows.document.text.string(TextRange(block.range.start, block.range.start + 13))
        for size in [(80, 24), (41, 12), (20, 6), (200, 60), (160, 45)] {
            _ = r.handle(.resize(Size(width: size.0, height: size.1)))
            if size.0 >= 30 { #expect(r.screen.shows(paragraphStart) || r.screen.shows(String(paragraphStart.prefix(9)))) }
        }
        #expect(marker != nil)
        #expect(r.screen.lines[2] == topText)
    }

    @Test("q saves the position and quits; in a library it goes back to the list")
    func quit() {
        var r = Fixtures.reader(Fixtures.harbour)
        let effects = r.handle(.key(.char("q")))
        #expect(effects.contains(.quit))
        #expect(effects.contains { if case .saveReadingPosition(let p, _) = $0 { return p == "/tmp/harbour-talks.txt" } else { return false } })
        var lib = ReaderState(size: Size(width: 100, height: 30))
        _ = lib.handle(.libraryListed(LibraryState(entries: [.init(path: "a.txt", title: "Alpha"), .init(path: "b.txt", title: "Beta")],
                                                   location: "Articles"), reopen: nil))
        #expect(lib.screen.shows("Alpha") && lib.screen.shows("Beta"))
        let open = lib.handle(.key(.char("j")))
        #expect(open.isEmpty)
        #expect(lib.handle(.key(.enter)) == [.openArticle(path: "b.txt")])
        _ = lib.handle(.articleOpened(path: "b.txt", .success(Fixtures.harbour), position: nil))
        #expect(lib.article != nil)
        _ = lib.handle(.key(.char("q")))
        #expect(lib.article == nil && !lib.finished)
        #expect(lib.handle(.key(.char("q"))) == [.quit])
    }

    @Test("typing in the library filters it by title")
    func libraryFilter() {
        var lib = ReaderState(size: Size(width: 100, height: 30))
        _ = lib.handle(.libraryListed(LibraryState(entries: [.init(path: "a.txt", title: "Café Opens"), .init(path: "b.txt", title: "Beta")],
                                                   location: "Articles"), reopen: nil))
        lib.press("/")
        lib.type("cafe")
        #expect(lib.library!.visible == [0])
        lib.press("Enter")
        #expect(lib.handle(.key(.enter)) == [.openArticle(path: "a.txt")])
    }

    @Test("? shows the help generated from the keymap; q closes it")
    func help() {
        var r = Fixtures.reader(Fixtures.harbour)
        r.press("?")
        #expect(r.screen.shows("next quote by the current speaker"))
        r.press("q")
        #expect(r.overlay == nil && !r.finished)
    }

    @Test("at 80 columns a side pane is an overlay while focused; Esc hides it")
    func foldedOverlay() {
        var r = Fixtures.reader(Fixtures.harbour, width: 80, height: 24)
        #expect(!r.screen.shows("Outline"))
        r.press("Tab")
        #expect(r.screen.shows("Outline"))
        r.press("Esc")
        #expect(r.article!.focus == .article)
        #expect(!r.screen.shows("Outline"))
    }
}
