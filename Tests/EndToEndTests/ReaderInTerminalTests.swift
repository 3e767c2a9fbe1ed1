import Foundation
import Testing

@Suite("byline in a real terminal (tmux)", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"),
       .serialized)
struct ReaderInTerminalTests {
    static var article: String { TmuxSession.projectRoot.appendingPathComponent("Articles/harbour-strike-talks.txt").path }
    static var articles: String { TmuxSession.projectRoot.appendingPathComponent("Articles").path }

    @Test("opens an article in panes at 120×40, q exits with status 0")
    func panesAndQuit() throws {
        let t = try TmuxSession([Self.article], width: 120, height: 40)
        let screen = try t.waitFor("Outline")
        #expect(screen.contains("Byline"))
        #expect(screen.contains("Outline"))
        #expect(screen.contains("Quotes"))
        #expect(screen.contains("Entities"))
        #expect(screen.contains("Article"))
        #expect(screen.contains("Tab panes"))
        try t.send("]")
        #expect(try t.waitFor("§").contains("§"))
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("resizes to 80×24, 20×6 and back without losing the paragraph at the top")
    func resize() throws {
        let t = try TmuxSession([Self.article], width: 120, height: 40)
        try t.waitFor("Outline")
        try t.send("C-d")
        let before = try t.waitFor("%").split(separator: "\n")
        // The longest word of the article's top line: wherever the paragraph is rewrapped, it stays whole.
        let topLine = before.dropFirst(2).first { $0.contains("┃ ") && $0.split(separator: "┃").count > 1 }
        let words = topLine.map { $0.split(separator: "┃")[1].split(separator: " ") } ?? []
        let word = String(words.max { $0.count < $1.count } ?? "Lisbon")
        try t.resize(width: 80, height: 24)
        let narrow = try t.waitFor(word)
        #expect(narrow.contains(word), "\(word) not in\n\(narrow)")
        try t.resize(width: 20, height: 6)
        let tiny = try t.waitFor("too small")
        #expect(tiny.contains("terminal too small"), "\(tiny)")
        try t.resize(width: 120, height: 40)
        let wide = try t.waitFor(word)
        #expect(wide.split(separator: "\n").prefix(8).contains { $0.contains(word) }, "\(word) not near the top of\n\(wide)")
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("a folder opens as a library; Enter opens an article, q goes back, q again quits")
    func library() throws {
        let t = try TmuxSession([Self.articles], width: 120, height: 40)
        let list = try t.waitFor("Library")
        #expect(list.contains("Harbour") || list.contains("harbour"))
        try t.send("Enter")
        #expect(try t.waitFor("Outline").contains("Outline"))
        try t.send("q")
        #expect(try t.waitFor("LIBRARY").contains("LIBRARY"))
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("TERM=dumb gets a clear message and a non-zero exit, and the terminal is left alone")
    func dumbTerminal() throws {
        let t = try TmuxSession([Self.article], width: 100, height: 20, environment: ["TERM": "dumb"])
        let screen = try t.waitFor("EXIT=")
        #expect(screen.contains("cannot use a terminal of type \"dumb\""))
        #expect(screen.contains("EXIT=2"))
    }
}

@Suite("Reading positions across runs", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"),
       .serialized)
struct ReadingPositionTests {
    @Test("an article reopens where it was left; a library reopens the article read last")
    func remembered() throws {
        let state = NSTemporaryDirectory() + "byline-remember-\(UUID().uuidString)"
        let article = ReaderInTerminalTests.article
        let first = try TmuxSession([article], width: 120, height: 40, environment: ["XDG_STATE_HOME": state])
        try first.waitFor("Top")
        try first.send("]", "]")
        let left = try first.waitFor("§")
        let section = left.split(separator: "\n").last { $0.contains("§") }!.split(separator: "§")[1]
            .split(separator: "  ")[0].trimmingCharacters(in: .whitespaces)
        try first.send("q")
        try first.waitFor("EXIT=")

        let again = try TmuxSession([article], width: 120, height: 40, environment: ["XDG_STATE_HOME": state])
        #expect(try again.waitFor("§ \(section)").contains("§ \(section)"))
        try again.send("q")

        let library = try TmuxSession([ReaderInTerminalTests.articles], width: 120, height: 40,
                                      environment: ["XDG_STATE_HOME": state])
        #expect(try library.waitFor("§ \(section)").contains("§ \(section)"))
        try library.send("q")
        #expect(try library.waitFor("LIBRARY").contains("LIBRARY"))
        try library.send("q")
    }
}
