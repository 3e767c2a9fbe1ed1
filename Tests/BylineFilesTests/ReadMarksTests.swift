import Foundation
import Testing
@testable import BylineFiles

@Suite("Read marks")
struct ReadMarksTests {
    func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "byline-marks-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func article(_ folder: String, _ name: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data("Title\n\nText.\n".utf8))
        return path
    }

    @Test("marks survive a restart, by absolute path; unmarking removes them")
    func roundTrip() {
        let folder = temporaryFolder()
        let a = article(folder, "a.txt"), b = article(folder, "b.txt")
        var marks = ReadMarks(environment: ["XDG_STATE_HOME": folder])
        #expect(!marks.isRead(a))
        #expect(marks.mark([a, b], read: true) == nil)
        var again = ReadMarks(environment: ["XDG_STATE_HOME": folder])
        #expect(again.isRead(a) && again.isRead(b))
        #expect(again.isRead(folder + "/./a.txt"), "the same file by another path")
        again.mark([b], read: false)
        let third = ReadMarks(environment: ["XDG_STATE_HOME": folder])
        #expect(third.isRead(a) && !third.isRead(b))
        #expect(third.warnings.isEmpty)
    }

    @Test("two readers open at once keep each other's marks")
    func merge() {
        let folder = temporaryFolder()
        let a = article(folder, "a.txt"), b = article(folder, "b.txt")
        var first = ReadMarks(environment: ["XDG_STATE_HOME": folder])
        var second = ReadMarks(environment: ["XDG_STATE_HOME": folder])
        first.mark([a], read: true)
        second.mark([b], read: true)
        let after = ReadMarks(environment: ["XDG_STATE_HOME": folder])
        #expect(after.isRead(a) && after.isRead(b))
    }

    @Test("a line that is not an absolute path is dropped with a warning; standard input is never marked")
    func badLines() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/byline", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/byline/read", contents: Data("relative.txt\n/x/kept.txt\n".utf8))
        var marks = ReadMarks(environment: ["XDG_STATE_HOME": folder])
        #expect(marks.isRead("/x/kept.txt"))
        #expect(marks.warnings.count == 1 && marks.warnings[0].contains("1 unreadable line"))
        marks.mark(["-"], read: true)
        #expect(!marks.isRead("-"))
        let text = try String(contentsOfFile: folder + "/byline/read", encoding: .utf8)
        #expect(text == "/x/kept.txt\n")
    }
}
