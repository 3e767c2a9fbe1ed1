import Foundation
import Testing
@testable import BylineFiles

@Suite("Opening article files")
struct ArticleFileTests {
    func write(_ bytes: [UInt8], _ name: String = "a.txt") -> String {
        let folder = NSTemporaryDirectory() + "byline-files-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    @Test("every bad input gets its own clear failure")
    func failures() {
        #expect(throws: ArticleFile.Failure.notFound("/no/such/file.txt")) { try ArticleFile.load("/no/such/file.txt") }
        let empty = write([])
        #expect(throws: ArticleFile.Failure.empty(empty)) { try ArticleFile.load(empty) }
        let blank = write(Array(" \n\t\r\n".utf8))
        #expect(throws: ArticleFile.Failure.empty(blank)) { try ArticleFile.load(blank) }
        let binary = write([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2])
        #expect(throws: ArticleFile.Failure.notText(binary)) { try ArticleFile.load(binary) }
        let folder = (binary as NSString).deletingLastPathComponent
        #expect(throws: ArticleFile.Failure.isFolder(folder)) { try ArticleFile.load(folder) }
        #expect(ArticleFile.Failure.notText(binary).description.hasSuffix("not a text file"))
    }

    @Test("invalid UTF-8 opens with replacement characters and a warning; UTF-16 with a BOM opens")
    func encodings() throws {
        let latin1 = write(Array("Caf".utf8) + [0xE9] + Array("\n\nText.".utf8))
        let loaded = try ArticleFile.load(latin1)
        #expect(loaded.text.string.hasPrefix("Caf\u{FFFD}"))
        #expect(loaded.warnings.count == 1)
        let utf16 = write([0xFF, 0xFE] + Array("Hé\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try ArticleFile.load(utf16).text.string == "Hé\n")
    }

    @Test("a folder lists its .txt and .md files, sorted, hidden files skipped; an empty one says so")
    func folders() throws {
        let a = write(Array("B\n".utf8), "b.txt")
        let folder = (a as NSString).deletingLastPathComponent
        #expect(FileManager.default.createFile(atPath: folder + "/a.md", contents: Data("A\n".utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/.hidden.txt", contents: Data("H\n".utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/image.png", contents: Data([0x89])))
        #expect(try ArticleFile.articles(inFolder: folder) == [folder + "/a.md", folder + "/b.txt"])
        let empty = NSTemporaryDirectory() + "byline-empty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(throws: ArticleFile.Failure.noArticles(empty)) { try ArticleFile.articles(inFolder: empty) }
        #expect(ArticleFile.firstLine(folder + "/a.md") == "A")
    }

    @Test("a file past the size limit, or an input that never ends, is refused as too large; a device is not read")
    func tooLarge() throws {
        let big = write(Array(repeating: UInt8(ascii: "a"), count: 2_000))
        #expect(throws: ArticleFile.Failure.tooLarge(big, limit: 1_000)) { try ArticleFile.readBytes(big, limit: 1_000) }
        #expect(try ArticleFile.readBytes(big, limit: 2_000).count == 2_000)
        let zero = open("/dev/zero", O_RDONLY)
        defer { close(zero) }
        #expect(throws: ArticleFile.Failure.tooLarge("standard input", limit: 1_000_000)) {
            try ArticleFile.readAll(zero, name: "standard input", limit: 1_000_000)
        }
        #expect(throws: ArticleFile.Failure.notRegular("/dev/zero", kind: "a device")) { try ArticleFile.readBytes("/dev/zero") }
        #expect(ArticleFile.Failure.tooLarge("a.txt", limit: 100_000_000).description == "a.txt: too large to read (over 100 MB)")
    }
}

extension ArticleFileTests {
    @Test("a file of invisible characters only (a BOM, U+3000, a zero-width space) is empty, like a blank one",
          arguments: [[0xEF, 0xBB, 0xBF], Array("\u{3000}\n".utf8), Array("\u{200B}\n\n".utf8), Array("\u{A0} \u{2028}".utf8),
                      [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00]])
    func invisibleOnly(_ bytes: [UInt8]) throws {
        let path = write(bytes)
        #expect(throws: ArticleFile.Failure.empty(path)) { try ArticleFile.load(path) }
        #expect(throws: ArticleFile.Failure.empty("standard input")) { try ArticleFile.decode(bytes, name: "standard input") }
        let letter: [UInt8] = bytes.starts(with: [0xFF, 0xFE]) ? [0x78, 0x00] : [0x78]  // "x" in the same encoding
        #expect(try ArticleFile.decode(bytes + letter, name: "x").text.count > 0)
    }
}

extension ArticleFileTests {
    /// Bytes no text holds, from a fixed seed (printed when a check fails).
    static func noise(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    @Test("a binary file that starts with FF FE is not taken for UTF-16 (it was shown as CJK garbage)",
          arguments: [
            ("an executable's header with zeros", [0xFF, 0xFE, 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
                                                   0x03, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00] as [UInt8]),
            ("noise without a zero unit (seed 12)", [0xFF, 0xFE] + noise(count: 4096, seed: 12).map { $0 == 0 ? 1 : $0 }),
            ("noise (seed 7)", [0xFF, 0xFE] + noise(count: 512, seed: 7)),
          ])
    func binaryWithUTF16Mark(_ what: String, _ bytes: [UInt8]) throws {
        #expect(throws: ArticleFile.Failure.notText("x"), "\(what)") { try ArticleFile.decode(bytes, name: "x") }
    }

    @Test("real UTF-16 still opens: CJK, Cyrillic, emoji (surrogate pairs), both byte orders")
    func realUTF16() throws {
        let text = "東京の港で会議\n\n「港は来週再開する」と市長は述べた。Москва 😀 ok\n"
        let le: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try ArticleFile.decode(le, name: "x").text.string == text)
        #expect(try ArticleFile.decode(be, name: "x").text.string == text)
    }
}
