import Foundation
import Testing

@Suite("web pages in a real terminal (tmux)", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"),
       .serialized)
struct WebPageInTerminalTests {
    static var page: String {
        TmuxSession.projectRoot.appendingPathComponent("Articles/harbour-ferry-timetable-dispute.html").path
    }

    /// What the issue asks the reader to show of a page: title, byline and date, the outline from the page's h2s,
    /// the quotes and entities panes; none of the page's furniture.
    static func checkPage(_ screen: String) {
        #expect(screen.contains("Ferry crews and island council clash"), "\(screen)")
        #expect(screen.contains("Morag Dunleavy"))
        #expect(screen.contains("2024-11-04"))
        #expect(screen.contains("A timetable written in"))
        #expect(screen.contains("What happens next"))
        #expect(screen.contains("Quotes"))
        #expect(screen.contains("Iain Rennick"))
        #expect(!screen.contains("Most read") && !screen.contains("cookies") && !screen.contains("islandgran"))
    }

    @Test("a saved page opens with its title, byline, date and outline; q exits 0")
    func savedPage() throws {
        let t = try TmuxSession([Self.page], width: 140, height: 40)
        Self.checkPage(try t.waitFor("Outline"))
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("a page from a server the test starts on 127.0.0.1 shows the same")
    func fetchedPage() throws {
        // The server runs in a tmux session of its own, which ends with the test (and within ten minutes anyway).
        let folder = URL(fileURLWithPath: Self.page).deletingLastPathComponent().path
        let port = 20_000 + Int(getpid() % 20_000)
        let server = try TmuxSession(command: "exec python3 -m http.server \(port) --bind 127.0.0.1 --directory "
                                         + TmuxSession.quote(folder), width: 80, height: 10)
        guard (try? server.waitFor("Serving")) != nil else { return }   // no python3 here: nothing to serve with
        let t = try TmuxSession(["http://127.0.0.1:\(port)/harbour-ferry-timetable-dispute.html"], width: 140, height: 40)
        Self.checkPage(try t.waitFor("Outline"))
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }
}
