import Foundation
import Testing
@testable import BylineFiles

@Suite("Saved reading positions")
struct ReadingPositionsTests {
    func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "byline-positions-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("positions and the last article survive a restart")
    func roundTrip() throws {
        let folder = temporaryFolder()
        let article = folder + "/a.txt"
        #expect(FileManager.default.createFile(atPath: article, contents: Data("Title\n\nText.\n".utf8)))
        var positions = ReadingPositions(environment: ["XDG_STATE_HOME": folder])
        #expect(positions.remember(1234, for: article) == nil)
        let again = ReadingPositions(environment: ["XDG_STATE_HOME": folder])
        #expect(again.offset(for: article) == 1234)
        #expect(again.wasReadLast(article))
        #expect(again.warnings.isEmpty)
    }

    @Test("a corrupt file is read as far as it can be, with a warning, and rewritten whole")
    func corrupt() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/byline", withIntermediateDirectories: true)
        let file = folder + "/byline/positions"
        try Data("12\t/x/good.txt\ngarbage\u{0}\u{1}\n-5\t/x/neg.txt\n".utf8).write(to: URL(fileURLWithPath: file))
        var positions = ReadingPositions(environment: ["XDG_STATE_HOME": folder])
        #expect(positions.offset(for: "/x/good.txt") == 12)
        #expect(positions.warnings.count == 1)
        #expect(positions.remember(7, for: "/x/other.txt") == nil)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("12\t/x/good.txt") && text.contains("7\t/x/other.txt") && !text.contains("garbage"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/byline") == ["positions"])
    }

    @Test("an unwritable folder gives a warning, not a crash")
    func unwritable() {
        var positions = ReadingPositions(file: "/proc/byline-cannot-write/positions")
        #expect(positions.remember(1, for: "/x/a.txt") != nil)
    }
}
