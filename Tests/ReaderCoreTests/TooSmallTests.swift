import Foundation
import ArticleKit
import Testing
@testable import ReaderCore

/// Below the minimum size only "terminal too small" shows, and keys wait: nothing changes that cannot be seen.
/// (Issue 13, point 10.)
@Suite("A terminal too small")
struct TooSmallTests {
    @Test("keys pressed while the terminal is too small change nothing; back at full size the screen is as it was")
    func keysWait() {
        var r = Fixtures.reader(Fixtures.long(), width: 80, height: 24)
        r.press("j", "j")
        let before = r.screen
        _ = r.handle(.resize(Size(width: 20, height: 6)))
        r.press("G", "]", "}", "Tab", "/", "x", "Enter", "?", "s", "Esc", "C-d")
        #expect(r.prompt == nil && r.overlay == nil && r.article!.focus == .article && r.article!.search == nil)
        _ = r.handle(.resize(Size(width: 80, height: 24)))
        #expect(r.screen == before, "\(r.screen)")
    }

    @Test("q still quits when the terminal is too small")
    func quitWorks() {
        var r = Fixtures.reader(Fixtures.long(), width: 80, height: 24)
        _ = r.handle(.resize(Size(width: 12, height: 4)))
        let effects = r.handle(.key(.char("q")))
        #expect(r.finished && effects.contains(.quit))
    }

    @Test("below the minimum, as much of “terminal too small” as fits, centred, and nothing else",
          arguments: [(29, 7), (20, 6), (18, 3), (17, 2), (9, 2), (5, 3), (2, 1), (1, 1)])
    func message(width: Int, height: Int) {
        var r = Fixtures.reader(Fixtures.harbour, width: 80, height: 24)
        _ = r.handle(.resize(Size(width: width, height: height)))
        let lines = r.screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(r.screen.size == Size(width: width, height: height))
        if width >= 18 {
            #expect(lines.first == "terminal too small", "\(lines)")
            if height >= 3 { #expect(lines.count == 2 && lines[1].hasPrefix("(\(width)×\(height)")) }
        } else if width >= 9 && height >= 2 {
            #expect(lines == ["terminal", "too small"], "\(lines)")
        } else {
            // Too narrow even for a word: the start of each that fits, cut with an ellipsis.
            #expect(!lines.isEmpty && lines.allSatisfy { $0.hasSuffix("…") || $0.count <= width }, "\(lines)")
            #expect(lines.first.map { "terminal".hasPrefix($0.replacingOccurrences(of: "…", with: "")) } == true, "\(lines)")
        }
        #expect(!r.screen.shows("Harbour"), "article text behind the message")
    }
}
