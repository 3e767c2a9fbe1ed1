import Foundation
import Testing

/// The config file and the saved reading positions, broken in every way a disk can break them: the reader always
/// starts, says what was wrong (naming the line for the config), and writes positions only whole, through a
/// temporary file and a rename.
@Suite("Config and state files (tmux)", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"),
       .serialized)
struct StateAndConfigTests {
    static var article: String { TmuxSession.projectRoot.appendingPathComponent("Articles/harbour-strike-talks.txt").path }
    let scratch = ScratchFolder()

    /// Opens the article with XDG_STATE_HOME and XDG_CONFIG_HOME in the scratch folder, moves down, quits, and
    /// returns the screen after exit (which shows what byline printed on standard error).
    func readAndQuit(prefix: String = "", statusShows: String? = nil,
                     whileOpen: ((TmuxSession) throws -> Void)? = nil) throws -> (status: String, after: String) {
        let command = "\(prefix)\(TmuxSession.quote(TmuxSession.byline)) \(TmuxSession.quote(Self.article)); echo EXIT=$?; sleep 60"
        let t = try TmuxSession(command: command, width: 200, height: 30,
                                environment: ["XDG_STATE_HOME": scratch.path + "/state", "XDG_CONFIG_HOME": scratch.path + "/config"])
        let screen = try t.waitFor("ARTICLE")
        if let statusShows {
            let status = screen.split(separator: "\n").last { $0.contains("ARTICLE") }.map(String.init) ?? ""
            #expect(status.contains(statusShows), "status line: \(status)")
        }
        try whileOpen?(t)
        try t.send("C-d")
        try t.send("q")
        let after = try t.waitFor("EXIT=")
        let line = after.split(separator: "\n").first { $0.hasPrefix("EXIT=") } ?? ""
        return (String(line.dropFirst(5)), after)
    }

    @Test("a config file with mistakes: the first on the status line, each on exit, by line number; the rest applies")
    func config() throws {
        let folder = scratch.path + "/config/byline"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        scratch.write("config/byline/config.toml", "theme = \"purple\"\nmouse = maybe\n\n[keys]\nquit = \"NoSuchKey\"\nnext-quote = \"J\"\n")
        let (status, after) = try readAndQuit(statusShows: "config.toml:1: unknown theme \"purple\"") { t in
            try t.send("J")  // next-quote, rebound by the lines that were right
            #expect(try t.waitFor("“ ").split(separator: "\n").last { $0.contains("ARTICLE") }?.contains("“ ") == true)
        }
        #expect(status == "0")
        for line in ["config.toml:1: unknown theme \"purple\"", "config.toml:2: cannot read the value `maybe`",
                     "config.toml:5: unknown key \"NoSuchKey\""] {
            #expect(after.contains(line), "not reported on exit: \(line)\n\(after)")
        }
    }

    @Test("a state file that is a folder: a warning, the reader works, the folder is left alone")
    func stateIsFolder() throws {
        let folder = scratch.path + "/state/byline/positions"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (status, after) = try readAndQuit(statusShows: "reading positions not loaded")
        #expect(status == "0")
        #expect(after.contains("reading positions not loaded: \(folder): is a folder"), "\(after)")
        #expect(after.contains("cannot save reading positions in \(folder)"), "\(after)")
        #expect(ArticleFileIsFolder(folder))
    }

    @Test("a corrupt state file: the good lines are used, a warning, and it is rewritten whole by a rename")
    func corruptState() throws {
        let folder = scratch.path + "/state/byline"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bytes = Array("garbage line\n-5\t/x/negative.txt\n".utf8) + [0xFF, 0xFE, 0x00, 0x01, 0x0A]
            + Array("12\t/x/kept.txt\n99999999999999999999999\t/x/huge.txt\n".utf8)
        scratch.write("state/byline/positions", bytes)
        let (status, after) = try readAndQuit(statusShows: "4 unreadable lines ignored")
        #expect(status == "0")
        let text = try String(contentsOfFile: folder + "/positions", encoding: .utf8)
        #expect(text.contains("12\t/x/kept.txt") && text.contains("\t\(Self.article)") && text.contains("last\t\(Self.article)"),
                "\(text)")
        #expect(!text.contains("garbage") && !text.contains("negative") && !text.contains("huge"), "\(text)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["positions"], "a temporary file was left")
        _ = after
    }

    @Test("an unreadable state file: a warning, and on exit a readable one replaces it",
          .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "running as root without setpriv: permissions cannot be denied"))
    func unreadableState() throws {
        let folder = scratch.path + "/state/byline"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = scratch.write("state/byline/positions", "12\t/x/kept.txt\n")
        chmod(file, 0)
        var prefix = ""
        if getuid() == 0 {
            // root reads everything: run as nobody, in a state folder nobody owns (so the rename may replace the
            // file it cannot read).
            for path in [scratch.path, scratch.path + "/state", folder] { chown(path, 65534, 65534) }
            chmod(scratch.path, 0o755)
            prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups -- "
        }
        let (status, after) = try readAndQuit(prefix: prefix, statusShows: "reading positions not loaded")
        #expect(status == "0")
        #expect(after.contains("reading positions not loaded: \(file): permission denied"), "\(after)")
        var info = stat()
        #expect(stat(file, &info) == 0 && info.st_mode & 0o400 != 0, "the file was not replaced")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("last\t\(Self.article)"), "\(text)")
    }

    private func ArticleFileIsFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
