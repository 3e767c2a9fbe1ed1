import ArticleKit
import Foundation
import Testing
@testable import ReaderCore

/// Whole frames compared with golden files (`Tests/ReaderCoreTests/Golden/*.txt`), as ratatui's `TestBackend`
/// snapshots do: every cell of the screen, so that any change to layout, wrapping, bars or panes shows up as a
/// diff to look at. Each row is written between `|` marks, so trailing spaces survive editors.
///
/// After an intended change (or a change in the analysis, which moves quotes and entities), rewrite them with
/// `BYLINE_UPDATE_GOLDEN=1 swift test --filter GoldenFrameTests` and read the diff before committing it.
@Suite("Whole frames against golden files")
struct GoldenFrameTests {
    static let root = String(#filePath.dropLast("Tests/ReaderCoreTests/GoldenFrameTests.swift".count))

    /// A bundled article, analysed as the reader would.
    static func bundled(_ name: String) throws -> ArticleDocument {
        let text = try String(contentsOfFile: root + "Articles/" + name, encoding: .utf8)
        return ArticleDocument(article: Article(analyzing: text), path: "Articles/" + name)
    }

    static func text(of grid: Grid) -> String {
        grid.lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
    }

    func expectFrame(_ state: ReaderState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = Self.root + "Tests/ReaderCoreTests/Golden/" + name + ".txt"
        let frame = Self.text(of: state.screen)
        if ProcessInfo.processInfo.environment["BYLINE_UPDATE_GOLDEN"] == "1" {
            #expect(FileManager.default.createFile(atPath: path, contents: Data(frame.utf8)), sourceLocation: sourceLocation)
            return
        }
        guard let golden = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden file \(path): write it with BYLINE_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let actual = frame.split(separator: "\n", omittingEmptySubsequences: false)
        let differing = zip(expected, actual).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(expected.count == actual.count && differing.isEmpty,
                "\(name): rows \(differing.prefix(5)) differ; first:\n  golden: \(differing.first.map { expected[$0] } ?? "")\n  now:    \(differing.first.map { actual[$0] } ?? "")\nwhole frame now:\n\(frame)",
                sourceLocation: sourceLocation)
    }

    @Test("the harbour article, just opened, at 80×24 (side panes folded)")
    func harbour80x24() throws {
        expectFrame(Fixtures.reader(try Self.bundled("harbour-strike-talks.txt"), width: 80, height: 24), "harbour-80x24")
    }

    @Test("the harbour article, just opened, at 120×40 (side panes docked)")
    func harbour120x40() throws {
        expectFrame(Fixtures.reader(try Self.bundled("harbour-strike-talks.txt"), width: 120, height: 40), "harbour-120x40")
    }

    @Test("the harbour article at 120×40 after } and >: a speaker's second quote current, in full in the quotes pane")
    func harbourQuote() throws {
        var state = Fixtures.reader(try Self.bundled("harbour-strike-talks.txt"), width: 120, height: 40)
        state.press("}", ">")
        expectFrame(state, "harbour-120x40-quote")
    }

    @Test("the help screen at 80×24")
    func help() throws {
        var state = Fixtures.reader(try Self.bundled("harbour-strike-talks.txt"), width: 80, height: 24)
        state.press("?")
        expectFrame(state, "help-80x24")
    }

    @Test("a library at 100×12: unread marks, dates, sources, titles, counts, files; sorted by date")
    func library() {
        var state = ReaderState(size: Size(width: 100, height: 12))
        let entries = [
            LibraryState.Entry(path: "/news/harbour.txt", title: "Lisbon Dockworkers Extend Strike",
                               metadata: ArticleMetadata(modified: ArticleDate(year: 2024, month: 3, day: 4))),
            LibraryState.Entry(path: "/news/kyoto.txt", title: "In Kyoto, the Last Temple Carpenters",
                               metadata: ArticleMetadata(site: "Example Times", published: ArticleDate(year: 2024, month: 5, day: 21)),
                               isRead: true),
            LibraryState.Entry(path: "/news/binary.txt", title: nil),
        ]
        _ = state.handle(.libraryListed(LibraryState(entries: entries, location: "/news"), reopen: nil))
        _ = state.handle(.libraryDetails(path: "/news/harbour.txt", ArticleDetails(title: "Lisbon Dockworkers Extend Strike",
                                                                                 quoteCount: 20, entityCount: 27)))
        _ = state.handle(.libraryDetails(path: "/news/binary.txt", ArticleDetails(failure: "not text")))
        state.press("s")
        expectFrame(state, "library-100x12")
    }
}
