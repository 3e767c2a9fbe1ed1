import Foundation
import Dispatch
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

extension ReadingPositionsTests {
    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("two stores open at once keep each other's positions (two readers used to save their whole maps)")
    func twoStores() throws {
        let folder = temporaryFolder()
        let file = folder + "/positions"
        var first = ReadingPositions(file: file)
        var second = ReadingPositions(file: file)
        #expect(first.remember(10, for: "/x/first.txt") == nil)
        #expect(second.remember(20, for: "/x/second.txt") == nil)
        #expect(first.remember(11, for: "/x/first-again.txt") == nil)
        let again = ReadingPositions(file: file)
        #expect(again.offset(for: "/x/first.txt") == 10)
        #expect(again.offset(for: "/x/second.txt") == 20)
        #expect(again.offset(for: "/x/first-again.txt") == 11)
        #expect(again.wasReadLast("/x/first-again.txt"))
        #expect(files(in: folder) == ["positions"])
    }

    @Test("many stores saving at once from several threads lose nothing and leave no temporary file")
    func concurrentSavers() throws {
        let folder = temporaryFolder()
        let file = folder + "/positions"
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            var positions = ReadingPositions(file: file)
            for k in 0..<50 { _ = positions.remember(k + 1, for: "/x/worker\(worker)/article\(k).txt") }
        }
        let again = ReadingPositions(file: file)
        #expect(again.offsets.count == 200, "\(again.offsets.count) of 200 positions kept")
        #expect(again.warnings.isEmpty, "\(again.warnings)")
        #expect(files(in: folder) == ["positions"])
    }

    @Test("paths with CR (at the end), LF, tab, percent and backslash are stored and read back exactly",
          arguments: ["/x/ends-in-cr\r", "/x/line\nfeed.txt", "/x/tab\there.txt", "/x/100%25.txt", "/x/back\\slash.txt",
                      "/x/\r\n/both.txt", "/x/last\t12"])
    func anyPath(_ path: String) throws {
        let folder = temporaryFolder()
        let file = folder + "/positions"
        var positions = ReadingPositions(file: file)
        #expect(positions.remember(42, for: path) == nil)
        #expect(positions.remember(7, for: "/x/next.txt") == nil)
        let again = ReadingPositions(file: file)
        #expect(again.warnings.isEmpty, "\(again.warnings)")
        #expect(again.offset(for: path) == 42)
        #expect(again.offset(for: "/x/next.txt") == 7)
        #expect(again.offsets.count == 2, "\(again.offsets)")
    }

    @Test("a path that is not UTF-8 is kept byte for byte, written %XX in the file")
    func bytesPath() throws {
        let folder = temporaryFolder()
        let file = folder + "/positions"
        let path = FileName.decode(Array("/x/caf".utf8) + [0xE9] + Array(" 100%.txt".utf8))
        var positions = ReadingPositions(file: file)
        #expect(positions.remember(42, for: path) == nil)
        let again = ReadingPositions(file: file)
        #expect(again.offset(for: path) == 42)
        #expect(again.wasReadLast(path))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text == "byline positions 2\n42\t/x/caf%E9 100%25.txt\nlast\t/x/caf%E9 100%25.txt\n", "\(text)")
    }

    @Test("a temporary file left by a byline killed outright (SIGKILL) is removed at the next start; a live one's is not")
    func staleTemporaryFile() throws {
        let folder = temporaryFolder()
        let file = folder + "/positions"
        let dead = file + ".tmp.2147483647"  // no process has this id
        let live = file + ".tmp.\(getpid())"
        for path in [dead, live] { _ = FileManager.default.createFile(atPath: path, contents: Data("12\t/x/a.txt\n".utf8)) }
        _ = ReadingPositions(file: file)
        #expect(files(in: folder) == ["positions.tmp.\(getpid())"])
    }

    @Test("a CRLF state file (edited on Windows) is read line by line")
    func crlfFile() throws {
        let folder = temporaryFolder()
        let file = folder + "/positions"
        try Data("last\t/x/b.txt\r\n12\t/x/a.txt\r\n13\t/x/b.txt\r\n".utf8).write(to: URL(fileURLWithPath: file))
        let positions = ReadingPositions(file: file)
        #expect(positions.warnings.isEmpty, "\(positions.warnings)")
        #expect(positions.offset(for: "/x/a.txt") == 12)
        #expect(positions.offset(for: "/x/b.txt") == 13)
        #expect(positions.wasReadLast("/x/b.txt"))
    }

    @Test("a state file over 64 MB is read whole, and saving keeps every entry (it used to become a single one)")
    func largeFile() throws {
        let folder = temporaryFolder()
        let file = folder + "/positions"
        // 280 000 articles with long paths (a deep archive): 66 MB.
        let name = Array(("/x/" + String(repeating: "a-long-folder-name-for-an-archive/", count: 6)).utf8)
        let count = 280_000
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 240)
        for k in 0..<count {
            bytes += Array("\(k)\t".utf8)
            bytes += name
            bytes += Array("article-\(k).txt\n".utf8)
        }
        #expect(bytes.count > 64_000_000)
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        bytes = []
        var positions = ReadingPositions(file: file)
        #expect(positions.warnings.isEmpty, "\(positions.warnings)")
        #expect(positions.offset(for: String(decoding: name, as: UTF8.self) + "article-\(count - 1).txt") == count - 1)
        #expect(positions.remember(5, for: "/x/new.txt") == nil)
        let again = ReadingPositions(file: file)
        #expect(again.offsets.count == count + 1)
        #expect(files(in: folder) == ["positions"])
    }

    @Test("a state file over the size limit is not read, but saves are appended to it: nothing it holds is lost")
    func overTheLimit() throws {
        let folder = temporaryFolder()
        let file = folder + "/positions"
        var text = ""
        for k in 0..<100 { text += "\(k)\t/x/article-\(k).txt\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        var positions = ReadingPositions(file: file, sizeLimit: 1_000)
        #expect(positions.warnings.first?.contains("too large to read") == true, "\(positions.warnings)")
        #expect(positions.remember(5, for: "/x/new.txt") == nil)
        let again = ReadingPositions(file: file)
        #expect(again.offsets.count == 101)
        #expect(again.offset(for: "/x/article-99.txt") == 99 && again.offset(for: "/x/new.txt") == 5)
    }
}
