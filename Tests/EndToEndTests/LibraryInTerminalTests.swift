import Foundation
import Testing

/// The library in a real terminal: J and K from inside the reader, read marks kept across runs. (Issue 13,
/// point 8.)
@Suite("The library in a real terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"),
       .serialized)
struct LibraryInTerminalTests {
    static var articles: String { TmuxSession.projectRoot.appendingPathComponent("Articles").path }
    /// How many articles the bundled folder holds (text, Markdown and web pages).
    static var count: Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articles)) ?? []
        return names.filter { ["txt", "md", "html"].contains(($0 as NSString).pathExtension) }.count
    }

    @Test("J opens the next article from the reader; read marks stay read in the next run")
    func nextArticleAndMarks() throws {
        let state = NSTemporaryDirectory() + "byline-library-\(UUID().uuidString)"
        let first = try TmuxSession([Self.articles], width: 140, height: 40, environment: ["XDG_STATE_HOME": state])
        let list = try first.waitFor("LIBRARY")
        let unread = list.split(separator: "\n").filter { $0.contains(" N ") }.count
        let n = Self.count
        #expect(n >= 7)
        #expect(unread == n, "every bundled article starts unread:\n\(list)")
        try first.send("Enter")
        try first.waitFor("Outline")
        try first.send("J")
        let second = try first.waitFor("2/\(n)")
        #expect(second.contains("2/\(n)"), "\(second)")
        try first.send("q")
        let back = try first.waitFor("LIBRARY")
        #expect(back.split(separator: "\n").filter { $0.contains(" N ") }.count == n - 2, "\(back)")
        try first.send("q")
        try first.waitFor("EXIT=")

        let again = try TmuxSession([Self.articles], width: 140, height: 40, environment: ["XDG_STATE_HOME": state])
        // The article read last reopens; q goes to the list, where the two read articles have no mark.
        try again.waitFor("Outline")
        try again.send("q")
        let list2 = try again.waitFor("LIBRARY")
        #expect(list2.split(separator: "\n").filter { $0.contains(" N ") }.count == n - 2, "\(list2)")
        #expect(list2.contains("\(n) articles, \(n - 2) unread"), "\(list2)")
        try again.send("q")
        #expect(FileManager.default.fileExists(atPath: state + "/byline/read"))
    }
}
