import Foundation
import Testing

/// The terminal is given back as it was, whatever ends the reader: q, Ctrl-C, a kill, a hangup, Ctrl-Z and fg, a
/// crash. Each test runs byline from an interactive shell in tmux and then asks the shell: `stty -a` must show
/// `icanon` and `echo` again, and the screen must be the shell's (the lines printed before byline started, no
/// frame of the reader). Flow control (`ixon`), which the reader turns off so Ctrl-S and Ctrl-Q arrive, is on again.
@Suite("The terminal survives everything (tmux)", .enabled(if: TmuxSession.isAvailable, "tmux is not installed: skipped"),
       .serialized)
struct TerminalTests {
    static var article: String { TmuxSession.projectRoot.appendingPathComponent("Articles/harbour-strike-talks.txt").path }
    static let byline = TmuxSession.quote(TmuxSession.byline)

    /// Starts byline on the harbour article from a shell, after a marker line, and waits for its frame.
    func startReader(_ arguments: String? = nil, width: Int = 100, height: Int = 30,
                     marker: String = "BEFORE-BYLINE") throws -> TmuxSession {
        let t = try TmuxSession.shell(width: width, height: height)
        try t.run("clear; echo \(marker)")
        try t.waitFor(marker)
        try t.run("\(Self.byline) \(arguments ?? TmuxSession.quote(Self.article))")
        try t.waitFor("ARTICLE")
        return t
    }

    /// After byline ended: its exit status, and whether the terminal is back to the shell's normal modes.
    func shellState(_ t: TmuxSession) throws -> (status: String, modes: String, screen: String) {
        // Type nothing until byline is gone: keys typed while it ends would go to it, or be lost.
        for _ in 0..<100 where try t.bylineProcess() != nil { Thread.sleep(forTimeInterval: 0.1) }
        // The quotes keep the markers out of the echoed command line.
        try t.run("echo \"ST\"\"=$?\"; echo \"MO\"\"DES=$(stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo|isig|ixon)$' | tr '\\n' ' ')\"")
        let screen = try t.waitFor("MODES=")
        func value(_ name: String) -> String {
            let line = screen.split(separator: "\n").first { $0.hasPrefix(name + "=") } ?? ""
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return (value("ST"), value("MODES"), screen)
    }

    func expectRestored(_ t: TmuxSession, status: String, _ what: String) throws {
        let state = try shellState(t)
        #expect(state.status == status, "\(what): exit status \(state.status)")
        #expect(state.modes == "ixon isig icanon echo", "\(what): terminal left as \(state.modes)")
        #expect(state.screen.contains("BEFORE-BYLINE") && !state.screen.contains("┏") && !state.screen.contains("ARTICLE"),
                "\(what): the shell's screen is not back:\n\(state.screen)")
    }

    @Test("q, Ctrl-C, SIGTERM, SIGHUP and SIGQUIT each restore the terminal and give the usual status",
          arguments: [("q", "0"), ("C-c", "130"), ("TERM", "143"), ("HUP", "129"), ("QUIT", "131")])
    func endings(_ ending: String, _ status: String) throws {
        let t = try startReader()
        switch ending {
        case "q", "C-c": try t.send(ending)
        default:
            let pid = try #require(try t.bylineProcess())
            kill(pid, ending == "TERM" ? SIGTERM : ending == "HUP" ? SIGHUP : SIGQUIT)
        }
        try expectRestored(t, status: status, ending)
    }

    @Test("a crash (a Swift trap is SIGILL; also SIGSEGV, SIGABRT, SIGBUS, SIGFPE) restores the terminal first",
          arguments: [(SIGILL, "132"), (SIGSEGV, "139"), (SIGABRT, "134"), (SIGBUS, "135"), (SIGFPE, "136")])
    func crash(_ signal: Int32, _ status: String) throws {
        let t = try startReader()
        let pid = try #require(try t.bylineProcess())
        kill(pid, signal)
        try expectRestored(t, status: status, "signal \(signal)")
    }

    /// signal(7)'s other signals whose default action ends the process ("Term" and "Core"), besides those above:
    /// each must restore the terminal before it takes effect. SIGKILL cannot be caught; SIGPIPE is ignored.
    static let endingSignals: [(String, Int32)] = [
        ("USR1", SIGUSR1), ("USR2", SIGUSR2), ("ALRM", SIGALRM), ("VTALRM", SIGVTALRM), ("PROF", SIGPROF),
        ("XCPU", SIGXCPU), ("XFSZ", SIGXFSZ), ("IO", SIGIO), ("PWR", SIGPWR), ("SYS", SIGSYS), ("STKFLT", SIGSTKFLT),
        ("TRAP", SIGTRAP), ("RTMIN", 34), ("RTMIN+8", 42), ("RTMAX", 64),
    ]

    @Test("every other signal that ends a process (USR1, ALRM, XCPU from ulimit -t, real-time ...) restores the terminal first",
          arguments: endingSignals)
    func everyEndingSignal(_ name: String, _ signal: Int32) throws {
        let t = try startReader()
        let pid = try #require(try t.bylineProcess())
        kill(pid, signal)
        try expectRestored(t, status: "\(128 + signal)", "SIG\(name)")
    }

    @Test("Ctrl-Z gives the shell a sane terminal; fg brings the reader back, redrawn; q then exits 0")
    func suspendAndResume() throws {
        let t = try startReader()
        try t.send("C-z")
        let stopped = try t.waitFor("Stopped")
        #expect(stopped.contains("BEFORE-BYLINE") && !stopped.contains("┏"), "\(stopped)")
        try t.run("stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo \"SU\"\"SPENDED\"")
        let modes = try t.waitFor("SUSPENDED")
        #expect(modes.contains("icanon echo SUSPENDED"), "\(modes)")
        try t.run("fg")
        let back = try t.waitFor("ARTICLE")
        #expect(back.contains("┏") && back.contains("Lisbon"), "\(back)")
        try t.send("q")
        try expectRestored(t, status: "0", "q after fg")
    }

    @Test("a hangup (the terminal closes under it) ends byline instead of leaving it running")
    func hangup() throws {
        let t = try startReader()
        let pid = try #require(try t.bylineProcess())
        try t.tmux(["kill-server"])
        var gone = false
        for _ in 0..<100 where !gone {
            gone = kill(pid, 0) != 0 || (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.contains(") Z ") == true
            if !gone { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(gone, "byline \(pid) still runs after its terminal went away")
    }

    @Test("standard input piped (cat file | byline -, byline - < file): keys come from the terminal, like less")
    func pipedInput() throws {
        for command in ["cat \(TmuxSession.quote(Self.article)) | \(Self.byline) -", "\(Self.byline) - < \(TmuxSession.quote(Self.article))"] {
            let t = try TmuxSession.shell()
            try t.run("clear; echo BEFORE-BYLINE")
            try t.waitFor("BEFORE-BYLINE")
            try t.run(command)
            #expect(try t.waitFor("ARTICLE").contains("Lisbon"), "\(command)")
            try t.send("}")
            #expect(try t.waitFor("“ ").contains("“ "), "\(command): a key did not arrive")
            try t.send("q")
            try expectRestored(t, status: "0", command)
        }
    }

    @Test("standard output piped prints plain text and never starts curses")
    func pipedOutput() throws {
        let result = try Subprocess.run([TmuxSession.byline, Self.article], captureErrors: true)
        #expect(result.status == 0 && result.errors.isEmpty)
        #expect(result.output.hasPrefix("Lisbon Dockworkers"))
        #expect(!result.outputBytes.contains(0x1B), "escape sequences in the plain text")
    }

    @Test("TERM unset, unknown or dumb: a one-line message, status 2, the terminal untouched",
          arguments: ["unset", "no-such-terminal", "dumb"])
    func unusableTerminal(_ term: String) throws {
        let t = try TmuxSession.shell()
        try t.run("clear; echo BEFORE-BYLINE")
        try t.waitFor("BEFORE-BYLINE")
        try t.run((term == "unset" ? "env -u TERM " : "TERM=\(term) ") + "\(Self.byline) \(TmuxSession.quote(Self.article))")
        let state = try shellState(t)
        #expect(state.status == "2")
        #expect(state.modes == "ixon isig icanon echo")
        let expected = term == "dumb" ? "cannot use a terminal of type \"dumb\"" : "cannot use this terminal: TERM is not set or not a terminal type"
        #expect(state.screen.contains("byline: " + expected), "\(state.screen)")
    }

    @Test("in a terminal, a file that cannot be read gets its message before the screen is touched")
    func badFileInTerminal() throws {
        let scratch = ScratchFolder()
        let binary = scratch.write("binary.txt", [0x41, 0x00, 0x42])
        let cases = [("\(scratch.path)/missing.txt", "missing.txt: no such file or folder"), (binary, "binary.txt: not a text file")]
        for (path, says) in cases {
            let t = try TmuxSession.shell()
            try t.run("clear; echo BEFORE-BYLINE")
            try t.waitFor("BEFORE-BYLINE")
            try t.run("\(Self.byline) \(TmuxSession.quote(path))")
            try expectRestored(t, status: "1", path)
            // The long temporary path may wrap: read the screen as one line.
            #expect(try t.capture().replacingOccurrences(of: "\n", with: "").contains(says))
        }
    }

    @Test("a 20×6 and a 1×1 window show what fits; back at 80×24 the article returns where it was")
    func tinyWindows() throws {
        let t = try TmuxSession([Self.article], width: 20, height: 6)
        #expect(try t.waitFor("too small").contains("terminal too small"))
        try t.resize(width: 1, height: 1)
        try t.waitFor("…")
        try t.resize(width: 80, height: 24)
        let screen = try t.waitFor("ARTICLE")
        #expect(screen.contains("Lisbon") && screen.contains("┏"), "\(screen)")
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("a resize storm (100 sizes from 1×1 to 140×45 in a fraction of a second) ends in the right layout")
    func resizeStorm() throws {
        let t = try TmuxSession([Self.article], width: 100, height: 30)
        try t.waitFor("ARTICLE")
        try t.send("C-d")
        var storm: [String] = []
        for i in 0..<100 {
            if i > 0 { storm.append(";") }
            storm += ["resize-window", "-t", "0", "-x", "\(1 + (i * 37) % 140)", "-y", "\(1 + (i * 11) % 45)"]
        }
        try t.tmux(storm)  // one tmux command: all 100 arrive as fast as tmux can send them
        try t.resize(width: 132, height: 30)
        let screen = try t.waitFor("Entities")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first?.contains("Byline") == true, "\(screen)")
        #expect(rows.contains { $0.hasPrefix("┌ Outline") && $0.hasSuffix("┐") && $0.count == 132 }, "not laid out for 132 columns:\n\(screen)")
        try t.send("q")
        #expect(try t.waitFor("EXIT=").contains("EXIT=0"))
    }

    @Test("a closed pipe while printing (extract | head -1) ends quietly, without an error message")
    func closedPipe() throws {
        let scratch = ScratchFolder()
        let big = scratch.write("big.txt", "Big\n\n" + String(repeating: "“A line,” said Ana Ruiz. Another line follows here.\n\n", count: 5_000))
        for command in ["\(Self.byline) extract \(big) | head -1", "\(Self.byline) extract --json \(big) \(big) | head -c 10",
                        "\(Self.byline) \(big) | head -1"] {
            let result = try Subprocess.run(["bash", "-c", "set -o pipefail; " + command + " >/dev/null; echo ${PIPESTATUS[0]}"],
                                            captureErrors: true)
            let status = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(status == "1" || status == "0", "\(command): status \(status)")
            #expect(result.errors.isEmpty, "\(command): \(result.errors)")
        }
    }
}
