import Foundation
import Testing

/// File names are bytes: any name the file system allows opens, from the command line or from a folder, and every
/// message shows names with placeholders, so a name can never forge a line or command the terminal. Only regular
/// files are read (and standard input, when asked for with `-`): a FIFO or a device gets a message, never a hang.
@Suite("File names as bytes; only regular files are read", .serialized)
struct FileNameTests {
    let scratch = ScratchFolder()
    static let byline = TmuxSession.quote(TmuxSession.byline)

    /// Creates a file whose name is `name` as raw bytes (which a Swift string could not hold).
    @discardableResult
    func create(_ name: [UInt8], _ text: String) -> Bool {
        let path = Array(scratch.path.utf8) + [UInt8(ascii: "/")] + name
        let fd = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == text.utf8.count
    }

    /// Runs a bash command line (so `$'\xe9'` can spell bytes) in the scratch folder; standard input is /dev/null.
    func bash(_ commandLine: String) throws -> Subprocess.Result {
        try Subprocess.run(["bash", "-c", "cd \(TmuxSession.quote(scratch.path)) && \(commandLine)"], captureErrors: true)
    }

    @Test("a name that is not UTF-8 (Latin-1 café, a raw C1 CSI) opens from the command line and from a folder")
    func bytesNames() throws {
        #expect(create(Array("caf".utf8) + [0xE9] + Array(".txt".utf8), "Latin Name Headline\n\nThe caf\u{E9} opened.\n"))
        #expect(create(Array("raw".utf8) + [0x9B] + Array("31m.txt".utf8), "Raw Name Headline\n\nText.\n"))
        for command in ["\(Self.byline) extract $'caf\\xe9.txt'", "\(Self.byline) extract $'raw\\x9b31m.txt'",
                        "\(Self.byline) $'caf\\xe9.txt'"] {
            let result = try bash(command)
            #expect(result.status == 0, "\(command): \(result.errors)")
            #expect(result.errors.isEmpty, "\(command): \(result.errors)")
            #expect(result.output.contains("Name Headline"), "\(command): \(result.output)")
        }
        let folder = try bash("\(Self.byline) .")
        #expect(folder.status == 0 && folder.errors.isEmpty, "\(folder.errors)")
        #expect(folder.output.contains("Latin Name Headline") && folder.output.contains("Raw Name Headline"), "\(folder.output)")
        let json = try bash("\(Self.byline) extract --json *.txt")
        #expect(json.status == 0 && json.output.split(separator: "\n").count == 2, "\(json.errors)")
    }

    @Test("messages show names with placeholders: a line feed as ␊ (no forged line), other bytes as �")
    func messagesShowNames() throws {
        let forged = try bash("\(Self.byline) extract $'gone\\nbyline: all files OK'")
        #expect(forged.status == 1)
        #expect(forged.errors == "byline: gone␊byline: all files OK: no such file or folder\n", "\(forged.errors)")
        let latin = try bash("\(Self.byline) extract $'caf\\xe9-missing.txt' $'raw\\x9b31m-missing.txt'")
        #expect(latin.errors == "byline: caf\u{FFFD}-missing.txt: no such file or folder\n"
                + "byline: raw\u{FFFD}31m-missing.txt: no such file or folder\n", "\(latin.errors)")
        // A warning about an existing file names it the same way.
        #expect(create(Array("two\nlines.txt".utf8), "Title\n\n") && appendInvalidByte("two\nlines.txt"))
        for command in ["\(Self.byline) extract $'two\\nlines.txt'", "\(Self.byline) $'two\\nlines.txt'"] {
            let warned = try bash(command)
            #expect(warned.status == 0, "\(command)")
            #expect(warned.errors == "byline: two␊lines.txt: warning: 1 invalid UTF-8 sequence shown as \u{FFFD}\n",
                    "\(command): \(warned.errors)")
        }
        // ArgumentParser's own messages quote arguments too.
        let option = try bash("\(Self.byline) $'--bad\\noption'")
        #expect(option.status == 64)
        #expect(option.errors.contains("--bad␊option"), "\(option.errors)")
        #expect(!option.errors.split(separator: "\n").contains { $0.hasPrefix("option") }, "\(option.errors)")
    }

    /// Appends "caf\xE9" (invalid UTF-8) to a file in the scratch folder.
    func appendInvalidByte(_ name: String) -> Bool {
        let fd = open(scratch.path + "/" + name, O_WRONLY | O_APPEND)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" text.\n".utf8)
        return bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count
    }

    @Test("a FIFO or a device given by name gets a message at once, never a hang")
    func fifoGiven() throws {
        #expect(mkfifo(scratch.path + "/pipe.txt", 0o644) == 0)
        for command in ["extract pipe.txt", "extract --json pipe.txt", "pipe.txt"] {
            let result = try bash("timeout 20 \(Self.byline) \(command)")
            #expect(result.status == 1, "\(command): status \(result.status) (124 is a hang)")
            #expect(result.errors == "byline: pipe.txt: not a regular file (a named pipe)\n", "\(command): \(result.errors)")
        }
        let device = try bash("timeout 20 \(Self.byline) extract /dev/zero")
        #expect(device.status == 1)
        #expect(device.errors == "byline: /dev/zero: not a regular file (a device)\n", "\(device.errors)")
        // Standard input under another name is still standard input, pipe or not.
        let stdin = try bash("printf 'Piped Headline\\n\\nText.\\n' | timeout 20 \(Self.byline) extract /dev/stdin")
        #expect(stdin.status == 0 && stdin.output.contains("Piped Headline"), "\(stdin.errors)")
    }

    @Test("a FIFO inside a folder is reported as not a regular file; the other articles are read")
    func fifoInFolder() throws {
        create(Array("article.txt".utf8), "Folder Article Headline\n\nText.\n")
        #expect(mkfifo(scratch.path + "/pipe.txt", 0o644) == 0)
        let result = try bash("timeout 20 \(Self.byline) .")
        #expect(result.status == 1, "status \(result.status) (124 is a hang)")
        #expect(result.output.contains("Folder Article Headline"))
        #expect(result.errors == "byline: ./pipe.txt: not a regular file (a named pipe)\n", "\(result.errors)")
    }

    @Test("the library lists a FIFO as not a regular file, and opening it says so (tmux)",
          .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"))
    func fifoInLibrary() throws {
        create(Array("article.txt".utf8), "Folder Article Headline\n\nText.\n")
        #expect(mkfifo(scratch.path + "/pipe.txt", 0o644) == 0)
        let t = try TmuxSession(command: "cd \(TmuxSession.quote(scratch.path)) && \(Self.byline) .; echo EXIT=$?; sleep 60",
                                width: 120, height: 20)
        let list = try t.waitFor("not a regular file")
        #expect(list.contains("✗ not a regular file") && list.contains("Folder Article Headline"), "\(list)")
        try t.send("j")
        try t.send("Enter")
        let opened = try t.waitFor("(a named pipe)")
        #expect(opened.contains("pipe.txt: not a regular file (a named pipe)"), "\(opened)")
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("with no path, ./Articles opens even when standard input is not a terminal (cron, < /dev/null)")
    func articlesWithoutTerminalInput() throws {
        try FileManager.default.createDirectory(atPath: scratch.path + "/Articles", withIntermediateDirectories: true)
        scratch.write("Articles/one.txt", "Bundled Article Headline\n\nText.\n")
        for command in ["\(Self.byline) < /dev/null", "echo 'Piped Headline' | \(Self.byline)"] {
            let result = try bash(command)
            #expect(result.status == 0, "\(command): \(result.errors)")
            #expect(result.output.hasPrefix("Bundled Article Headline"), "\(command): \(result.output)")
        }
        let dash = try bash("echo 'Piped Headline' | \(Self.byline) -")
        #expect(dash.status == 0 && dash.output.hasPrefix("Piped Headline"), "\(dash.errors)")
    }
}
