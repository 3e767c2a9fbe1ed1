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
        for line in ["config.toml:1: unknown theme \"purple\"", "config.toml:2: could not determine value type (in a value; line ignored)",
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

    @Test("an unreadable state file: a warning on start and on exit; the file is left as it is, never replaced",
          .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "running as root without setpriv: permissions cannot be denied"))
    func unreadableState() throws {
        let folder = scratch.path + "/state/byline"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = scratch.write("state/byline/positions", "12\t/x/kept.txt\n")
        chmod(file, 0)
        var prefix = ""
        if getuid() == 0 {
            // root reads everything: run as nobody, in a state folder nobody owns.
            for path in [scratch.path, scratch.path + "/state", folder] { chown(path, 65534, 65534) }
            chmod(scratch.path, 0o755)
            prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups -- "
        }
        let (status, after) = try readAndQuit(prefix: prefix, statusShows: "reading positions not loaded")
        #expect(status == "0")
        #expect(after.contains("reading positions not loaded: \(file): permission denied"), "\(after)")
        #expect(after.contains("cannot save reading positions in \(file): Permission denied"), "\(after)")
        chmod(file, 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "12\t/x/kept.txt\n", "the unreadable file was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["positions"])
    }

    /// The saved offset of `article` in the scratch state folder, and the folder's file names.
    func savedPosition(of article: String = Self.article) throws -> (offset: Int?, files: [String]) {
        let folder = scratch.path + "/state/byline"
        let text = (try? String(contentsOfFile: folder + "/positions", encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first { $0.hasSuffix("\t" + article) && !$0.hasPrefix("last\t") }
        let offset = line.flatMap { Int($0.split(separator: "\t")[0]) }
        return (offset, (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted()) ?? [])
    }

    /// Sends `keys` and waits until the screen changed.
    func sendAndWait(_ t: TmuxSession, _ keys: String) throws {
        let before = try t.capture()
        try t.send(keys)
        for _ in 0..<50 where try t.capture() == before { Thread.sleep(forTimeInterval: 0.1) }
    }

    @Test("the reading position is saved on q, Ctrl-C, SIGTERM, SIGHUP and a closed terminal; no temporary file is left",
          arguments: ["q", "C-c", "TERM", "HUP", "closed terminal"])
    func savedOnEveryEnding(_ ending: String) throws {
        let command = "\(TmuxSession.quote(TmuxSession.byline)) \(TmuxSession.quote(Self.article)); echo EXIT=$?; sleep 60"
        let t = try TmuxSession(command: command, width: 100, height: 30,
                                environment: ["XDG_STATE_HOME": scratch.path + "/state", "XDG_CONFIG_HOME": scratch.path + "/config"])
        try t.waitFor("ARTICLE")
        try sendAndWait(t, "C-d")
        try sendAndWait(t, "C-d")
        let pid = try #require(try t.bylineProcess())
        switch ending {
        case "q", "C-c": try t.send(ending)
        case "TERM": kill(pid, SIGTERM)
        case "HUP": kill(pid, SIGHUP)
        default: try t.tmux(["kill-server"])
        }
        // (Ctrl-C interrupts the `sh -c` around byline too, so it prints no EXIT: TerminalTests checks 130.)
        let expected = ["q": "EXIT=0", "TERM": "EXIT=143", "HUP": "EXIT=129"][ending]
        if let expected { #expect(try t.waitFor("EXIT=").contains(expected), "\(ending)") }
        for _ in 0..<100 where kill(pid, 0) == 0 && !isZombie(pid) { Thread.sleep(forTimeInterval: 0.1) }
        let saved = try savedPosition()
        #expect((saved.offset ?? 0) > 0, "\(ending): no position saved")
        #expect(saved.files == ["positions"], "\(ending): \(saved.files)")
    }

    func isZombie(_ pid: Int32) -> Bool {
        (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.contains(") Z ") == true
    }

    @Test("two readers open at once keep each other's positions (each used to write its whole map on quit)")
    func twoReadersAtOnce() throws {
        let other = TmuxSession.projectRoot.appendingPathComponent("Articles/rail-freight-merger.txt").path
        let environment = ["XDG_STATE_HOME": scratch.path + "/state", "XDG_CONFIG_HOME": scratch.path + "/config"]
        func start(_ article: String) throws -> TmuxSession {
            let command = "\(TmuxSession.quote(TmuxSession.byline)) \(TmuxSession.quote(article)); echo EXIT=$?; sleep 60"
            let t = try TmuxSession(command: command, width: 100, height: 30, environment: environment)
            try t.waitFor("ARTICLE")
            return t
        }
        let first = try start(Self.article), second = try start(other)
        try sendAndWait(first, "C-d")
        try sendAndWait(second, "C-d")
        try first.send("q")
        #expect(try first.waitFor("EXIT=").contains("EXIT=0"))
        try second.send("q")
        #expect(try second.waitFor("EXIT=").contains("EXIT=0"))
        #expect((try savedPosition(of: Self.article).offset ?? 0) > 0, "the first reader's position was lost")
        #expect((try savedPosition(of: other).offset ?? 0) > 0, "the second reader's position was lost")
    }

    @Test("a state folder that cannot be written: the warning gives the real cause, not \"No such file or directory\"",
          .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "running as root without setpriv: permissions cannot be denied"))
    func readOnlyStateFolder() throws {
        let state = scratch.path + "/state"
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        chmod(state, 0o555)
        chmod(scratch.path, 0o755)
        let prefix = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups -- " : ""
        let (status, after) = try readAndQuit(prefix: prefix)
        #expect(status == "0")
        let message = after.replacingOccurrences(of: "\n", with: "")
        #expect(message.contains("cannot save reading positions") && message.contains("Permission denied"), "\(after)")
        #expect(!message.contains("No such file"), "\(after)")
    }

    @Test("Ctrl-S and Ctrl-Q can be bound: the terminal's flow control does not swallow them while byline runs")
    func flowControlKeys() throws {
        try FileManager.default.createDirectory(atPath: scratch.path + "/config/byline", withIntermediateDirectories: true)
        scratch.write("config/byline/config.toml", "[keys]\nsearch = \"C-s\"\nhelp = [\"?\", \"C-q\"]\n")
        let (status, _) = try readAndQuit { t in
            try t.send("C-s")
            #expect(try t.waitFor("Enter search").contains("Enter search"), "Ctrl-S did not arrive")
            try t.send("Escape")
            try t.send("C-q")
            #expect(try t.waitFor("q or Esc closes").contains("q or Esc closes"), "Ctrl-Q did not arrive")
            try t.send("Escape")
        }
        #expect(status == "0")
    }

    @Test("a config that would leave no key to quit is refused with a message; q still quits")
    func quitAlwaysReachable() throws {
        try FileManager.default.createDirectory(atPath: scratch.path + "/config/byline", withIntermediateDirectories: true)
        scratch.write("config/byline/config.toml", "[keys]\nhelp = \"q\"\n")
        let (status, after) = try readAndQuit(statusShows: "no key left to quit")
        #expect(status == "0")
        #expect(after.contains("config.toml:2: no key left to quit"), "\(after)")
    }

    private func ArticleFileIsFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
