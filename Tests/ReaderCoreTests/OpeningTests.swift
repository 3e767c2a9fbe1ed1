import ArticleKit
import Testing
@testable import ReaderCore

/// Opening an article is work the host does while the screen stays live; the status line says so exactly while
/// it lasts. (Issue 13, point 3.)
@Suite("Opening an article")
struct OpeningTests {
    static func library() -> ReaderState {
        var lib = ReaderState(size: Size(width: 100, height: 30))
        _ = lib.handle(.libraryListed(LibraryState(entries: [.init(path: "/tmp/harbour-talks.txt", title: "Harbour"),
                                                             .init(path: "/tmp/b.txt", title: "Beta")],
                                                   location: "Articles"), reopen: nil))
        return lib
    }

    @Test("“opening …” shows while the article is being opened and is gone once it is open")
    func openingMessage() {
        var lib = Self.library()
        #expect(lib.handle(.key(.enter)) == [.openArticle(path: "/tmp/harbour-talks.txt")])
        #expect(lib.screen.lines.last!.contains("opening harbour-talks.txt…"))
        _ = lib.handle(.articleOpened(path: "/tmp/harbour-talks.txt", .success(Fixtures.harbour), position: nil))
        #expect(lib.article != nil)
        #expect(!lib.screen.lines.last!.contains("opening"), "\(lib.screen.lines.last!)")
    }

    @Test("background work arriving meanwhile does not keep or bring back “opening …”")
    func detailsWhileOpening() {
        var lib = Self.library()
        _ = lib.handle(.key(.enter))
        _ = lib.handle(.libraryDetails(path: "/tmp/b.txt", ArticleDetails(title: "Beta", quoteCount: 2, entityCount: 3)))
        #expect(lib.screen.lines.last!.contains("opening"))
        _ = lib.handle(.articleOpened(path: "/tmp/harbour-talks.txt", .success(Fixtures.harbour), position: nil))
        _ = lib.handle(.libraryDetails(path: "/tmp/harbour-talks.txt", ArticleDetails(title: "Harbour", quoteCount: 7, entityCount: 2)))
        #expect(!lib.screen.lines.last!.contains("opening"), "\(lib.screen.lines.last!)")
    }

    @Test("a result overtaken by a second choice is dropped: the article chosen last opens")
    func overtaken() {
        var lib = Self.library()
        _ = lib.handle(.key(.enter))
        _ = lib.handle(.key(.char("j")))
        _ = lib.handle(.key(.enter))
        _ = lib.handle(.articleOpened(path: "/tmp/harbour-talks.txt", .success(Fixtures.harbour), position: nil))
        #expect(lib.article == nil)
        #expect(lib.screen.lines.last!.contains("opening b.txt…"))
    }

    @Test("keys still work while an article is opened")
    func keysWhileOpening() {
        var lib = Self.library()
        _ = lib.handle(.key(.enter))
        _ = lib.handle(.key(.char("j")))
        #expect(lib.library!.cursor.selected == 1)
    }

    @Test("a long article's text shows before its analysis: quote keys wait with a message; the analysis keeps the place")
    func structureFirst() {
        let full = Fixtures.harbour
        let structure = ArticleDocument(article: Article(structureOf: full.text), path: full.path, stage: .structure)
        var r = ReaderState(size: Size(width: 120, height: 40))
        _ = r.handle(.openRequested(path: full.path))
        _ = r.handle(.articleOpened(path: full.path, .success(structure), position: nil))
        #expect(r.screen.shows("Port workers"))
        #expect(r.screen.lines.last!.contains("analysing quotes and entities…"))
        _ = r.handle(.articleProgress(path: full.path, fraction: 0.4))
        #expect(r.screen.lines.last!.contains("analysing quotes and entities… 40%"), "\(r.screen.lines.last!)")
        r.press("}")
        #expect(r.article!.currentQuote == nil && r.message?.text.contains("still analysing") == true)
        r.press("j", "/")
        r.type("ministry")
        r.press("Enter")
        let top = r.article!.top, search = r.article!.search
        _ = r.handle(.articleAdvanced(path: "/elsewhere.txt", full))
        #expect(!r.article!.document.isAnalysed, "another article's analysis is not this one's")
        _ = r.handle(.articleAdvanced(path: full.path, full))
        #expect(r.article!.document.isAnalysed)
        #expect(r.article!.top == top && r.article!.search == search)
        #expect(!r.screen.lines.last!.contains("analysing"))
        r.press("}")
        #expect(r.article!.currentQuote != nil)
        // A stage that comes late (after the one it would precede) changes nothing.
        _ = r.handle(.articleAdvanced(path: full.path, structure))
        #expect(r.article!.document.isAnalysed)
    }

    @Test("a long article's beginning shows first; G waits for the rest; the rest keeps the text at the top in place")
    func beginningFirst() {
        let full = Fixtures.harbour
        let text = full.text
        let beginning = ArticleDocument(article: Article(beginningOf: text, bytes: 200), path: full.path, stage: .beginning)
        let structure = ArticleDocument(article: Article(structureOf: text), path: full.path, stage: .structure)
        #expect(beginning.blocks.count < structure.blocks.count)
        var r = ReaderState(size: Size(width: 60, height: 16))
        _ = r.handle(.openRequested(path: full.path))
        _ = r.handle(.articleOpened(path: full.path, .success(beginning), position: nil))
        #expect(r.screen.shows("Port workers"))
        #expect(r.screen.lines.last!.contains("reading the rest of the article…"), "\(r.screen.lines.last!)")
        r.press("G")
        #expect(r.message?.text.contains("still reading the article") == true)
        r.press("j", "j", "j")
        func topLine(_ r: ReaderState) -> TextRange? {
            r.article!.rows(r.geometry).rows(from: r.article!.top, count: 1).first?.line
        }
        let before = topLine(r)
        #expect(before != nil)
        _ = r.handle(.articleAdvanced(path: full.path, structure))
        #expect(r.article!.document.stage == .structure)
        #expect(topLine(r) == before, "the same text at the top")
        #expect(r.screen.lines.last!.contains("analysing quotes and entities…"))
        r.press("G")
        #expect(r.screen.lines.last!.contains("Bot"), "\(r.screen.lines.last!)")
    }

    @Test("G pressed before the end is laid out goes to the end when it comes, like less on a pipe; another key first cancels it")
    func waitingBottom() {
        let full = Fixtures.harbour
        let beginning = ArticleDocument(article: Article(beginningOf: full.text, bytes: 200), path: full.path, stage: .beginning)
        let structure = ArticleDocument(article: Article(structureOf: full.text), path: full.path, stage: .structure)
        func opened() -> ReaderState {
            var r = ReaderState(size: Size(width: 60, height: 16))
            _ = r.handle(.openRequested(path: full.path))
            _ = r.handle(.articleOpened(path: full.path, .success(beginning), position: nil))
            return r
        }
        var r = opened()
        r.press("G")
        #expect(!r.screen.lines.last!.contains("Bot"))
        _ = r.handle(.articleAdvanced(path: full.path, structure))
        #expect(r.screen.lines.last!.contains("Bot"), "\(r.screen.lines.last!)")
        #expect(r.message == nil, "the waiting message goes once the command is carried out")

        var s = opened()
        s.press("G", "j")
        _ = s.handle(.articleAdvanced(path: full.path, structure))
        #expect(!s.screen.lines.last!.contains("Bot"), "a key after G cancels it: \(s.screen.lines.last!)")
    }
}
