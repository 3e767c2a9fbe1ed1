import ArticleKit
import Testing
import Invariants
import Foundation
@testable import ReaderCore

@Suite("Rendering into the grid")
struct RenderTests {
    static let worldText = """
        Tokyo Café Owner 山田花子 Goes Viral 🎉

        The owner of a small café in Tōkyō, 山田花子 (Hanako Yamada), said the post was “a surprise 😅”. \
        Her sign read 「急がば回れ」, which customers shared with 👍 and ❤️ and 👩‍💻. Zoë Ólafsdóttir e\u{301}\u{302}\u{303} \
        visited from Reykjavík.

        Crowds

        東京都の新しい計画について、多くの人が話している。 Crowds queued around the block on Sunday morning.
        """

    static var world: ArticleDocument {
        ArticleDocument(article: Article(analyzing: worldText), path: "world.txt")
    }

    @Test("every row adds up to the screen width at 80×24, 120×40 and 40×12, with CJK, emoji and combining marks",
          arguments: [(80, 24), (120, 40), (40, 12), (160, 45)])
    func rowsFit(width: Int, height: Int) {
        let r = Fixtures.reader(Self.world, width: width, height: height)
        let grid = r.screen
        for y in 0..<height {
            var columns = 0
            for x in 0..<width { columns += Int(grid[x, y].width) }
            // A wide glyph's second cell has width 0: the row's widths add up to the screen width exactly.
            #expect(columns == width, "row \(y): \(grid.line(y))")
        }
        #expect(grid.shows("山田花子"))
        #expect(grid.lines[0].contains("Byline"))
    }

    @Test("the article pane's right border stays in its column on every row")
    func borderColumn() {
        let r = Fixtures.reader(Self.world, width: 120, height: 40)
        let grid = r.screen
        let article = r.layout.article
        for y in article.y..<article.maxY {
            #expect(["┃", "┓", "┛", "│", "┐", "┘"].contains(grid[article.maxX - 1, y].text), "row \(y)")
        }
    }

    @Test("the focused pane is marked without colour: heavy border and reversed title")
    func focusWithoutColour() {
        var r = Fixtures.reader(Fixtures.harbour, width: 120, height: 40, theme: .monochrome)
        let grid = r.screen
        #expect(grid[r.layout.article.x, r.layout.article.y].text == "┏")
        #expect(grid[r.layout.outline!.x, r.layout.outline!.y].text == "┌")
        r.press("Tab")
        let after = r.screen
        #expect(after[r.layout.outline!.x, r.layout.outline!.y].text == "┏")
        #expect(after[r.layout.article.x, r.layout.article.y].text == "┌")
        let title = after.find("Outline")!
        #expect(after.style(x: title.x, y: title.y).attributes.contains(.reverse))
        for y in 0..<after.size.height {
            for x in 0..<after.size.width {
                #expect(after[x, y].style.foreground == .standard && after[x, y].style.background == .standard)
            }
        }
    }

    @Test("monochrome still shows quotes, the current quote, mentions and matches by attributes")
    func monochromeMarks() {
        var r = Fixtures.reader(Fixtures.harbour, width: 120, height: 40, theme: .monochrome)
        r.press("}")
        var grid = r.screen
        let current = grid.find("useful but slow")!
        #expect(grid.style(x: current.x, y: current.y).attributes.contains(.reverse))
        let other = grid.find("We will stay")!
        #expect(grid.style(x: other.x, y: other.y).attributes.contains(.bold))
        r.press("/")
        r.type("ministry")
        r.press("Enter")
        grid = r.screen
        let match = grid.find("ministry met")!
        #expect(grid.style(x: match.x, y: match.y).attributes.contains(.reverse))
        #expect(!grid.style(x: match.x + 9, y: match.y).attributes.contains(.reverse))
        r.press("Tab", "Tab", "Tab", "Enter")
        grid = r.screen
        let mention = grid.find("Ana Ruiz said")!
        #expect(grid.style(x: mention.x, y: mention.y).attributes.contains(.underline))
    }

    @Test("quotes are coloured by speaker: the same colour for one speaker, different for the next")
    func speakerColours() {
        let r = Fixtures.reader(Fixtures.harbour, width: 120, height: 40)
        let grid = r.screen
        func fg(_ s: String) -> Color { let p = grid.find(s)!; return grid.style(x: p.x, y: p.y).foreground }
        #expect(fg("useful but slow") == fg("We will stay"))
        #expect(fg("useful but slow") != fg("The night shift"))
        #expect(fg("useful but slow") != .standard)
    }

    @Test("headings are bold and boilerplate is dimmed")
    func blockStyles() {
        let r = Fixtures.reader(Fixtures.harbour, width: 120, height: 40)
        let grid = r.screen
        let heading = grid.find("Night Shift", in: r.layout.article)!
        #expect(grid.style(x: heading.x + 1, y: heading.y).attributes.contains(.bold))
        let body = grid.find("Port workers", in: r.layout.article)!
        #expect(!grid.style(x: body.x, y: body.y).attributes.contains(.bold))
        let sign = grid.find("Reuters", in: r.layout.article)!
        #expect(grid.style(x: sign.x, y: sign.y).attributes.contains(.dim))
    }

    @Test("below the minimum size only 'terminal too small' is shown, at any size down to 1×1 (0×0 draws nothing)")
    func tooSmall() {
        let r = Fixtures.reader(Fixtures.harbour, width: 20, height: 6)
        #expect(r.screen.shows("terminal too small"))
        for (w, h) in [(1, 1), (2, 1), (5, 3), (29, 7), (0, 0)] {
            var s = Fixtures.reader(Fixtures.harbour, width: 80, height: 24)
            _ = s.handle(.resize(Size(width: w, height: h)))
            let grid = s.screen
            #expect(grid.size == Size(width: w, height: h))
            #expect(ReaderInvariants.gridViolations(grid, size: grid.size).isEmpty, "\(w)×\(h)")
            let text = grid.lines.joined().replacingOccurrences(of: " ", with: "")
            if w * h == 0 {
                #expect(text.isEmpty)
            } else {
                // The start of "terminal", cut with an ellipsis where even that does not fit; no article text.
                #expect(text.hasPrefix(String("terminal".prefix(max(0, w - 1)))) && !text.contains("Harbour"), "\(w)×\(h): \(text)")
            }
        }
    }

    @Test("hostile text in the article reaches the grid only as visible symbols")
    func hostile() {
        let text = "Title\n\nClipboard \u{1B}]52;c;aGVsbG8=\u{7} clear \u{1B}[2J link \u{1B}]8;;http://x\u{1B}\\x\u{1B}]8;;\u{1B}\\ \u{202E}evil\u{202C} \u{9B}31m"
        let r = Fixtures.reader(ArticleDocument(article: Article(analyzing: text), path: "h.txt"), width: 120, height: 20)
        let grid = r.screen
        for cell in grid.cells {
            #expect(!cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
        }
        #expect(grid.shows("␛]52;c;aGVsbG8=␇"))
    }
}
