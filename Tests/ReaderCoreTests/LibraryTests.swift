import ArticleKit
import Testing
@testable import ReaderCore

/// The library as a newsboat user's home: next and previous article from inside the reader, read marks, date and
/// source columns, sorting. (Issue 13, point 8.)
@Suite("The library")
struct LibraryTests {
    static let paths = ["/news/a-harbour.txt", "/news/b-long.txt", "/news/c-world.txt"]

    /// A library of three entries with dates (b newest, c undated) and titles (c < a < b alphabetically).
    static func library(width: Int = 120, height: Int = 30) -> ReaderState {
        var state = ReaderState(size: Size(width: width, height: height))
        let entries = [
            LibraryState.Entry(path: paths[0], title: "Harbour Talks Resume",
                               metadata: ArticleMetadata(modified: ArticleDate(year: 2024, month: 3, day: 4))),
            LibraryState.Entry(path: paths[1], title: "Zebra Crossings",
                               metadata: ArticleMetadata(site: "Reuters", published: ArticleDate(year: 2025, month: 1, day: 9))),
            LibraryState.Entry(path: paths[2], title: "Alpine Huts", isRead: true),
        ]
        _ = state.handle(.libraryListed(LibraryState(entries: entries, location: "/news"), reopen: nil))
        return state
    }

    /// Runs the open effects with the fixtures, as the host would.
    static func opened(_ state: inout ReaderState, _ effects: [Effect]) {
        for case .openArticle(let path) in effects {
            let document = path == paths[1] ? Fixtures.long() : Fixtures.harbour
            _ = state.handle(.articleOpened(path: path, .success(ArticleDocument(article: document.article, path: path)),
                                            position: nil))
        }
    }

    static func press(_ state: inout ReaderState, _ key: Key) -> [Effect] {
        let effects = state.handle(.key(key))
        opened(&state, effects)
        return effects
    }

    @Test("J and K open the next and previous article from inside the reader, in the library's order")
    func nextAndPrevious() {
        var state = Self.library()
        _ = Self.press(&state, .enter)
        #expect(state.article?.document.path == Self.paths[0])
        let effects = Self.press(&state, .char("J"))
        #expect(effects.contains { if case .saveReadingPosition(let p, _) = $0 { return p == Self.paths[0] } else { return false } })
        #expect(state.article?.document.path == Self.paths[1])
        #expect(state.screen.lines[0].contains("2/3"))
        _ = Self.press(&state, .char("J"))
        #expect(state.article?.document.path == Self.paths[2])
        _ = Self.press(&state, .char("J"))
        #expect(state.article?.document.path == Self.paths[2])
        #expect(state.message?.text == "last article")
        _ = Self.press(&state, .char("K"))
        #expect(state.article?.document.path == Self.paths[1])
        _ = Self.press(&state, .char("q"))
        #expect(state.article == nil)
        #expect(state.library!.selectedPath == Self.paths[1], "the list's cursor follows J and K")
    }

    @Test("J follows the sorted order; without a library it says there is none")
    func nextInSortedOrder() {
        var state = Self.library()
        _ = Self.press(&state, .char("s"))  // by date: b, a, c
        #expect(state.library!.order == .date)
        #expect(state.library!.selectedPath == Self.paths[0], "the selected article stays selected")
        _ = Self.press(&state, .char("g"))
        _ = Self.press(&state, .enter)
        #expect(state.article?.document.path == Self.paths[1])
        _ = Self.press(&state, .char("J"))
        #expect(state.article?.document.path == Self.paths[0])
        var single = Fixtures.reader(Fixtures.harbour)
        single.press("J")
        #expect(single.message?.text.contains("library") == true)
    }

    @Test("opening an article marks it read, and says so to the host")
    func openingMarksRead() {
        var state = Self.library()
        #expect(state.library!.unreadCount == 2)
        let effects = state.handle(.key(.enter))
        Self.opened(&state, effects)
        #expect(state.library!.entries[0].isRead)
        #expect(state.library!.unreadCount == 1)
        // The mark is a host effect: it follows the article's arrival, not the key.
        var again = Self.library()
        let enter = again.handle(.key(.enter))
        #expect(!enter.contains(.markRead(paths: [Self.paths[0]], read: true)))
        let arrival = again.handle(.articleOpened(path: Self.paths[0], .success(Fixtures.harbour), position: nil))
        #expect(arrival.contains(.markRead(paths: [Self.paths[0]], read: true)))
    }

    @Test("m toggles the selected article's mark; A marks every listed one read")
    func marks() {
        var state = Self.library()
        #expect(state.handle(.key(.char("m"))) == [.markRead(paths: [Self.paths[0]], read: true)])
        #expect(state.library!.entries[0].isRead)
        #expect(state.handle(.key(.char("m"))) == [.markRead(paths: [Self.paths[0]], read: false)])
        #expect(!state.library!.entries[0].isRead)
        #expect(state.library!.cursor.selected == 0)
        let all = state.handle(.key(.char("A")))
        #expect(all == [.markRead(paths: [Self.paths[0], Self.paths[1]], read: true)])
        #expect(state.library!.unreadCount == 0)
    }

    @Test("s sorts by file, date (newest first, undated last) and title, and says which")
    func sorting() {
        var state = Self.library()
        func order() -> [String] { state.library!.visible.map { state.library!.entries[$0].path } }
        #expect(order() == Self.paths)
        state.press("s")
        #expect(order() == [Self.paths[1], Self.paths[0], Self.paths[2]])
        #expect(state.screen.lines.last!.contains("sorted by date"))
        state.press("s")
        #expect(order() == [Self.paths[2], Self.paths[0], Self.paths[1]])
        #expect(state.screen.lines.last!.contains("sorted by title"))
        state.press("s")
        #expect(order() == Self.paths)
    }

    @Test("the list shows an unread mark, the date, the source (site, else folder) and the title")
    func columns() {
        let state = Self.library()
        let lines = state.screen.lines
        let harbour = lines.first { $0.contains("Harbour Talks Resume") } ?? ""
        #expect(harbour.contains("N") && harbour.contains("2024-03-04") && harbour.contains("news"), "\(harbour)")
        let zebra = lines.first { $0.contains("Zebra Crossings") } ?? ""
        #expect(zebra.contains("2025-01-09") && zebra.contains("Reuters"), "\(zebra)")
        let alpine = lines.first { $0.contains("Alpine Huts") } ?? ""
        #expect(!alpine.contains(" N "), "a read article has no unread mark: \(alpine)")
        #expect(lines[0].contains("3 articles, 2 unread"), "\(lines[0])")
        let header = lines.first { $0.contains("Title") } ?? ""
        #expect(header.contains("Date") && header.contains("Source"), "\(header)")
    }

    @Test("at 80 columns the date, source and title still fit")
    func narrowColumns() {
        let state = Self.library(width: 80, height: 24)
        let zebra = state.screen.lines.first { $0.contains("Zebra") } ?? ""
        #expect(zebra.contains("2025-01-09") && zebra.contains("Reuters"), "\(zebra)")
    }

    @Test("an article's metadata shows in the article pane's title: byline, site and publication date")
    func metadataInTitle() {
        let document = ArticleDocument(article: Fixtures.harbour.article, path: "/news/x.txt",
                                       metadata: ArticleMetadata(byline: "Ana Writer", site: "Example News",
                                                                 published: ArticleDate(year: 2023, month: 11, day: 2)))
        let state = Fixtures.reader(document, width: 160, height: 40)
        let top = state.screen.lines[1]
        #expect(top.contains("Ana Writer") && top.contains("Example News") && top.contains("2023-11-02"), "\(top)")
    }
}
