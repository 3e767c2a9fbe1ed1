import Testing
import ArticleKit
@testable import ReaderCore

/// Every view draws text through the grid, and no cell of any frame may hold something a terminal would obey:
/// the reader panes, the side panes, the title bar, the status line, prompts, the help screen, the speaker
/// picker and the library list.
@Suite("Hostile text in every view")
struct HostileTextRenderTests {
    static let esc = "\u{1B}"
    static let nasty = "\(esc)]2;T\u{07}\(esc)[2J\u{9B}1m\u{202E}R\u{2066}I\u{2069}\u{200B}\u{8}\u{7F}\u{0}\u{85}\u{2028}"

    /// The same attacks in the headline, a heading, the body, a quote with a named speaker, and an entity.
    static var text: String {
        """
        Hostile \(nasty) Headline

        Ana Ruiz said the talks went on \(nasty) all night.

        Part \(nasty) Two

        “Hello \(nasty) there,” said Ana Ruiz. Tomas Berg agreed.

        """
    }

    /// Whether a cell's text holds a C0 or C1 control, DEL, a bidi control or a format character.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029:
            return true
        default:
            return scalar.properties.generalCategory == .format
        }
    }

    static func unsafeCells(_ grid: Grid) -> [(x: Int, y: Int, text: String)] {
        var found: [(x: Int, y: Int, text: String)] = []
        for y in 0..<grid.size.height {
            for x in 0..<grid.size.width where grid[x, y].text.unicodeScalars.contains(where: isUnsafe) {
                found.append((x, y, grid[x, y].text))
            }
        }
        return found
    }

    func expectSafe(_ state: ReaderState, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let grid = Screen.render(state)
        let unsafe = Self.unsafeCells(grid)
        #expect(unsafe.isEmpty, "\(step): \(unsafe.prefix(5).map { "(\($0.x),\($0.y)) \($0.text.unicodeScalars.map { String($0.value, radix: 16) })" })",
                sourceLocation: sourceLocation)
    }

    @Test("the article, side panes, bars, prompt, help and picker show only printable cells, at several sizes")
    func article() {
        let document = ArticleDocument(article: Article(analyzing: Self.text), path: "/tmp/\(Self.nasty).txt")
        for (width, height) in [(160, 45), (80, 24), (40, 12), (30, 8)] {
            var state = Fixtures.reader(document, width: width, height: height)
            expectSafe(state, "opened at \(width)×\(height)")
            #expect(state.screen.shows("␛]2;T␇␛[2J"), "placeholders missing at \(width)×\(height):\(state.screen)")
            for keys in [["}"], [">"], ["]"], ["Tab"], ["Tab"], ["Tab", "j", "Enter"], ["*"], ["s"], ["Escape"], ["?"], ["q"]] {
                for key in keys { state.press(key) }
                expectSafe(state, "after \(keys) at \(width)×\(height)")
            }
            state.press("/")
            state.type("x\u{9B}\u{202E}y")
            expectSafe(state, "typing a search at \(width)×\(height)")
            state.press("Enter")
            expectSafe(state, "after the search at \(width)×\(height)")
            state.press("s")
            state.type("\u{9B}\u{202E}")
            expectSafe(state, "filtering speakers at \(width)×\(height)")
        }
    }

    @Test("the library list shows hostile file names, titles and failures as printable cells")
    func library() {
        var state = ReaderState(size: Size(width: 140, height: 30))
        let entry = LibraryState.Entry(path: "/tmp/\(Self.nasty).txt", title: "Title \(Self.nasty)")
        let failed = LibraryState.Entry(path: "/tmp/b\(Self.nasty).txt", title: nil)
        _ = state.handle(.libraryListed(LibraryState(entries: [entry, failed], location: "/tmp/\(Self.nasty)"), reopen: nil))
        _ = state.handle(.libraryDetails(path: entry.path, ArticleDetails(quoteCount: 1)))
        _ = state.handle(.libraryDetails(path: failed.path, ArticleDetails(failure: "not text \(Self.nasty)")))
        expectSafe(state, "library")
        #expect(state.screen.shows("Title ␛]2;T␇"))
        state.type("\u{9B}")
        expectSafe(state, "filtering the library")
        _ = state.handle(.articleOpened(path: "/x", .failure(OpenFailure("cannot open \(Self.nasty)")), position: nil))
        expectSafe(state, "an open failure in the status line")
    }
}
