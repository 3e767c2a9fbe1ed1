import Testing
import ArticleKit
import Invariants
@testable import ReaderCore

/// Inputs the reader's fuzz target broke, replayed through the same checks (`ReaderScript`, `ReaderInvariants`),
/// plus the plain-test form of each finding.
@Suite("Reader fuzz findings")
struct FuzzRegressionTests {
    /// Bytes as the fuzzer wrote them: the article, a NUL, the script (see `ReaderScript`).
    static func session(_ article: String, _ script: [UInt8]) -> [UInt8] { Array(article.utf8) + [0] + script }

    @Test("an article with nothing to show (no headline, no paragraph) opens, scrolls and resizes",
          arguments: ["", "\u{3000}\n", "\u{FEFF}", "\u{200B}\n\n", " \u{A0}\t\r\n"])
    func emptyArticle(_ text: String) {
        // Found by FuzzReader on its first input (the empty one): ArticleRows asked block 0 of no blocks.
        #expect(ReaderScript(Array(text.utf8)).run().isEmpty)
        #expect(ReaderScript(Self.session(text, [1] + Array(0...0xBF) + [0xC0, 20, 6, 0xC0, 1, 1, 0xE0, 9, 9])).run().isEmpty)
        let document = ArticleDocument(article: Article(analyzing: text), path: "empty.txt")
        var state = Fixtures.reader(document, width: 80, height: 24)
        state.press("G", "j", "}", "]", "*", "/", "x", "Enter", "Tab", "Tab", "j", "Enter")
        #expect(state.screen.shows("Article · empty.txt"))
    }

    @Test("a screen with no rows, or no columns, has a layout that fits it")
    func zeroSizedScreen() {
        // Found by FuzzReader: a resize to 121×0 put the one-row title bar outside the screen.
        #expect(ReaderScript(Self.session("Title\n\nText.\n", [0, 0xC0, 121, 0, 0x10, 0xC0, 0, 30])).run().isEmpty)
        for size in [Size(width: 121, height: 0), Size(width: 0, height: 30), Size(width: 0, height: 0)] {
            #expect(ReaderInvariants.layoutViolations(ScreenLayout(size: size)).isEmpty, "\(size)")
        }
    }

    @Test("a quote selected with its preview, then a screen with no columns: the quotes pane's parts stay inside it")
    func previewOnANarrowScreen() {
        // Found by FuzzReader: after a resize to 0×43 the rule above the preview was 2 columns wide in a pane of 0.
        var state = Fixtures.reader(Fixtures.harbour, width: 100, height: 43)
        state.press("}")
        #expect(state.geometry.quotesPane(state.article!).preview != nil, "the preview shows at a normal width")
        for width in [0, 1, 2, 3] {
            _ = state.handle(.resize(Size(width: width, height: 43)))
            #expect(ReaderInvariants.stateViolations(state).isEmpty, "width \(width): \(ReaderInvariants.stateViolations(state))")
        }
    }
}
